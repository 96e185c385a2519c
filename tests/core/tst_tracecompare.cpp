// SPDX-License-Identifier: GPL-3.0-or-later
// compareTraces() and compareConfigs(): A/B differences from real engine runs, checked against the
// runs' own summaries and against each other (no hand-written expected times).

#include "enginetest.h"

#include "core/tracecompare.h"

#include <QTest>

using namespace closelab;
using enginetest::config;
using Kind = TraceDifference::Kind;

namespace {
std::vector<TraceDifference> ofKind(const std::vector<TraceDifference> &diffs, Kind kind, Side side)
{
    std::vector<TraceDifference> out;
    for (const TraceDifference &d : diffs) {
        if (d.kind == kind && (kind == Kind::RunEnd || d.side == side))
            out.push_back(d);
    }
    return out;
}

const TraceDifference *find(const std::vector<TraceDifference> &diffs, Kind kind, Side side, TcpState state = TcpState::Closed,
                            RetransKind retrans = RetransKind::Fin)
{
    for (const TraceDifference &d : diffs) {
        if (d.kind != kind || (kind != Kind::RunEnd && d.side != side))
            continue;
        if (kind == Kind::TimeInState && d.state != state)
            continue;
        if (kind == Kind::Retransmissions && d.retransKind != retrans)
            continue;
        return &d;
    }
    return nullptr;
}
} // namespace

class TestTraceCompare : public QObject {
    Q_OBJECT

private slots:
    void identicalRunsHaveNoDifference_data();
    void identicalRunsHaveNoDifference();
    void orphanRetries();
    void goneOnlyInOne();
    void swappingNegates_data();
    void swappingNegates();
    void timeInStatesAddsUpToLifetime();
    void connectErrno();
    void limit();
    void settingDifferences();
    void settingDifferencesPerHost();
};

