// SPDX-License-Identifier: GPL-3.0-or-later
// Every edge of the transition table is taken by some library scenario, and no run leaves the table.
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
        runs.push_back({"normal_close", {"set=net.ipv4.tcp_max_orphans=0"}});
        runs.push_back({"stale_segment", {"set=net.ipv4.tcp_tw_reuse=1", "opt=reconnect_at=1.1"}});
        runs.push_back({"last_ack_lost", {"opt=n=20"}});
        runs.push_back({"fin_wait2_timeout", {"opt=server_close_at=70"}});
        runs.push_back({"syn_unanswered", {"opt=close_at=2"}});

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
        QStringList missing;
        for (const Transition &tr : transitionTable())
            if (!taken.count({tr.from, tr.to, tr.cause})) missing << edgeText(tr);
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
