// SPDX-License-Identifier: GPL-3.0-or-later
// The A/B window: B starts as a copy of the controller's experiment, a change of B re-runs B only,
// a change in the main window re-runs A only (B is copied again when A's scenario changes), one
// playhead spans both runs, population scenarios are declined in words; the View menu action and
// its shortcut; --compare on the command line and in a screenshot.

#include "app/commandline.h"
#include "app/comparelauncher.h"
#include "app/comparewindow.h"
#include "app/experimentcontroller.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/screenfit.h"
#include "core/tracecompare.h"
#include "views/compareview.h"
#include "views/parameterpanel.h"
#include "views/sequencediagramview.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QListWidget>
#include <QProcess>
#include <QScreen>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace closelab;

class TestCompareWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void startsAsACopy();
    void changingBRerunsBOnly();
    void changingARerunsAOnly();
    void otherScenarioCopiesAgain();
    void badEditsLeaveBAlone();
    void playheadSpansBoth();
    void populationDeclined();
    void menuActionOpensOneWindow();
    void translated();
    void commandLine();
    void screenshot();
    void opensSizedToTheScreen();
};

void TestCompareWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_comparewindow"));
    QSettings().clear();
}

void TestCompareWindow::startsAsACopy()
{
    ExperimentController controller;
    QVERIFY(controller.setScenario(QStringLiteral("fin_unacked")).isEmpty());
    CompareWindow window(&controller);
    QCOMPARE(window.configB(), controller.effectiveConfig());
    QCOMPARE(window.runsOfA(), 1);
    QCOMPARE(window.runsOfB(), 1);
    QVERIFY(window.traceA() == controller.trace()); // A is the main window's run, not a re-run
    QVERIFY(window.traceB());
    QVERIFY(window.view()->differences().empty());
    QVERIFY(window.view()->settingDifferences().empty());
    QCOMPARE(window.panelB()->config(), window.configB());
}

