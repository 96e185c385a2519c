// SPDX-License-Identifier: GPL-3.0-or-later
// Retransmission rules with their sysctls moved: the retry budget is a time (retransmits_timed_out()),
// tcp_orphan_retries governs orphans only (0 means 8), tcp_retries2 the rest, RTO floor and cap, backoff.
#include "enginetest.h"

using namespace closelab;
using namespace enginetest;

namespace {

/// tcp_timer.c: tcp_model_timeout() with TCP_RTO_MIN as base, in seconds.
double modelTimeout(int boundary, double rtoMax = 120.0, double base = 0.2)
{
    int thresh = 0;
    while (base * (1 << (thresh + 1)) <= rtoMax) ++thresh;
    if (boundary <= thresh) return ((2 << boundary) - 1) * base;
    return ((2 << thresh) - 1) * base + (boundary - thresh) * rtoMax;
}

struct Retransmissions {
    std::vector<double> rtoTimes; ///< RTO retransmissions (not the loss probe)
    int lossProbes = 0;
};

Retransmissions finRetransmissions(const Trace &t, Side s)
{
    Retransmissions r;
    bool probeFired = false;
    for (const TraceEvent &e : t.events) {
        if (e.host != s) continue;
        if (e.type == EventType::Timer && e.action == TimerAction::Fire) probeFired = e.timer == TimerKind::LossProbe;
        if (e.type == EventType::Send) {
            const SegmentRecord &seg = t.segments[e.segment];
            if (seg.transmission > 1 && seg.retransKind) {
                if (probeFired) ++r.lossProbes;
                else r.rtoTimes.push_back(secs(seg.sentAt));
            }
        }
    }
    return r;
}

} // namespace

class TestRetransmission : public QObject {
    Q_OBJECT

private slots:
    void orphanRetryBudget_data()
    {
        QTest::addColumn<int>("orphanRetries");
        QTest::addColumn<int>("boundary");
        QTest::newRow("0 means 8") << 0 << 8;
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("3") << 3 << 3;
        QTest::newRow("5") << 5 << 5;
    }

