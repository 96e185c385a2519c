// SPDX-License-Identifier: GPL-3.0-or-later
// Every edge of the transition table is taken by some library scenario, and no run leaves the table.
#include "core/population.h"
#include "core/transitiontable.h"
#include "enginetest.h"

#include <set>
#include <tuple>

using namespace closelab;
using namespace enginetest;

namespace {

using Edge = std::tuple<TcpState, TcpState, Cause>;

QString edgeText(const Transition &t)
{
    return QStringLiteral("%1 -> %2 (%3)").arg(QString::fromStdString(std::string(stateName(t.from))),
                                              QString::fromStdString(std::string(stateName(t.to))),
                                              QString::fromStdString(std::string(causeName(t.cause))));
}

} // namespace

class TestTransitionTable : public QObject {
    Q_OBJECT

private slots:
    void everyEdgeIsReachable()
    {
        // Each library scenario as it comes, plus the variants that push a socket down Linux-only edges.
        std::vector<std::pair<std::string, std::vector<std::string>>> runs;
        for (const ScenarioInfo &s : scenarioLibrary()) runs.push_back({std::string(s.name), {}});
        runs.push_back({"fin_ack_combined", {"set=net.ipv4.tcp_max_tw_buckets=0"}});
        runs.push_back({"fin_wait2_timeout", {"set=net.ipv4.tcp_max_tw_buckets=0"}});
        runs.push_back({"simultaneous_close", {"set=net.ipv4.tcp_max_tw_buckets=0"}});
        runs.push_back({"simultaneous_close", {"drop=c2s:ack", "drop=s2c:ack", "drop=c2s:fin:from=0.1", "drop=s2c:fin:from=0.1"}});
        runs.push_back({"normal_close", {"set=net.ipv4.tcp_max_orphans=0", "drop=s2c:any:from=0"}});
        runs.push_back({"stale_segment", {"set=net.ipv4.tcp_tw_reuse=1", "opt=reconnect_at=1.1"}});
        runs.push_back({"last_ack_lost", {"opt=n=20"}});
        runs.push_back({"fin_wait2_timeout", {"opt=server_close_at=70"}});
        runs.push_back({"syn_unanswered", {"opt=close_at=2"}});
        runs.push_back({"fin_wait2_timeout", {"opt=mode=shutdown", "opt=client_close_at=48", "set=net.ipv4.tcp_fin_timeout=61",
                                              "set=net.ipv4.tcp_max_orphans=0"}});
        // A CLOSING orphan whose FIN is never acknowledged, reset by its retransmit timer when there are too many
        // orphans (tcp_timer.c: tcp_out_of_resources(); found by fuzz_engine, regressions/engine/closing_orphan_overflow).
        runs.push_back({"simultaneous_close", {"opt=mode=close", "set=net.ipv4.tcp_max_orphans=0", "drop=c2s:ack"}});

        // Lossy networks push sockets down the abort edges (RSTs meeting FIN_WAIT1, CLOSING, SYN_RECV…):
        // every library scenario over a few lossy seeds.
        for (const ScenarioInfo &s : scenarioLibrary()) {
            if (s.group == ScenarioGroup::Population) continue;
            for (int seed = 1; seed <= 12; ++seed)
                runs.push_back({std::string(s.name), {"loss-c2s=0.5", "loss-s2c=0.7", "duplicate=0.3", "seed=" + std::to_string(seed)}});
        }
        // Found by searching seeds (the edges are real; these runs show them on connection 0).
        runs.push_back({"normal_close", {"loss-c2s=0.5", "loss-s2c=0.7", "duplicate=0.3", "set=net.ipv4.tcp_max_orphans=0", "seed=4"}});
        runs.push_back({"simultaneous_close", {"loss-c2s=0.5", "loss-s2c=0.7", "duplicate=0.3", "seed=33"}});
        runs.push_back({"rst_linger0", {"opt=who=server"}});
        runs.push_back({"rst_linger0", {"opt=who=both"}});

        std::set<Edge> taken;
        for (const auto &[name, options] : runs) {
            const Trace t = run(name, options);
            QVERIFY2(t.illegalTransitions == 0, name.c_str());
            for (const TraceEvent &e : t.events) {
                if (e.type != EventType::State) continue;
                QVERIFY2(findTransition(e.from, e.to, e.cause) != nullptr,
                         qPrintable(QStringLiteral("%1: %2 -> %3 (%4) is not in the table")
                                        .arg(QString::fromStdString(name), QString::fromStdString(std::string(stateName(e.from))),
                                             QString::fromStdString(std::string(stateName(e.to))),
                                             QString::fromStdString(std::string(causeName(e.cause))))));
                taken.insert({e.from, e.to, e.cause});
            }
        }
        // A full accept queue with tcp_abort_on_overflow = 1 resets handshakes in flight: a population run,
        // every connection recorded.
        {
            RunConfig c = config("accept_queue_overflow", {"set=net.ipv4.tcp_abort_on_overflow=1"});
            PopulationConfig w;
            populationPreset("accept_queue_overflow", c, w);
            (void)applyPopulationOptions(w, {{"backlog", "2"}, {"rate", "4000"}, {"duration", "0.05"}});
            w.recordAll = true;
            const Trace t = simulatePopulation(c, w).sample;
            QCOMPARE(t.illegalTransitions, 0);
            for (const TraceEvent &e : t.events)
                if (e.type == EventType::State) taken.insert({e.from, e.to, e.cause});
        }
        // FIN_WAIT2 -> CLOSED (orphan_overflow) is close() of a socket already in FIN_WAIT2 (after shutdown)
        // while tcp_orphan_cache holds other orphans of the host (tcp.c: __tcp_close(), tcp_check_oom()):
        // the cache never counts the socket being closed, and no library scenario holds two orphans on
        // one host with one of them shut down first (the population driver never calls shutdown()).
        const Edge needsOtherOrphans{TcpState::FinWait2, TcpState::Closed, Cause::OrphanOverflow};
        QVERIFY(findTransition(std::get<0>(needsOtherOrphans), std::get<1>(needsOtherOrphans), std::get<2>(needsOtherOrphans)));
        QStringList missing;
        for (const Transition &tr : transitionTable())
            if (!taken.count({tr.from, tr.to, tr.cause}) && Edge{tr.from, tr.to, tr.cause} != needsOtherOrphans)
                missing << edgeText(tr);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("edges no scenario takes: ") + missing.join(QStringLiteral("; "))));
    }

    void tableIsConsistent()
    {
        std::set<Edge> seen;
        for (const Transition &t : transitionTable()) {
            QVERIFY2(seen.insert({t.from, t.to, t.cause}).second, qPrintable(QStringLiteral("duplicate ") + edgeText(t)));
            QVERIFY2(t.from != t.to, qPrintable(edgeText(t)));
            // Every Linux-only edge names the sysctl or constant that governs it, for the state graph's label.
            if (t.linuxOnly && t.cause != Cause::HostCrash) QVERIFY2(!t.sysctl.empty(), qPrintable(edgeText(t)));
        }
        // All 11 states appear.
        std::set<TcpState> states;
        for (const Transition &t : transitionTable()) {
            states.insert(t.from);
            states.insert(t.to);
        }
        QCOMPARE(states.size(), kAllStates.size());
    }
};

QTEST_APPLESS_MAIN(TestTransitionTable)
#include "tst_transitiontable.moc"
