// SPDX-License-Identifier: GPL-3.0-or-later
// Handshake and idle-connection timers with their sysctls moved: tcp_syn_retries with
// tcp_syn_linear_timeouts, tcp_synack_retries, keepalive, zero-window probes of an orphan.
#include "enginetest.h"

#include <cmath>

using namespace closelab;
using namespace enginetest;

namespace {

std::vector<double> sendTimes(const Trace &t, Side s, const std::function<bool(const SegmentRecord &)> &pred)
{
    std::vector<double> out;
    for (const SegmentRecord *r : sent(t, s, pred)) out.push_back(secs(r->sentAt));
    return out;
}

} // namespace

class TestHandshake : public QObject {
    Q_OBJECT

private slots:
    void synRetries_data()
    {
        QTest::addColumn<int>("retries");
        QTest::addColumn<int>("linear");
        QTest::newRow("default 6 + 4 linear") << 6 << 4;
        QTest::newRow("3, no linear") << 3 << 0;
        QTest::newRow("2, 1 linear") << 2 << 1;
        QTest::newRow("5, 2 linear") << 5 << 2;
    }

    void synRetries()
    {
        QFETCH(int, retries);
        QFETCH(int, linear);
        const Trace t = run("syn_unanswered", {"set=net.ipv4.tcp_syn_retries=" + std::to_string(retries),
                                               "set=net.ipv4.tcp_syn_linear_timeouts=" + std::to_string(linear)});
        const auto syns = sendTimes(t, Side::Client, [](const SegmentRecord &r) { return r.header.flags == FlagSyn; });
        // tcp_write_timeout(): SYN_SENT gives up after tcp_syn_retries + tcp_syn_linear_timeouts retransmissions,
        // or earlier once tcp_model_timeout(tcp_syn_retries, 1 s) has passed since the first SYN.
        const double budget = (std::pow(2.0, retries + 1) - 1);
        int expected = 0;
        double at = 0, rto = 1;
        for (int k = 1; k <= retries + linear; ++k) {
            at += rto;
            if (at >= budget) break;
            ++expected;
            if (k > linear) rto *= 2; // the first `linear` retransmissions keep the initial RTO
        }
        QCOMPARE(int(syns.size()) - 1, expected);
        // Intervals: 1 s while linear, then doubling (each within the timer wheel's slack).
        double expectedInterval = 1;
        for (int k = 1; k < int(syns.size()); ++k) {
            const double interval = syns[k] - syns[k - 1];
            QVERIFY2(interval >= expectedInterval && interval <= expectedInterval * 1.07 + 0.05,
                     qPrintable(QStringLiteral("retransmission %1 after %2 s, expected %3").arg(k).arg(interval).arg(expectedInterval)));
            if (k > linear) expectedInterval *= 2;
        }
        QCOMPARE(t.side(Side::Client).lastErrno, Errno::Etimedout);
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::SynTimeout);
    }

    void defaultSynTimeoutIsAboutTwoMinutes()
    {
        // 6 retries + 4 linear: 1,1,1,1,1,2,4,8,16,32 s, then 64 s more: the seed's 133 s.
        const Trace t = run("syn_unanswered");
        const double gone = secs(*t.side(Side::Client).goneAt);
        QVERIFY2(gone >= 131 && gone <= 136, qPrintable(QString::number(gone)));
        QCOMPARE(t.side(Side::Client).retransmissions[int(RetransKind::Syn)], 10);
    }

    void synAckRetries_data()
    {
        QTest::addColumn<int>("retries");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("5 (default)") << 5;
    }

    void synAckRetries()
    {
        QFETCH(int, retries);
        const Trace t = run("synack_lost", {"set=net.ipv4.tcp_synack_retries=" + std::to_string(retries)});
        const auto synacks = sendTimes(t, Side::Server, [](const SegmentRecord &r) { return hasFlag(r, FlagSyn) && hasFlag(r, FlagAck); });
        QCOMPARE(int(synacks.size()) - 1, retries);
        // reqsk_timeout(): TCP_TIMEOUT_INIT << num_timeout; the request is dropped after the last one.
        const double expiry = std::pow(2.0, retries + 1) - 1;
        const double gone = secs(*t.side(Side::Server).goneAt);
        QVERIFY2(gone >= expiry && gone <= expiry * 1.07 + 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(gone).arg(expiry)));
        QCOMPARE(t.side(Side::Server).limit, std::string("net.ipv4.tcp_synack_retries"));
        QCOMPARE(t.side(Side::Client).lastErrno, Errno::Econnreset); // once healed, its data meets an RST
    }

    void keepalive_data()
    {
        QTest::addColumn<int>("time");
        QTest::addColumn<int>("intvl");
        QTest::addColumn<int>("probes");
        QTest::newRow("10/3/2") << 10 << 3 << 2;
        QTest::newRow("60/10/5") << 60 << 10 << 5;
        QTest::newRow("default 7200/75/9") << 7200 << 75 << 9;
    }

    void keepalive()
    {
        QFETCH(int, time);
        QFETCH(int, intvl);
        QFETCH(int, probes);
        const Trace t = run("keepalive_dead_peer", {"set=net.ipv4.tcp_keepalive_time=" + std::to_string(time),
                                                    "set=net.ipv4.tcp_keepalive_intvl=" + std::to_string(intvl),
                                                    "set=net.ipv4.tcp_keepalive_probes=" + std::to_string(probes)});
        SimTime lastRx = INT64_MIN;
        for (const SegmentRecord &r : t.segments)
            if (r.from == Side::Server && r.arrivesAt != kNever && r.arrivesAt < 0) lastRx = std::max(lastRx, r.arrivesAt);
        const auto p = sendTimes(t, Side::Client, [](const SegmentRecord &r) { return r.retransKind == RetransKind::Keepalive; });
        QCOMPARE(int(p.size()), probes);
        for (int i = 0; i < probes; ++i) {
            const double expected = time + i * intvl;
            const double got = p[i] - secs(lastRx);
            // The timer wheel fires at most one bucket late: under 12.5 % of the delay (kernel/time/timer.c).
            QVERIFY2(got >= expected && got <= expected * 1.125 + 0.05, qPrintable(QStringLiteral("probe %1 at %2, expected %3").arg(i).arg(got).arg(expected)));
        }
        const auto rst = sent(t, Side::Client, [](const SegmentRecord &r) { return hasFlag(r, FlagRst); });
        QCOMPARE(rst.size(), std::size_t(1));
        const double rstAt = secs(rst.front()->sentAt - lastRx);
        QVERIFY(rstAt >= time + probes * intvl && rstAt <= (time + probes * intvl) * 1.125 + 0.05);
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::KeepaliveExhausted);
        QCOMPARE(t.side(Side::Client).lastErrno, Errno::Etimedout);
    }

    void withoutKeepaliveAnIdleConnectionLivesForever()
    {
        const Trace t = run("keepalive_dead_peer", {"opt=keepalive=0", "until=20000"});
        QCOMPARE(t.side(Side::Client).finalState, TcpState::Established);
        QCOMPARE(t.runEnd, RunEnd::Horizon);
        QVERIFY(sent(t, Side::Client, [](const SegmentRecord &r) { return r.sentAt > 0; }).empty());
    }

    void zeroWindowOrphanProbesUntilBackoffReachesRtoMax_data()
    {
        QTest::addColumn<int>("rtoMaxMs");
        QTest::newRow("120 s") << 120000;
        QTest::newRow("10 s") << 10000;
    }

    void zeroWindowOrphanProbesUntilBackoffReachesRtoMax()
    {
        QFETCH(int, rtoMaxMs);
        const Trace t = run("zero_window_fin_wait1", {"set=net.ipv4.tcp_rto_max_ms=" + std::to_string(rtoMaxMs)});
        // tcp_probe_timer(): the peer answers every probe (probes_out resets), so an orphan dies when
        // rto << backoff reaches tcp_rto_max ("not alive") and tcp_orphan_retries (0) is then 0.
        int b = 0;
        while (0.204 * (1 << b) < rtoMaxMs / 1000.0) ++b;
        QCOMPARE(t.side(Side::Client).retransmissions[int(RetransKind::Probe)], b);
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::RetriesExhausted);
        QCOMPARE(t.side(Side::Client).limit, std::string("net.ipv4.tcp_orphan_retries"));
        // The FIN never left: it is stuck behind data the peer's window cannot take.
        QVERIFY(sent(t, Side::Client, [](const SegmentRecord &r) { return hasFlag(r, FlagFin); }).empty());
        QCOMPARE(t.stateAt(Side::Client, kSec), TcpState::FinWait1);
    }

    void firewallForgetsIdleConnection()
    {
        const Trace drop = run("firewall_idle_timeout", {"opt=idle=60", "set=net.ipv4.tcp_retries2=5"});
        QCOMPARE(drop.side(Side::Client).lastErrno, Errno::Etimedout);
        bool firewallDrop = false;
        for (const SegmentRecord &r : drop.segments) firewallDrop |= r.dropReason == DropReason::Firewall;
        QVERIFY(firewallDrop);
        const Trace reset = run("firewall_idle_timeout", {"opt=idle=60", "opt=action=reset"});
        QCOMPARE(reset.side(Side::Client).lastErrno, Errno::Econnreset);
        // Keepalive more often than the firewall forgets keeps the connection alive.
        const Trace kept = run("firewall_idle_timeout", {"opt=idle=60", "opt=keepalive=1", "set=net.ipv4.tcp_keepalive_time=30", "until=100"});
        QCOMPARE(kept.side(Side::Client).finalState, TcpState::Established);
        for (const SegmentRecord &r : kept.segments) QVERIFY(r.dropReason != DropReason::Firewall);
    }
};

QTEST_APPLESS_MAIN(TestHandshake)
#include "tst_handshake.moc"
