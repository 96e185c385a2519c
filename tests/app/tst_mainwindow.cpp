// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/experimentcontroller.h"
#include "app/docklayout.h"
#include "app/experimentmenus.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/presentationmode.h"
#include "app/presentationwindow.h"
#include "core/sysctltable.h"
#include "views/eventlogmodel.h"
#include "views/narrationpanel.h"
#include "views/segmenttext.h"
#include "views/parameterpanel.h"
#include "views/parameterrow.h"
#include "views/scenariobrowser.h"
#include "views/sequencediagramview.h"
#include "views/stategraphview.h"
#include "views/timelinechartspanel.h"
#include "views/timelinechartsview.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QUndoStack>
#include <QToolBar>

namespace {
QMenu *menu(MainWindow &window, const char *objectName)
{
    return window.menuBar()->findChild<QMenu *>(QLatin1String(objectName));
}

// The timeline charts in the window's dock (made now if they were not yet).
closelab::TimelineChartsView *charts(MainWindow &window)
{
    return dynamic_cast<closelab::TimelineChartsView *>(window.timelineCharts()->charts());
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyAreaIsTitled();
    void menusExist();
    void segmentNamesReachEveryView();
    void languageSwitchRetranslates();
    void languageMenuIsRemembered();
    void qtStandardButtonsFollowLanguage();
    void playbackShortcuts();
    void resetLayoutShowsEveryDock();
    void layoutPersists();
    void parametersDockHoldsThePanel();
    void parametersBehindATabAreMadeWhenShown();
    void chartsBehindATabAreMadeWhenShown();
    void parameterMovesTheTraceShown();
    void undoRevertsParameterChange();
    void scenarioBrowserChangesTheRun();
    void narrationSysctlShowsParameter();
    void presetsAreLabelledWithTheirSource();
    void populationRunFillsChartsAndCounts();
};

void TestMainWindow::initTestCase()
{
    closelab::usePlotFactory(closelab::builtInPlotFactory()); // the charts are this program's TimelineChartsView
    QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::everyAreaIsTitled()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.resize(1600, 1000); // wide: the parameters on the left, the rest on the right
    window.resetLayout();

    auto *centre = qobject_cast<closelab::SequenceDiagramView *>(window.centralWidget());
    QVERIFY(centre);
    QVERIFY(centre->trace()); // the window opens on a run (normal_close)

    const QList<QDockWidget *> docks{window.parametersDock(), window.stateGraphDock(), window.narrationDock(),
                                     window.timelineDock()};
    QSet<QString> titles;
    for (QDockWidget *dock : docks) {
        QVERIFY(!dock->windowTitle().isEmpty());
        titles.insert(dock->windowTitle());
    }
    QCOMPARE(titles.size(), docks.size());
    QCOMPARE(window.dockWidgetArea(window.parametersDock()), Qt::LeftDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(window.stateGraphDock()), Qt::RightDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(window.narrationDock()), Qt::RightDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(window.timelineDock()), Qt::RightDockWidgetArea); // tabbed with the narration
}

void TestMainWindow::menusExist()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    QCOMPARE(titles, (QStringList{"&File", "&Edit", "&View", "&Language", "&Help"}));
    // View toggles every dock and the toolbar, the sequence diagram's two modes, opens the A/B
    // comparison and the sweep, then Reset Layout, then Present and Quiz; This Machine (four separators between the groups).
    QCOMPARE(menu(window, "viewMenu")->actions().size(), 26); // and the zoom, full screen (5 + a separator), Segment Names
    QVERIFY(menu(window, "viewMenu")->actions().contains(window.findChild<QAction *>(QStringLiteral("presentAction"))));
    QVERIFY(menu(window, "viewMenu")->actions().contains(window.lessonDock()->toggleViewAction()));
    for (const char *name : {"compareAction", "sweepAction", "thisMachineAction"})
        QVERIFY2(menu(window, "viewMenu")->actions().contains(window.findChild<QAction *>(QLatin1String(name))), name);
    for (const char *name : {"newAction", "openAction", "saveAction", "saveAsAction", "importServerSnapshotAction"})
        QVERIFY2(menu(window, "fileMenu")->actions().contains(window.findChild<QAction *>(QLatin1String(name))), name);
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("recentMenu")));
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("exportMenu"))->actions().size() >= 7);
    QMenu *edit = menu(window, "editMenu");
    QVERIFY(edit->actions().contains(window.experimentMenus()->undoAction()));
    QVERIFY(edit->actions().contains(window.experimentMenus()->redoAction()));
    QVERIFY(edit->actions().contains(window.experimentMenus()->presetsMenu()->menuAction()));
}