void TestTraceCompare::identicalRunsHaveNoDifference_data()
{
    QTest::addColumn<QString>("scenario");
    for (const char *name : {"normal_close", "fin_unacked", "rst_closed_port", "last_ack_lost"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestTraceCompare::identicalRunsHaveNoDifference()
{
    QFETCH(QString, scenario);
    const RunConfig c = config(scenario.toStdString());
    const Trace a = simulate(c);
    const Trace b = simulate(c);
    QVERIFY(compareTraces(a, b).empty());
    QVERIFY(compareConfigs(c, c).empty());
}

// The example: fewer orphan retries, the orphan gives up earlier.
void TestTraceCompare::orphanRetries()
{
    const Trace a = simulate(config("fin_unacked", {"set=net.ipv4.tcp_orphan_retries=8"}));
    const Trace b = simulate(config("fin_unacked", {"set=net.ipv4.tcp_orphan_retries=2"}));
    const SideSummary &ca = a.side(Side::Client);
    const SideSummary &cb = b.side(Side::Client);
    QVERIFY(ca.goneAt && cb.goneAt);
    QVERIFY(*cb.goneAt < *ca.goneAt);

    const auto diffs = compareTraces(a, b);
    const TraceDifference *gone = find(diffs, Kind::GoneTime, Side::Client);
    QVERIFY(gone);
    QCOMPARE(gone->timeA, *ca.goneAt);
    QCOMPARE(gone->timeB, *cb.goneAt);
    QCOMPARE(gone->delta, *cb.goneAt - *ca.goneAt);
    QVERIFY(gone->delta < 0);
    QCOMPARE(gone->reasonA, GoneReason::RetriesExhausted);
    QCOMPARE(gone->reasonB, GoneReason::RetriesExhausted);
    QVERIFY(!find(diffs, Kind::GoneReason, Side::Client)); // same reason, earlier

    const int finA = ca.retransmissions[static_cast<int>(RetransKind::Fin)];
    const int finB = cb.retransmissions[static_cast<int>(RetransKind::Fin)];
    QVERIFY(finB < finA);
    const TraceDifference *fins = find(diffs, Kind::Retransmissions, Side::Client, TcpState::Closed, RetransKind::Fin);
    QVERIFY(fins);
    QCOMPARE(fins->countA, finA);
    QCOMPARE(fins->countB, finB);
    QCOMPARE(fins->delta, SimTime(finB - finA));
    // Only FINs were retransmitted differently.
    QCOMPARE(ofKind(diffs, Kind::Retransmissions, Side::Client).size(), std::size_t(1));
    QVERIFY(ofKind(diffs, Kind::Retransmissions, Side::Server).empty());

    // The client sat in FIN_WAIT1 from close() until it was destroyed: the same delta.
    const TraceDifference *fw1 = find(diffs, Kind::TimeInState, Side::Client, TcpState::FinWait1);
    QVERIFY(fw1);
    QCOMPARE(fw1->delta, gone->delta);
    // Each FIN retransmission is one more segment sent by the client; the server's ACKs of them are
    // all lost, one per retransmission.
    const TraceDifference *sent = find(diffs, Kind::SegmentsSent, Side::Client);
    QVERIFY(sent);
    QCOMPARE(sent->delta, fins->delta);
    const TraceDifference *serverLost = find(diffs, Kind::SegmentsLost, Side::Server);
    QVERIFY(serverLost);
    QCOMPARE(serverLost->delta, fins->delta);

    // The server never closes (CLOSE_WAIT to the end of the run): it is not gone in either run,
    // and its time in CLOSE_WAIT shrinks with the run.
    QVERIFY(!find(diffs, Kind::GoneTime, Side::Server));
    QVERIFY(!find(diffs, Kind::FinalState, Side::Server));
    const TraceDifference *runEnd = find(diffs, Kind::RunEnd, Side::Client);
    QVERIFY(runEnd);
    QCOMPARE(runEnd->delta, b.end - a.end);
    const TraceDifference *closeWait = find(diffs, Kind::TimeInState, Side::Server, TcpState::CloseWait);
    QVERIFY(closeWait);
    QCOMPARE(closeWait->delta, runEnd->delta);
    QVERIFY(closeWait->untilRunEnd);
    QVERIFY(!fw1->untilRunEnd);
}

// A run stopped before the orphan gives up, against one where it does give up.
void TestTraceCompare::goneOnlyInOne()
{
    const Trace a = simulate(config("fin_unacked", {"until=50"}));
    const Trace b = simulate(config("fin_unacked", {"set=net.ipv4.tcp_orphan_retries=2"}));
    QVERIFY(!a.side(Side::Client).goneAt);
    QVERIFY(b.side(Side::Client).goneAt);

    const auto diffs = compareTraces(a, b);
    const TraceDifference *d = find(diffs, Kind::GoneOnlyInB, Side::Client);
    QVERIFY(d);
    QCOMPARE(d->timeB, *b.side(Side::Client).goneAt);
    QCOMPARE(d->reasonB, GoneReason::RetriesExhausted);
    QCOMPARE(d->stateA, TcpState::FinWait1);
    QVERIFY(!find(diffs, Kind::GoneTime, Side::Client));
    QVERIFY(!find(diffs, Kind::FinalState, Side::Client));

    const auto back = compareTraces(b, a);
    const TraceDifference *r = find(back, Kind::GoneOnlyInA, Side::Client);
    QVERIFY(r);
    QCOMPARE(r->timeA, d->timeB);
    QCOMPARE(r->stateB, TcpState::FinWait1);
}

void TestTraceCompare::swappingNegates_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("optionsA");
    QTest::addColumn<QStringList>("optionsB");
    QTest::newRow("fin_unacked orphan retries") << "fin_unacked" << QStringList{} << QStringList{"set=net.ipv4.tcp_orphan_retries=3"};
    QTest::newRow("fin_wait2_timeout fin_timeout") << "fin_wait2_timeout" << QStringList{}
                                                   << QStringList{"set=net.ipv4.tcp_fin_timeout=5"};
    QTest::newRow("last_ack_lost delay") << "last_ack_lost" << QStringList{} << QStringList{"delay=0.02"};
    QTest::newRow("syn_unanswered syn retries") << "syn_unanswered" << QStringList{"set=net.ipv4.tcp_syn_retries=6"}
                                                << QStringList{"set=net.ipv4.tcp_syn_retries=2"};
    QTest::newRow("peer_crash retries2") << "peer_crash" << QStringList{} << QStringList{"set=net.ipv4.tcp_retries2=5"};
}

// compare(B, A) lists the same differences as compare(A, B), with A and B swapped.
void TestTraceCompare::swappingNegates()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, optionsA);
    QFETCH(QStringList, optionsB);
    const auto options = [](const QStringList &list) {
        std::vector<std::string> out;
        for (const QString &s : list)
            out.push_back(s.toStdString());
        return out;
    };
    const Trace a = simulate(config(scenario.toStdString(), options(optionsA)));
    const Trace b = simulate(config(scenario.toStdString(), options(optionsB)));
    const auto ab = compareTraces(a, b);
    const auto ba = compareTraces(b, a);
    QVERIFY(!ab.empty());
    QCOMPARE(ab.size(), ba.size());
    for (std::size_t i = 0; i < ab.size(); ++i) {
        const TraceDifference &x = ab[i];
        const TraceDifference &y = ba[i];
        QCOMPARE(y.side, x.side);
        QCOMPARE(y.delta, -x.delta);
        QCOMPARE(y.timeA, x.timeB);
        QCOMPARE(y.countA, x.countB);
        QCOMPARE(y.reasonA, x.reasonB);
        QCOMPARE(y.errnoA, x.errnoB);
        QCOMPARE(y.limitA, x.limitB);
        if (x.kind == Kind::GoneOnlyInA)
            QCOMPARE(y.kind, Kind::GoneOnlyInB);
        else if (x.kind != Kind::GoneOnlyInB)
            QCOMPARE(y.kind, x.kind);
    }
}

