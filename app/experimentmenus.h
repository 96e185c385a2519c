// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ExperimentController;
class QAction;
class QMenu;
class QWidget;
namespace closelab {
class SequenceDiagramView;
class TimelineChartsView;
}

/// The experiment's File and Edit actions: New, Open, Save, Save As, Recent files, the exports,
/// Undo/Redo (the controller's undo stack) and the presets. Every action acts on the controller;
/// dialogs open on `window`.
class ExperimentMenus : public QObject {
    Q_OBJECT

public:
    static constexpr int maxRecentFiles = 8;

    ExperimentMenus(ExperimentController *controller, QWidget *window, closelab::SequenceDiagramView *sequence,
                    closelab::TimelineChartsView *charts);

    /// New, Open, Recent, Save, Save As, Export (the caller adds the rest).
    void fillFileMenu(QMenu *file);
    /// Undo, Redo, then the Presets submenu.
    void fillEditMenu(QMenu *edit);
    void retranslateUi();

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QMenu *presetsMenu() const { return m_presetsMenu; }
    QString currentFile() const { return m_currentFile; }
    static QStringList recentFiles();

    /// Opens a .closelab file (no dialog); "" or the reason, also shown in a message box unless `quiet`.
    QString openFile(const QString &path, bool quiet = false);
    QString saveFile(const QString &path, bool quiet = false);

signals:
    void currentFileChanged(const QString &path);

private:
    void newExperiment();
    void open();
    bool save();
    bool saveAs();
    void rememberFile(const QString &path);
    void fillRecentMenu();
    void fillPresetsMenu();
    void exportImage(QWidget *widget, const QString &name);
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
    closelab::TimelineChartsView *m_charts;
    QString m_currentFile;

    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QMenu *m_recentMenu;
    QMenu *m_exportMenu;
    QAction *m_exportDiagram;
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
