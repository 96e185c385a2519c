// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/population.h"
#include "core/scenario.h"
#include "core/trace.h"

#include <QByteArray>
#include <QMainWindow>

#include <memory>

namespace closelab {
class NarrationPanel;
class PopulationBar;
class ParameterPanel;
class ScenarioBrowser;
class SequenceDiagramView;
class StateGraphView;
class TimelineChartsPanel;
}
class Autosave;
class ExperimentController;
class CaptureLauncher;
class CompareLauncher;
class DockLayout;
class RunStatus;
class ExperimentMenus;
class FileOpener;
class LanguageSwitcher;
class LessonPanel;
class PlaybackToolBar;
class Playhead;
class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class RecoveryNote;
class PresentationMode;
class QuizMode;
class Stepper;
class SegmentNamesMenu;
class ServerMenus;
class SweepLauncher;
class ZoomController;

/// The main window: the sequence diagram in the centre, parameters on the left, state graph and
/// narration on the right, timeline charts at the bottom, the playback toolbar on top.
///
/// createAreas() is the one place where each area's widget is made and connected: the views'
/// intents go to the ExperimentController, its runs come back through setTrace() and
/// showPopulation(), and the one playhead moves every view.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `size`: the window's size (default 1400x900, at most 90 % of the screen); `zoom`: the zoom
    /// factor it is first laid out at (views/zoom.h; zoomController() changes it later).
    explicit MainWindow(LanguageSwitcher *languages, QWidget *parent = nullptr, QSize size = QSize(), double zoom = 1.0);

    Playhead *playhead() const { return m_playhead; }
    /// The "Step by" choice the keys, the toolbar and presentation mode step with.
    Stepper *stepper() const { return m_stepper; }
    /// View > Present (F5): the run full screen for a class.
    PresentationMode *presentation() const { return m_presentation; }
    /// View > Quiz: predict, then reveal.
    QuizMode *quiz() const { return m_quiz; }

    ExperimentController *controller() const { return m_controller; }
    ExperimentMenus *experimentMenus() const { return m_experimentMenus; }
    /// File > Open Capture…: a pcap/pcapng capture's connections, explained, shown in the views.
    CaptureLauncher *captureLauncher() const { return m_captureLauncher; }
    /// View > Compare with a Copy (A/B)…: the A/B window on this experiment.
    CompareLauncher *compareLauncher() const { return m_compareLauncher; }
    /// View > Parameter Sweep…: the sweep window on this experiment.
    SweepLauncher *sweepLauncher() const { return m_sweepLauncher; }
    /// File > Import Server Snapshot… and View > This Machine.
    ServerMenus *serverMenus() const { return m_serverMenus; }
    /// `closelab FILE` and drag and drop: opens an experiment or a lesson by its extension.
    FileOpener *fileOpener() const { return m_fileOpener; }
    /// The Lesson dock: a lesson's steps, notes and quiz flags (Help → Lessons opens the built-in ones).
    LessonPanel *lessonPanel() const { return m_lessonPanel; }
    QDockWidget *lessonDock() const { return m_lessonDock; }

    /// Shows a run in every view and hands its event times to the playhead.
    void setTrace(std::shared_ptr<const closelab::Trace> trace);
    /// A population run's series in the charts and its state counts in the state graph
    /// (nullptr: a single-connection run again).
    void showPopulation(std::shared_ptr<const closelab::PopulationResult> result);
    /// Makes `config` the experiment (no undo step) and shows its run; the playhead goes back to 0.
    /// A population run finishes in the background (controller()->waitForIdle()).
    void showRun(const closelab::RunConfig &config);
    std::shared_ptr<const closelab::Trace> trace() const { return m_trace; }

    closelab::SequenceDiagramView *sequenceDiagram() const { return m_sequenceView; }
    closelab::StateGraphView *stateGraph() const { return m_stateGraphView; }
    closelab::NarrationPanel *narration() const { return m_narrationPanel; }
    closelab::ParameterPanel *parameterPanel() const { return m_parameterPanel; }
    closelab::ScenarioBrowser *scenarioBrowser() const { return m_scenarioBrowser; }
    closelab::TimelineChartsPanel *timelineCharts() const { return m_chartsView; }
    /// A population run's header under the playback bar; nullptr until the first population run.
    closelab::PopulationBar *populationBar() const { return m_populationBar; }

    QDockWidget *parametersDock() const { return m_parametersDock; }
    QDockWidget *scenariosDock() const { return m_scenariosDock; }
    QDockWidget *stateGraphDock() const { return m_stateGraphDock; }
    QDockWidget *narrationDock() const { return m_narrationDock; }
    QDockWidget *timelineDock() const { return m_timelineDock; }
    /// Adds a panel dock (the Capture panel) to the narration's tab group, where it stays when the
    /// window's size re-arranges the docks.
    void addPanelDock(QDockWidget *dock);

    /// Restores geometry and dock layout from QSettings and saves them again on close.
    /// Screenshot mode does not call it, so its pictures show the default layout.
    void restoreSettings();
    /// Every dock back to its default place and size, the sequence diagram the largest area
    /// (at least half the window); docks that would not fit are tabbed. Followed on resize until
    /// a saved layout is restored (app/docklayout.h).
    void resetLayout();
    /// View → Zoom: the factor every zoomable view shows (views/zoom.h).
    ZoomController *zoomController() const { return m_zoom; }
    /// View → Segment Names: plain words or tcpdump notation in every view that names segments.
    SegmentNamesMenu *segmentNames() const { return m_segmentNames; }
    /// Keeps a copy of the experiment under `directory` (default Autosave::defaultDirectory()) until
    /// the window closes normally. With `restore`, a copy left by a session that did not end
    /// normally becomes the experiment, announced in the status bar; true then.
    bool startAutosave(const QString &directory = QString(), bool restore = true);
    Autosave *autosave() const { return m_autosave; }
    RecoveryNote *recoveryNote() const { return m_recoveryNote; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createAreas();
    void connectController();
    void showRunOf(std::shared_ptr<const closelab::Trace> trace, qint64 time);
    void updateStateCounts(qint64 time);
    void showSysctl(const QString &key);
    void chooseSuggestion(const QString &scenario, const QString &option, const QString &value);
    void createActions();
    /// The one place the zoom factor reaches every zoomable view.
    void applyZoom(double factor);
    void createMenus();
    void retranslateUi();
    void updateWindowTitle();
    void saveSettings() const;
    void chooseLanguage(QAction *action);
    void selectLanguageAction(const QString &code);
    void exportScreenshot();
    void showAbout();

    LanguageSwitcher *m_languages;
    Playhead *m_playhead;
    ExperimentController *m_controller;
    ExperimentMenus *m_experimentMenus = nullptr;
    CompareLauncher *m_compareLauncher = nullptr;
    CaptureLauncher *m_captureLauncher = nullptr;
    SweepLauncher *m_sweepLauncher = nullptr;
    ServerMenus *m_serverMenus = nullptr;
    FileOpener *m_fileOpener = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    PlaybackToolBar *m_playbackToolBar = nullptr;
    Stepper *m_stepper = nullptr;
    PresentationMode *m_presentation = nullptr;
    QuizMode *m_quiz = nullptr;

    std::shared_ptr<const closelab::Trace> m_trace;
    closelab::SequenceDiagramView *m_sequenceView = nullptr;
    closelab::StateGraphView *m_stateGraphView = nullptr;
    closelab::NarrationPanel *m_narrationPanel = nullptr;
    closelab::ParameterPanel *m_parameterPanel = nullptr;
    closelab::ScenarioBrowser *m_scenarioBrowser = nullptr;
    closelab::TimelineChartsPanel *m_chartsView = nullptr;
    closelab::PopulationBar *m_populationBar = nullptr;
    std::shared_ptr<const closelab::PopulationResult> m_population;

    QDockWidget *m_parametersDock = nullptr;
    QDockWidget *m_scenariosDock = nullptr;
    QDockWidget *m_stateGraphDock = nullptr;
    QDockWidget *m_narrationDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportScreenshotAction = nullptr;
    QAction *m_exportAnimationAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageActions = nullptr;

    RunStatus *m_runStatus = nullptr; ///< the status bar of a population run (app/runstatus.h)
    Autosave *m_autosave = nullptr;
    RecoveryNote *m_recoveryNote = nullptr;

    bool m_settingsRestored = false;
    ZoomController *m_zoom = nullptr;
    SegmentNamesMenu *m_segmentNames = nullptr;
    DockLayout *m_dockLayout = nullptr; ///< where the docks go (app/docklayout.h)
};
