// SPDX-License-Identifier: GPL-3.0-or-later
// File > Open Capture…: the connections model (QAbstractItemModelTester, sorting and filtering through
// the proxy), a capture opened in the window (every view gets the chosen connection as a trace, its
// inferred steps marked), bad files refused with a message, and `closelab FILE.pcap` on the command line.
// Expected facts come from the kernel's captures (tests/data/pcaps, README of ../shared/kernel).

#include "app/captureconnectionsmodel.h"
#include "app/capturelauncher.h"
#include "app/captureview.h"
#include "app/comparewindow.h"
#include "app/replaylauncher.h"
#include "app/commandline.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "core/capture/pcapreader.h"
#include "views/compareview.h"
#include "views/narration.h"
#include "views/sequencediagramview.h"
#include "views/sequencelayout.h"
#include "views/sequencelabels.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>

using namespace closelab;

namespace {

QString pcap(const char *name) { return QStringLiteral(CLOSELAB_SOURCE_DIR "/tests/data/pcaps/%1.pcap").arg(QLatin1String(name)); }

std::shared_ptr<CaptureData> load(const char *name)
{
    auto data = std::make_shared<CaptureData>();
    capture::ReadResult r = capture::readCapture(pcap(name).toStdString());
    data->connections = capture::explainConnections(r.index);
    data->index = std::move(r.index);
    return data;
}

} // namespace

