// SPDX-License-Identifier: GPL-3.0-or-later
// Parameter sweeps: the engine run once per value, checked against single runs and the arithmetic a
// person would do (orphan retries, the TIME_WAIT plateau under tcp_max_tw_buckets), range checks.
#include "core/sweep.h"
#include "enginetest.h"

#include <cmath>

using namespace closelab;
using namespace enginetest;

Q_DECLARE_METATYPE(closelab::SweepParameter)

namespace {

SweepSpec spec(const RunConfig &config, SweepParameter p, double from, double to, std::optional<double> step = {}, int count = 0)
{
    SweepSpec s;
    s.config = config;
    s.parameter = p;
    s.from = from;
    s.to = to;
    s.step = step;
    s.count = count;
    return s;
}

std::vector<double> outcomes(const SweepResult &r, SweepOutcome o)
{
    std::vector<double> v;
    for (const SweepPoint &p : r.points) v.push_back(outcomeValue(p, o, r.population));
    return v;
}

// A small tw_bucket_overflow: 20 connections/s for 70 s, so 60 s of TIME_WAIT hold 20 × 60 = 1200.
RunConfig smallBucketOverflow()
{
    return config("tw_bucket_overflow", {"opt=rate=20", "opt=duration=70", "opt=tail=1"});
}

} // namespace

class TestSweep : public QObject {
    Q_OBJECT

private slots:
    void orphanRetries()
    {
        // tcp_orphan_retries 0..8 on fin_unacked: the client's FIN is never acknowledged.
        const SweepSpec s = spec(config("fin_unacked"), SysctlId::TcpOrphanRetries, 0, 8);
        QVERIFY(!validateSweep(s));
        const SweepResult r = runSweep(s);
        QVERIFY(!r.cancelled);
        QVERIFY(!r.population);
        QCOMPARE(r.points.size(), std::size_t(9));
        const SweepOutcome fin{SweepMetric::Retransmissions, Side::Client, RetransKind::Fin};
        // One tail loss probe, then one FIN per RTO until tcp_write_timeout() gives up. The kernel turns the
        // retry count into a time (retransmits_timed_out() from a 200 ms base) while the real RTO starts a
        // little above it, so 3 and 4 end at the same expiry. 0 is read as 8 (tcp_orphan_retries()).
        const std::vector<double> expected{9, 3, 4, 5, 5, 6, 7, 8, 9};
        QCOMPARE(outcomes(r, fin), expected);
        QCOMPARE(outcomes(r, {SweepMetric::Retransmissions, Side::Client, std::nullopt}), expected);
        const std::vector<double> gone = outcomes(r, {SweepMetric::GoneTime, Side::Client, std::nullopt});
        QCOMPARE(gone.front(), gone.back()); // 0 means 8
        for (std::size_t i = 2; i < gone.size(); ++i) QVERIFY2(gone[i] >= gone[i - 1], qPrintable(QString::number(i)));
        QVERIFY(gone[8] > 100 && gone[8] < 110);  // 107.1 s: 0.2 × (2^9 − 1) plus the first RTO's excess
        QVERIFY(gone[1] > 1.5 && gone[1] < 1.8);  // 1.66 s
        // The server is never told: CLOSE_WAIT for ever, never gone.
        for (double g : outcomes(r, {SweepMetric::GoneTime, Side::Server, std::nullopt})) QVERIFY(std::isnan(g));
        for (double st : outcomes(r, {SweepMetric::FinalState, Side::Server, std::nullopt}))
            QCOMPARE(st, double(int(TcpState::CloseWait)));
        // A population metric does not apply to a single-connection sweep.
        QVERIFY(std::isnan(outcomeValue(r.points[0], {SweepMetric::TimeWaitPlateau, Side::Client, std::nullopt}, false)));
    }

    void pointsEqualSingleRuns()
    {
        const RunConfig base = config("fin_unacked", {"set=net.ipv4.tcp_early_retrans=0"});
        const SweepResult r = runSweep(spec(base, SysctlId::TcpOrphanRetries, 2, 6, 2.0));
        QCOMPARE(r.points.size(), std::size_t(3));
        for (const SweepPoint &p : r.points) {
            const Trace t = run("fin_unacked", {"set=net.ipv4.tcp_early_retrans=0",
                                                "set=net.ipv4.tcp_orphan_retries=" + std::to_string(int(p.value))});
            const SideSummary &c = t.side(Side::Client);
            QCOMPARE(p.retransmissions[0], c.retransmissions);
            QVERIFY(c.goneAt);
            QCOMPARE(*p.goneAt[0], toSeconds(*c.goneAt));
            QCOMPARE(p.finalState[0], c.finalState);
            // Without the tail loss probe: 2 retries give 3 FINs (the count becomes a time from a 200 ms base,
            // tcp_model_timeout(), while the first RTO is 208 ms), 4 give 4, 6 give 6.
            QCOMPARE(c.retransmissions[std::size_t(RetransKind::Fin)], p.value == 2 ? 3 : int(p.value));
        }
    }

