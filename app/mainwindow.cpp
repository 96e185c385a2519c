// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/animationdialog.h"
#include "app/applicationicon.h"
#include "app/autosave.h"
#include "app/capturelauncher.h"
#include "app/replaylauncher.h"
#include "app/comparelauncher.h"
#include "app/docklayout.h"
#include "app/experimentcontroller.h"
#include "app/experimentmenus.h"
#include "app/fileopener.h"
#include "app/languageswitcher.h"
#include "app/lessonpanel.h"
#include "app/playbacktoolbar.h"
#include "app/playhead.h"
#include "app/presentationmode.h"
#include "app/quizmode.h"
#include "app/recoverynote.h"
#include "app/runstatus.h"
#include "app/scenariochoice.h"
#include "app/segmentnamesmenu.h"
#include "app/screenshot.h"
#include "app/stepper.h"
#include "app/servermenus.h"
#include "app/sweeplauncher.h"
#include "app/zoomcontroller.h"
#include "core/tcpstate.h"
#include "views/narrationpanel.h"
#include "views/populationbar.h"
#include "views/parameterpanel.h"
#include "views/scenariobrowser.h"
#include "views/sequencediagramview.h"
#include "views/stategraphview.h"
#include "views/timelinechartspanel.h"
#include "views/timemap.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QResizeEvent>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace {
QDockWidget *makeDock(const QString &objectName, QWidget *content, QWidget *parent)
{
    auto *dock = new QDockWidget(parent);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    return dock;
}

// A panel that makes its widgets on first need does so when its dock comes to the front: a dock
// behind another's tab costs nothing at start-up.
template<class Panel>
void buildWhenShown(QDockWidget *dock, Panel *panel)
{
    QObject::connect(dock, &QDockWidget::visibilityChanged, panel, [panel](bool visible) {
        if (visible)
            panel->buildContent();
    });
}

// Sockets per state (both hosts) at `seconds` in a population series: the last sample at or before it.
std::array<std::int64_t, 11> stateCountsAt(const closelab::Series &series, double seconds)
{
    std::array<std::int64_t, 11> counts{};
    const auto next = std::upper_bound(series.t.begin(), series.t.end(), seconds);
    if (next == series.t.begin())
        return counts;
    const auto row = std::size_t(next - series.t.begin() - 1);
    for (closelab::TcpState state : closelab::kAllStates) {
        const std::string name(closelab::stateName(state));
        for (const char *side : {"client.", "server."}) {
            if (const std::vector<double> *column = series.column(side + name); column && row < column->size())
                counts[std::size_t(state)] += std::llround((*column)[row]);
        }
    }
    return counts;
}
} // namespace

MainWindow::MainWindow(LanguageSwitcher *languages, QWidget *parent, QSize size, double zoom)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_playhead(new Playhead(this))
    , m_controller(new ExperimentController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    createAreas();
    connectController();
    m_runStatus = new RunStatus(this, m_controller, [this] { return m_recoveryNote && !m_recoveryNote->isHidden(); });
    createActions();
    createMenus();
    m_dockLayout = new DockLayout(this,
                                  {m_parametersDock, m_scenariosDock, m_stateGraphDock, m_narrationDock, m_timelineDock,
                                   m_lessonDock, m_playbackToolBar, m_populationBar},
                                  [this] { return !m_lessonPanel->lesson().steps.isEmpty(); });
    // The zoom before the first layout: the views and the docks are laid out once, at it.
    m_zoom->setFactor(zoom);
    // The size first: the docks are then arranged once, for it (DockLayout), not for the size of
    // a window not yet sized and again when it is shown.
    if (!size.isValid()) {
        size = QSize(1400, 900);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
    }
    resize(size);
    resetLayout();
    retranslateUi();

    m_parameterPanel->setConfig(m_controller->config(), m_controller->effectiveConfig());
    m_scenarioBrowser->setCurrentScenario(QString::fromStdString(m_controller->config().scenario));
    setTrace(m_controller->trace());
}