void TestMainWindow::segmentNamesReachEveryView()
{
    // View → Segment Names: plain words by default; tcpdump Notation relabels the diagram's arrows,
    // the event log's headlines and the presentation window's caption, and is remembered.
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.restoreSettings();
    window.show();
    QAction *plain = window.findChild<QAction *>(QStringLiteral("plainSegmentNamesAction"));
    QAction *tcpdump = window.findChild<QAction *>(QStringLiteral("tcpdumpNotationAction"));
    QVERIFY(plain && tcpdump);
    QVERIFY(menu(window, "viewMenu")->actions().contains(window.findChild<QMenu *>(QStringLiteral("segmentNamesMenu"))->menuAction()));
    QVERIFY(plain->isChecked());

    // The client's first FIN, and a segment whose arrival is the only thing happening then.
    const closelab::Trace &trace = *window.trace();
    int fin = -1;
    for (std::size_t i = 0; i < trace.segments.size() && fin < 0; ++i)
        if (trace.segments[i].from == closelab::Side::Client && (trace.segments[i].header.flags & closelab::FlagFin))
            fin = int(i);
    QVERIFY(fin >= 0);
    int deliver = -1;
    for (std::size_t i = 0; i < trace.events.size() && deliver < 0; ++i) {
        const closelab::TraceEvent &e = trace.events[i];
        if (e.type != closelab::EventType::Deliver)
            continue;
        bool alone = true;
        for (const closelab::TraceEvent &o : trace.events)
            alone &= o.t != e.t || &o == &e || o.type == closelab::EventType::Timer;
        if (alone)
            deliver = int(i);
    }
    QVERIFY(deliver >= 0);
    const closelab::SegmentRecord &delivered = trace.segments[std::size_t(trace.events[std::size_t(deliver)].segment)];
    const QString flags = QString::fromStdString(closelab::flagsText(delivered.header.flags));
    window.presentation()->enter(QSize(1280, 720));
    window.playhead()->seek(trace.events[std::size_t(deliver)].t);
    const auto arrowLabel = [&] { return window.sequenceDiagram()->layout().arrows()[std::size_t(fin)].label; };
    const auto headline = [&] {
        return window.narration()->model()->data(window.narration()->model()->index(deliver, closelab::EventLogModel::WhatColumn)).toString();
    };
    QCOMPARE(arrowLabel(), QStringLiteral("FIN"));
    QVERIFY2(!headline().contains(QLatin1String(" seq ")), qPrintable(headline()));
    const QString caption = window.presentation()->window()->captionText();
    QVERIFY2(!caption.contains(QLatin1String(" seq ")), qPrintable(caption));

    tcpdump->trigger();
    QVERIFY(tcpdump->isChecked() && !plain->isChecked());
    QVERIFY2(arrowLabel().startsWith(QLatin1String("F. seq ")), qPrintable(arrowLabel()));
    QVERIFY2(headline().startsWith(QStringLiteral("← %1 seq %2").arg(flags).arg(delivered.header.seq)), qPrintable(headline()));
    QVERIFY2(window.presentation()->window()->captionText().contains(QStringLiteral("(%1 seq %2").arg(flags).arg(delivered.header.seq)),
             qPrintable(window.presentation()->window()->captionText()));
    QCOMPARE(QSettings().value(QStringLiteral("view/segmentNames")).toString(), QStringLiteral("tcpdump"));
    window.presentation()->leave();

    // A window opened later remembers it; Plain Words puts the words back.
    {
        closelab::setTcpdumpNotation(false);
        MainWindow second(&languages);
        second.restoreSettings();
        QVERIFY(second.findChild<QAction *>(QStringLiteral("tcpdumpNotationAction"))->isChecked());
        QVERIFY(closelab::tcpdumpNotation());
    }
    plain->trigger();
    QCOMPARE(arrowLabel(), QStringLiteral("FIN"));
    QVERIFY(!closelab::tcpdumpNotation());
    QCOMPARE(QSettings().value(QStringLiteral("view/segmentNames")).toString(), QStringLiteral("plain"));
}

