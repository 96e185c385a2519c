// SPDX-License-Identifier: GPL-3.0-or-later
// Population runs against the arithmetic a person would do: TIME_WAIT plateaus, port exhaustion, the
// fd limit of a CLOSE_WAIT leak, backlog + 1, syncookies, orphans, tw_recycle behind NAT.
#include "core/population.h"
#include "core/populationjson.h"
#include "enginetest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace closelab;
using namespace enginetest;

namespace {

struct Run {
    RunConfig config;
    PopulationConfig workload;
    PopulationResult result;
    const std::vector<double> &col(const std::string &name) const
    {
        const auto *c = result.series.column(name);
        if (!c) qFatal("no column %s", name.c_str());
        return *c;
    }
    double at(const std::string &name, double t) const
    {
        const auto &c = col(name);
        for (std::size_t i = 0; i < result.series.t.size(); ++i)
            if (result.series.t[i] >= t) return c[i];
        return c.back();
    }
    double max(const std::string &name) const
    {
        const auto &c = col(name);
        return *std::max_element(c.begin(), c.end());
    }
    /// First sample time at which the column becomes > 0, or -1.
    double firstNonZero(const std::string &name) const
    {
        const auto &c = col(name);
        for (std::size_t i = 0; i < c.size(); ++i)
            if (c[i] > 0) return result.series.t[i];
        return -1;
    }
};

Run population(const std::string &scenario, const std::vector<std::string> &options = {})
{
    Run r;
    r.config = config(scenario, options);
    populationPreset(scenario, r.config, r.workload);
    if (auto err = applyPopulationOptions(r.workload, r.config.options)) qFatal("%s", err->c_str());
    r.result = simulatePopulation(r.config, r.workload);
    return r;
}

} // namespace

