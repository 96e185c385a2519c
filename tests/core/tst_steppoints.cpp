// SPDX-License-Identifier: GPL-3.0-or-later
// Step by what matters: the stops a step walks through, by segments, state changes or every event.
#include "core/steppoints.h"
#include "enginetest.h"

#include <set>

using namespace closelab;
using namespace enginetest;

namespace {
// Walks forward from before the run to its end, then back, with nextStep()/previousStep() alone.
struct Walk {
    std::vector<SimTime> forward;
    std::vector<SimTime> backward;
};

Walk walk(const std::vector<StepPoint> &points, const Trace &trace)
{
    Walk w;
    SimTime t = trace.start - 1;
    while (const auto i = nextStep(points, t)) {
        if (w.forward.size() > points.size())
            break; // a stepper that does not advance
        t = points[*i].t;
        w.forward.push_back(t);
    }
    while (const auto i = previousStep(points, t)) {
        if (w.backward.size() > points.size())
            break;
        t = points[*i].t;
        w.backward.push_back(t);
    }
    return w;
}

// What the sequence diagram draws, written out here rather than asked of the trace: in a population's
// sample (syn_flood and accept_queue_overflow record all their 60 and 50 connections) connection 0 and
// its listener; in any other run everything (stale_segment's second connection is the same 4-tuple).
bool drawn(const Trace &trace, const TraceEvent &e)
{
    return !trace.populationSample || e.conn == 0 || e.conn == kListenerConn;
}
bool drawn(const Trace &trace, const SegmentRecord &s)
{
    return !trace.populationSample || s.conn == 0;
}

// Where a segment's journey ends, from its own record.
SimTime journeyEnd(const Trace &trace, const SegmentRecord &s)
{
    if (s.arrivesAt != kNever)
        return s.arrivesAt;
    if (s.droppedAt != kNever)
        return s.droppedAt;
    return trace.end;
}
} // namespace

class TestStepPoints : public QObject {
    Q_OBJECT

private slots:
    void names()
    {
        for (StepBy s : {StepBy::Segments, StepBy::StateChanges, StepBy::Events})
            QCOMPARE(stepByFromName(stepByName(s)), s);
        QCOMPARE(stepByFromName("frames"), std::nullopt);
    }