// Every nanosecond between the first state change and the socket's end is in exactly one state.
void TestTraceCompare::timeInStatesAddsUpToLifetime()
{
    for (const char *scenario : {"normal_close", "fin_unacked", "last_ack_lost", "fin_wait2_timeout"}) {
        const Trace t = simulate(config(scenario));
        for (Side side : {Side::Client, Side::Server}) {
            const EndpointOutcome o = endpointOutcome(t, side);
            SimTime first = kNever;
            for (const TraceEvent &e : t.events) {
                if (e.type == EventType::State && e.host == side && e.conn == 0) {
                    first = e.t;
                    break;
                }
            }
            QVERIFY2(first != kNever, scenario);
            SimTime total = 0;
            for (SimTime s : o.timeIn)
                total += s;
            QCOMPARE(total, o.goneAt.value_or(t.end) - first);
            QCOMPARE(o.totalRetransmissions(),
                     std::accumulate(t.side(side).retransmissions.begin(), t.side(side).retransmissions.end(), 0));
        }
    }
}

void TestTraceCompare::connectErrno()
{
    // connect() times out in both, after a different number of SYNs.
    const Trace a = simulate(config("syn_unanswered"));
    const Trace b = simulate(config("syn_unanswered", {"set=net.ipv4.tcp_syn_retries=2"}));
    QCOMPARE(endpointOutcome(a, Side::Client).connectErrno, Errno::Etimedout);
    QCOMPARE(endpointOutcome(b, Side::Client).connectErrno, Errno::Etimedout);
    auto diffs = compareTraces(a, b);
    QVERIFY(!find(diffs, Kind::ConnectErrno, Side::Client));
    const TraceDifference *syns = find(diffs, Kind::Retransmissions, Side::Client, TcpState::Closed, RetransKind::Syn);
    QVERIFY(syns);
    QCOMPARE(syns->countB, b.side(Side::Client).retransmissions[static_cast<int>(RetransKind::Syn)]);
    QVERIFY(syns->countB < syns->countA);
    QVERIFY(find(diffs, Kind::GoneTime, Side::Client)->delta < 0);
    QCOMPARE(syns->countA, a.side(Side::Client).retransmissions[static_cast<int>(RetransKind::Syn)]);

    // Refused against timed out.
    const Trace refused = simulate(config("rst_closed_port"));
    QCOMPARE(endpointOutcome(refused, Side::Client).connectErrno, Errno::Econnrefused);
    diffs = compareTraces(refused, a);
    const TraceDifference *err = find(diffs, Kind::ConnectErrno, Side::Client);
    QVERIFY(err);
    QCOMPARE(err->errnoA, Errno::Econnrefused);
    QCOMPARE(err->errnoB, Errno::Etimedout);
    QVERIFY(!find(diffs, Kind::LastErrno, Side::Client)); // the same story, told once
}

