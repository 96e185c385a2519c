// SPDX-License-Identifier: GPL-3.0-or-later
// core/server diagnosis: each snapshot captured while the kernel suite played a population scenario names
// that scenario's finding (and nothing else); thresholds on snapshots written from the formats' layouts;
// every finding's scenario and sysctl exist; "Simulate this" plans from the snapshot's figures.
#include "core/population.h"
#include "core/scenario.h"
#include "core/server/diagnosis.h"
#include "core/server/snapshotreader.h"
#include "core/server/snapshotsimulation.h"
#include "core/sysctltable.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <string>

using namespace closelab::server;

namespace {

std::string readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
    return f.readAll().toStdString();
}

Snapshot readDir(const QString &scenario)
{
    const QDir dir(QStringLiteral(CLOSELAB_TEST_DATA "/server/") + scenario);
    SnapshotReader r;
    for (const QString &f : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        r.add(f.toStdString(), readFile(dir.filePath(f)));
    return r.snapshot();
}

Snapshot fromTexts(const std::vector<std::string> &texts)
{
    SnapshotReader r;
    int i = 0;
    for (const std::string &t : texts) r.add("input" + std::to_string(++i), t);
    return r.snapshot();
}

/// An `ss -tan` listing: `n` sockets in `state` from local ports starting at `firstPort` toward `remote`.
std::string ssLines(int n, const char *state, int firstPort, const char *remote, const char *local = "10.0.0.2",
                    bool header = true)
{
    std::string out = header ? "State Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n" : "";
    for (int i = 0; i < n; ++i)
        out += std::string(state) + " 0 0 " + local + ":" + std::to_string(firstPort + i) + " " + remote + "\n";
    return out;
}

const Finding *find(const std::vector<Finding> &fs, std::string_view code)
{
    for (const Finding &f : fs)
        if (f.code == code) return &f;
    return nullptr;
}

QStringList codes(const std::vector<Finding> &fs)
{
    QStringList out;
    for (const Finding &f : fs) out << QString::fromStdString(f.code);
    return out;
}

} // namespace