class TestCaptureLauncher : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_capturelauncher"));
        QSettings().clear();
    }

    void modelSortsAndFilters()
    {
        CaptureConnectionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // 17a: five clients 0.2 s apart (ports 21001..21005); the 2nd met a full accept queue, the 4th and 5th
        // had their SYNs dropped (README of the kernel's observations).
        model.setCapture(load("17a_accept_queue_overflow_abort0"));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(CaptureConnectionsModel::ColumnCount));
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(Qt::UserRole);
        proxy.setFilterKeyColumn(-1);
        proxy.sort(CaptureConnectionsModel::Packets, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, CaptureConnectionsModel::Client).data().toString(), QStringLiteral("127.0.0.1:21002"));
        proxy.sort(CaptureConnectionsModel::Start, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, CaptureConnectionsModel::Client).data().toString(), QStringLiteral("127.0.0.1:21005"));
        proxy.setFilterFixedString(QStringLiteral("tcp_syn_retries"));
        QCOMPARE(proxy.rowCount(), 2); // the two clients whose SYNs were dropped until they gave up
        proxy.setFilterFixedString(QStringLiteral(":21003"));
        QCOMPARE(proxy.rowCount(), 1);
        model.setCapture(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void openShowsConnectionInEveryView()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        CaptureLauncher *launcher = window.captureLauncher();
        QVERIFY(launcher);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("openCaptureAction")));
        QCOMPARE(launcher->openNow(pcap("02_fin_retrans_orphan_default")), QString());
        QVERIFY(launcher->dock() && launcher->dock()->isVisibleTo(&window));
        QCOMPARE(launcher->view()->model()->rowCount(), 1);
        const auto trace = window.trace();
        QVERIFY(trace);
        QCOMPARE(trace->segments.size(), std::size_t(29)); // 29 frames in the kernel's capture
        // The kernel: 9 FIN retransmissions, the client's socket gone silently at 106.6 s after its FIN.
        QCOMPARE(trace->side(Side::Client).retransmissions[std::size_t(RetransKind::Fin)], 9);
        bool inferredGone = false;
        for (const TraceEvent &e : trace->events)
            if (e.type == EventType::Gone && e.host == Side::Client && e.inferred) inferredGone = true;
        QVERIFY(inferredGone);
        int lost = 0;
        for (const SegmentRecord &s : trace->segments)
            if (s.from == Side::Server && s.arrivesAt == kNever) ++lost;
        QCOMPARE(lost, 10); // server_to_client_packets_dropped_while_client_alive
        QVERIFY(launcher->view()->findChild<QTextBrowser *>() != nullptr);
        // Each of those was lost after the capture point (the nftables rule sat on the client's input
        // hook), not at random; every segment keeps its frame number (29 frames, one segment each).
        for (std::size_t i = 0; i < trace->segments.size(); ++i) {
            const SegmentRecord &s = trace->segments[i];
            QCOMPARE(s.frame, std::uint32_t(i + 1));
            if (s.arrivesAt == kNever)
                QCOMPARE(s.dropReason, std::optional<DropReason>(DropReason::LostAfterCapture));
        }
    }

    void capturePanelKeepsTheStateGraphReadable()
    {
        // Opened at 1280×720, the window then made 1920×1080 (the docks re-arranged for a wide window):
        // the Capture panel joins the narration's tabs and the state graph keeps its room. Before, the
        // panel stood in a column of its own over the right side and the state graph got 70 px.
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.resize(1280, 720);
        window.show();
        QCOMPARE(window.captureLauncher()->openNow(pcap("17a_accept_queue_overflow_abort0")), QString());
        for (const QSize size : {QSize(1920, 1080), QSize(1280, 720), QSize(1920, 1080)}) {
            window.resize(size);
            QCoreApplication::processEvents();
            QDockWidget *capture = window.captureLauncher()->dock();
            QVERIFY(window.tabifiedDockWidgets(window.narrationDock()).contains(capture));
            QVERIFY(capture->isVisibleTo(&window));
            const int graph = window.stateGraphDock()->height();
            QVERIFY2(graph >= size.height() / 3, qPrintable(QStringLiteral("%1×%2: state graph %3 px tall").arg(size.width()).arg(size.height()).arg(graph)));
        }
    }

    void frameNumbersInDiagramAndLog()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.resize(1280, 720);
        QCOMPARE(window.captureLauncher()->openNow(pcap("01_normal_close")), QString());
        SequenceDiagramView diagram;
        diagram.resize(1280, 720);
        diagram.setTrace(window.trace());
        const std::vector<PlacedText> &texts = diagram.layout().texts();
        // 01_normal_close has 11 frames: every arrow label that is placed starts with its frame number.
        int labelled = 0;
        for (const PlacedText &t : texts) {
            if (t.kind != TextKind::ArrowLabel)
                continue;
            QVERIFY2(t.text.startsWith(QStringLiteral("#%1 ").arg(t.ref + 1)), qPrintable(t.text));
            ++labelled;
        }
        QVERIFY(labelled >= 6);
        for (std::size_t i = 0; i < texts.size(); ++i)
            for (std::size_t j = i + 1; j < texts.size(); ++j)
                QVERIFY2(!texts[i].rect.intersects(texts[j].rect), qPrintable(texts[i].text + QStringLiteral(" / ") + texts[j].text));
        // The event log (headline and tooltip) names the frame too.
        const Trace &trace = *window.trace();
        for (int i = 0; i < int(trace.events.size()); ++i) {
            const TraceEvent &e = trace.events[std::size_t(i)];
            if (e.type != EventType::Send)
                continue;
            const Narration n = narrate(trace, i);
            const auto f = trace.segments[std::size_t(e.segment)].frame;
            QVERIFY2(n.headline.startsWith(QStringLiteral("#%1 ").arg(f)), qPrintable(n.headline));
            QVERIFY2(n.what.contains(QStringLiteral("Frame %1 ").arg(f)), qPrintable(n.what));
        }
    }

    // File > Replay on the Engine: fin_unacked's capture against its replay, in words, in both languages.
    void replayOnTheEngine()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        auto *action = window.findChild<QAction *>(QStringLiteral("replayOnEngineAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no capture yet
        QCOMPARE(window.captureLauncher()->openNow(pcap("02_fin_retrans_orphan_default")), QString());
        QVERIFY(action->isEnabled());
        action->trigger();
        CompareWindow *compare = window.captureLauncher()->replayLauncher()->compareWindow();
        QVERIFY(compare && compare->replayPlan());
        QCOMPARE(compare->traceA()->segments.size(), std::size_t(29)); // A is the capture
        // B is the engine: 9 FIN retransmissions as the kernel's (README of the observations).
        QCOMPARE(compare->traceB()->side(Side::Client).retransmissions[std::size_t(RetransKind::Fin)], 9);
        QVERIFY(compare->replayDifferences().empty());
        QVERIFY(compare->view()->headlineText().startsWith(QStringLiteral("The engine reproduces the capture")));
        QVERIFY(compare->view()->settingsTable()->rowCount() >= 7); // delay, 5 calls, the drop rule, the sysctl
        // B with tcp_orphan_retries = 3: fewer FIN retransmissions on the engine, said in words.
        QCOMPARE(compare->applyRunOptionB(QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_orphan_retries=3")), QString());
        const int engine = compare->traceB()->side(Side::Client).retransmissions[std::size_t(RetransKind::Fin)];
        QVERIFY(engine < 9);
        const QString sentence = QStringLiteral("Client: the kernel retransmitted the FIN 9 time(s), the engine %1.").arg(engine);
        QVERIFY2(compare->view()->differenceTexts().contains(sentence), qPrintable(compare->view()->differenceTexts().join(QLatin1Char('\n'))));
        languages.setLanguage(QStringLiteral("zh_CN"));
        // A window that was never shown gets the LanguageChange posted.
        QTRY_VERIFY2(compare->view()->headlineText().startsWith(QStringLiteral("引擎与抓包有")), qPrintable(compare->view()->headlineText()));
        QVERIFY(compare->view()->differenceTexts().contains(QStringLiteral("客户端：内核重传 FIN 9 次，引擎重传 %1 次。").arg(engine)));
        // Back to the experiment read off the capture: no difference again.
        compare->copyAgainButton()->click();
        QVERIFY(compare->replayDifferences().empty());
        languages.setLanguage(QStringLiteral("en"));
    }

    void badFileIsRefused()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        const QString error = window.captureLauncher()->openNow(QStringLiteral(CLOSELAB_SOURCE_DIR "/README.md"));
        QVERIFY(error.contains(QLatin1String("README.md")) && error.contains(QLatin1String("not a pcap")));
        QVERIFY(!window.captureLauncher()->dock());
        QVERIFY(window.trace()); // the experiment's run is still shown
    }

    void commandLineTakesACapture()
    {
        CommandLine cl;
        QCOMPARE(int(cl.parse({QStringLiteral("closelab"), pcap("01_normal_close")})), int(CommandLine::Outcome::Run));
        QCOMPARE(cl.captureFile(), pcap("01_normal_close"));
        CommandLine other;
        QCOMPARE(int(other.parse({QStringLiteral("closelab"), QStringLiteral("notes.txt")})), int(CommandLine::Outcome::UsageError));
        QVERIFY(CaptureLauncher::isCaptureFile(QStringLiteral("x.PCAPNG")));
        QVERIFY(!CaptureLauncher::isCaptureFile(QStringLiteral("x.closelab")));
    }
};

QTEST_MAIN(TestCaptureLauncher)
#include "tst_capturelauncher.moc"