class TestPopulation : public QObject {
    Q_OBJECT

private slots:
    void timeWaitPlateau_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("buckets");
        QTest::newRow("rate-bound: 50/s, 100000 buckets") << 50.0 << 100000;
        QTest::newRow("bucket-bound: 200/s, 5000 buckets") << 200.0 << 5000;
        QTest::newRow("bucket-bound: 1000/s, 20000 buckets") << 1000.0 << 20000;
    }

    void timeWaitPlateau()
    {
        QFETCH(double, rate);
        QFETCH(int, buckets);
        const Run r = population("tw_bucket_overflow", {"opt=rate=" + QString::number(rate).toStdString(), "opt=duration=100",
                                                        "set=net.ipv4.tcp_max_tw_buckets=" + std::to_string(buckets)});
        const double expected = std::min(rate * 60, double(buckets));
        const double plateau = r.at("client.TIME_WAIT", 59); // before the first TIME_WAIT expires
        const double atEighty = r.at("client.TIME_WAIT", 80);
        // TIME_WAIT expires in 2.048 s timer-wheel buckets: the count dips by up to one bucket's worth.
        QVERIFY2(r.max("client.TIME_WAIT") <= buckets, "never above tcp_max_tw_buckets");
        QVERIFY2(std::fabs(atEighty - expected) <= rate * 2.1 + 1, qPrintable(QStringLiteral("%1 vs %2").arg(atEighty).arg(expected)));
        if (rate * 60 > buckets) {
            QCOMPARE(plateau, double(buckets));
            const double overflow = r.result.totals.linuxCounters.at("client.TCPTimeWaitOverflow");
            QVERIFY(overflow > 0);
        }
        QCOMPARE(r.result.totals.connectsOk, r.result.totals.connectsAttempted);
        QCOMPARE(r.max("server.TIME_WAIT"), 0.0); // the client closed first
    }

    void portExhaustion_data()
    {
        QTest::addColumn<int>("ports");
        QTest::addColumn<double>("rate");
        QTest::newRow("1000 ports, 50/s") << 1000 << 50.0;
        QTest::newRow("28232 ports (default), 1000/s") << 28232 << 1000.0;
        QTest::newRow("2000 ports, 20/s: never runs out") << 2000 << 20.0;
    }

    void portExhaustion()
    {
        QFETCH(int, ports);
        QFETCH(double, rate);
        const std::string range = "set=net.ipv4.ip_local_port_range=32768 " + std::to_string(32768 + ports - 1);
        const Run r = population("port_exhaustion", {range, "opt=rate=" + QString::number(rate).toStdString(), "opt=duration=90"});
        const double firstFailure = r.firstNonZero("connects.failed.EADDRNOTAVAIL");
        if (rate * 60 > ports) {
            // Each connection holds its port for 60 s of TIME_WAIT: the range is full after ports / rate seconds.
            const double expected = ports / rate;
            QVERIFY2(firstFailure >= expected - 1.01 && firstFailure <= expected + 1.01,
                     qPrintable(QStringLiteral("first failure at %1 s, expected %2 s").arg(firstFailure).arg(expected)));
            QVERIFY(r.max("client.ports_in_use") <= ports);
            QCOMPARE(r.max("client.ports_in_use"), double(ports));
        } else {
            QCOMPARE(firstFailure, -1.0);
        }
        // tcp_tw_reuse = 1 with timestamps removes the failures (a port is reusable 1 s after its last segment).
        const Run reuse = population("port_exhaustion", {range, "opt=rate=" + QString::number(rate).toStdString(), "opt=duration=90",
                                                         "set=net.ipv4.tcp_tw_reuse=1"});
        QCOMPARE(reuse.result.totals.connectsOk, reuse.result.totals.connectsAttempted);
        // Without timestamps tcp_tw_reuse cannot apply.
        if (rate * 60 > ports) {
            const Run noTs = population("port_exhaustion", {range, "opt=rate=" + QString::number(rate).toStdString(), "opt=duration=90",
                                                            "set=net.ipv4.tcp_tw_reuse=1", "set=net.ipv4.tcp_timestamps=0"});
            QVERIFY(noTs.result.totals.connectsFailed.count("EADDRNOTAVAIL"));
        }
    }

    void closeWaitLeakReachesFdLimit()
    {
        // 100 connections/s, 10 % leaked: the server holds 10 more descriptors each second; with
        // ulimit -n 200 (the listener holds one) accept() starts failing after about 19.9 s.
        const Run r = population("close_wait_leak", {"set=ulimit.nofile=200", "opt=duration=40", "opt=accept_rate=1000"});
        const double firstEmfile = r.firstNonZero("server.accepts_failed.EMFILE");
        QVERIFY2(firstEmfile >= 18 && firstEmfile <= 22, qPrintable(QString::number(firstEmfile)));
        QCOMPARE(r.max("server.fds"), 200.0);
        QVERIFY(r.at("server.CLOSE_WAIT", 39) >= 199 - 2);
        QVERIFY(r.result.totals.acceptsFailed > 0);
    }

    void acceptQueueHoldsBacklogPlusOne_data()
    {
        QTest::addColumn<int>("backlog");
        QTest::addColumn<int>("abort");
        QTest::newRow("backlog 1") << 1 << 0;
        QTest::newRow("backlog 8") << 8 << 0;
        QTest::newRow("backlog 8, abort_on_overflow") << 8 << 1;
    }

    void acceptQueueHoldsBacklogPlusOne()
    {
        QFETCH(int, backlog);
        QFETCH(int, abort);
        const Run r = population("accept_queue_overflow", {"opt=backlog=" + std::to_string(backlog),
                                                           "set=net.ipv4.tcp_abort_on_overflow=" + std::to_string(abort)});
        QCOMPARE(r.max("server.accept_queue"), double(backlog + 1));
        QCOMPARE(r.result.totals.acceptQueuePeak, std::int64_t(backlog + 1));
        QVERIFY(r.result.totals.linuxCounters.at("server.ListenOverflows") > 0);
        // Handshakes in flight when the queue fills: their final ACK is dropped (0) or answered by RST (1).
        const Run busy = population("accept_queue_overflow", {"opt=backlog=" + std::to_string(backlog), "opt=rate=4000", "opt=duration=0.05",
                                                              "set=net.ipv4.tcp_abort_on_overflow=" + std::to_string(abort)});
        QCOMPARE(busy.max("server.accept_queue"), double(backlog + 1));
        if (abort) QVERIFY(busy.result.totals.rstSent.count("accept_overflow"));
        else QVERIFY(!busy.result.totals.rstSent.count("accept_overflow"));
    }

    void somaxconnCapsTheBacklog()
    {
        const Run r = population("accept_queue_overflow", {"opt=backlog=100", "set=net.core.somaxconn=4"});
        QCOMPARE(r.max("server.accept_queue"), 5.0);
    }

    void syncookiesKeepLegitimateClientsConnecting()
    {
        const Run with = population("syn_flood");
        QVERIFY(with.result.totals.cookiesSent > 0);
        QCOMPARE(with.result.totals.connectsOk, with.result.totals.connectsAttempted);
        QVERIFY(with.max("server.SYN_RECV") <= 129 + 1);
        const Run without = population("syn_flood", {"set=net.ipv4.tcp_syncookies=0"});
        QCOMPARE(without.result.totals.cookiesSent, std::int64_t(0));
        QVERIFY2(without.result.totals.connectsOk < with.result.totals.connectsOk / 2,
                 qPrintable(QStringLiteral("%1 of %2 connected").arg(without.result.totals.connectsOk).arg(without.result.totals.connectsAttempted)));
    }

    void orphansAreBounded()
    {
        // tcp.c: tcp_too_many_orphans() compares tcp_max_orphans (200) with tcp_orphan_cache, refreshed every
        // 100 ms: a close is reset once the cache is over the limit, so the count overshoots by the closes of
        // at most one 100 ms tick, 50/s x 0.1 s = 5; an exact count would stop at 200 + 1.
        const Run r = population("orphan_overflow");
        QVERIFY(r.max("server.orphans") <= 200 + 5);
        QVERIFY(r.max("server.orphans") > 200 + 1);
        QVERIFY(r.result.totals.rstSent.count("orphan_overflow"));
        QVERIFY(r.result.totals.linuxCounters.at("server.TCPAbortOnMemory") > 0);
    }

    void twRecycleBreaksClientsBehindNat()
    {
        const Run nat = population("tw_recycle_nat");
        QVERIFY(nat.result.totals.linuxCounters.count("server.PAWSPassive"));
        QVERIFY(nat.result.totals.connectsOk < nat.result.totals.connectsAttempted);
        // The same clients with their own addresses, or tcp_tw_recycle off: no PAWS rejects.
        const Run own = population("tw_recycle_nat", {"opt=nat=0"});
        QVERIFY(!own.result.totals.linuxCounters.count("server.PAWSPassive"));
        const Run off = population("tw_recycle_nat", {"set=net.ipv4.tcp_tw_recycle=0"});
        QCOMPARE(off.result.totals.connectsOk, off.result.totals.connectsAttempted);
    }

    void httpServerLoadLikeSeed001()
    {
        const Run r = population("http_server_load");
        QVERIFY(r.result.totals.connectsFailed.count("EADDRNOTAVAIL")); // the client ran out of ports
        QCOMPARE(r.max("client.ports_in_use"), 10000.0);
        QVERIFY(r.result.totals.linuxCounters.count("server.TCPTimeWaitOverflow")); // past the server's own bucket limit
        QCOMPARE(r.max("server.TIME_WAIT"), 5000.0);
        QCOMPARE(r.result.series.limits.at("server.TIME_WAIT"), 5000.0);
        QCOMPARE(r.result.series.limits.at("client.TIME_WAIT"), 131072.0);
        QCOMPARE(r.result.totals.accepts, r.result.totals.connectsOk); // and it kept serving
    }

    void seriesShapeAndJson()
    {
        const Run r = population("tw_bucket_overflow", {"opt=duration=3", "opt=tail=2"});
        QVERIFY(r.result.series.t.size() >= 100); // finer than a second for short runs
        for (const auto &c : r.result.series.columns) QCOMPARE(c.size(), r.result.series.t.size());
        QCOMPARE(r.result.series.limits.at("client.TIME_WAIT"), 5000.0);
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(populationToJson(r.config, r.workload, r.result))).object();
        QVERIFY(o.value(QStringLiteral("series")).toObject().contains(QStringLiteral("client.TIME_WAIT")));
        QVERIFY(o.value(QStringLiteral("limits")).toObject().contains(QStringLiteral("server.accept_queue")));
        QCOMPARE(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("connects_ok")).toInt(), int(r.result.totals.connectsOk));
        QVERIFY(!o.value(QStringLiteral("events")).toArray().isEmpty()); // the first connection, in full
        const std::string csv = seriesToCsv(r.result.series);
        QVERIFY(csv.starts_with("t,client.SYN_SENT"));
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), std::ptrdiff_t(r.result.series.t.size() + 1));
    }

    void cancellation()
    {
        std::atomic<bool> cancel{true};
        RunConfig c = config("tw_bucket_overflow");
        PopulationConfig w;
        populationPreset("tw_bucket_overflow", c, w);
        double progress = -1;
        const PopulationResult r = simulatePopulation(c, w, &cancel, [&](double p) { progress = p; });
        QCOMPARE(r.runEnd, RunEnd::Cancelled);
        QVERIFY(r.events < 10000);
        QVERIFY(progress >= 0);
    }

    void populationIsDeterministic()
    {
        const Run a = population("http_server_load", {"opt=duration=5", "loss=0.01", "seed=3"});
        const Run b = population("http_server_load", {"opt=duration=5", "loss=0.01", "seed=3"});
        QVERIFY(a.result.series.columns == b.result.series.columns);
        QCOMPARE(a.result.events, b.result.events);
    }
};

QTEST_APPLESS_MAIN(TestPopulation)
#include "tst_population.moc"