void TestMainWindow::languageSwitchRetranslates()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.show();
    QMenu *file = menu(window, "fileMenu");
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(window.parametersDock()->windowTitle(), QStringLiteral("Parameters"));

    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QTRY_COMPARE(file->title(), QStringLiteral("文件(&F)"));
    QCOMPARE(window.parametersDock()->windowTitle(), QStringLiteral("参数"));
    auto *centre = qobject_cast<closelab::SequenceDiagramView *>(window.centralWidget());
    QCOMPARE(centre->proportionalAction()->text(), QStringLiteral("按比例显示时间"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("playAction"))->text(), QStringLiteral("播放"));

    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(centre->proportionalAction()->text(), QStringLiteral("Proportional Time"));
}

void TestMainWindow::languageMenuIsRemembered()
{
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        auto *chinese = window.findChild<QAction *>(QStringLiteral("language_zh_CN"));
        QVERIFY(chinese);
        QVERIFY(!chinese->isChecked());
        chinese->trigger();
        QCOMPARE(languages.language(), QStringLiteral("zh_CN"));
        QVERIFY(chinese->isChecked());
        QTRY_COMPARE(menu(window, "languageMenu")->title(), QStringLiteral("语言(&L)"));
    }
    QCOMPARE(LanguageSwitcher::savedLanguage(), QStringLiteral("zh_CN"));
}

void TestMainWindow::qtStandardButtonsFollowLanguage()
{
    LanguageSwitcher languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QDialogButtonBox chinese(QDialogButtonBox::Cancel);
    QCOMPARE(chinese.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

void TestMainWindow::playbackShortcuts()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    Playhead *playhead = window.playhead();
    playhead->setDuration(10'000'000'000);
    playhead->setEventTimes({}); // the default step, not the opening run's event times
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(playhead->time(), Playhead::defaultStepNs);
    QTest::keyClick(&window, Qt::Key_End);
    QCOMPARE(playhead->time(), playhead->duration());
    QTest::keyClick(&window, Qt::Key_Left);
    QCOMPARE(playhead->time(), playhead->duration() - Playhead::defaultStepNs);
    QTest::keyClick(&window, Qt::Key_Home);
    QCOMPARE(playhead->time(), qint64(0));
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(playhead->isPlaying());
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(!playhead->isPlaying());

    // Still there with the toolbar hidden.
    window.findChild<QToolBar *>(QStringLiteral("playbackToolBar"))->hide();
    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(playhead->time(), Playhead::defaultStepNs);
}

void TestMainWindow::resetLayoutShowsEveryDock()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.resize(1600, 1000);
    window.show();
    window.timelineDock()->hide();
    window.parametersDock()->setFloating(true);
    window.removeDockWidget(window.stateGraphDock());
    window.addDockWidget(Qt::BottomDockWidgetArea, window.stateGraphDock());

    window.findChild<QAction *>(QStringLiteral("resetLayoutAction"))->trigger();
    QVERIFY(window.timelineDock()->isVisible());
    QVERIFY(!window.parametersDock()->isFloating());
    QCOMPARE(window.dockWidgetArea(window.stateGraphDock()), Qt::RightDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(window.parametersDock()), Qt::LeftDockWidgetArea);
}

void TestMainWindow::layoutPersists()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    {
        MainWindow window(&languages);
        window.restoreSettings();
        window.resize(1000, 700);
        window.show();
        window.narrationDock()->hide();
        window.close();
    }
    MainWindow window(&languages);
    window.restoreSettings();
    window.show();
    QVERIFY(!window.narrationDock()->isVisible());
    QVERIFY(window.stateGraphDock()->isVisible());
    QCOMPARE(window.size(), QSize(1000, 700));
}

