// SPDX-License-Identifier: GPL-3.0-or-later
// Predict, then reveal: the questions generated from a run. Each answer is checked against the trace's
// own records (states, segments, timer events, the summary's limit), not against the generator's path.
#include "core/quiz.h"
#include "core/transitiontable.h"
#include "enginetest.h"

#include <algorithm>
#include <set>

using namespace closelab;
using namespace enginetest;

namespace {
bool inTableAsDestination(TcpState s)
{
    for (const Transition &t : transitionTable())
        if (t.to == s)
            return true;
    return false;
}

bool inTableAsSysctl(const std::string &key)
{
    for (const Transition &t : transitionTable())
        if (t.sysctl == key)
            return true;
    return false;
}

// The states a side could be in during a close, from the state it is in, written out from RFC 9293
// figure 5 (plus Linux's aborts to CLOSED from every state): the side that sends the first FIN goes
// through FIN_WAIT1, FIN_WAIT2 or CLOSING, and TIME_WAIT; the side that receives it through CLOSE_WAIT
// and LAST_ACK; a socket in the handshake or ESTABLISHED may still take either path. `cause`: the
// call that makes a socket in CLOSED (connect() or listen()).
std::set<TcpState> closeStatesFrom(TcpState from, Cause cause)
{
    using S = TcpState;
    const std::set<S> active{S::FinWait1, S::FinWait2, S::Closing, S::TimeWait, S::Closed};
    const std::set<S> passive{S::CloseWait, S::LastAck, S::Closed};
    std::set<S> either = active;
    either.insert(passive.begin(), passive.end());
    const auto with = [&either](std::initializer_list<S> more) {
        std::set<S> out = either;
        out.insert(more);
        return out;
    };
    switch (from) {
    case S::Closed:
        return cause == Cause::AppListen ? with({S::Listen, S::SynRecv, S::Established}) : with({S::SynSent, S::Established});
    case S::Listen:
        return with({S::SynRecv, S::Established});
    case S::SynSent:
    case S::SynRecv:
        return with({S::Established});
    case S::Established:
        return either;
    case S::FinWait1:
    case S::FinWait2:
    case S::Closing:
    case S::TimeWait:
        return active;
    case S::CloseWait:
    case S::LastAck:
        return passive;
    }
    return {};
}

QString describe(const QuizQuestion &q)
{
    return QStringLiteral("step %1 kind %2 at %3..%4").arg(q.step).arg(int(q.kind)).arg(secs(q.askedAt)).arg(secs(q.revealAt));
}
} // namespace

