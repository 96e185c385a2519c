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
            if (t.events[i].type == EventType::State) {
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
            eventTimes.insert(e.t);
        QCOMPARE(stepPoints(t, StepBy::Events).size(), eventTimes.size());
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
