// SPDX-License-Identifier: GPL-3.0-or-later
// Same inputs and seed: the same trace, event for event. Different seeds: the random parts move.
#include "core/tracejson.h"
#include "enginetest.h"

using namespace closelab;
using namespace enginetest;

class TestDeterminism : public QObject {
    Q_OBJECT

private slots:
    void sameInputsSameTrace_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const ScenarioInfo &s : scenarioLibrary()) QTest::newRow(std::string(s.name).c_str()) << QString::fromStdString(std::string(s.name));
    }

    void sameInputsSameTrace()
    {
        QFETCH(QString, scenario);
        const std::vector<std::string> options = {"loss=0.1", "jitter=0.002", "seed=42"};
        const RunConfig c = config(scenario.toStdString(), options);
        const Trace a = simulate(c);
        const Trace b = simulate(c);
        QCOMPARE(a.events.size(), b.events.size());
        QVERIFY(a.events == b.events);
        QVERIFY(a.segments == b.segments);
        QVERIFY(a.timers == b.timers);
        QVERIFY(a.summary == b.summary);
        QCOMPARE(traceToJson(c, a), traceToJson(c, b));
        // Time never runs backward, and every delivered segment was sent before it arrived.
        for (std::size_t i = 1; i < a.events.size(); ++i) QVERIFY(a.events[i - 1].t <= a.events[i].t);
        for (const SegmentRecord &r : a.segments) {
            if (r.arrivesAt != kNever) QVERIFY(r.arrivesAt > r.sentAt);
            QVERIFY(r.arrivesAt == kNever || r.droppedAt == kNever);
        }
        QCOMPARE(a.illegalTransitions, 0);
    }

    void seedChangesRandomLoss()
    {
        int differing = 0;
        const Trace base = run("normal_close", {"loss=0.3", "seed=1"});
        for (int seed = 2; seed <= 6; ++seed) {
            const Trace t = run("normal_close", {"loss=0.3", "seed=" + std::to_string(seed)});
            differing += t.segments != base.segments ? 1 : 0;
        }
        QVERIFY(differing >= 4);
    }

    void eventBudgetStopsTheRun()
    {
        const Trace t = run("peer_crash", {"budget=50"});
        QCOMPARE(t.runEnd, RunEnd::EventBudget);
        const Trace h = run("peer_crash", {"until=10"});
        QCOMPARE(h.runEnd, RunEnd::Horizon);
        QCOMPARE(h.end, 10 * kSec);
        for (const TraceEvent &e : h.events) QVERIFY(e.t <= 10 * kSec);
    }

    void queriesAgreeWithEvents()
    {
        const Trace t = run("normal_close");
        // At 20 ms the FIN has arrived and the server's delayed ACK is pending: client in FIN_WAIT1.
        QCOMPARE(t.stateAt(Side::Client, 20 * kMs), TcpState::FinWait1);
        QCOMPARE(t.stateAt(Side::Server, 20 * kMs), TcpState::CloseWait);
        QCOMPARE(t.stateAt(Side::Client, 30 * kSec), TcpState::TimeWait);
        // The FIN is in flight for the first 0.5 ms.
        const auto inFlight = t.segmentsInFlight(250 * kUs);
        QCOMPARE(inFlight.size(), std::size_t(1));
        QVERIFY(hasFlag(t.segments[inFlight.front()], FlagFin));
        bool timeWaitTimer = false;
        for (int i : t.timersRunningAt(30 * kSec)) timeWaitTimer |= t.timers[i].kind == TimerKind::TimeWait;
        QVERIFY(timeWaitTimer);
        const int idx = t.eventIndexAt(0);
        QVERIFY(idx >= 0 && t.events[idx].t <= 0 && (idx + 1 == int(t.events.size()) || t.events[idx + 1].t > 0));
    }
};

QTEST_APPLESS_MAIN(TestDeterminism)
#include "tst_determinism.moc"