void MainWindow::createAreas()
{
    // The explainer views: passive renderers of (trace, t) driven by the one playhead; their
    // intents (seek) go back to the playhead.
    m_sequenceView = new closelab::SequenceDiagramView(this);
    m_sequenceView->setObjectName(QStringLiteral("sequenceDiagramArea"));
    setCentralWidget(m_sequenceView);

    m_parameterPanel = new closelab::ParameterPanel;
    m_parametersDock = makeDock(QStringLiteral("parametersDock"), m_parameterPanel, this);
    m_scenarioBrowser = new closelab::ScenarioBrowser;
    m_scenariosDock = makeDock(QStringLiteral("scenariosDock"), m_scenarioBrowser, this);
    buildWhenShown(m_parametersDock, m_parameterPanel);
    buildWhenShown(m_scenariosDock, m_scenarioBrowser);
    m_stateGraphView = new closelab::StateGraphView;
    m_stateGraphDock = makeDock(QStringLiteral("stateGraphDock"), m_stateGraphView, this);
    m_narrationPanel = new closelab::NarrationPanel;
    m_narrationDock = makeDock(QStringLiteral("narrationDock"), m_narrationPanel, this);
    buildWhenShown(m_narrationDock, m_narrationPanel);
    m_chartsView = new closelab::TimelineChartsPanel;
    m_timelineDock = makeDock(QStringLiteral("timelineDock"), m_chartsView, this);
    buildWhenShown(m_timelineDock, m_chartsView);

    // The window must still fit 640x400 (CommandLine::minimumSize): the docks' contents scroll or
    // squeeze rather than set the window's minimum.
    for (QWidget *content : std::initializer_list<QWidget *>{m_parameterPanel, m_scenarioBrowser, m_chartsView, m_stateGraphView, m_narrationPanel})
        content->setMinimumSize(120, 80);

    connect(m_playhead, &Playhead::timeChanged, m_sequenceView, &closelab::SequenceDiagramView::setTime);
    connect(m_playhead, &Playhead::timeChanged, m_stateGraphView, &closelab::StateGraphView::setTime);
    connect(m_playhead, &Playhead::timeChanged, m_narrationPanel, &closelab::NarrationPanel::setTime);
    connect(m_sequenceView, &closelab::SequenceDiagramView::seekRequested, m_playhead, &Playhead::seek);
    connect(m_playhead, &Playhead::timeChanged, m_chartsView, &closelab::TimelineChartsPanel::setTime);
    connect(m_playhead, &Playhead::timeChanged, this, &MainWindow::updateStateCounts);
    connect(m_narrationPanel, &closelab::NarrationPanel::seekRequested, m_playhead, &Playhead::seek);
    connect(m_chartsView, &closelab::TimelineChartsPanel::seekRequested, m_playhead, &Playhead::seek);
    connect(m_narrationPanel, &closelab::NarrationPanel::sysctlActivated, this, &MainWindow::showSysctl);

    m_playbackToolBar = new PlaybackToolBar(m_playhead, this);
    m_stepper = new Stepper(m_playhead, this);
    m_stepper->useSettingsKey(Stepper::windowKey);
    m_playbackToolBar->setStepper(m_stepper);
    addToolBar(Qt::TopToolBarArea, m_playbackToolBar);
    // Shortcuts keep working while the toolbar is hidden.
    addActions(m_playbackToolBar->playbackActions());
    // A population run's header (showPopulation()) is made with the first population run.
}