void TestMainWindow::parametersDockHoldsThePanel()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.resize(1600, 1000);
    window.resetLayout();
    auto *panel = qobject_cast<closelab::ParameterPanel *>(window.parametersDock()->widget());
    QVERIFY(panel);
    QCOMPARE(panel, window.parameterPanel());
    for (const closelab::SysctlInfo &info : closelab::sysctlTable())
        QVERIFY2(panel->row(info.id), info.key.data());
    QCOMPARE(qsizetype(panel->rows().size()), qsizetype(closelab::sysctlTable().size()));
    QVERIFY(qobject_cast<closelab::ScenarioBrowser *>(window.scenariosDock()->widget()));
    QVERIFY(qobject_cast<closelab::TimelineChartsPanel *>(window.timelineDock()->widget()));
    QCOMPARE(window.dockWidgetArea(window.scenariosDock()), Qt::LeftDockWidgetArea);
}

// Start-up: the parameter rows are made when their dock comes to the front, not with the window.
void TestMainWindow::parametersBehindATabAreMadeWhenShown()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.resize(1280, 720);
    window.show();
    window.scenariosDock()->raise();
    QCoreApplication::processEvents();
    const bool shown = !window.parameterPanel()->visibleRegion().isEmpty();
    if (!window.tabifiedDockWidgets(window.parametersDock()).isEmpty() && !shown)
        QVERIFY(!window.parameterPanel()->hasContent());
    window.parametersDock()->raise();
    QCoreApplication::processEvents();
    QVERIFY(!window.parameterPanel()->visibleRegion().isEmpty());
    QVERIFY(window.parameterPanel()->hasContent());
    QVERIFY(window.parameterPanel()->row(closelab::SysctlId::TcpFinTimeout)->isVisible());
}

// Start-up: the timeline charts are made when their dock comes to the front, not with the window.
void TestMainWindow::chartsBehindATabAreMadeWhenShown()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.tabifiedDockWidgets(window.timelineDock()).isEmpty());
    QVERIFY(window.timelineCharts()->visibleRegion().isEmpty());
    QVERIFY(!window.timelineCharts()->hasContent());
    QVERIFY(!window.timelineCharts()->content());
    DockLayout::bringToFront(&window, window.timelineDock());
    QCoreApplication::processEvents();
    QVERIFY(!window.timelineCharts()->visibleRegion().isEmpty());
    QVERIFY(window.timelineCharts()->hasContent());
    QVERIFY(window.timelineCharts()->findChild<QWidget *>(QStringLiteral("timelinePlot"))->isVisible());
    // What they were told before they existed.
    QVERIFY(!charts(window)->data().timerBars.isEmpty());
    QVERIFY(charts(window)->plottedPointCount() > 0);
}

void TestMainWindow::parameterMovesTheTraceShown()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.controller()->setScenario(QStringLiteral("fin_unacked"));
    const auto before = window.controller()->trace();
    QCOMPARE(window.sequenceDiagram()->trace(), before.get());
    const int chartsBefore = charts(window)->data().retransmissions.size();

    QSignalSpy traces(window.controller(), &ExperimentController::traceChanged);
    window.parameterPanel()->row(closelab::SysctlId::TcpOrphanRetries)->slider()->setValue(2);
    QCOMPARE(traces.count(), 1);
    // Every view shows the new run, in the same call.
    const auto after = window.controller()->trace();
    QVERIFY(after != before);
    QCOMPARE(window.sequenceDiagram()->trace(), after.get());
    QCOMPARE(window.trace(), after);
    QVERIFY(after->events.size() < before->events.size());
    QVERIFY(charts(window)->data().retransmissions.size() < chartsBefore);
    QCOMPARE(window.controller()->config().sysctls.get(closelab::SysctlId::TcpOrphanRetries), 2);
}

