// SPDX-License-Identifier: GPL-3.0-or-later
// checkInvariants() over every library scenario with several parameter sets, networks and seeds; and
// hand-broken traces, one per rule, proving the checker can fail.
#include "../fuzz/fuzzinput.h"
#include "core/invariants.h"
#include "core/runoptions.h"
#include "core/scenario.h"

#include <QTest>

#include <string>
#include <vector>

using namespace closelab;

namespace {

RunConfig makeConfig(const std::string &scenario, const QStringList &options, std::uint64_t seed)
{
    RunConfig c;
    c.scenario = scenario;
    c.seed = seed;
    for (const QString &o : options) {
        const std::string text = o.toStdString();
        const auto eq = text.find('=');
        if (auto err = applyRunOption(c, text.substr(0, eq), text.substr(eq + 1))) qFatal("bad test option %s: %s", text.c_str(), err->c_str());
    }
    if (auto err = validate(c)) qFatal("invalid test config: %s", err->c_str());
    return c;
}

QString joined(const std::vector<std::string> &lines)
{
    QStringList out;
    for (const std::string &l : lines) out << QString::fromStdString(l);
    return out.join(QLatin1Char('\n'));
}

bool mentions(const std::vector<std::string> &lines, const char *rule)
{
    for (const std::string &l : lines) {
        if (l.starts_with(rule)) return true;
    }
    return false;
}

} // namespace