    void timeWaitPlateau()
    {
        // tw_bucket_overflow: the plateau is min(tcp_max_tw_buckets, rate × TIME_WAIT's life). TIME_WAIT is
        // 60 s, rounded up to the timer wheel's 2.048 s buckets (timerwheel.h): 60–62.048 s.
        const SweepSpec s = spec(smallBucketOverflow(), SysctlId::TcpMaxTwBuckets, 500, 2000, 500.0);
        QVERIFY(!validateSweep(s));
        QCOMPARE(currentValue(s.config, s.parameter, s.host), 5000.0); // the scenario's own default
        const SweepResult r = runSweep(s);
        QVERIFY(r.population);
        QCOMPARE(r.points.size(), std::size_t(4));
        const std::vector<double> plateau = outcomes(r, {SweepMetric::TimeWaitPlateau, Side::Client, std::nullopt});
        const std::vector<double> peak = outcomes(r, {SweepMetric::TimeWaitPeak, Side::Client, std::nullopt});
        for (std::size_t i = 0; i < r.points.size(); ++i) {
            const double buckets = r.points[i].value;
            const QString what = QStringLiteral("tcp_max_tw_buckets %1: plateau %2").arg(buckets).arg(plateau[i]);
            QVERIFY2(plateau[i] >= std::min(buckets, 20.0 * 60) && plateau[i] <= std::min(buckets, 20.0 * 62.048 + 1), qPrintable(what));
            QVERIFY(peak[i] >= plateau[i] && peak[i] <= buckets);
            QCOMPARE(outcomeValue(r.points[i], {SweepMetric::ConnectFailures, Side::Client, std::nullopt}, true), 0.0);
        }
        // At the limit the plateau is the limit itself.
        QCOMPARE(plateau[0], 500.0);
        QCOMPARE(plateau[1], 1000.0);
        QCOMPARE(plateau[2], plateau[3]); // above rate × 62 s the limit no longer matters
        QVERIFY(std::isnan(outcomeValue(r.points[0], {SweepMetric::GoneTime, Side::Client, std::nullopt}, true)));
    }