// shutdown() instead of close(): the socket is no orphan, so tcp_retries2 limits its FIN.
void TestTraceCompare::limit()
{
    const Trace a = simulate(config("fin_unacked"));
    const Trace b = simulate(config("fin_unacked", {"opt=mode=shutdown"}));
    const auto diffs = compareTraces(a, b);
    QVERIFY(!find(diffs, Kind::GoneReason, Side::Client)); // retries exhausted in both
    const TraceDifference *d = find(diffs, Kind::Limit, Side::Client);
    QVERIFY(d);
    QCOMPARE(d->limitA, std::string("net.ipv4.tcp_orphan_retries"));
    QCOMPARE(d->limitB, std::string("net.ipv4.tcp_retries2"));
    QCOMPARE(d->limitB, b.side(Side::Client).limit);
    const TraceDifference *gone = find(diffs, Kind::GoneTime, Side::Client);
    QVERIFY(gone && gone->delta > 0); // tcp_retries2 15 outlasts the orphan's 8
    QVERIFY(!find(compareTraces(a, a), Kind::Limit, Side::Client));
}

void TestTraceCompare::settingDifferences()
{
    using SK = SettingDifference::Kind;
    const RunConfig a = config("fin_unacked");
    const RunConfig b = config("fin_unacked", {"set=net.ipv4.tcp_orphan_retries=2"});
    auto diffs = compareConfigs(a, b);
    QCOMPARE(diffs.size(), std::size_t(1));
    QCOMPARE(diffs[0], (SettingDifference{SK::Sysctl, SettingDifference::Host::Both, "net.ipv4.tcp_orphan_retries", "0", "2"}));

    const RunConfig c = config("fin_unacked", {"set=net.ipv4.ip_local_port_range=40000 40010", "delay=0.02", "seed=7",
                                               "drop=c2s:fin:first", "until=30"});
    diffs = compareConfigs(a, c);
    std::vector<SK> kinds;
    for (const SettingDifference &d : diffs)
        kinds.push_back(d.kind);
    QCOMPARE(kinds, (std::vector<SK>{SK::Sysctl, SK::Delay, SK::Drops, SK::Seed, SK::Until}));
    QCOMPARE(diffs[0].key, std::string("net.ipv4.ip_local_port_range")); // one row for the two values
    QCOMPARE(diffs[0].valueB, std::string("40000 40010"));
    QCOMPARE(diffs[1].valueA, std::string("0.0005"));
    QCOMPARE(diffs[1].valueB, std::string("0.02"));
    QVERIFY(diffs[2].valueA.find("c2s:fin:first") == std::string::npos);
    QVERIFY(diffs[2].valueB.find("c2s:fin:first") != std::string::npos);
    QCOMPARE(diffs[4].valueA, std::string());
    QCOMPARE(diffs[4].valueB, std::string("30"));

    const RunConfig other = config("normal_close");
    diffs = compareConfigs(a, other);
    QVERIFY(!diffs.empty());
    QCOMPARE(diffs[0].kind, SK::Scenario);
}

void TestTraceCompare::settingDifferencesPerHost()
{
    using SK = SettingDifference::Kind;
    using Host = SettingDifference::Host;
    const RunConfig a = config("fin_wait2_timeout");
    const RunConfig b = config("fin_wait2_timeout", {"set-server=net.ipv4.tcp_fin_timeout=5"});
    auto diffs = compareConfigs(a, b);
    QCOMPARE(diffs.size(), std::size_t(1));
    QCOMPARE(diffs[0], (SettingDifference{SK::Sysctl, Host::Server, "net.ipv4.tcp_fin_timeout", "60", "5"}));

    const RunConfig c = config("fin_wait2_timeout", {"set-client=net.ipv4.tcp_fin_timeout=5", "set-server=net.ipv4.tcp_fin_timeout=7"});
    diffs = compareConfigs(a, c);
    QCOMPARE(diffs.size(), std::size_t(2));
    QCOMPARE(diffs[0].host, Host::Client);
    QCOMPARE(diffs[0].valueB, std::string("5"));
    QCOMPARE(diffs[1].host, Host::Server);
    QCOMPARE(diffs[1].valueB, std::string("7"));

    // The client's FIN_WAIT2 timer follows the client's parameter only.
    const Trace ta = simulate(a);
    const Trace tb = simulate(b);
    const Trace tc = simulate(c);
    QVERIFY(!find(compareTraces(ta, tb), Kind::GoneTime, Side::Client));
    const auto ac = compareTraces(ta, tc); // kept: find() points into it
    const TraceDifference *gone = find(ac, Kind::GoneTime, Side::Client);
    QVERIFY(gone);
    QCOMPARE(gone->delta, *tc.side(Side::Client).goneAt - *ta.side(Side::Client).goneAt);
    QVERIFY(gone->delta < -50 * kSec);
}

QTEST_APPLESS_MAIN(TestTraceCompare)
#include "tst_tracecompare.moc"
