// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class ExperimentController;
class QAction;
class QMenu;
class QWidget;
namespace closelab {
class SequenceDiagramView;
class StateGraphView;
class TimelineChartsPanel;
}

/// The experiment's File and Edit actions: New, Open, Save, Save As, Recent files, the exports,
/// Undo/Redo (the controller's undo stack) and the presets. Every action acts on the controller;
/// dialogs open on `window`.
///
/// The experiment is modified while the undo stack is not clean; the window's title shows it
/// ([*], setWindowModified). New, Open and Open Recent ask maybeSave() before they replace a
/// modified experiment (closing the window does too); switching scenario or applying a preset is
/// an undo step and discards nothing.
class ExperimentMenus : public QObject {
    Q_OBJECT

public:
    static constexpr int maxRecentFiles = 8;

    enum class FileMode { Open, Save };
    /// A file dialog's question.
    struct FileRequest {
        FileMode mode = FileMode::Open;
        QString title;
        QString suggested; ///< a directory (Open) or a path (Save)
        QString filter;    ///< "PNG images (*.png);;PDF documents (*.pdf)"
    };
    /// The questions the menus ask. An empty member asks the user with the usual dialog; tests
    /// answer them instead.
    struct Dialogs {
        /// The chosen path, or "" when cancelled.
        std::function<QString(const FileRequest &request)> chooseFile;
        /// "Save changes to `name`?": Save, Discard or Cancel.
        std::function<QMessageBox::StandardButton(const QString &name)> askToSave;
        /// A failure the user must read (a file that cannot be opened or written).
        std::function<void(const QString &title, const QString &text)> warn;
        /// The stretch of the run to export (Sequence Diagram, Time Range…), nothing when cancelled.
        std::function<std::optional<std::pair<closelab::SimTime, closelab::SimTime>>(closelab::SimTime start, closelab::SimTime end)> chooseRange;
    };

    ExperimentMenus(ExperimentController *controller, QWidget *window, closelab::SequenceDiagramView *sequence,
                    closelab::TimelineChartsPanel *charts);

    /// The state graph Export > State Graph as Image… draws (app/panelexport).
    void setStateGraph(closelab::StateGraphView *view) { m_stateGraph = view; }

    /// New, Open, Recent, Save, Save As, Export (the caller adds the rest).
    void fillFileMenu(QMenu *file);
    /// Undo, Redo, then the Presets submenu.
    void fillEditMenu(QMenu *edit);
    void retranslateUi();

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QMenu *presetsMenu() const { return m_presetsMenu; }
    QString currentFile() const { return m_currentFile; }
    /// The file's name, or "Untitled" (the window title, the save question).
    QString displayName() const;
    /// True when the experiment has changes not saved to currentFile() (the undo stack is not clean).
    bool isModified() const;
    static QStringList recentFiles();
    void setDialogs(Dialogs dialogs) { m_dialogs = std::move(dialogs); }

    /// Opens a .closelab file (no file dialog); "" or the reason, also shown to the user unless
    /// `quiet`. A file that cannot be read changes nothing; a good one first asks maybeSave().
    QString openFile(const QString &path, bool quiet = false);
    QString saveFile(const QString &path, bool quiet = false);
    /// Before the experiment is replaced: when it is modified, asks "Save changes to …?". True
    /// when the caller may go on (saved, or the user chose Discard); false on Cancel or when
    /// saving failed or was cancelled.
    bool maybeSave();
    /// An experiment recovered after a session that ended without closing (Autosave). Modified:
    /// one undo step on top of the current experiment (Undo discards it). Not modified: `file`
    /// is open again, as it was saved.
    QString restoreExperiment(const closelab::RunConfig &config, const QString &file, bool modified);
    /// A new experiment without asking (discarding a recovered one).
    void discardExperiment();

signals:
    void currentFileChanged(const QString &path);

private:
    void newExperiment();
    void open();
    bool save();
    bool saveAs();
    QString chooseFile(FileMode mode, const QString &title, const QString &suggested, const QString &filter);
    void warn(const QString &title, const QString &text);
    void rememberFile(const QString &path);
    void fillRecentMenu();
    void fillPresetsMenu();
    /// The state graph or the charts as a whole picture, drawn afresh (app/panelexport).
    void exportPanel(bool stateGraph);
    /// The whole run's sequence diagram, or a range of it, laid out afresh (app/diagramexport).
    void exportDiagram(bool range);
    void exportBytes(const QString &title, const QString &name, const QString &filter, const QByteArray &bytes);
    void exportTrace(bool json);
    void exportSeries(bool json);
    void exportSysctlConf();
    void updateExportActions();
    void setCurrentFile(const QString &path);
    QString imageFilters() const;

    QPointer<ExperimentController> m_controller; // null while the window tears down (the undo stack still signals)
    QWidget *m_window;
    closelab::SequenceDiagramView *m_sequence;
    closelab::TimelineChartsPanel *m_charts;
    closelab::StateGraphView *m_stateGraph = nullptr;
    QString m_currentFile;
    Dialogs m_dialogs;

    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QMenu *m_recentMenu;
    QMenu *m_exportMenu;
    QAction *m_exportDiagram;
    QAction *m_exportDiagramRange;
    QAction *m_exportStateGraph;
    QAction *m_exportCharts;
    QAction *m_exportTraceCsv;
    QAction *m_exportTraceJson;
    QAction *m_exportSeriesCsv;
    QAction *m_exportSeriesJson;
    QAction *m_exportSysctl;
    QAction *m_undo;
    QAction *m_redo;
    QMenu *m_presetsMenu;
};
