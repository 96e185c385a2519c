// SPDX-License-Identifier: GPL-3.0-or-later
// Close-side timers and tables: tcp_fin_timeout (orphans only, 3.5 RTO floor, the > 60 s split),
// TIME_WAIT fixed at 60 s and re-armed, tcp_max_tw_buckets, tcp_max_orphans, delayed ACK.
#include "enginetest.h"

using namespace closelab;
using namespace enginetest;

class TestCloseTimers : public QObject {
    Q_OBJECT

private slots:
    void finWait2Lifetime_data()
    {
        QTest::addColumn<int>("finTimeout");
        QTest::addColumn<double>("expected");
        QTest::newRow("5 s") << 5 << 5.0;
        QTest::newRow("30 s") << 30 << 30.0;
        QTest::newRow("60 s (default)") << 60 << 60.0;
        // tcp_fin_time() - TCP_TIMEWAIT_LEN twice: first on the keepalive timer, then as a timewait socket.
        QTest::newRow("90 s lasts 2 x 30 s") << 90 << 60.0;
        QTest::newRow("150 s lasts 2 x 90 s") << 150 << 180.0;
    }

    void finWait2Lifetime()
    {
        QFETCH(int, finTimeout);
        QFETCH(double, expected);
        const Trace t = run("fin_wait2_timeout", {"set=net.ipv4.tcp_fin_timeout=" + std::to_string(finTimeout)});
        const double lifetime = secs(*t.side(Side::Client).goneAt) - enteredAt(t, Side::Client, TcpState::FinWait2);
        // The timer wheel adds at most one bucket: 2.048 s for these lengths (4.1 s when split in two).
        QVERIFY2(lifetime >= expected && lifetime <= expected + 4.2, qPrintable(QStringLiteral("lifetime %1").arg(lifetime)));
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::FinWait2Timeout);
    }

    void finTimeoutFloorIsThreeAndAHalfRto()
    {
        // 200 ms each way: RTO = srtt + rttvar lies between 0.4 + 0.2 (the tcp_rto_min floor of rttvar) and
        // 0.4 + 2 x 0.4 (the first sample's mdev), so tcp_fin_time() keeps FIN_WAIT2 for 3.5 RTO: 2.1 to 4.2 s,
        // never the 1 s asked for.
        const Trace t = run("fin_wait2_timeout", {"set=net.ipv4.tcp_fin_timeout=1", "delay=0.2"});
        const double lifetime = secs(*t.side(Side::Client).goneAt) - enteredAt(t, Side::Client, TcpState::FinWait2);
        QVERIFY2(lifetime >= 2.1 && lifetime < 4.2 + 0.3, qPrintable(QStringLiteral("lifetime %1").arg(lifetime)));
        // On a LAN the floor is 3.5 x 204 ms = 0.714 s, below 1 s: tcp_fin_timeout wins.
        const Trace lan = run("fin_wait2_timeout", {"set=net.ipv4.tcp_fin_timeout=1"});
        const double lanLifetime = secs(*lan.side(Side::Client).goneAt) - enteredAt(lan, Side::Client, TcpState::FinWait2);
        QVERIFY2(lanLifetime >= 1.0 && lanLifetime < 1.3, qPrintable(QStringLiteral("lifetime %1").arg(lanLifetime)));
    }

    void halfCloseIsNotLimitedByFinTimeout()
    {
        // shutdown(SHUT_WR) keeps the socket owned: FIN_WAIT2 outlives tcp_fin_timeout = 2.
        const Trace t = run("half_close", {"set=net.ipv4.tcp_fin_timeout=2", "opt=send_for=5"});
        const double fw2 = enteredAt(t, Side::Client, TcpState::FinWait2);
        const double tw = enteredAt(t, Side::Client, TcpState::TimeWait);
        QVERIFY(tw - fw2 > 4.5);
        int received = 0;
        for (const SegmentRecord &r : t.segments)
            if (r.from == Side::Server && r.sentAt > 0 && r.header.len > 0) received += static_cast<int>(r.header.len);
        QCOMPARE(received, 500);
    }

    void timeWaitIsSixtySecondsWhateverFinTimeout_data()
    {
        QTest::addColumn<int>("finTimeout");
        QTest::newRow("5") << 5;
        QTest::newRow("60") << 60;
        QTest::newRow("200") << 200;
    }

    void timeWaitIsSixtySecondsWhateverFinTimeout()
    {
        QFETCH(int, finTimeout);
        const Trace t = run("normal_close", {"set=net.ipv4.tcp_fin_timeout=" + std::to_string(finTimeout)});
        const double tw = secs(*t.side(Side::Client).goneAt) - enteredAt(t, Side::Client, TcpState::TimeWait);
        QVERIFY2(tw >= 60.0 && tw <= 62.05, qPrintable(QStringLiteral("TIME_WAIT lasted %1").arg(tw)));
    }

    void retransmittedFinRestartsTimeWait_data()
    {
        QTest::addColumn<int>("lost");
        QTest::newRow("1 lost ACK") << 1;
        QTest::newRow("3 lost ACKs") << 3;
    }

    void retransmittedFinRestartsTimeWait()
    {
        QFETCH(int, lost);
        const Trace t = run("last_ack_lost", {"opt=n=" + std::to_string(lost)});
        const auto serverFins = sent(t, Side::Server, [](const SegmentRecord &r) { return hasFlag(r, FlagFin); });
        QCOMPARE(int(serverFins.size()), lost + 1);
        // Each retransmitted FIN re-arms TIME_WAIT for 60 s from its arrival.
        const double lastFinArrival = secs(serverFins.back()->arrivesAt);
        const double gone = secs(*t.side(Side::Client).goneAt);
        QVERIFY2(gone - lastFinArrival >= 60.0 && gone - lastFinArrival <= 62.05, qPrintable(QStringLiteral("%1").arg(gone - lastFinArrival)));
        QCOMPARE(t.side(Side::Server).goneReason, GoneReason::LastAckAcked);
    }

    void twBucketOverflowSkipsTimeWait()
    {
        // FIN+ACK together: FIN_WAIT1 -> (no TIME_WAIT bucket) -> destroyed. The final ACK still went out.
        const Trace t = run("fin_ack_combined", {"set=net.ipv4.tcp_max_tw_buckets=0"});
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::TwBucketOverflow);
        QCOMPARE(t.side(Side::Client).limit, std::string("net.ipv4.tcp_max_tw_buckets"));
        QCOMPARE(enteredAt(t, Side::Client, TcpState::TimeWait), -1e9);
        QCOMPARE(t.side(Side::Client).rstSent, 0); // overflow is silent
        QCOMPARE(t.side(Side::Server).goneReason, GoneReason::LastAckAcked);
    }

    void twBucketOverflowAlsoHitsOrphanedFinWait2()
    {
        // An orphaned FIN_WAIT2 also lives in a timewait bucket: without one it is destroyed at once,
        // and the server's FIN, arriving later, meets an RST.
        const Trace t = run("normal_close", {"set=net.ipv4.tcp_max_tw_buckets=0"});
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::TwBucketOverflow);
        QCOMPARE(states(t, Side::Client).back().first, TcpState::Closed);
        QCOMPARE(t.side(Side::Server).goneReason, GoneReason::RstReceived);
    }

    void loneOrphanIsNotCountedAtItsOwnClose()
    {
        // tcp.c: __tcp_close() counts the new orphan, then tcp_check_oom() -> tcp_too_many_orphans() compares
        // tcp_orphan_cache, copied by tcp_orphan_update() every 100 ms, with tcp_max_orphans: 0 > 0 is false,
        // so even tcp_max_orphans = 0 keeps the first orphan, and the close is the usual four segments.
        const Trace t = run("normal_close", {"set=net.ipv4.tcp_max_orphans=0"});
        QVERIFY(sent(t, Side::Client, [](const SegmentRecord &r) { return hasFlag(r, FlagRst); }).empty());
        QVERIFY(enteredAt(t, Side::Client, TcpState::TimeWait) > 0);
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::TimeWaitDone);
        QCOMPARE(t.side(Side::Server).goneReason, GoneReason::LastAckAcked);
    }

    void orphanCountedAfterTheNextTickIsResetByItsTimer()
    {
        // Nothing from the server arrives after t = 0: the client's FIN is not acknowledged. Its tail loss
        // probe (tcp_output.c: tcp_send_loss_probe(), no orphan check) is sent; at the retransmission timer,
        // 0.2 s later, the cache has been refreshed (every 100 ms) and holds the orphan itself:
        // tcp_timer.c: tcp_write_timeout() -> tcp_out_of_resources() -> tcp_check_oom(sk, 0): 1 > 0, so
        // tcp_send_active_reset() and tcp_done() instead of a retransmission.
        const Trace t = run("normal_close", {"set=net.ipv4.tcp_max_orphans=0", "drop=s2c:any:from=0"});
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::OrphanOverflow);
        const auto rst = sent(t, Side::Client, [](const SegmentRecord &r) { return hasFlag(r, FlagRst); });
        QCOMPARE(rst.size(), std::size_t(1));
        QCOMPARE(rst.front()->rstReason, std::optional<RstReason>(RstReason::OrphanOverflow));
        const auto again = sent(t, Side::Client, [](const SegmentRecord &r) { return r.transmission > 1; });
        QCOMPARE(again.size(), std::size_t(1)); // the loss probe only
        QVERIFY(hasFlag(*again.front(), FlagFin));
        QVERIFY(again.front()->sentAt >= 200 * kMs);
        QVERIFY(rst.front()->sentAt >= again.front()->sentAt + 200 * kMs); // the RTO after the probe
        QCOMPARE(t.side(Side::Client).goneAt, std::optional<SimTime>(rst.front()->sentAt));
    }

    void passiveCloserCombinesAckAndFin_data()
    {
        QTest::addColumn<double>("serverDelay");
        QTest::addColumn<int>("segments");
        // The ACK of the FIN waits for the delayed-ACK timer (40 ms, pingpong mode after tcp_fin()).
        QTest::newRow("closes at once") << 0.0 << 3;
        QTest::newRow("closes after 20 ms") << 0.02 << 3;
        QTest::newRow("closes after 60 ms") << 0.06 << 4;
        QTest::newRow("closes after 1 s") << 1.0 << 4;
    }

    void passiveCloserCombinesAckAndFin()
    {
        QFETCH(double, serverDelay);
        QFETCH(int, segments);
        const Trace t = run("normal_close", {"opt=server_close_delay=" + QString::number(serverDelay).toStdString()});
        int n = 0;
        for (const SegmentRecord &r : t.segments) n += r.sentAt >= 0 ? 1 : 0;
        QCOMPARE(n, segments);
    }

    void timeWaitAssassinationByReset()
    {
        // stale_segment: a late copy hits TIME_WAIT, whose ACK meets a server without the connection: RST.
        // (Linux 6.18, tests/kernel stale_segment#2: the RST ends TIME_WAIT at 1.2 s; the reconnect at 1.5 s works.)
        const Trace t = run("stale_segment", {"opt=reconnect_at=1.5"});
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::RstReceived);
        QCOMPARE(appCalls(t, Side::Client, AppCall::Connect).back()->err, Errno::None);
    }

    void boundConnectTakesOverTimeWait()
    {
        // tcp_ipv4.c: tcp_twsk_unique() with no twp (a port the application bound: __inet_hash_connect()):
        // timestamps alone let connect() take the TIME_WAIT 4-tuple, before tcp_tw_reuse_delay and even with
        // tcp_tw_reuse=0 (Linux 6.18, tests/kernel stale_segment#0: TWRecycled 1 at 0.5 s).
        for (const char *reuse : {"set=net.ipv4.tcp_tw_reuse=2", "set=net.ipv4.tcp_tw_reuse=0"}) {
            const Trace t = run("stale_segment", {reuse, "opt=reconnect_at=0.5"});
            QCOMPARE(appCalls(t, Side::Client, AppCall::Connect).back()->err, Errno::None);
            QCOMPARE(t.side(Side::Client).goneReason, GoneReason::TimeWaitDone);
            QCOMPARE(enteredAt(t, Side::Client, TcpState::Established, 1) > 0.4, true);
        }
        // Without timestamps the TIME_WAIT socket cannot tell old segments from new ones: refused.
        const Trace noTs = run("stale_segment", {"set=net.ipv4.tcp_timestamps=0", "opt=reconnect_at=0.5"});
        QCOMPARE(appCalls(noTs, Side::Client, AppCall::Connect).back()->err, Errno::Eaddrnotavail);
    }

    void reuseAddrLetsARestartedServerBind()
    {
        const Trace without = run("so_reuseaddr_restart");
        QCOMPARE(appCalls(without, Side::Server, AppCall::Bind).back()->err, Errno::Eaddrinuse);
        const Trace with = run("so_reuseaddr_restart", {"opt=reuseaddr=1"});
        QCOMPARE(appCalls(with, Side::Server, AppCall::Bind).back()->err, Errno::None);
        QCOMPARE(appCalls(with, Side::Client, AppCall::Connect).back()->err, Errno::None);
    }
};

QTEST_APPLESS_MAIN(TestCloseTimers)
#include "tst_closetimers.moc"
