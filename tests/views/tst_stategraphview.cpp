// SPDX-License-Identifier: GPL-3.0-or-later
#include "handtrace.h"
#include "views/stategraphview.h"

#include <QTest>

using namespace closelab;
using namespace closelab::testing;

namespace {
constexpr SimTime d = 500 * kUs;
}

class TestStateGraphView : public QObject {
    Q_OBJECT
private slots:
    void everyTableRowIsDrawn()
    {
        const StateGraphLayout layout(QSizeF(600, 640));
        std::size_t rows = 0;
        for (const auto &e : layout.edges()) {
            rows += e.transitions.size();
            QVERIFY(e.fromNode >= 0 && e.toNode >= 0);
        }
        QCOMPARE(rows, transitionTable().size());
        for (TcpState s : kAllStates)
            QVERIFY(layout.nodeOf(s) >= 0);
        // Every node lies inside the widget.
        for (int i = 0; i < int(layout.nodes().size()); ++i)
            QVERIFY(QRectF(0, 0, 600, 640).contains(layout.nodeRect(i)));
    }

    void linuxEdgesAreLabelledWithTheirSysctl()
    {
        StateGraphView view;
        view.resize(600, 640);
        const int fw2 = view.layout().edgeFor(TcpState::FinWait2, TcpState::Closed);
        QVERIFY(fw2 >= 0);
        QVERIFY(view.edgeLabel(fw2).contains(QStringLiteral("tcp_fin_timeout")));
        const int fw1 = view.layout().edgeFor(TcpState::FinWait1, TcpState::Closed);
        QVERIFY(view.edgeLabel(fw1).contains(QStringLiteral("tcp_orphan_retries")));
        const int est = view.layout().edgeFor(TcpState::Established, TcpState::CloseWait);
        QCOMPARE(view.edgeLabel(est), QStringList{QStringLiteral("rcv FIN / snd ACK")});
        const int tw = view.layout().edgeFor(TcpState::TimeWait, TcpState::Closed);
        QVERIFY(view.edgeLabel(tw).contains(QStringLiteral("60 s")));
    }

    void tokens_data()
    {
        QTest::addColumn<qint64>("t");
        QTest::addColumn<int>("client");
        QTest::addColumn<int>("server");
        QTest::addColumn<int>("clientEdges"); // edges the client has taken so far
        QTest::newRow("handshake") << qint64(-2 * d) << int(TcpState::SynSent) << int(TcpState::SynRecv) << 1;
        QTest::newRow("FIN in flight") << qint64(d / 2) << int(TcpState::FinWait1) << int(TcpState::Established) << 3;
        QTest::newRow("half-closed") << qint64(100 * kMs) << int(TcpState::FinWait2) << int(TcpState::CloseWait) << 4;
        QTest::newRow("TIME_WAIT") << qint64(30 * kSec) << int(TcpState::TimeWait) << int(TcpState::Closed) << 5;
        QTest::newRow("all gone") << qint64(61 * kSec) << int(TcpState::Closed) << int(TcpState::Closed) << 6;
    }

    void tokens()
    {
        QFETCH(qint64, t);
        QFETCH(int, client);
        QFETCH(int, server);
        QFETCH(int, clientEdges);
        StateGraphView view;
        view.resize(600, 640);
        view.setTrace(std::make_shared<Trace>(normalCloseTrace()));
        view.setTime(t);
        QCOMPARE(int(view.tokenState(Side::Client)), client);
        QCOMPARE(int(view.tokenState(Side::Server)), server);
        QCOMPARE(int(view.takenEdges(Side::Client).size()), clientEdges);
        // A gone socket's token sits on the terminal of the state it left.
        if (TcpState(server) == TcpState::Closed)
            QCOMPARE(view.tokenNode(Side::Server), view.layout().terminalOf(TcpState::LastAck));
        QVERIFY(!view.grab().isNull());
    }

    void populationCounts()
    {
        StateGraphView view;
        view.resize(600, 640);
        std::array<std::int64_t, 11> counts{};
        counts[std::size_t(TcpState::TimeWait)] = 40000;
        view.setStateCounts(counts);
        QVERIFY(!view.grab().isNull());
        view.clearStateCounts();
    }
};

QTEST_MAIN(TestStateGraphView)
#include "tst_stategraphview.moc"
