// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario.h"
#include "core/trace.h"

#include <QByteArray>
#include <QMainWindow>

#include <memory>

class EmptyStateView;
namespace closelab {
class NarrationPanel;
class SequenceDiagramView;
class StateGraphView;
}
class LanguageSwitcher;
class PlaybackToolBar;
class Playhead;
class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;

/// The main window: the sequence diagram in the centre, parameters on the left, state graph and
/// narration on the right, timeline charts at the bottom, the playback toolbar on top.
///
/// createAreas() is the one place where each area's widget is made; replace a placeholder
/// there with the real view and connect it to playhead().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageSwitcher *languages, QWidget *parent = nullptr);

    Playhead *playhead() const { return m_playhead; }

    /// Shows a run in every view and hands its event times to the playhead.
    void setTrace(std::shared_ptr<const closelab::Trace> trace);
    /// Runs the engine for `config` and shows the result (the playhead goes back to 0).
    void showRun(const closelab::RunConfig &config);
    std::shared_ptr<const closelab::Trace> trace() const { return m_trace; }

    closelab::SequenceDiagramView *sequenceDiagram() const { return m_sequenceView; }
    closelab::StateGraphView *stateGraph() const { return m_stateGraphView; }
    closelab::NarrationPanel *narration() const { return m_narrationPanel; }

    QDockWidget *parametersDock() const { return m_parametersDock; }
    QDockWidget *stateGraphDock() const { return m_stateGraphDock; }
    QDockWidget *narrationDock() const { return m_narrationDock; }
    QDockWidget *timelineDock() const { return m_timelineDock; }

    /// Restores geometry and dock layout from QSettings and saves them again on close.
    /// Screenshot mode does not call it, so its pictures show the default layout.
    void restoreSettings();
    /// Every dock back to its default place and size, all visible.
    void resetLayout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createAreas();
    void createActions();
    void createMenus();
    void retranslateUi();
    void saveSettings() const;
    void chooseLanguage(QAction *action);
    void selectLanguageAction(const QString &code);
    void exportScreenshot();
    void showAbout();

    LanguageSwitcher *m_languages;
    Playhead *m_playhead;
    PlaybackToolBar *m_playbackToolBar = nullptr;

    std::shared_ptr<const closelab::Trace> m_trace;
    closelab::SequenceDiagramView *m_sequenceView = nullptr;
    closelab::StateGraphView *m_stateGraphView = nullptr;
    closelab::NarrationPanel *m_narrationPanel = nullptr;
    EmptyStateView *m_parametersPlaceholder = nullptr;
    EmptyStateView *m_timelinePlaceholder = nullptr;

    QDockWidget *m_parametersDock = nullptr;
    QDockWidget *m_stateGraphDock = nullptr;
    QDockWidget *m_narrationDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportScreenshotAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageActions = nullptr;

    bool m_settingsRestored = false;
};