    void badRange_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<double>("step"); // 0: none
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("message");
        QTest::newRow("above max") << "net.ipv4.tcp_orphan_retries" << 0.0 << 21.0 << 0.0 << 0
                                   << "net.ipv4.tcp_orphan_retries: to 21 is out of range 0..20 (count)";
        QTest::newRow("below min") << "net.ipv4.tcp_fin_timeout" << 0.0 << 10.0 << 0.0 << 0
                                   << "net.ipv4.tcp_fin_timeout: from 0 is out of range 1..600 (s)";
        QTest::newRow("fractional bound") << "net.ipv4.tcp_fin_timeout" << 1.5 << 10.0 << 0.0 << 0
                                          << "net.ipv4.tcp_fin_timeout: from must be a whole number (1.5 given)";
        QTest::newRow("fractional step") << "net.ipv4.tcp_orphan_retries" << 0.0 << 8.0 << 0.5 << 0
                                         << "net.ipv4.tcp_orphan_retries: the step must be a whole number for an integer parameter (0.5 given)";
        QTest::newRow("negative step") << "delay" << 0.001 << 0.1 << -0.01 << 0
                                       << "delay: the step must be greater than 0 (-0.01 given)";
        QTest::newRow("probability") << "loss" << 0.0 << 2.0 << 0.0 << 5 << "loss: to 2 is out of range 0..1 (probability)";
        QTest::newRow("count") << "loss" << 0.0 << 0.5 << 0.0 << 1000
                               << "loss: the number of points must be between 2 and 201 (1000 given)";
        QTest::newRow("too many") << "net.ipv4.tcp_max_tw_buckets" << 0.0 << 16777216.0 << 0.0 << 0
                                  << "net.ipv4.tcp_max_tw_buckets: 16777217 points are too many (at most 201): choose a larger step or fewer points";
        QTest::newRow("ports cross") << "net.ipv4.ip_local_port_range.low" << 60000.0 << 61100.0 << 100.0 << 0
                                     << "net.ipv4.ip_local_port_range.low: at 61000 the first port would exceed the last (61000 > 60999)";
    }

    void badRange()
    {
        QFETCH(QString, key);
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(double, step);
        QFETCH(int, count);
        QFETCH(QString, message);
        const auto p = sweepParameterFromKey(key.toStdString());
        QVERIFY(p);
        const auto err = validateSweep(spec(config("fin_unacked"), *p, from, to, step == 0 ? std::nullopt : std::optional(step), count));
        QVERIFY(err);
        QCOMPARE(QString::fromStdString(*err), message);
    }

    void parseRange_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QList<double>>("values");
        QTest::newRow("integer") << "net.ipv4.tcp_orphan_retries" << "0:8" << "" << QList<double>{0, 1, 2, 3, 4, 5, 6, 7, 8};
        QTest::newRow("integer step") << "net.ipv4.tcp_fin_timeout" << "10:60:25" << "" << QList<double>{10, 35, 60};
        QTest::newRow("down") << "net.ipv4.tcp_orphan_retries" << "3:1" << "" << QList<double>{3, 2, 1};
        QTest::newRow("integer count") << "net.ipv4.tcp_orphan_retries" << "0:2/5" << "" << QList<double>{0, 1, 2};
        QTest::newRow("real step") << "loss" << "0:0.3:0.1" << "" << QList<double>{0, 0.1, 0.2, 0.3};
        QTest::newRow("real count") << "delay" << "0.001:0.201/3" << "" << QList<double>{0.001, 0.101, 0.201};
        QTest::newRow("real default") << "duplicate" << "0:1" << "" << QList<double>{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};
        QTest::newRow("no colon") << "loss" << "0-1" << "sweep range: expected FROM:TO, FROM:TO:STEP or FROM:TO/COUNT, got '0-1'"
                                  << QList<double>{};
        QTest::newRow("bad step") << "loss" << "0:1:x" << "sweep range: STEP must be a number, got 'x'" << QList<double>{};
        QTest::newRow("bad count") << "loss" << "0:1/2.5" << "sweep range: COUNT must be a whole number, got '2.5'" << QList<double>{};
        QTest::newRow("bad to") << "loss" << "0:" << "sweep range: TO must be a number, got ''" << QList<double>{};
    }

    void parseRange()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, error);
        QFETCH(QList<double>, values);
        SweepSpec s = spec(config("fin_unacked"), *sweepParameterFromKey(key.toStdString()), 0, 0);
        const auto err = parseSweepRange(text.toStdString(), s);
        QCOMPARE(err ? QString::fromStdString(*err) : QString(), error);
        if (!error.isEmpty()) return;
        QVERIFY(!validateSweep(s));
        const std::vector<double> got = sweepValues(s);
        QCOMPARE(got.size(), std::size_t(values.size()));
        for (std::size_t i = 0; i < got.size(); ++i)
            QVERIFY2(std::abs(got[i] - values[qsizetype(i)]) < 1e-12, qPrintable(QString::number(got[i])));
    }

    void parameterKeys()
    {
        for (const SysctlInfo &info : sysctlTable()) {
            const SweepParameter p = info.id;
            QCOMPARE(sweepParameterFromKey(sweepParameterKey(p)), std::optional(p));
            QVERIFY(isIntegerParameter(p));
        }
        for (int i = 0; i < kNetworkFieldCount; ++i) {
            const SweepParameter p = static_cast<NetworkField>(i);
            QCOMPARE(sweepParameterFromKey(sweepParameterKey(p)), std::optional(p));
            QVERIFY(!isIntegerParameter(p));
        }
        QVERIFY(!sweepParameterFromKey("net.ipv4.tcp_nonsense"));
        for (int i = 0; i < kSweepMetricCount; ++i)
            QCOMPARE(sweepMetricFromName(sweepMetricName(static_cast<SweepMetric>(i))), std::optional(static_cast<SweepMetric>(i)));
    }

    void runOptionMatchesApply_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("host");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("text");
        QTest::newRow("both") << "net.ipv4.tcp_orphan_retries" << int(SweepHost::Both) << 3.0 << "set" << "net.ipv4.tcp_orphan_retries=3";
        QTest::newRow("client") << "net.ipv4.tcp_fin_timeout" << int(SweepHost::Client) << 5.0 << "set-client" << "net.ipv4.tcp_fin_timeout=5";
        QTest::newRow("server") << "net.ipv4.tcp_fin_timeout" << int(SweepHost::Server) << 7.0 << "set-server" << "net.ipv4.tcp_fin_timeout=7";
        QTest::newRow("ports") << "net.ipv4.ip_local_port_range.high" << int(SweepHost::Both) << 40000.0 << "set"
                               << "net.ipv4.ip_local_port_range=32768 40000";
        QTest::newRow("delay") << "delay" << int(SweepHost::Both) << 0.05 << "delay" << "0.05";
        QTest::newRow("loss") << "loss" << int(SweepHost::Both) << 0.2 << "loss" << "0.2";
    }

    void runOptionMatchesApply()
    {
        QFETCH(QString, key);
        QFETCH(int, host);
        QFETCH(double, value);
        QFETCH(QString, option);
        QFETCH(QString, text);
        const SweepParameter p = *sweepParameterFromKey(key.toStdString());
        const RunConfig base = config("fin_unacked");
        const auto [name, valueText] = sweepRunOption(base, p, SweepHost(host), value);
        QCOMPARE(QString::fromStdString(name), option);
        QCOMPARE(QString::fromStdString(valueText), text);
        RunConfig viaOption = base;
        QVERIFY(!applyRunOption(viaOption, name, valueText));
        RunConfig viaSweep = base;
        QVERIFY(applySweepValue(viaSweep, p, SweepHost(host), value));
        QVERIFY(viaOption == viaSweep);
        QCOMPARE(currentValue(viaSweep, p, SweepHost(host)), value);
        QVERIFY(sameExceptParameter(base, viaSweep, p, SweepHost(host)));
        RunConfig other = viaSweep;
        other.seed = 2;
        QVERIFY(!sameExceptParameter(base, other, p, SweepHost(host)));
    }

    void cancelAndProgress()
    {
        const SweepSpec s = spec(config("fin_unacked"), SysctlId::TcpOrphanRetries, 1, 5);
        std::atomic<bool> cancel{true};
        const SweepResult none = runSweep(s, &cancel);
        QVERIFY(none.cancelled);
        QVERIFY(none.points.empty());

        // Cancelled from the progress callback after the second point: two points, no more.
        cancel = false;
        std::vector<double> fractions;
        const SweepResult two = runSweep(s, &cancel, [&](double f) {
            fractions.push_back(f);
            if (fractions.size() == 2) cancel = true;
        });
        QVERIFY(two.cancelled);
        QCOMPARE(two.points.size(), std::size_t(2));

        fractions.clear();
        const SweepResult all = runSweep(s, nullptr, [&](double f) { fractions.push_back(f); });
        QVERIFY(!all.cancelled);
        QCOMPARE(fractions.size(), std::size_t(5));
        QCOMPARE(fractions.back(), 1.0);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        // The points measured before the cancel are the same as in the full run.
        QVERIFY(two.points[0] == all.points[0] && two.points[1] == all.points[1]);
    }

    void csvTable()
    {
        const SweepResult r = runSweep(spec(config("fin_unacked"), SysctlId::TcpOrphanRetries, 1, 2));
        const std::string csv = sweepToCsv(r);
        const std::string header = "net.ipv4.tcp_orphan_retries,client.gone_time,server.gone_time,client.retransmissions,"
                                   "server.retransmissions,client.rsts_sent,server.rsts_sent,client.final_state,server.final_state\n";
        QCOMPARE(QString::fromStdString(csv.substr(0, header.size())), QString::fromStdString(header));
        // 1 retry: gone at 1.663567538 s after 3 FINs; the server never goes (empty cell), stays in CLOSE_WAIT.
        QCOMPARE(QString::fromStdString(csv.substr(header.size())),
                 QStringLiteral("1,1.663567538,,3,0,0,0,CLOSED,CLOSE_WAIT\n2,3.327567538,,4,0,0,0,CLOSED,CLOSE_WAIT\n"));
    }

    void deterministic()
    {
        const SweepSpec s = spec(config("fin_unacked", {"loss=0.3", "seed=7"}), NetworkField::Delay, 0.001, 0.1, std::nullopt, 4);
        const SweepResult a = runSweep(s);
        const SweepResult b = runSweep(s);
        QCOMPARE(a.points.size(), std::size_t(4));
        QVERIFY(a.points == b.points);
        QCOMPARE(a.points.back().value, 0.1);
    }
};

QTEST_APPLESS_MAIN(TestSweep)
#include "tst_sweep.moc"