void TestMainWindow::undoRevertsParameterChange()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.controller()->load([] {
        closelab::RunConfig c;
        c.scenario = "fin_unacked";
        return c;
    }());
    const qsizetype eventsBefore = qsizetype(window.trace()->events.size());
    QAction *undo = window.experimentMenus()->undoAction();
    QVERIFY(!undo->isEnabled());

    closelab::ParameterRow *row = window.parameterPanel()->row(closelab::SysctlId::TcpOrphanRetries);
    const int defaultValue = row->slider()->value();
    row->slider()->setValue(1);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QLatin1String("net.ipv4.tcp_orphan_retries")));
    QVERIFY(qsizetype(window.trace()->events.size()) != eventsBefore);

    undo->trigger();
    QCOMPARE(row->slider()->value(), defaultValue);
    QCOMPARE(window.controller()->config().sysctls.get(closelab::SysctlId::TcpOrphanRetries),
             closelab::RunConfig{}.sysctls.get(closelab::SysctlId::TcpOrphanRetries));
    QCOMPARE(qsizetype(window.sequenceDiagram()->trace()->events.size()), eventsBefore);
    QVERIFY(window.experimentMenus()->redoAction()->isEnabled());
    window.experimentMenus()->redoAction()->trigger();
    QCOMPARE(row->slider()->value(), 1);
}

void TestMainWindow::scenarioBrowserChangesTheRun()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    emit window.scenarioBrowser()->scenarioChosen(QStringLiteral("last_ack_lost"));
    QCOMPARE(window.controller()->config().scenario, std::string("last_ack_lost"));
    QCOMPARE(window.scenarioBrowser()->currentScenario(), QStringLiteral("last_ack_lost"));
    QCOMPARE(window.sequenceDiagram()->trace(), window.controller()->trace().get());

    // A "try this" is one undo step.
    const int steps = window.controller()->undoStack()->count();
    emit window.scenarioBrowser()->suggestionChosen(QStringLiteral("fin_unacked"), QStringLiteral("set"),
                                                    QStringLiteral("net.ipv4.tcp_orphan_retries=3"));
    QCOMPARE(window.controller()->config().scenario, std::string("fin_unacked"));
    QCOMPARE(window.controller()->config().sysctls.get(closelab::SysctlId::TcpOrphanRetries), 3);
    QCOMPARE(window.controller()->undoStack()->count(), steps + 1);
}

void TestMainWindow::narrationSysctlShowsParameter()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.scenariosDock()->raise();
    emit window.narration()->sysctlActivated(QStringLiteral("net.ipv4.tcp_fin_timeout"));
    QVERIFY(window.parametersDock()->isVisible());
    QVERIFY(!window.parameterPanel()->visibleRegion().isEmpty());
}

void TestMainWindow::presetsAreLabelledWithTheirSource()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QMenu *presets = window.experimentMenus()->presetsMenu();
    emit presets->aboutToShow();
    QVERIFY(presets->actions().size() >= 3);
    QAction *linux = presets->findChild<QAction *>(QStringLiteral("preset_linux"));
    QVERIFY(linux);
    QVERIFY2(linux->text().contains(QLatin1String("Linux 6.18")), qPrintable(linux->text()));
    QVERIFY(presets->findChild<QAction *>(QStringLiteral("preset_machine")));
}

void TestMainWindow::populationRunFillsChartsAndCounts()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    closelab::RunConfig c;
    c.scenario = "tw_bucket_overflow";
    c.options["duration"] = "5";
    c.options["rate"] = "200";
    window.showRun(c);
    QVERIFY(window.controller()->waitForIdle());
    QVERIFY(window.controller()->populationResult());
    // The playhead covers the whole series, not just the sample connection.
    const closelab::Series &series = window.controller()->populationResult()->series;
    QVERIFY(!series.t.empty());
    QVERIFY(window.playhead()->end() >= qint64(series.t.back() * 1e9) - 1);
    window.playhead()->seek(4'000'000'000);
    QVERIFY(charts(window)->valuesAt(4.0).contains(QLatin1String("TIME_WAIT")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