class TestServerDiagnosis : public QObject {
    Q_OBJECT

private slots:
    void capturedScenarioNamesItsFinding_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("severity");
        QTest::newRow("tw_bucket_overflow") << QStringLiteral("tw_bucket_overflow") << QStringLiteral("tw_bucket_overflow") << QStringLiteral("critical");
        QTest::newRow("port_exhaustion") << QStringLiteral("port_exhaustion") << QStringLiteral("port_exhaustion_risk") << QStringLiteral("critical");
        QTest::newRow("close_wait_leak") << QStringLiteral("close_wait_leak") << QStringLiteral("close_wait_leak") << QStringLiteral("warning");
        QTest::newRow("accept_queue_overflow") << QStringLiteral("accept_queue_overflow") << QStringLiteral("accept_queue_overflow") << QStringLiteral("critical");
        QTest::newRow("syn_flood") << QStringLiteral("syn_flood") << QStringLiteral("syn_queue_overflow") << QStringLiteral("warning");
    }
    void capturedScenarioNamesItsFinding()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, code);
        QFETCH(QString, severity);
        const auto findings = diagnose(readDir(scenario));
        QCOMPARE(codes(findings), QStringList{code});
        QCOMPARE(QString::fromLatin1(severityName(findings[0].severity)), severity);
        const FindingRule *rule = findingRule(findings[0].code);
        QVERIFY(rule);
        QCOMPARE(QString::fromLatin1(rule->scenario), scenario); // "Open scenario" opens the one played
    }

    void capturedEvidence()
    {
        const auto pe = diagnose(readDir(QStringLiteral("port_exhaustion")));
        QCOMPARE(pe[0].remote, std::string("127.0.0.1:10210"));
        QCOMPARE(pe[0].evidenceNumber("ports_in_use").value_or(-1), 10);
        QCOMPARE(pe[0].evidenceNumber("port_range").value_or(-1), 10);
        const auto tw = diagnose(readDir(QStringLiteral("tw_bucket_overflow")));
        QCOMPARE(tw[0].evidenceNumber("TcpExt.TCPTimeWaitOverflow").value_or(-1), 15);
        QCOMPARE(tw[0].evidenceNumber("net.ipv4.tcp_max_tw_buckets").value_or(-1), 5);
        const auto aq = diagnose(readDir(QStringLiteral("accept_queue_overflow")));
        QCOMPARE(aq[0].local, std::string("127.0.0.1:10230"));
        QVERIFY(aq[0].evidenceNumber("TcpExt.ListenOverflows").value_or(0) > 0);
        const auto sf = diagnose(readDir(QStringLiteral("syn_flood")));
        QCOMPARE(sf[0].evidenceNumber("TcpExt.SyncookiesSent").value_or(-1), 14);
        bool dmesg = false;
        for (const Evidence &e : sf[0].evidence) dmesg = dmesg || e.text.find("Possible SYN flooding") != std::string::npos;
        QVERIFY(dmesg);
    }

    // Port exhaustion is per destination: ports in use toward one remote ÷ ip_local_port_range
    void portExhaustionThresholds_data()
    {
        QTest::addColumn<int>("sockets");
        QTest::addColumn<QString>("severity");
        // range 40000..40099: 100 ports
        QTest::newRow("49 %") << 49 << QString();
        QTest::newRow("50 %") << 50 << QStringLiteral("warning");
        QTest::newRow("89 %") << 89 << QStringLiteral("warning");
        QTest::newRow("90 %") << 90 << QStringLiteral("critical");
    }
    void portExhaustionThresholds()
    {
        QFETCH(int, sockets);
        QFETCH(QString, severity);
        const std::string sysctl = "net.ipv4.ip_local_port_range = 40000\t40099\nnet.ipv4.tcp_tw_reuse = 0\n";
        // half the sockets toward the database, the other half toward two other destinations (never counted together)
        const Snapshot s = fromTexts({sysctl, ssLines(sockets, "TIME-WAIT", 40000, "10.0.0.5:5432") +
                                                  ssLines(sockets / 2, "TIME-WAIT", 40000, "10.0.0.6:5432", "10.0.0.2", false) +
                                                  ssLines(sockets / 2, "ESTAB", 40000, "10.0.0.7:5432", "10.0.0.2", false)});
        QCOMPARE(s.inputs[1].unrecognised, 0);
        const auto fs = diagnose(s);
        const Finding *f = find(fs, "port_exhaustion_risk");
        if (severity.isEmpty()) {
            QVERIFY(!f);
            return;
        }
        QVERIFY(f);
        QCOMPARE(f->remote, std::string("10.0.0.5:5432"));
        QCOMPARE(QString::fromLatin1(severityName(f->severity)), severity);
        // the other destinations hold under half the range each: one finding, for the database only
        QCOMPARE(std::count_if(fs.begin(), fs.end(), [](const Finding &x) { return x.code == "port_exhaustion_risk"; }), 1);
    }

    // tcp_ipv4.c: tcp_twsk_unique(): with tcp_tw_reuse=1 and timestamps, TIME_WAIT ports are reusable by connect()
    void twReuseFreesTimeWaitPorts()
    {
        const std::string range = "net.ipv4.ip_local_port_range = 40000 40099\n";
        const std::string lines = ssLines(95, "TIME-WAIT", 40000, "10.0.0.5:5432");
        QVERIFY(find(diagnose(fromTexts({range + "net.ipv4.tcp_tw_reuse = 0\n", lines})), "port_exhaustion_risk"));
        QVERIFY(!find(diagnose(fromTexts({range + "net.ipv4.tcp_tw_reuse = 1\n", lines})), "port_exhaustion_risk"));
        QVERIFY(find(diagnose(fromTexts({range + "net.ipv4.tcp_tw_reuse = 1\nnet.ipv4.tcp_timestamps = 0\n", lines})),
                     "port_exhaustion_risk"));
        // the default (2) is for loopback only
        QVERIFY(find(diagnose(fromTexts({range, lines})), "port_exhaustion_risk"));
        QVERIFY(!find(diagnose(fromTexts({range, ssLines(95, "TIME-WAIT", 40000, "127.0.0.1:5432", "127.0.0.1")})),
                      "port_exhaustion_risk"));
    }

    void closeWaitAndFinWait2Thresholds()
    {
        QVERIFY(!find(diagnose(fromTexts({ssLines(int(threshold::kCloseWaitWarning) - 1, "CLOSE-WAIT", 80, "10.0.0.9:5000")})), "close_wait_leak"));
        const auto cw = diagnose(fromTexts({ssLines(int(threshold::kCloseWaitWarning), "CLOSE-WAIT", 80, "10.0.0.9:5000")}));
        QVERIFY(find(cw, "close_wait_leak"));
        QCOMPARE(find(cw, "close_wait_leak")->severity, Severity::Warning);
        // half the fd limit in CLOSE_WAIT: critical, and the descriptors are nearly gone
        const auto near = diagnose(fromTexts({"1024\n", ssLines(1000, "CLOSE-WAIT", 1000, "10.0.0.9:5000")}));
        QCOMPARE(find(near, "close_wait_leak")->severity, Severity::Critical);
        QCOMPARE(find(near, "fd_limit_near")->severity, Severity::Critical); // 1000 / 1024 >= 95 %
        QVERIFY(!find(diagnose(fromTexts({"1024\n", ssLines(800, "TIME-WAIT", 1000, "10.0.0.9:5000")})), "fd_limit_near"));
        QVERIFY(find(diagnose(fromTexts({ssLines(int(threshold::kFinWait2Warning), "FIN-WAIT-2", 40000, "10.0.0.9:80")})), "fin_wait2_pile"));
    }

    void bucketsOrphansRecycleKeepaliveAndResets()
    {
        const QString formats = QStringLiteral(CLOSELAB_TEST_DATA "/server/formats/");
        // 118,000 TIME_WAIT of 131,072 buckets (90 %): warning; the old kernel's message: critical
        const auto tw = diagnose(fromTexts({"TCP: inuse 1 orphan 0 tw 118000 alloc 2 mem 1\n"}));
        QCOMPARE(find(tw, "tw_bucket_overflow")->severity, Severity::Warning);
        QVERIFY(!find(diagnose(fromTexts({"TCP: inuse 1 orphan 0 tw 117000 alloc 2 mem 1\n"})), "tw_bucket_overflow"));
        const auto msgs = diagnose(fromTexts({readFile(formats + QStringLiteral("dmesg.txt"))}));
        QCOMPARE(find(msgs, "tw_bucket_overflow")->severity, Severity::Critical);
        QVERIFY(find(msgs, "syn_queue_overflow"));
        QCOMPARE(find(msgs, "orphans_near_limit")->severity, Severity::Critical);
        // 120,000 orphans of the default 131,072: 91.6 %
        const auto orphans = diagnose(fromTexts({readFile(formats + QStringLiteral("sockstat-orphans.txt"))}));
        QCOMPARE(find(orphans, "orphans_near_limit")->severity, Severity::Critical);
        // tcp_tw_recycle=1 (a kernel before 4.12), with its PAWSPassive drops
        const auto old = diagnose(fromTexts({readFile(formats + QStringLiteral("sysctl-conf.txt")),
                                             readFile(formats + QStringLiteral("netstat-s-old.txt"))}));
        const Finding *recycle = find(old, "tw_recycle_nat");
        QVERIFY(recycle);
        QCOMPARE(recycle->evidenceNumber("TcpExt.PAWSPassive").value_or(-1), 18);
        QVERIFY(find(old, "rst_on_close_unread"));
        QVERIFY(find(old, "rst_linger"));
        QVERIFY(!find(old, "keepalive_longer_than_idle_timeout")); // no idle timeout given
        // keepalive 7200 s against a load balancer's 350 s idle timeout
        DiagnosisOptions lb;
        lb.middleboxIdleTimeout = 350;
        QVERIFY(find(diagnose(fromTexts({readFile(formats + QStringLiteral("sysctl-conf.txt"))}), lb), "keepalive_longer_than_idle_timeout"));
        lb.middleboxIdleTimeout = 7201;
        QVERIFY(!find(diagnose(fromTexts({readFile(formats + QStringLiteral("sysctl-conf.txt"))}), lb), "keepalive_longer_than_idle_timeout"));
        // critical first
        for (std::size_t i = 1; i < old.size(); ++i) QVERIFY(old[i - 1].severity >= old[i].severity);
    }

    void everyRuleNamesARealScenarioAndSysctl()
    {
        const QStringList expected = {QStringLiteral("close_wait_leak"), QStringLiteral("port_exhaustion_risk"),
                                      QStringLiteral("tw_bucket_overflow"), QStringLiteral("accept_queue_overflow"),
                                      QStringLiteral("syn_queue_overflow"), QStringLiteral("orphans_near_limit"),
                                      QStringLiteral("fin_wait2_pile"), QStringLiteral("tw_recycle_nat"),
                                      QStringLiteral("fd_limit_near"), QStringLiteral("keepalive_longer_than_idle_timeout"),
                                      QStringLiteral("rst_on_close_unread"), QStringLiteral("rst_linger")};
        QStringList got;
        for (const FindingRule &r : findingRules()) {
            got << QString::fromLatin1(r.code);
            QVERIFY2(closelab::findScenario(r.scenario), r.scenario.data());
            QVERIFY2(r.sysctl.empty() || !closelab::sysctlRowsForKey(r.sysctl).empty(), r.sysctl.data());
            QVERIFY(!r.kernelRule.empty() && !r.change.empty() && !r.dontChange.empty());
        }
        QCOMPARE(got, expected);
    }

    void simulateThis()
    {
        // port_exhaustion: 10 TIME_WAIT on the client side toward the server → 10/60 per s, client closes
        const SimulationPlan pe = planSimulation(readDir(QStringLiteral("port_exhaustion")));
        QCOMPARE(pe.closer, closelab::Closer::Client);
        QVERIFY(pe.rateFromTimeWait);
        QCOMPARE(pe.rate, 10.0 / 60.0);
        QVERIFY(pe.sysctlsApplied.size() > 5);
        QCOMPARE(pe.config.sysctls.get(closelab::SysctlId::IpLocalPortRangeLow), 40000);
        QCOMPARE(pe.config.sysctls.get(closelab::SysctlId::IpLocalPortRangeHigh), 40009);
        QVERIFY(!closelab::validate(pe.config));
        closelab::PopulationConfig w;
        QVERIFY(!closelab::applyPopulationOptions(w, pe.config.options));
        QCOMPARE(w.closer, closelab::Closer::Client);

        // a server whose TIME_WAIT sits on its own port 80 (the server closes): 6000 TIME_WAIT → 100/s,
        // 1500 CLOSE_WAIT → a quarter of one TIME_WAIT length's connections leak
        const std::string listen = "State Recv-Q Send-Q Local Address:Port Peer Address:Port\nLISTEN 0 511 0.0.0.0:80 0.0.0.0:*\n";
        std::string rows;
        for (int i = 0; i < 6000; ++i)
            rows += "TIME-WAIT 0 0 10.0.0.2:80 10.1." + std::to_string(i / 200) + "." + std::to_string(i % 200 + 1) + ":50000\n";
        for (int i = 0; i < 1500; ++i) rows += "CLOSE-WAIT 1 0 10.0.0.2:80 10.2.0.1:" + std::to_string(20000 + i) + "\n";
        const SimulationPlan srv = planSimulation(fromTexts({listen + rows}));
        QCOMPARE(srv.closer, closelab::Closer::Server);
        QCOMPARE(srv.rate, 100.0);
        QCOMPARE(srv.leak, 1500.0 / (100.0 * 60.0));
        QVERIFY(srv.clients > 1);
        QVERIFY(!closelab::applyPopulationOptions(w, srv.config.options));
        QCOMPARE(w.closer, closelab::Closer::Server);
        QCOMPARE(w.leak, 0.25);

        // out-of-range values are refused with the engine's message, the rest applied
        const SimulationPlan bad = planSimulation(fromTexts({"net.ipv4.tcp_fin_timeout = 0\nnet.ipv4.tcp_max_tw_buckets = 7\n"}));
        QCOMPARE(bad.sysctlsRefused.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(bad.sysctlsRefused[0]).contains(QStringLiteral("tcp_fin_timeout")));
        QCOMPARE(bad.config.sysctls.get(closelab::SysctlId::TcpMaxTwBuckets), 7);
        QVERIFY(!bad.rateFromTimeWait);
    }
};

QTEST_APPLESS_MAIN(TestServerDiagnosis)
#include "tst_serverdiagnosis.moc"