void MainWindow::connectController()
{
    // Intents in: the panel and the library never run the engine themselves.
    connect(m_parameterPanel, &closelab::ParameterPanel::configEdited, m_controller, &ExperimentController::edit);
    // A chosen scenario opens at its story's moment; carried-over parameters are announced.
    auto *choice = new ScenarioChoice(m_controller, m_playhead, statusBar(), this);
    connect(m_scenarioBrowser, &closelab::ScenarioBrowser::scenarioChosen, choice, &ScenarioChoice::choose);
    connect(m_scenarioBrowser, &closelab::ScenarioBrowser::suggestionChosen, this, &MainWindow::chooseSuggestion);
    connect(m_playhead, &Playhead::timeChanged, m_controller, &ExperimentController::setPlayheadTime);

    // Runs out: every view from the same trace, in the same frame.
    connect(m_controller, &ExperimentController::configChanged, this,
            [this](const closelab::RunConfig &config, const closelab::RunConfig &effective) {
                m_parameterPanel->setConfig(config, effective);
                m_scenarioBrowser->setCurrentScenario(QString::fromStdString(config.scenario));
                updateWindowTitle();
            });
    connect(m_controller, &ExperimentController::populationChanged, this, &MainWindow::showPopulation);
    connect(m_controller, &ExperimentController::traceChanged, this, &MainWindow::showRunOf);
    connect(m_controller, &ExperimentController::runFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
}

void MainWindow::chooseSuggestion(const QString &scenario, const QString &option, const QString &value)
{
    // One undo step: the scenario and the option it suggests.
    QUndoStack *undo = m_controller->undoStack();
    undo->beginMacro(tr("Try %1 %2").arg(option, value));
    if (m_controller->config().scenario != scenario.toStdString())
        m_controller->setScenario(scenario);
    m_controller->applyRunOption(option, value);
    undo->endMacro();
}

void MainWindow::showSysctl(const QString &key)
{
    m_parametersDock->show();
    DockLayout::bringToFront(this, m_parametersDock);
    m_parameterPanel->showParameter(key);
}

void MainWindow::createActions()
{
    m_exportScreenshotAction = new QAction(this);
    m_exportScreenshotAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_exportScreenshotAction, &QAction::triggered, this, &MainWindow::exportScreenshot);
    m_exportAnimationAction = new QAction(this);
    m_exportAnimationAction->setObjectName(QStringLiteral("exportAnimationAction"));
    connect(m_exportAnimationAction, &QAction::triggered, this,
            [this] { AnimationDialog::exportFrom(this, m_trace, m_playhead->time()); });

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_zoom = new ZoomController(this);
    connect(m_zoom, &ZoomController::factorChanged, this, &MainWindow::applyZoom);
    // Ctrl+wheel and +/−/0 on the diagram are the window's zoom too.
    connect(m_sequenceView, &closelab::SequenceDiagramView::zoomChanged, m_zoom, &ZoomController::setFactor);

    m_segmentNames = new SegmentNamesMenu(this);

    m_resetLayoutAction = new QAction(this);
    m_resetLayoutAction->setObjectName(QStringLiteral("resetLayoutAction"));
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageActions = new QActionGroup(this);
    m_languageActions->setExclusive(true);
    for (const QString &code : LanguageSwitcher::availableLanguages()) {
        QAction *action = m_languageActions->addAction(LanguageSwitcher::nativeName(code));
        action->setObjectName(QStringLiteral("language_") + code);
        action->setData(code);
        action->setCheckable(true);
    }
    connect(m_languageActions, &QActionGroup::triggered, this, &MainWindow::chooseLanguage);
    connect(m_languages, &LanguageSwitcher::languageChanged, this, &MainWindow::selectLanguageAction);
    selectLanguageAction(m_languages->language());
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_experimentMenus = new ExperimentMenus(m_controller, this, m_sequenceView, m_chartsView);
    m_experimentMenus->setStateGraph(m_stateGraphView);
    m_experimentMenus->fillFileMenu(m_fileMenu);
    connect(m_experimentMenus, &ExperimentMenus::currentFileChanged, this, &MainWindow::updateWindowTitle);
    m_fileOpener = new FileOpener(this);
    m_fileOpener->setHandler(FileOpener::Kind::Experiment,
                             [this](const QString &path, bool quiet) { return m_experimentMenus->openFile(path, quiet); });
    m_lessonPanel = new LessonPanel(m_controller, m_playhead, m_experimentMenus, m_languages);
    m_lessonDock = makeDock(QStringLiteral("lessonDock"), m_lessonPanel, this);
    buildWhenShown(m_lessonDock, m_lessonPanel);
    connect(m_lessonPanel, &LessonPanel::lessonOpened, this, [this] {
        m_lessonDock->show();
        m_lessonDock->raise();
        // Again once the window is laid out (a resize re-arranges the docks: DockLayout).
        QTimer::singleShot(0, m_lessonDock, &QDockWidget::raise);
    });
    m_fileOpener->setHandler(FileOpener::Kind::Lesson,
                             [this](const QString &path, bool quiet) { return m_lessonPanel->openFile(path, quiet); });
    m_captureLauncher = new CaptureLauncher(this);
    m_fileMenu->addAction(m_captureLauncher->action());
    m_fileMenu->addAction(m_captureLauncher->replayLauncher()->action());
    m_serverMenus = new ServerMenus(m_controller, this);
    m_fileMenu->addAction(m_serverMenus->importAction());
    m_fileMenu->addAction(m_exportScreenshotAction);
    m_fileMenu->addAction(m_exportAnimationAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_experimentMenus->fillEditMenu(m_editMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_parametersDock->toggleViewAction());
    m_viewMenu->addAction(m_scenariosDock->toggleViewAction());
    m_viewMenu->addAction(m_stateGraphDock->toggleViewAction());
    m_viewMenu->addAction(m_narrationDock->toggleViewAction());
    m_viewMenu->addAction(m_timelineDock->toggleViewAction());
    m_viewMenu->addAction(m_lessonDock->toggleViewAction());
    m_viewMenu->addAction(m_playbackToolBar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_sequenceView->wholeRunAction());
    m_viewMenu->addAction(m_sequenceView->proportionalAction());
    m_viewMenu->addMenu(m_segmentNames->menu());
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_zoom->actions());
    m_viewMenu->addSeparator();
    m_compareLauncher = new CompareLauncher(m_controller, this);
    m_viewMenu->addAction(m_compareLauncher->action());
    m_sweepLauncher = new SweepLauncher(m_controller, this);
    m_viewMenu->addAction(m_sweepLauncher->action());
    m_viewMenu->addAction(m_serverMenus->thisMachineAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_resetLayoutAction);
    m_viewMenu->addSeparator();
    m_presentation = new PresentationMode(m_playhead, m_stepper, this);
    m_viewMenu->addAction(m_presentation->action());
    m_quiz = new QuizMode(this);
    m_presentation->setQuizSession(m_quiz->session());
    m_viewMenu->addAction(m_quiz->action());
    // A lesson step says whether the class predicts before each step (its "quiz" field).
    connect(m_lessonPanel, &LessonPanel::stepShown, m_quiz, [this](int, bool quiz) { m_quiz->action()->setChecked(quiz); });

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageActions->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addMenu(m_lessonPanel->builtInMenu());
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    updateWindowTitle();

    m_parametersDock->setWindowTitle(tr("Parameters"));
    m_scenariosDock->setWindowTitle(tr("Scenarios"));
    m_stateGraphDock->setWindowTitle(tr("State Graph"));
    m_narrationDock->setWindowTitle(tr("Narration and Event Log"));
    m_timelineDock->setWindowTitle(tr("Timeline Charts"));
    m_lessonDock->setWindowTitle(tr("Lesson"));

    m_fileMenu->setTitle(tr("&File"));
    m_exportScreenshotAction->setText(tr("&Export Screenshot…"));
    m_exportAnimationAction->setText(tr("Export &Animation…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_experimentMenus->retranslateUi();
    m_runStatus->retranslateUi();

    m_viewMenu->setTitle(tr("&View"));
    m_resetLayoutAction->setText(tr("&Reset Layout"));
    m_presentation->retranslateUi();
    m_zoom->retranslateUi();
    m_segmentNames->retranslateUi();
    m_quiz->retranslateUi();

    m_languageMenu->setTitle(tr("&Language"));

    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About CloseLab"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

void MainWindow::updateWindowTitle()
{
    //: The window title: the experiment's file name, [*] (an asterisk while it has unsaved changes), the scenario, the application.
    setWindowTitle(tr("%1[*] — %2 — %3")
                       .arg(m_experimentMenus->displayName(), QString::fromStdString(m_controller->config().scenario),
                            tr("CloseLab: how TCP connections close")));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    m_dockLayout->restore();
    m_zoom->restore();
    m_segmentNames->restore();
    m_settingsRestored = true;
}

void MainWindow::saveSettings() const
{
    m_dockLayout->save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_lessonPanel->maybeSave() || !m_experimentMenus->maybeSave()) {
        event->ignore();
        return;
    }
    // Saved or discarded: nothing left to recover.
    if (m_autosave)
        m_autosave->finish();
    if (m_settingsRestored)
        saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::startAutosave(const QString &directory, bool restore)
{
    if (m_autosave)
        return false;
    m_autosave = new Autosave(m_controller, m_experimentMenus, this);
    const std::optional<Autosave::Snapshot> left = m_autosave->start(directory.isEmpty() ? Autosave::defaultDirectory() : directory, restore);
    if (!left)
        return false;
    m_recoveryNote = new RecoveryNote(m_experimentMenus, m_controller, this);
    statusBar()->addPermanentWidget(m_recoveryNote);
    if (const QString error = m_recoveryNote->restore(*left); !error.isEmpty()) {
        statusBar()->showMessage(tr("The experiment of the last session cannot be restored: %1").arg(error));
        return false;
    }
    return true;
}

void MainWindow::resetLayout()
{
    m_dockLayout->reset();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_dockLayout->windowResized(event->size());
}

void MainWindow::addPanelDock(QDockWidget *dock)
{
    m_dockLayout->addPanel(dock);
}

void MainWindow::applyZoom(double factor)
{
    // Every zoomable view follows the one factor. legible-panels (issue 17.2) gives the state graph,
    // the timeline charts and the narration their setZoom(); their calls join here.
    m_sequenceView->setZoom(factor);
    m_stateGraphView->setZoom(factor);
    m_chartsView->setZoom(factor);
    m_narrationPanel->setZoom(factor);
    if (m_populationBar)
        m_populationBar->setZoom(factor);
    m_parameterPanel->setZoom(factor);
    m_playbackToolBar->setZoom(factor);
    if (m_quiz)
        m_quiz->setZoom(factor);
    // The docks' arrangement follows the zoom as it follows the window's size.
    m_dockLayout->setZoom(factor);
}

void MainWindow::chooseLanguage(QAction *action)
{
    const QString code = action->data().toString();
    if (m_languages->setLanguage(code))
        LanguageSwitcher::saveLanguage(code);
}

void MainWindow::selectLanguageAction(const QString &code)
{
    for (QAction *action : m_languageActions->actions())
        action->setChecked(action->data().toString() == code);
}

void MainWindow::exportScreenshot()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Screenshot"),
                                                      directory + QStringLiteral("/closelab.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString error = saveScreenshot(this, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Screenshot"), tr("Cannot write %1: %2").arg(path, error));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About CloseLab"),
        tr("<h3>CloseLab %1</h3>"
           "<p>Shows how TCP connections close on Linux: a deterministic simulation of the kernel's "
           "TCP endpoints, animated.</p>"
           "<p>License: GPL-3.0-or-later. Built with Qt %2 and QCustomPlot (GPLv3).</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::setTrace(std::shared_ptr<const closelab::Trace> trace)
{
    m_trace = std::move(trace);
    m_sequenceView->setTrace(m_trace);
    m_stateGraphView->setTrace(m_trace);
    m_narrationPanel->setTrace(m_trace);
    const closelab::RunConfig &effective = m_controller->effectiveConfig();
    m_chartsView->setTrace(m_trace, effective.sysctls, effective.serverSysctls.value_or(effective.sysctls));
    m_scenarioBrowser->setRun(m_controller->config(), effective, m_trace, m_controller->populationResult());
    QList<qint64> times;
    qint64 end = 0;
    if (m_trace) {
        times.reserve(qsizetype(m_trace->events.size()));
        for (const closelab::TraceEvent &e : m_trace->events)
            if (m_trace->onLifelines(e)) // the slider marks what the diagram draws (a population's sample)
                times << e.t;
        end = m_trace->end;
    }
    // A population run goes on after its sample connection: the playhead covers the whole series.
    if (m_population && !m_population->series.t.empty())
        end = std::max(end, qint64(std::llround(m_population->series.t.back() * 1e9)));
    m_playhead->setRange(m_trace ? m_trace->start : 0, end);
    m_playhead->setEventTimes(times);
    m_stepper->setTrace(m_trace);
    m_presentation->setTrace(m_trace);
    m_quiz->setTrace(m_trace);
    // The compressed clock moves along the same axis the sequence diagram draws.
    m_playhead->setKnots(m_trace ? closelab::TimeMap::knotsOf(*m_trace) : std::vector<closelab::SimTime>{});
    // Every view shows the playhead's time, even if it did not change.
    m_sequenceView->setTime(m_playhead->time());
    m_stateGraphView->setTime(m_playhead->time());
    m_narrationPanel->setTime(m_playhead->time());
    m_chartsView->setTime(m_playhead->time());
    updateStateCounts(m_playhead->time());
}

void MainWindow::showPopulation(std::shared_ptr<const closelab::PopulationResult> result)
{
    m_population = std::move(result);
    m_chartsView->setPopulation(m_population);
    m_scenarioBrowser->setRun(m_controller->config(), m_controller->effectiveConfig(), m_trace, m_population);
    if (m_population && !m_populationBar) {
        // The header of a population run (the population at t, the sample's label, its summary) under
        // the playback bar, made for the first one.
        m_populationBar = new closelab::PopulationBar(this);
        m_populationBar->setZoom(m_zoom->factor());
        connect(m_playhead, &Playhead::timeChanged, m_populationBar, &closelab::PopulationBar::setTime);
        connect(m_populationBar, &closelab::PopulationBar::populationNoteChanged, m_narrationPanel, &closelab::NarrationPanel::setPopulationNote);
        m_dockLayout->addPopulationBar(m_populationBar);
    }
    if (m_populationBar) {
        m_populationBar->setPopulation(m_population);
        m_populationBar->setTime(m_playhead->time());
    }
    updateStateCounts(m_playhead->time());
}

void MainWindow::updateStateCounts(qint64 time)
{
    if (!m_population) {
        m_stateGraphView->clearStateCounts();
        return;
    }
    m_stateGraphView->setStateCounts(stateCountsAt(m_population->series, double(time) / 1e9));
}

void MainWindow::showRunOf(std::shared_ptr<const closelab::Trace> trace, qint64 time)
{
    setTrace(std::move(trace));
    m_playhead->seek(time);
}

void MainWindow::showRun(const closelab::RunConfig &config)
{
    m_controller->setPlayheadTime(0);
    m_playhead->seek(0);
    m_controller->load(config);
}