class TestQuiz : public QObject {
    Q_OBJECT

private slots:
    void everyScenario_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("by");
        for (const ScenarioInfo &s : scenarioLibrary()) {
            for (StepBy by : {StepBy::Segments, StepBy::StateChanges}) {
                const std::string row = std::string(s.name) + "/" + std::string(stepByName(by));
                QTest::newRow(row.c_str()) << QString::fromUtf8(s.name.data(), qsizetype(s.name.size())) << int(by);
            }
        }
    }

    void everyScenario()
    {
        QFETCH(QString, scenario);
        QFETCH(int, by);
        const Trace t = run(scenario.toStdString(), {"until=300"});
        const std::vector<StepPoint> points = stepPoints(t, StepBy(by));
        const std::vector<QuizQuestion> quiz = generateQuiz(t, points);
        // Deterministic: the same trace, the same questions (and a second simulation of it too).
        QCOMPARE(generateQuiz(t, points), quiz);
        QCOMPARE(generateQuiz(run(scenario.toStdString(), {"until=300"}), points), quiz);
        if (t.segments.size() > 2)
            QVERIFY2(!quiz.empty(), "a run with segments asks something");

        std::set<std::size_t> steps;
        for (const QuizQuestion &q : quiz) {
            const QString where = describe(q);
            QVERIFY2(steps.insert(q.step).second, qPrintable(where)); // one question per stop
            QVERIFY2(q.step < points.size() && points[q.step].t == q.revealAt, qPrintable(where));
            QVERIFY2(q.askedAt < q.revealAt, qPrintable(where));
            QVERIFY2(q.choices.size() >= 3 && q.choices.size() <= 4, qPrintable(where));
            QVERIFY2(q.answer >= 0 && q.answer < int(q.choices.size()), qPrintable(where));
            for (std::size_t i = 0; i < q.choices.size(); ++i)
                for (std::size_t j = i + 1; j < q.choices.size(); ++j)
                    QVERIFY2(!(q.choices[i] == q.choices[j]), qPrintable(where));
            const QuizChoice &right = q.choices[std::size_t(q.answer)];

            switch (q.kind) {
            case QuestionKind::NextState: {
                // What the trace says the side's state is just before and at the stop.
                // (A connection the server accepts is born from its listener: LISTEN -> SYN_RECV.)
                const TcpState before = t.stateAt(q.side, q.revealAt - 1);
                if (before == TcpState::Closed && q.from == TcpState::Listen)
                    QCOMPARE(right.state, TcpState::SynRecv);
                else
                    QCOMPARE(before, q.from);
                QCOMPARE(t.stateAt(q.side, q.revealAt), right.state);
                QVERIFY2(right.state != q.from, qPrintable(where));
                for (const QuizChoice &c : q.choices)
                    QVERIFY2(inTableAsDestination(c.state), qPrintable(where));
                if (q.segment >= 0) {
                    const SegmentRecord &s = t.segments[std::size_t(q.segment)];
                    QCOMPARE(s.arrivesAt, q.revealAt);
                    QCOMPARE(s.from, peerOf(q.side));
                }
                break;
            }
            case QuestionKind::NextSender: {
                SimTime first = kNever;
                std::set<Side> senders;
                for (const SegmentRecord &s : t.segments) {
                    if (s.conn != 0 || s.sentAt <= q.askedAt)
                        continue;
                    if (s.sentAt < first) {
                        first = s.sentAt;
                        senders.clear();
                    }
                    if (s.sentAt == first)
                        senders.insert(s.from);
                }
                QVERIFY2(first <= q.revealAt, qPrintable(where));
                const Sender expected = senders.size() == 2 ? Sender::Both
                    : *senders.begin() == Side::Client      ? Sender::Client
                                                            : Sender::Server;
                QCOMPARE(right.sender, expected);
                break;
            }
            case QuestionKind::TimerFires: {
                bool fired = false;
                for (const TraceEvent &e : t.events)
                    fired = fired || (e.type == EventType::Timer && e.action == TimerAction::Fire && e.host == q.side
                                      && e.timer == q.timer && e.conn == 0 && e.t == q.askedAt + right.after);
                QVERIFY2(fired, qPrintable(where));
                QVERIFY2(q.askedAt + right.after <= q.revealAt, qPrintable(where));
                for (const QuizChoice &c : q.choices)
                    QVERIFY2(c.after > 0, qPrintable(where));
                break;
            }
            case QuestionKind::EndingSysctl: {
                QCOMPARE(right.sysctl, t.side(q.side).limit);
                QCOMPARE(t.stateAt(q.side, q.revealAt), TcpState::Closed);
                QVERIFY(t.stateAt(q.side, q.revealAt - 1) != TcpState::Closed);
                for (const QuizChoice &c : q.choices)
                    QVERIFY2(inTableAsSysctl(c.sysctl), qPrintable(where));
                break;
            }
            }
        }
    }

    // "Which state does it enter?" is asked before a state change, and a transition to the state a
    // socket is already in is no state change (RFC 9293 figure 5 and the transition table have no
    // such edge): no choice may be the state the question says the side is in, nor the state the
    // diagram shows for that side while asking; no two choices alike, the right one only once. Over
    // every library scenario, every list of stops, and questions about both sides.
    void noChoiceIsTheCurrentState_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const ScenarioInfo &s : scenarioLibrary())
            QTest::newRow(std::string(s.name).c_str()) << QString::fromUtf8(s.name.data(), qsizetype(s.name.size()));
    }

    void noChoiceIsTheCurrentState()
    {
        QFETCH(QString, scenario);
        const Trace t = run(scenario.toStdString(), {"until=300"});
        for (StepBy by : {StepBy::Segments, StepBy::StateChanges, StepBy::Events}) {
            for (const QuizQuestion &q : generateQuiz(t, stepPoints(t, by))) {
                if (q.kind != QuestionKind::NextState)
                    continue;
                const QString where = describe(q) + QStringLiteral(" by %1 side %2 from %3")
                                                        .arg(QString::fromUtf8(stepByName(by).data()))
                                                        .arg(int(q.side))
                                                        .arg(QString::fromUtf8(stateName(q.from).data()));
                // The state the trace shows for the side while asking (a server's connection not yet
                // born is its listener's: LISTEN).
                TcpState shown = t.stateAt(q.side, q.askedAt);
                if (shown == TcpState::Closed && q.from == TcpState::Listen)
                    shown = TcpState::Listen;
                std::set<TcpState> seen;
                int right = 0;
                for (const QuizChoice &c : q.choices) {
                    QVERIFY2(c.state != q.from, qPrintable(where + QStringLiteral(": offers the state it is in")));
                    QVERIFY2(c.state != shown, qPrintable(where + QStringLiteral(": offers the state shown")));
                    QVERIFY2(seen.insert(c.state).second, qPrintable(where + QStringLiteral(": a choice twice")));
                    right += c.state == t.stateAt(q.side, q.revealAt);
                }
                QVERIFY2(right == 1, qPrintable(where + QStringLiteral(": the right answer once")));
            }
        }
    }

    // A wrong answer is a state the side could be in during its close (RFC 9293 figure 5), never one
    // it cannot: no SYN_SENT or LISTEN for a side in a close, no CLOSE_WAIT or LAST_ACK for the side
    // that sent the first FIN (nor FIN_WAIT2 or TIME_WAIT for the side that received it), and never
    // the right answer or the state it is in. Checked against the side's history in the trace too:
    // once it has been in FIN_WAIT1 or CLOSE_WAIT, only that close's states. Over every library
    // scenario and every list of stops.
    void wrongAnswersArePlausible_data() { noChoiceIsTheCurrentState_data(); }

    void wrongAnswersArePlausible()
    {
        using S = TcpState;
        QFETCH(QString, scenario);
        const Trace t = run(scenario.toStdString(), {"until=300"});
        for (StepBy by : {StepBy::Segments, StepBy::StateChanges, StepBy::Events}) {
            for (const QuizQuestion &q : generateQuiz(t, stepPoints(t, by))) {
                if (q.kind != QuestionKind::NextState)
                    continue;
                const QString where = describe(q) + QStringLiteral(" by %1 side %2 from %3")
                                                        .arg(QString::fromUtf8(stepByName(by).data()))
                                                        .arg(int(q.side))
                                                        .arg(QString::fromUtf8(stateName(q.from).data()));
                const std::set<S> plausible = closeStatesFrom(q.from, q.cause);
                // The states the side has been in before the question's stop.
                std::set<S> been;
                for (const auto &[state, at] : states(t, q.side))
                    if (at < q.revealAt)
                        been.insert(state);
                const bool sentFirstFin = been.count(S::FinWait1) > 0;
                const bool receivedFirstFin = been.count(S::CloseWait) > 0;
                const TcpState right = t.stateAt(q.side, q.revealAt);
                QVERIFY2(q.choices.size() >= 3, qPrintable(where));
                int rights = 0;
                for (const QuizChoice &c : q.choices) {
                    const QString choice = where + QStringLiteral(": offers %1").arg(QString::fromUtf8(stateName(c.state).data()));
                    rights += c.state == right;
                    QVERIFY2(c.state != q.from, qPrintable(choice));
                    if (c.state == right)
                        continue;
                    QVERIFY2(plausible.count(c.state), qPrintable(choice + QStringLiteral(", not a state of its close")));
                    if (sentFirstFin)
                        QVERIFY2(c.state != S::CloseWait && c.state != S::LastAck && c.state != S::Established,
                                 qPrintable(choice + QStringLiteral(" to the side that sent the first FIN")));
                    if (receivedFirstFin)
                        QVERIFY2(c.state != S::FinWait1 && c.state != S::FinWait2 && c.state != S::Closing && c.state != S::TimeWait
                                     && c.state != S::Established,
                                 qPrintable(choice + QStringLiteral(" to the side that received the first FIN")));
                    if (sentFirstFin || receivedFirstFin)
                        QVERIFY2(c.state != S::Listen && c.state != S::SynSent && c.state != S::SynRecv,
                                 qPrintable(choice + QStringLiteral(" during a close")));
                }
                QVERIFY2(rights == 1, qPrintable(where + QStringLiteral(": the right answer once")));
            }
        }
    }

    // Over the library, questions of where a side goes are asked about both sides (the test above
    // covers the server's states as well as the client's).
    void nextStateAskedOfBothSides()
    {
        std::set<Side> sides;
        for (const ScenarioInfo &s : scenarioLibrary()) {
            const Trace t = run(std::string(s.name), {"until=300"});
            for (const QuizQuestion &q : generateQuiz(t, stepPoints(t, StepBy::StateChanges)))
                if (q.kind == QuestionKind::NextState)
                    sides.insert(q.side);
        }
        QCOMPARE(sides, (std::set<Side>{Side::Client, Side::Server}));
    }

    // The window steps by events (or state changes) and presentation mode by segments: a question
    // asked before the same stop from either list (same kind, side, states, segment, timer, right
    // answer and set of choices) lists its choices in one order. (Before, the order came from one generator
    // run through the whole list, so another list of stops drew another order.)
    void sameQuestionSameOrderAcrossStepLists_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const ScenarioInfo &s : scenarioLibrary())
            QTest::newRow(std::string(s.name).c_str()) << QString::fromUtf8(s.name.data(), qsizetype(s.name.size()));
    }

    void sameQuestionSameOrderAcrossStepLists()
    {
        QFETCH(QString, scenario);
        const Trace t = run(scenario.toStdString(), {"until=300"});
        const std::vector<QuizQuestion> bySegments = generateQuiz(t, stepPoints(t, StepBy::Segments));
        auto sameQuestion = [](const QuizQuestion &a, const QuizQuestion &b) {
            if (a.kind != b.kind || a.revealAt != b.revealAt || a.side != b.side || a.from != b.from
                || a.segment != b.segment || a.timer != b.timer || a.choices.size() != b.choices.size()
                || !(a.choices[std::size_t(a.answer)] == b.choices[std::size_t(b.answer)]))
                return false;
            for (const QuizChoice &c : a.choices)
                if (std::find(b.choices.begin(), b.choices.end(), c) == b.choices.end())
                    return false;
            return true;
        };
        int compared = 0;
        for (StepBy by : {StepBy::Events, StepBy::StateChanges}) {
            const std::vector<QuizQuestion> other = generateQuiz(t, stepPoints(t, by));
            for (const QuizQuestion &a : bySegments)
                for (const QuizQuestion &b : other)
                    if (sameQuestion(a, b)) {
                        ++compared;
                        QVERIFY2(a.choices == b.choices && a.answer == b.answer,
                                 qPrintable(describe(a) + QStringLiteral(" asked by %1 as ").arg(QString::fromUtf8(stepByName(by).data())) + describe(b)));
                    }
        }
        if (scenario == QStringLiteral("normal_close"))
            QVERIFY2(compared >= 2, "normal_close asks some questions from both lists");
    }

    // The right answer is not always in one place (a class would learn "always the first"): over the
    // library's questions it stands first, second and third.
    void answerPlaceVaries()
    {
        std::set<int> places;
        for (const ScenarioInfo &s : scenarioLibrary()) {
            const Trace t = run(std::string(s.name), {"until=300"});
            for (const QuizQuestion &q : generateQuiz(t, stepPoints(t, StepBy::Segments)))
                if (q.kind != QuestionKind::NextSender) // its three answers keep their fixed order
                    places.insert(q.answer);
        }
        QVERIFY(places.count(0) && places.count(1) && places.count(2));
    }

    void normalCloseByStateChanges()
    {
        // The client's FIN reaches the server 0.5 ms after close(): from ESTABLISHED the table (RFC 9293
        // figure 5 plus Linux's aborts) leads to FIN_WAIT1, CLOSE_WAIT or CLOSED; the trace goes to CLOSE_WAIT.
        const Trace t = run("normal_close");
        const std::vector<QuizQuestion> quiz = generateQuiz(t, stepPoints(t, StepBy::StateChanges));
        const auto q = std::find_if(quiz.begin(), quiz.end(), [](const QuizQuestion &x) { return x.revealAt == 500 * kUs; });
        QVERIFY(q != quiz.end());
        QCOMPARE(q->kind, QuestionKind::NextState);
        QCOMPARE(q->side, Side::Server);
        QCOMPARE(q->from, TcpState::Established);
        QCOMPARE(q->askedAt, SimTime(0));
        std::set<TcpState> choices;
        for (const QuizChoice &c : q->choices)
            choices.insert(c.state);
        QCOMPARE(choices, (std::set<TcpState>{TcpState::FinWait1, TcpState::CloseWait, TcpState::Closed}));
        QCOMPARE(q->choices[std::size_t(q->answer)].state, TcpState::CloseWait);
        QVERIFY(q->segment >= 0);
        QCOMPARE(t.segments[std::size_t(q->segment)].header.flags, std::uint8_t(FlagFin | FlagAck));
    }

    void normalCloseFinReachesFinWait2()
    {
        // The server's FIN reaches the client in FIN_WAIT2: it enters TIME_WAIT (RFC 9293 figure 5). The
        // other change out of FIN_WAIT2 is to CLOSED (tcp_fin_timeout, a reset); CLOSING, where that FIN
        // takes a side still in FIN_WAIT1, is the other branch of the same close. Never CLOSE_WAIT or
        // LAST_ACK: the client sent the first FIN.
        const Trace t = run("normal_close");
        SimTime timeWait = -1;
        for (const auto &[state, at] : states(t, Side::Client))
            if (state == TcpState::TimeWait)
                timeWait = at;
        QVERIFY(timeWait > 0);
        const std::vector<QuizQuestion> quiz = generateQuiz(t, stepPoints(t, StepBy::StateChanges));
        const auto q = std::find_if(quiz.begin(), quiz.end(), [&](const QuizQuestion &x) { return x.revealAt == timeWait; });
        QVERIFY(q != quiz.end());
        QCOMPARE(q->kind, QuestionKind::NextState);
        QCOMPARE(q->side, Side::Client);
        QCOMPARE(q->from, TcpState::FinWait2);
        std::set<TcpState> choices;
        for (const QuizChoice &c : q->choices)
            choices.insert(c.state);
        QCOMPARE(choices, (std::set<TcpState>{TcpState::TimeWait, TcpState::Closed, TcpState::Closing}));
        QCOMPARE(q->choices[std::size_t(q->answer)].state, TcpState::TimeWait);
    }

    void orphanRetriesEndTheSocket()
    {
        // fin_unacked: the server never answers the client's FIN; the orphan gives up after
        // tcp_orphan_retries (0 means 8 to the kernel) and the question names that sysctl.
        const Trace t = run("fin_unacked");
        QCOMPARE(t.side(Side::Client).limit, std::string("net.ipv4.tcp_orphan_retries"));
        const std::vector<QuizQuestion> quiz = generateQuiz(t, stepPoints(t, StepBy::StateChanges));
        const auto q = std::find_if(quiz.begin(), quiz.end(), [](const QuizQuestion &x) { return x.kind == QuestionKind::EndingSysctl; });
        QVERIFY(q != quiz.end());
        QCOMPARE(q->side, Side::Client);
        QCOMPARE(q->choices[std::size_t(q->answer)].sysctl, std::string("net.ipv4.tcp_orphan_retries"));
    }
};

QTEST_APPLESS_MAIN(TestQuiz)
#include "tst_quiz.moc"