class TestInvariants : public QObject {
    Q_OBJECT

private slots:
    void libraryHoldsInvariants_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("options");
        const QList<QPair<const char *, QStringList>> sets = {
            {"defaults", {}},
            {"lossy", {QStringLiteral("loss=0.2"), QStringLiteral("jitter=0.003"), QStringLiteral("duplicate=0.1")}},
            {"very-lossy", {QStringLiteral("loss-c2s=0.5"), QStringLiteral("loss-s2c=0.7"), QStringLiteral("duplicate=0.3")}},
            {"loopback", {QStringLiteral("delay=0.000004"), QStringLiteral("set=net.ipv4.tcp_tw_reuse=2")}},
            {"slow-wan", {QStringLiteral("delay=0.25"), QStringLiteral("jitter=0.25")}},
            {"no-tw-buckets", {QStringLiteral("set=net.ipv4.tcp_max_tw_buckets=0"), QStringLiteral("set=net.ipv4.tcp_fin_timeout=120")}},
            {"one-tw-bucket", {QStringLiteral("set=net.ipv4.tcp_max_tw_buckets=1"), QStringLiteral("set=net.ipv4.tcp_fin_timeout=1")}},
            {"short-budgets", {QStringLiteral("set=net.ipv4.tcp_orphan_retries=1"), QStringLiteral("set=net.ipv4.tcp_retries2=2"),
                               QStringLiteral("set=net.ipv4.tcp_syn_retries=1"), QStringLiteral("set=net.ipv4.tcp_synack_retries=1"),
                               QStringLiteral("loss=0.3")}},
            {"tight-limits", {QStringLiteral("set=net.core.somaxconn=1"), QStringLiteral("set=net.ipv4.tcp_max_orphans=0"),
                              QStringLiteral("set=net.ipv4.ip_local_port_range=40000 40000"), QStringLiteral("set=net.ipv4.tcp_abort_on_overflow=1")}},
            {"rto-extremes", {QStringLiteral("set=net.ipv4.tcp_rto_min_us=1000"), QStringLiteral("set=net.ipv4.tcp_rto_max_ms=1000"),
                              QStringLiteral("set=net.ipv4.tcp_timestamps=0"), QStringLiteral("loss=0.4")}},
            {"keepalive-fast", {QStringLiteral("set=net.ipv4.tcp_keepalive_time=1"), QStringLiteral("set=net.ipv4.tcp_keepalive_intvl=1"),
                                QStringLiteral("set=net.ipv4.tcp_keepalive_probes=1")}},
            {"drop-rules", {QStringLiteral("drop=s2c:fin:first"), QStringLiteral("drop=c2s:ack:n=2"), QStringLiteral("drop=s2c:any:from=30"),
                            QStringLiteral("drop=c2s:data:until=1")}},
            {"drop-everything", {QStringLiteral("drop=c2s:any"), QStringLiteral("drop=s2c:any")}},
            {"short-horizon", {QStringLiteral("until=0.3"), QStringLiteral("loss=0.1")}},
            {"small-budget", {QStringLiteral("budget=25")}},
        };
        for (const ScenarioInfo &s : scenarioLibrary()) {
            // Population runs (thousands of connections per simulate()) get their own checks; not here.
            if (s.group == ScenarioGroup::Population) continue;
            for (const auto &[label, options] : sets) {
                const std::string row = std::string(s.name) + "/" + label;
                QTest::newRow(row.c_str()) << QString::fromStdString(std::string(s.name)) << options;
            }
        }
    }

    void libraryHoldsInvariants()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, options);
        for (std::uint64_t seed : {1u, 2u, 3u, 77u, 123456789u}) {
            const RunConfig c = makeConfig(scenario.toStdString(), options, seed);
            const Trace t = simulate(c);
            // Findings already reported (tests/fuzz/regressions/pending/) are let through; nothing else.
            const auto problem = closelabfuzz::invariantProblem(c, t);
            QVERIFY2(!problem, qPrintable(QStringLiteral("seed %1:\n%2\n%3").arg(seed).arg(QString::fromStdString(problem.value_or("")), joined(checkInvariants(c, t)))));
            if (seed <= 2) {
                const auto diff = checkReproducible(c, t);
                QVERIFY2(diff.empty(), qPrintable(joined(diff)));
            }
        }
    }

    void scenarioOptionsHoldInvariants_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("options");
        // Every option of every scenario at a value other than its default.
        auto add = [](const char *scenario, QStringList options) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(scenario), options.join(QLatin1Char(' ')))))
                << QString::fromLatin1(scenario) << options;
        };
        add("normal_close", {QStringLiteral("opt=server_close_delay=0")});
        add("normal_close", {QStringLiteral("opt=server_close_delay=7200")});
        add("server_close_first", {QStringLiteral("opt=client_close_delay=100")});
        add("simultaneous_close", {QStringLiteral("opt=mode=shutdown")});
        add("half_close", {QStringLiteral("opt=send_for=0")});
        add("fin_unacked", {QStringLiteral("opt=mode=shutdown"), QStringLiteral("opt=server_close_at=3")});
        add("fin_wait2_timeout", {QStringLiteral("opt=mode=shutdown"), QStringLiteral("opt=server_close_at=90")});
        add("fin_wait2_timeout", {QStringLiteral("opt=client_close_at=0.001"), QStringLiteral("set=net.ipv4.tcp_fin_timeout=200"),
                                  QStringLiteral("opt=server_close_at=100")});
        add("fin_wait2_timeout", {QStringLiteral("set=net.ipv4.tcp_fin_timeout=200"), QStringLiteral("set=net.ipv4.tcp_max_tw_buckets=0")});
        add("last_ack_lost", {QStringLiteral("opt=n=20")});
        add("stale_segment", {QStringLiteral("opt=time_wait=off"), QStringLiteral("opt=reconnect_at=0.001")});
        add("so_reuseaddr_restart", {QStringLiteral("opt=reuseaddr=1")});
        add("peer_crash", {QStringLiteral("opt=reboot_at=2")});
        add("synack_lost", {QStringLiteral("opt=heal_at=0.5")});
        add("syn_unanswered", {QStringLiteral("opt=close_at=0.5")});
        add("keepalive_dead_peer", {QStringLiteral("opt=keepalive=0"), QStringLiteral("until=100")});
        add("firewall_idle_timeout", {QStringLiteral("opt=action=reset"), QStringLiteral("opt=keepalive=1"), QStringLiteral("opt=idle=0.001")});
        add("zero_window_fin_wait1", {QStringLiteral("opt=rcvbuf=256")});
        add("zero_window_fin_wait1", {QStringLiteral("opt=rcvbuf=1048576"), QStringLiteral("set=net.ipv4.tcp_orphan_retries=0")});
    }

    void scenarioOptionsHoldInvariants()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, options);
        for (std::uint64_t seed : {1u, 5u, 9u}) {
            for (const QStringList &network : {QStringList{}, QStringList{QStringLiteral("loss=0.25"), QStringLiteral("jitter=0.01")}}) {
                const RunConfig c = makeConfig(scenario.toStdString(), options + network, seed);
                const Trace t = simulate(c);
                const auto problem = closelabfuzz::invariantProblem(c, t);
                QVERIFY2(!problem, qPrintable(QStringLiteral("seed %1 %2:\n%3").arg(seed).arg(network.join(QLatin1Char(' ')), joined(checkInvariants(c, t)))));
            }
        }
    }

    // The checker itself: each rule fails on a trace broken the way that rule forbids.
    void brokenTracesFail_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("rule");
        QTest::newRow("illegal transition") << 0 << QStringLiteral("transition");
        QTest::newRow("state from nowhere") << 1 << QStringLiteral("transition");
        QTest::newRow("time runs backward") << 2 << QStringLiteral("time");
        QTest::newRow("delivered, never sent") << 3 << QStringLiteral("segments");
        QTest::newRow("too many TIME_WAIT") << 4 << QStringLiteral("time_wait_buckets");
        QTest::newRow("stuck in FIN_WAIT1") << 5 << QStringLiteral("end_state");
        QTest::newRow("timer fires late") << 6 << QStringLiteral("time");
        QTest::newRow("accept queue over backlog") << 7 << QStringLiteral("accept_queue");
        QTest::newRow("ports over range") << 8 << QStringLiteral("ports");
        QTest::newRow("arrives before sent") << 9 << QStringLiteral("time");
        QTest::newRow("gone twice") << 10 << QStringLiteral("end_state");
    }

    void brokenTracesFail()
    {
        QFETCH(int, breakage);
        QFETCH(QString, rule);
        RunConfig c = makeConfig("normal_close", {}, 1);
        Trace t = simulate(c);
        QVERIFY2(checkInvariants(c, t).empty(), qPrintable(joined(checkInvariants(c, t))));
        auto firstOf = [&t](EventType type, auto pred) -> TraceEvent * {
            for (TraceEvent &e : t.events) {
                if (e.type == type && pred(e)) return &e;
            }
            return nullptr;
        };
        switch (breakage) {
        case 0: { // FIN_WAIT1 -> CLOSE_WAIT is no edge of the table
            TraceEvent *e = firstOf(EventType::State, [](const TraceEvent &e) { return e.to == TcpState::FinWait2; });
            QVERIFY(e);
            e->to = TcpState::CloseWait;
            break;
        }
        case 1: { // a legal edge taken from a state the socket was not in
            TraceEvent *e = firstOf(EventType::State, [](const TraceEvent &e) { return e.to == TcpState::FinWait2; });
            QVERIFY(e);
            e->from = TcpState::Closing;
            e->to = TcpState::TimeWait;
            e->cause = Cause::RcvAck;
            break;
        }
        case 2:
            QVERIFY(t.events.size() > 10);
            std::swap(t.events[8].t, t.events[9].t);
            t.events[8].t += 1; // strictly later than its successor
            if (t.events[8].t <= t.events[9].t) t.events[8].t = t.events[9].t + 1;
            break;
        case 3: { // a deliver event whose send was removed
            auto it = std::find_if(t.events.begin(), t.events.end(), [](const TraceEvent &e) { return e.type == EventType::Send; });
            QVERIFY(it != t.events.end());
            t.events.erase(it);
            break;
        }
        case 4: // the client entered TIME_WAIT although no bucket was allowed
            c.sysctls.set(SysctlId::TcpMaxTwBuckets, 0);
            break;
        case 5: { // the run claims to be over while the client sits in FIN_WAIT1
            const auto fw2 = std::find_if(t.events.begin(), t.events.end(), [](const TraceEvent &e) {
                return e.type == EventType::State && e.to == TcpState::FinWait2;
            });
            QVERIFY(fw2 != t.events.end());
            t.events.erase(fw2, t.events.end());
            t.end = t.events.back().t;
            t.runEnd = RunEnd::Quiescent;
            break;
        }
        case 6: {
            auto it = std::find_if(t.timers.begin(), t.timers.end(), [](const TimerRecord &r) { return r.end == TimerAction::Fire; });
            QVERIFY(it != t.timers.end());
            it->expires -= 1;
            break;
        }
        case 7: { // listen(backlog 0), then two connections established and never accepted
            c.sysctls.set(SysctlId::Somaxconn, 1);
            SimTime at = t.events.front().t;
            TraceEvent listen;
            listen.t = at;
            listen.type = EventType::App;
            listen.host = Side::Server;
            listen.conn = kListenerConn;
            listen.call = AppCall::Listen;
            listen.arg = 0;
            std::vector<TraceEvent> extra = {listen};
            for (std::uint32_t conn : {10u, 11u, 12u}) {
                TraceEvent e;
                e.t = at;
                e.type = EventType::State;
                e.host = Side::Server;
                e.conn = conn;
                e.from = TcpState::Closed;
                e.to = TcpState::Listen; // any legal way in; then SYN_RECV -> ESTABLISHED
                e.cause = Cause::AppListen;
                extra.push_back(e);
                e.from = TcpState::Listen;
                e.to = TcpState::SynRecv;
                e.cause = Cause::RcvSyn;
                extra.push_back(e);
                e.from = TcpState::SynRecv;
                e.to = TcpState::Established;
                e.cause = Cause::RcvAck;
                extra.push_back(e);
            }
            t.events.insert(t.events.begin(), extra.begin(), extra.end());
            break;
        }
        case 8: // a port range of one port, and two client connections at once
            c.sysctls.setFromText("net.ipv4.ip_local_port_range=40000 40000");
            for (std::uint32_t conn : {20u, 21u}) {
                TraceEvent e;
                e.t = t.events.front().t;
                e.type = EventType::State;
                e.host = Side::Client;
                e.conn = conn;
                e.from = TcpState::Closed;
                e.to = TcpState::SynSent;
                e.cause = Cause::AppConnect;
                t.events.insert(t.events.begin(), e);
            }
            break;
        case 9:
            QVERIFY(!t.segments.empty());
            t.segments[0].arrivesAt = t.segments[0].sentAt;
            break;
        case 10: {
            auto it = std::find_if(t.events.begin(), t.events.end(), [](const TraceEvent &e) { return e.type == EventType::Gone; });
            QVERIFY(it != t.events.end());
            t.events.insert(it + 1, *it);
            break;
        }
        }
        const auto problems = checkInvariants(c, t);
        QVERIFY2(mentions(problems, rule.toLatin1().constData()),
                 qPrintable(QStringLiteral("expected a '%1' report, got:\n%2").arg(rule, joined(problems))));
    }

    void determinismCheckFails()
    {
        const RunConfig c = makeConfig("fin_unacked", {QStringLiteral("loss=0.2")}, 4);
        Trace t = simulate(c);
        QVERIFY(checkReproducible(c, t).empty());
        t.events.back().t += 1;
        QVERIFY(mentions(checkReproducible(c, t), "determinism"));
        RunConfig other = c;
        other.seed = 5;
        QVERIFY(mentions(checkReproducible(other, simulate(c)), "determinism"));
    }

    void reportsAreBounded()
    {
        RunConfig c = makeConfig("fin_unacked", {}, 1);
        Trace t = simulate(c);
        for (TraceEvent &e : t.events) e.t = -e.t; // everything backward
        const auto problems = checkInvariants(c, t);
        QVERIFY(problems.size() <= 51);
        QVERIFY(problems.back().starts_with("... and "));
    }
};

QTEST_APPLESS_MAIN(TestInvariants)
#include "tst_invariants.moc"