void TestCompareWindow::changingBRerunsBOnly()
{
    ExperimentController controller;
    controller.setScenario(QStringLiteral("fin_unacked"));
    const RunConfig a = controller.config();
    CompareWindow window(&controller);
    QSignalSpy runsA(&window, &CompareWindow::runAChanged);
    QSignalSpy runsB(&window, &CompareWindow::runBChanged);

    QVERIFY(window.applyRunOptionB(QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_orphan_retries=2")).isEmpty());
    QCOMPARE(runsB.count(), 1);
    QCOMPARE(runsA.count(), 0);
    QCOMPARE(controller.config(), a); // the main window's experiment is untouched
    QCOMPARE(window.configB().sysctls.get(SysctlId::TcpOrphanRetries), 2);

    const std::vector<TraceDifference> &diffs = window.view()->differences();
    QVERIFY(!diffs.empty());
    QCOMPARE(diffs.front().kind, TraceDifference::Kind::GoneTime);
    QCOMPARE(diffs.front().delta, *window.traceB()->side(Side::Client).goneAt - *controller.trace()->side(Side::Client).goneAt);
    QVERIFY(diffs.front().delta < 0);
    QVERIFY(window.view()->differenceTexts().front().contains(QStringLiteral("earlier")));
    QCOMPARE(window.view()->settingsTable()->item(0, 0)->text(), QStringLiteral("net.ipv4.tcp_orphan_retries"));

    // An edit in B's own panel: B runs again, A does not.
    RunConfig edited = window.configB();
    edited.sysctls.set(SysctlId::TcpOrphanRetries, 3);
    emit window.panelB()->configEdited(edited);
    QCOMPARE(runsB.count(), 2);
    QCOMPARE(runsA.count(), 0);
    QCOMPARE(window.configB().sysctls.get(SysctlId::TcpOrphanRetries), 3);
    QCOMPARE(window.panelB()->config(), edited);
    // The same config again is no new run.
    QVERIFY(window.setConfigB(edited).isEmpty());
    QCOMPARE(runsB.count(), 2);
}

void TestCompareWindow::changingARerunsAOnly()
{
    ExperimentController controller;
    controller.setScenario(QStringLiteral("fin_unacked"));
    CompareWindow window(&controller);
    window.applyRunOptionB(QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_orphan_retries=2"));
    QSignalSpy runsA(&window, &CompareWindow::runAChanged);
    QSignalSpy runsB(&window, &CompareWindow::runBChanged);

    QVERIFY(controller.applyRunOption(QStringLiteral("delay"), QStringLiteral("0.02")).isEmpty());
    QCOMPARE(runsA.count(), 1);
    QCOMPARE(runsB.count(), 0);
    QVERIFY(window.traceA() == controller.trace());
    QCOMPARE(window.configB().network.delay, 500 * kUs); // B keeps its own network
    // Now they differ in two settings: B's orphan retries and A's delay.
    const auto &settings = window.view()->settingDifferences();
    QCOMPARE(settings.size(), std::size_t(2));
    QCOMPARE(settings[0].kind, SettingDifference::Kind::Sysctl);
    QCOMPARE(settings[1].kind, SettingDifference::Kind::Delay);
    QCOMPARE(settings[1].valueA, std::string("0.02"));
    QCOMPARE(settings[1].valueB, std::string("0.0005"));

    // Undo in the main window: A follows again.
    controller.undoStack()->undo();
    QCOMPARE(runsA.count(), 2);
    QCOMPARE(window.view()->settingDifferences().size(), std::size_t(1));
}

void TestCompareWindow::otherScenarioCopiesAgain()
{
    ExperimentController controller;
    controller.setScenario(QStringLiteral("fin_unacked"));
    CompareWindow window(&controller);
    window.applyRunOptionB(QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_orphan_retries=2"));
    QSignalSpy runsB(&window, &CompareWindow::runBChanged);

    controller.setScenario(QStringLiteral("last_ack_lost"));
    QCOMPARE(runsB.count(), 1);
    QCOMPARE(window.configB(), controller.effectiveConfig());
    QVERIFY(window.view()->differences().empty());

    // "Copy A to B again" forgets B's changes.
    window.applyRunOptionB(QStringLiteral("delay"), QStringLiteral("0.01"));
    QVERIFY(!window.view()->settingDifferences().empty());
    window.copyAgainButton()->click();
    QCOMPARE(window.configB(), controller.effectiveConfig());
    QVERIFY(window.view()->settingDifferences().empty());
}

void TestCompareWindow::badEditsLeaveBAlone()
{
    ExperimentController controller;
    controller.setScenario(QStringLiteral("fin_unacked"));
    CompareWindow window(&controller);
    QSignalSpy runsB(&window, &CompareWindow::runBChanged);
    const RunConfig before = window.configB();

    QVERIFY(!window.applyRunOptionB(QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_orphan_retries=-4")).isEmpty());
    QVERIFY(!window.applyRunOptionB(QStringLiteral("delay"), QStringLiteral("fast")).isEmpty());
    RunConfig other = before;
    other.scenario = "normal_close";
    QVERIFY(window.setConfigB(other).contains(QStringLiteral("fin_unacked")));
    QCOMPARE(runsB.count(), 0);
    QCOMPARE(window.configB(), before);

    // Through the panel the message is shown and the panel goes back to B's config.
    other.options.clear();
    emit window.panelB()->configEdited(other);
    QCOMPARE(runsB.count(), 0);
    QCOMPARE(window.panelB()->config(), before);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("compareMessage"))->isHidden());
}

void TestCompareWindow::playheadSpansBoth()
{
    ExperimentController controller;
    controller.setScenario(QStringLiteral("fin_unacked"));
    CompareWindow window(&controller);
    window.applyRunOptionB(QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_orphan_retries=2"));
    const Trace &a = *window.traceA();
    const Trace &b = *window.traceB();
    QVERIFY(b.end < a.end);
    QCOMPARE(window.playhead()->start(), std::min(a.start, b.start));
    QCOMPARE(window.playhead()->end(), std::max(a.end, b.end));

    // One playhead moves both diagrams and the chart.
    window.playhead()->seek(5 * kSec);
    QCOMPARE(window.view()->diagramA()->time(), 5 * kSec);
    QCOMPARE(window.view()->diagramB()->time(), 5 * kSec);
    // A click in a diagram seeks the one playhead.
    emit window.view()->diagramA()->seekRequested(kSec);
    QCOMPARE(window.playhead()->time(), kSec);
    QCOMPARE(window.view()->diagramB()->time(), kSec);
}

void TestCompareWindow::populationDeclined()
{
    ExperimentController controller;
    controller.setScenario(QStringLiteral("fin_unacked"));
    CompareWindow window(&controller);
    controller.setScenario(QStringLiteral("tw_bucket_overflow"));
    controller.cancel(); // the population run itself is not what this test is about
    QVERIFY(controller.waitForIdle());
    QVERIFY(!window.view()->isAvailable());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("compareUnavailable"))->text().contains(QStringLiteral("single-connection")));
    QVERIFY(!window.panelB()->isEnabled());
    QVERIFY(!window.applyRunOptionB(QStringLiteral("delay"), QStringLiteral("0.01")).isEmpty());

    // Back to a single connection: the comparison comes back, B a copy of the new A.
    controller.setScenario(QStringLiteral("normal_close"));
    QVERIFY(window.view()->isAvailable());
    QVERIFY(window.panelB()->isEnabled());
    QCOMPARE(window.configB().scenario, std::string("normal_close"));
    QVERIFY(window.view()->differences().empty());
}

void TestCompareWindow::menuActionOpensOneWindow()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow main(&languages);
    main.showRun(ExperimentController().config());
    CompareLauncher *launcher = main.compareLauncher();
    QVERIFY(launcher);
    QCOMPARE(launcher->action()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    QVERIFY(launcher->action()->text().contains(QStringLiteral("A/B")));
    QVERIFY(main.findChild<QMenu *>(QStringLiteral("viewMenu"))->actions().contains(launcher->action()));
    QVERIFY(!launcher->compareWindow());

    launcher->action()->trigger();
    QPointer<CompareWindow> first = launcher->compareWindow();
    QVERIFY(first);
    QVERIFY(first->isVisible());
    QCOMPARE(first->configB(), main.controller()->effectiveConfig());
    launcher->action()->trigger();
    QCOMPARE(launcher->compareWindow(), first.data());

    // Closing deletes it; the next trigger opens a fresh copy.
    first->close();
    QTRY_VERIFY(first.isNull());
    QVERIFY(!launcher->compareWindow());
    QVERIFY(launcher->open());
}

void TestCompareWindow::translated()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    ExperimentController controller;
    controller.setScenario(QStringLiteral("fin_unacked"));
    CompareWindow window(&controller);
    window.applyRunOptionB(QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_orphan_retries=2"));
    const QString english = window.view()->differenceTexts().front();
    QVERIFY(english.startsWith(QStringLiteral("Client: ")));

    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    // A window that was never shown gets the LanguageChange posted.
    QTRY_VERIFY(window.view()->differenceTexts().front() != english);
    const QString chinese = window.view()->differenceTexts().front();
    QVERIFY2(chinese.startsWith(QStringLiteral("客户端：")), qPrintable(chinese));
    QVERIFY2(window.view()->headlineText().contains(QStringLiteral("FIN 重传")), qPrintable(window.view()->headlineText()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("fin_unacked")));
    QVERIFY(!window.windowTitle().contains(QStringLiteral("comparison")));
    languages.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window.view()->differenceTexts().front(), english);
    // The English .qm gives the plural its proper form.
    QVERIFY2(window.view()->differenceTexts().at(1).contains(QStringLiteral(" FIN retransmissions fewer (")),
             qPrintable(window.view()->differenceTexts().at(1)));
}

void TestCompareWindow::commandLine()
{
    CommandLine ok;
    QCOMPARE(ok.parse({QStringLiteral("closelab"), QStringLiteral("--scenario"), QStringLiteral("fin_unacked"), QStringLiteral("--compare"),
                       QStringLiteral("set=net.ipv4.tcp_orphan_retries=2"), QStringLiteral("--compare"), QStringLiteral("delay=0.02")}),
             CommandLine::Outcome::Run);
    QCOMPARE(ok.compareOptions().size(), 2);
    QCOMPARE(ok.compareOptions()[0], qMakePair(QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_orphan_retries=2")));
    QCOMPARE(ok.compareOptions()[1], qMakePair(QStringLiteral("delay"), QStringLiteral("0.02")));
    QCOMPARE(ok.runConfig().sysctls.get(SysctlId::TcpOrphanRetries), 0); // A is not changed by --compare

    const QList<QStringList> bad = {
        {QStringLiteral("--compare"), QStringLiteral("orphans=2")},
        {QStringLiteral("--compare"), QStringLiteral("set")},
        {QStringLiteral("--compare"), QStringLiteral("set=net.ipv4.tcp_orphan_retries=999")},
        {QStringLiteral("--scenario"), QStringLiteral("tw_bucket_overflow"), QStringLiteral("--compare"), QStringLiteral("delay=0.02")},
    };
    for (const QStringList &arguments : bad) {
        CommandLine line;
        QCOMPARE(line.parse(QStringList{QStringLiteral("closelab")} + arguments), CommandLine::Outcome::UsageError);
        QVERIFY2(!line.errorText().isEmpty(), qPrintable(arguments.join(QLatin1Char(' '))));
    }
}

void TestCompareWindow::screenshot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("compare.png"));
    QProcess process;
    process.start(QStringLiteral(CLOSELAB_EXECUTABLE),
                  {QStringLiteral("--screenshot"), file, QStringLiteral("--size"), QStringLiteral("1200x800"), QStringLiteral("--scenario"),
                   QStringLiteral("fin_unacked"), QStringLiteral("--time"), QStringLiteral("2"), QStringLiteral("--compare"),
                   QStringLiteral("set=net.ipv4.tcp_orphan_retries=2")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QImage image(file);
    QCOMPARE(image.size(), QSize(1200, 800));
}

void TestCompareWindow::opensSizedToTheScreen()
{
    // A 1366×768 projector (its available area without a 40 px panel): 90 % of it, not 1600×1000.
    QCOMPARE(screenFittedSize(QSize(1600, 1000), QRect(0, 0, 1366, 728)), QSize(1229, 655));
    // A large screen keeps the preferred size.
    QCOMPARE(screenFittedSize(QSize(1600, 1000), QRect(0, 0, 3840, 2100)), QSize(1600, 1000));
    QCOMPARE(screenFittedSize(QSize(1600, 1000), QRect()), QSize(1600, 1000));

    ExperimentController controller;
    CompareWindow window(&controller);
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(window.width()).arg(window.height()).arg(available.width()).arg(available.height())));
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