    void normalCloseHasElevenSegmentStops()
    {
        // Three-way handshake (S, S., .), the request and the reply each with its ACK (P., ., P., .),
        // and the four-way close (F., ., F., .): 3 + 4 + 4 = 11 segments, each arriving at its own time
        // on a network with a fixed 0.5 ms delay.
        const Trace t = run("normal_close");
        const std::vector<StepPoint> points = stepPoints(t, StepBy::Segments);
        // The server ACKs the request and sends its reply in the same instant (-0.301490 s), so both
        // arrive together: 10 stops for 11 segments.
        QCOMPARE(points.size(), std::size_t(3 + 4 + 4 - 1));
        const std::vector<std::vector<std::string>> flags{{"S"}, {"S."}, {"."}, {"P."}, {".", "P."}, {"."},
                                                          {"F."}, {"."}, {"F."}, {"."}};
        std::size_t segments = 0;
        for (std::size_t i = 0; i < points.size(); ++i) {
            std::vector<std::string> got;
            for (int s : points[i].items)
                got.push_back(flagsText(t.segments[std::size_t(s)].header.flags));
            QCOMPARE(got, flags[i]);
            segments += points[i].items.size();
        }
        QCOMPARE(segments, std::size_t(11));
        // The last stop is the client's ACK of the server's FIN reaching the server: 0.5 ms after the
        // client received that FIN, which the server sent at 0.050510 s (the CLI trace of normal_close).
        QCOMPARE(points.back().t, 50'510 * kUs + 2 * 500 * kUs);
        // State changes: the server's LISTEN, SYN_SENT/SYN_RECV/ESTABLISHED x2, FIN_WAIT1, CLOSE_WAIT,
        // FIN_WAIT2, LAST_ACK, TIME_WAIT, both CLOSED: 1 + 4 + 7 = 12, at distinct times.
        QCOMPARE(stepPoints(t, StepBy::StateChanges).size(), std::size_t(12));
    }

    void segmentsInOrderForEveryScenario_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const ScenarioInfo &s : scenarioLibrary())
            QTest::newRow(std::string(s.name).c_str()) << QString::fromUtf8(s.name.data(), qsizetype(s.name.size()));
    }

    void segmentsInOrderForEveryScenario()
    {
        QFETCH(QString, scenario);
        const Trace t = run(scenario.toStdString(), {"until=300"});
        const std::vector<StepPoint> points = stepPoints(t, StepBy::Segments);

        // Every segment exactly once, at the end of its own journey, in time order (send order
        // among segments that end together).
        std::vector<std::pair<SimTime, int>> expected;
        for (std::size_t i = 0; i < t.segments.size(); ++i)
            if (drawn(t, t.segments[i]))
                expected.emplace_back(journeyEnd(t, t.segments[i]), int(i));
        std::sort(expected.begin(), expected.end());
        std::vector<std::pair<SimTime, int>> visited;
        const Walk w = walk(points, t);
        for (SimTime at : w.forward) {
            const auto i = std::find_if(points.begin(), points.end(), [at](const StepPoint &p) { return p.t == at; });
            QVERIFY(i != points.end());
            for (int segment : i->items)
                visited.emplace_back(at, segment);
        }
        QCOMPARE(visited, expected);

        // Back again: the same stops in reverse.
        std::vector<SimTime> reversed(w.forward.rbegin(), w.forward.rend());
        if (!reversed.empty())
            reversed.erase(reversed.begin()); // the walk back starts at the last stop
        QCOMPARE(w.backward, reversed);
    }

    void stateChangesForEveryScenario_data() { segmentsInOrderForEveryScenario_data(); }

    void stateChangesForEveryScenario()
    {
        QFETCH(QString, scenario);
        const Trace t = run(scenario.toStdString(), {"until=300"});
        const std::vector<StepPoint> points = stepPoints(t, StepBy::StateChanges);
        std::vector<int> expected;
        std::set<SimTime> times;
        for (std::size_t i = 0; i < t.events.size(); ++i) {
            if (t.events[i].type == EventType::State && drawn(t, t.events[i])) {
                expected.push_back(int(i));
                times.insert(t.events[i].t);
            }
        }
        std::vector<int> visited;
        const Walk w = walk(points, t);
        QCOMPARE(w.forward.size(), times.size());
        for (SimTime at : w.forward) {
            const auto i = std::find_if(points.begin(), points.end(), [at](const StepPoint &p) { return p.t == at; });
            for (int e : i->items) {
                QCOMPARE(t.events[std::size_t(e)].t, at);
                visited.push_back(e);
            }
        }
        QCOMPARE(visited, expected);
        QCOMPARE(w.backward.size(), w.forward.empty() ? 0 : w.forward.size() - 1);

        // Every event: one stop per distinct event time.
        std::set<SimTime> eventTimes;
        for (const TraceEvent &e : t.events)
            if (drawn(t, e))
                eventTimes.insert(e.t);
        QCOMPARE(stepPoints(t, StepBy::Events).size(), eventTimes.size());
    }

    // A population's sample: whatever a step moves by, from 5 s in syn_flood (a new connection of the
    // 60 every 0.5 s, its SYN retransmissions, the sample long in TIME_WAIT), it stops only where the
    // sample connection or its listener does something, so the diagram changes at every stop. On the
    // old stops every event of every connection was one: at 5 s the next was another client's SYN.
    void populationStepsFollowTheSample_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("by");
        for (const char *scenario : {"syn_flood", "accept_queue_overflow"}) {
            QTest::addRow("%s segments", scenario) << QString::fromLatin1(scenario) << int(StepBy::Segments);
            QTest::addRow("%s state changes", scenario) << QString::fromLatin1(scenario) << int(StepBy::StateChanges);
            QTest::addRow("%s events", scenario) << QString::fromLatin1(scenario) << int(StepBy::Events);
        }
    }

    void populationStepsFollowTheSample()
    {
        QFETCH(QString, scenario);
        QFETCH(int, by);
        const Trace t = run(scenario.toStdString());
        QVERIFY(t.populationSample);
        // The run records other connections than the sample, or this test proves nothing.
        QVERIFY(std::any_of(t.events.begin(), t.events.end(), [](const TraceEvent &e) { return e.conn != 0 && e.conn != kListenerConn; }));
        // The times the sample's lifelines change: its events, its segments' sending and journey's end.
        std::set<SimTime> changes;
        for (const TraceEvent &e : t.events)
            if (e.conn == 0 || e.conn == kListenerConn)
                changes.insert(e.t);
        for (const SegmentRecord &s : t.segments)
            if (s.conn == 0)
                changes.insert(journeyEnd(t, s));
        const std::vector<StepPoint> points = stepPoints(t, StepBy(by));
        QVERIFY(!points.empty());
        for (const StepPoint &p : points) {
            QVERIFY2(changes.count(p.t), qPrintable(QStringLiteral("a stop at %1 s").arg(secs(p.t), 0, 'f', 6)));
            for (int item : p.items) {
                const std::uint32_t conn = StepBy(by) == StepBy::Segments ? t.segments[std::size_t(item)].conn
                                                                          : t.events[std::size_t(item)].conn;
                QVERIFY(conn == 0 || conn == kListenerConn);
            }
        }
        // Stepping on from 5 s: the next stop is a moment of the sample's, or there is none (it is over).
        SimTime at = 5 * kSec;
        while (const auto i = nextStep(points, at)) {
            at = points[*i].t;
            QVERIFY(changes.count(at));
        }
        // Every event: as many stops as the sample's distinct event times (a count of the records).
        if (StepBy(by) == StepBy::Events) {
            std::set<SimTime> times;
            for (const TraceEvent &e : t.events)
                if (e.conn == 0 || e.conn == kListenerConn)
                    times.insert(e.t);
            QCOMPARE(points.size(), times.size());
        }
    }

    // Not a population: stale_segment's second connection reuses the first one's 4-tuple, is drawn on the
    // same lifelines, and a step by every event stops at its events too.
    void aSecondIncarnationIsStepped()
    {
        const Trace t = run("stale_segment");
        QVERIFY(!t.populationSample);
        std::set<SimTime> all, second;
        for (const TraceEvent &e : t.events) {
            all.insert(e.t);
            if (e.conn == 1)
                second.insert(e.t);
        }
        QVERIFY(!second.empty());
        const std::vector<StepPoint> points = stepPoints(t, StepBy::Events);
        QCOMPARE(points.size(), all.size());
        for (SimTime s : second)
            QVERIFY(std::any_of(points.begin(), points.end(), [s](const StepPoint &p) { return p.t == s; }));
    }

    void edges()
    {
        const Trace empty;
        QVERIFY(stepPoints(empty, StepBy::Segments).empty());
        QCOMPARE(nextStep({}, 0), std::nullopt);
        const std::vector<StepPoint> points{{10, {0}}, {20, {1}}};
        QCOMPARE(nextStep(points, 9), std::optional<std::size_t>(0));
        QCOMPARE(nextStep(points, 10), std::optional<std::size_t>(1));
        QCOMPARE(nextStep(points, 20), std::nullopt);
        QCOMPARE(previousStep(points, 20), std::optional<std::size_t>(0));
        QCOMPARE(previousStep(points, 10), std::nullopt);
        QCOMPARE(previousStep(points, 25), std::optional<std::size_t>(1));
    }
};

QTEST_APPLESS_MAIN(TestStepPoints)
#include "tst_steppoints.moc"