    void orphanRetryBudget()
    {
        QFETCH(int, orphanRetries);
        QFETCH(int, boundary);
        const Trace t = run("fin_unacked", {"set=net.ipv4.tcp_orphan_retries=" + std::to_string(orphanRetries)});
        const Retransmissions r = finRetransmissions(t, Side::Client);
        QVERIFY(!r.rtoTimes.empty());
        const double budget = modelTimeout(boundary);
        const double gone = secs(*t.side(Side::Client).goneAt);
        // The socket dies at the first RTO after the budget has run out, counted from the first RTO retransmission.
        QVERIFY2(gone - r.rtoTimes.front() >= budget, qPrintable(QStringLiteral("gone %1, budget %2").arg(gone).arg(budget)));
        QVERIFY2(r.rtoTimes.back() - r.rtoTimes.front() < budget, qPrintable(QStringLiteral("last retransmission too late")));
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::RetriesExhausted);
        QCOMPARE(t.side(Side::Client).limit, std::string("net.ipv4.tcp_orphan_retries"));
        QCOMPARE(t.side(Side::Client).rstSent, 0);
        QCOMPARE(r.lossProbes, 1);
    }

    void retries2GovernsSocketsStillOwned_data()
    {
        QTest::addColumn<int>("retries2");
        QTest::newRow("3") << 3;
        QTest::newRow("6") << 6;
        QTest::newRow("10") << 10;
    }

    void retries2GovernsSocketsStillOwned()
    {
        QFETCH(int, retries2);
        // shutdown(SHUT_WR): not an orphan, so tcp_orphan_retries (set to 1 here) does not apply.
        const Trace t = run("fin_unacked", {"opt=mode=shutdown", "set=net.ipv4.tcp_orphan_retries=1",
                                            "set=net.ipv4.tcp_retries2=" + std::to_string(retries2)});
        const Retransmissions r = finRetransmissions(t, Side::Client);
        const double budget = modelTimeout(retries2);
        const double gone = secs(*t.side(Side::Client).goneAt);
        QVERIFY(gone - r.rtoTimes.front() >= budget);
        QVERIFY(r.rtoTimes.back() - r.rtoTimes.front() < budget);
        QCOMPARE(t.side(Side::Client).limit, std::string("net.ipv4.tcp_retries2"));
        QCOMPARE(t.side(Side::Client).lastErrno, Errno::Etimedout);
    }

    void orphanRetriesDoNotTouchOwnedSockets()
    {
        // The seed article claims tcp_orphan_retries also limits non-orphans; the kernel disagrees.
        const Trace a = run("fin_unacked", {"opt=mode=shutdown", "set=net.ipv4.tcp_orphan_retries=1"});
        const Trace b = run("fin_unacked", {"opt=mode=shutdown", "set=net.ipv4.tcp_orphan_retries=7"});
        QCOMPARE(a.side(Side::Client).goneAt, b.side(Side::Client).goneAt);
        QCOMPARE(a.side(Side::Client).retransmissions, b.side(Side::Client).retransmissions);
    }

    void backoffDoublesUpToRtoMax_data()
    {
        QTest::addColumn<int>("rtoMaxMs");
        QTest::newRow("default 120 s") << 120000;
        QTest::newRow("2 s") << 2000;
        QTest::newRow("10 s") << 10000;
    }

    void backoffDoublesUpToRtoMax()
    {
        QFETCH(int, rtoMaxMs);
        const Trace t = run("peer_crash", {"set=net.ipv4.tcp_rto_max_ms=" + std::to_string(rtoMaxMs), "set=net.ipv4.tcp_retries2=8"});
        const Retransmissions r = finRetransmissions(t, Side::Client);
        QVERIFY(r.rtoTimes.size() >= 4);
        const double cap = rtoMaxMs / 1000.0;
        const double slack = 2.05; // the timer wheel fires up to one bucket late (2.048 s at level 3)
        for (std::size_t i = 2; i < r.rtoTimes.size(); ++i) {
            const double prev = r.rtoTimes[i - 1] - r.rtoTimes[i - 2];
            const double cur = r.rtoTimes[i] - r.rtoTimes[i - 1];
            QVERIFY2(cur <= cap + slack, qPrintable(QStringLiteral("interval %1 above tcp_rto_max %2").arg(cur).arg(cap)));
            if (2 * prev < cap - 0.5) QVERIFY2(cur > 1.7 * prev && cur < 2.3 * prev + 0.3, qPrintable(QStringLiteral("%1 then %2").arg(prev).arg(cur)));
        }
        // With a cap, intervals reach it.
        if (cap < 20) QVERIFY(r.rtoTimes.back() - r.rtoTimes[r.rtoTimes.size() - 2] >= cap);
    }

    void rtoFloorIsTcpRtoMin_data()
    {
        QTest::addColumn<int>("rtoMinMs");
        QTest::newRow("200 ms (default)") << 200;
        QTest::newRow("50 ms") << 50;
        QTest::newRow("1 s") << 1000;
    }

    void rtoFloorIsTcpRtoMin()
    {
        QFETCH(int, rtoMinMs);
        const Trace t = run("peer_crash", {"set=net.ipv4.tcp_rto_min_us=" + std::to_string(rtoMinMs * 1000), "set=net.ipv4.tcp_retries2=3"});
        const Retransmissions r = finRetransmissions(t, Side::Client);
        QVERIFY(r.rtoTimes.size() >= 2);
        // On a 1 ms RTT the RTO is the floor (rounded up to jiffies): the first doubled interval is about 2 x floor.
        const double interval = r.rtoTimes[1] - r.rtoTimes[0];
        const double rto = rtoMinMs / 1000.0;
        QVERIFY2(interval >= 2 * rto && interval <= 2 * rto + 0.05, qPrintable(QStringLiteral("interval %1 for floor %2").arg(interval).arg(rto)));
    }

    void rebootedPeerAnswersWithReset()
    {
        const Trace t = run("peer_crash", {"opt=reboot_at=30"});
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::RstReceived);
        QCOMPARE(t.side(Side::Client).lastErrno, Errno::Econnreset);
        QVERIFY(secs(*t.side(Side::Client).goneAt) > 30);
        // The rebooted host has no socket for the connection: its RST answers the next retransmission.
        const auto rst = sent(t, Side::Server, [](const SegmentRecord &r) { return hasFlag(r, FlagRst); });
        QCOMPARE(rst.size(), std::size_t(1));
        QVERIFY(secs(rst.front()->sentAt) > 30);
        QCOMPARE(rst.front()->rstReason, std::optional<RstReason>(RstReason::NoSocket));
    }
};

QTEST_APPLESS_MAIN(TestRetransmission)
#include "tst_retransmission.moc"
