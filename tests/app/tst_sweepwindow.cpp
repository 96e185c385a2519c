// SPDX-License-Identifier: GPL-3.0-or-later
// The sweep off the UI thread: the runner's result equals the core's table, progress reaches 1, a
// cancel or a newer request drops a result, a clicked point is one undoable edit of the experiment;
// the main window's action opens the window; the command line's --sweep.
#include "app/commandline.h"
#include "app/experimentcontroller.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/sweeplauncher.h"
#include "app/sweeprunner.h"
#include "app/sweepwindow.h"
#include "views/sweeppanel.h"
#include "views/sweepview.h"

#include <QAction>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace closelab;

namespace {
SweepSpec orphanRetries(double from, double to)
{
    SweepSpec s;
    s.config.scenario = "fin_unacked";
    s.parameter = SysctlId::TcpOrphanRetries;
    s.from = from;
    s.to = to;
    return s;
}
} // namespace

SweepView *sweepView(const SweepPanel *panel)
{
    return dynamic_cast<SweepView *>(panel->plot());
}

class TestSweepWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        usePlotFactory(builtInPlotFactory()); // the chart is this program's SweepView
        qRegisterMetaType<std::shared_ptr<const SweepResult>>();
        qRegisterMetaType<SweepSpec>();
    }

    void runnerDeliversTheCoreTable()
    {
        SweepRunner runner;
        QSignalSpy started(&runner, &SweepRunner::started);
        QSignalSpy progress(&runner, &SweepRunner::progress);
        QSignalSpy finished(&runner, &SweepRunner::finished);
        const SweepSpec spec = orphanRetries(0, 8);
        runner.start(spec);
        QVERIFY(runner.isRunning());
        QVERIFY(runner.waitForIdle());
        QCOMPARE(started.count(), 1);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toDouble(), 1.0);
        const auto result = finished.first().first().value<std::shared_ptr<const SweepResult>>();
        const SweepResult direct = runSweep(spec);
        QCOMPARE(result->points.size(), std::size_t(9));
        QVERIFY(result->points == direct.points);
    }

    void aBadSpecFails()
    {
        SweepRunner runner;
        QSignalSpy failed(&runner, &SweepRunner::failed);
        QSignalSpy started(&runner, &SweepRunner::started);
        runner.start(orphanRetries(0, 99));
        QCOMPARE(started.count(), 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().startsWith(QLatin1String("net.ipv4.tcp_orphan_retries: to 99")));
    }

    void cancelLeavesTheChartAlone()
    {
        ExperimentController controller;
        SweepWindow window(&controller);
        SweepPanel *panel = window.panel();
        controller.setScenario(QStringLiteral("fin_unacked"));
        // A first sweep shown.
        QVERIFY(window.runSweep(orphanRetries(1, 3)).isEmpty());
        QVERIFY(window.runner()->waitForIdle());
        const auto shown = sweepView(panel)->result();
        QVERIFY(shown);
        QCOMPARE(sweepView(panel)->pointSeries()->points().size(), 3);

        // A second sweep cancelled before its result arrives: the chart keeps the first.
        QSignalSpy finished(window.runner(), &SweepRunner::finished);
        QSignalSpy cancelled(window.runner(), &SweepRunner::cancelled);
        QVERIFY(window.runSweep(orphanRetries(0, 8)).isEmpty());
        QVERIFY(panel->isRunning());
        panel->runButton()->click(); // Cancel
        QVERIFY(window.runner()->waitForIdle());
        QTest::qWait(50); // the worker's queued delivery, if any, arrives and is dropped
        QCOMPARE(finished.count(), 0);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!panel->isRunning());
        QCOMPARE(sweepView(panel)->result(), shown);
        QCOMPARE(sweepView(panel)->pointSeries()->points().size(), 3);
        QVERIFY(panel->statusLabel()->text().contains(QLatin1String("cancelled")));
    }

    void aNewerRequestWins()
    {
        SweepRunner runner;
        QSignalSpy finished(&runner, &SweepRunner::finished);
        runner.start(orphanRetries(0, 8));
        runner.start(orphanRetries(2, 3));
        QVERIFY(runner.waitForIdle());
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<std::shared_ptr<const SweepResult>>();
        QCOMPARE(result->points.size(), std::size_t(2));
        QCOMPARE(result->points.front().value, 2.0);
    }

    void aClickedPointIsAnUndoableEdit()
    {
        ExperimentController controller;
        controller.setScenario(QStringLiteral("fin_unacked"));
        SweepWindow window(&controller);
        QVERIFY(window.runSweep(orphanRetries(0, 8)).isEmpty());
        QVERIFY(window.runner()->waitForIdle());
        const int undoBefore = controller.undoStack()->count();
        emit sweepView(window.panel())->valueChosen(5);
        QCOMPARE(controller.config().sysctls.get(SysctlId::TcpOrphanRetries), 5);
        QCOMPARE(controller.undoStack()->count(), undoBefore + 1);
        // The current value line follows the experiment.
        QCOMPARE(sweepView(window.panel())->currentValueSeries()->points().first().x(), 5.0);
        controller.undoStack()->undo();
        QCOMPARE(controller.config().sysctls.get(SysctlId::TcpOrphanRetries), 0);
        QCOMPARE(sweepView(window.panel())->currentValueSeries()->points().first().x(), 0.0);
    }

    void mainWindowOpensIt()
    {
        LanguageSwitcher languages;
        MainWindow main(&languages);
        QAction *action = main.findChild<QAction *>(QStringLiteral("sweepAction"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY(!main.sweepLauncher()->sweepWindow());
        action->trigger();
        SweepWindow *window = main.sweepLauncher()->sweepWindow();
        QVERIFY(window);
        QVERIFY(window->isVisible());
        action->trigger();
        QCOMPARE(main.sweepLauncher()->sweepWindow(), window); // the same window again
        // Switching the language re-translates the open window.
        QCOMPARE(window->panel()->runButton()->text(), QStringLiteral("Run Sweep"));
        QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
        QTRY_COMPARE(window->panel()->runButton()->text(), QStringLiteral("运行扫描"));
        QTRY_COMPARE(action->text(), QStringLiteral("参数扫描(&S)…"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(window->panel()->runButton()->text(), QStringLiteral("Run Sweep"));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("points");
        QTest::newRow("orphan retries") << QStringList{QStringLiteral("--scenario"), QStringLiteral("fin_unacked"),
                                                       QStringLiteral("--sweep"), QStringLiteral("net.ipv4.tcp_orphan_retries=0:8")}
                                        << QString() << 9;
        QTest::newRow("delay count") << QStringList{QStringLiteral("--sweep"), QStringLiteral("delay=0.001:0.1/4"),
                                                    QStringLiteral("--sweep-outcome"), QStringLiteral("server.gone_time")}
                                     << QString() << 4;
        QTest::newRow("unknown key") << QStringList{QStringLiteral("--sweep"), QStringLiteral("net.ipv4.nope=0:8")}
                                     << QStringLiteral("--sweep: expected KEY=RANGE") << 0;
        QTest::newRow("out of range") << QStringList{QStringLiteral("--sweep"), QStringLiteral("net.ipv4.tcp_orphan_retries=0:30")}
                                      << QStringLiteral("--sweep: net.ipv4.tcp_orphan_retries: to 30 is out of range 0..20 (count)") << 0;
        QTest::newRow("population outcome") << QStringList{QStringLiteral("--sweep"), QStringLiteral("net.ipv4.tcp_orphan_retries=0:8"),
                                                           QStringLiteral("--sweep-outcome"), QStringLiteral("time_wait_plateau")}
                                            << QStringLiteral("--sweep-outcome: 'time_wait_plateau' is not an outcome") << 0;
        QTest::newRow("host") << QStringList{QStringLiteral("--sweep"), QStringLiteral("net.ipv4.tcp_fin_timeout=1:3"),
                                             QStringLiteral("--sweep-host"), QStringLiteral("router")}
                              << QStringLiteral("--sweep-host: expected both, client or server") << 0;
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QFETCH(int, points);
        CommandLine line;
        const auto outcome = line.parse(QStringList{QStringLiteral("closelab")} + arguments);
        if (!error.isEmpty()) {
            QCOMPARE(outcome, CommandLine::Outcome::UsageError);
            QVERIFY2(line.errorText().startsWith(error), qPrintable(line.errorText()));
            return;
        }
        QCOMPARE(outcome, CommandLine::Outcome::Run);
        QVERIFY(line.sweep());
        QCOMPARE(int(sweepValues(*line.sweep()).size()), points);
    }
};

QTEST_MAIN(TestSweepWindow)
#include "tst_sweepwindow.moc"
