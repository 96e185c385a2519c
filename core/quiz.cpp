// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz.h"

#include "transitiontable.h"

#include <algorithm>
#include <optional>

namespace closelab {
namespace {

// splitmix64: small, fast and the same on every platform (std distributions are not).
class Draw {
public:
    explicit Draw(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
    template <typename T> void shuffle(std::vector<T> &v)
    {
        for (std::size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[below(i)]);
    }

private:
    std::uint64_t m_state;
};

// FNV-1a, a value at a time (its eight bytes).
class Fnv {
public:
    Fnv &mix(std::uint64_t v)
    {
        for (int i = 0; i < 8; ++i) {
            m_h ^= (v >> (8 * i)) & 0xff;
            m_h *= 0x100000001b3ULL;
        }
        return *this;
    }
    std::uint64_t value() const { return m_h; }

private:
    std::uint64_t m_h = 0xcbf29ce484222325ULL;
};

// What makes the run this run.
std::uint64_t traceSeed(const Trace &trace)
{
    Fnv h;
    h.mix(trace.events.size());
    h.mix(trace.segments.size());
    for (const TraceEvent &e : trace.events) {
        h.mix(static_cast<std::uint64_t>(e.t));
        h.mix(static_cast<std::uint64_t>(e.type));
    }
    return h.value();
}

// A question's own generator: seeded by the run and by what makes the question this question (its
// kind, the stop it reveals, and for a timer the time it is asked from, which sets its choices), not
// by the questions before it. Presentation mode steps by segments and the window by events or state
// changes: the same question asked from either list shows its choices in the same order.
Draw questionDraw(std::uint64_t seed, QuestionKind kind, SimTime revealAt, SimTime askedAt = 0)
{
    return Draw(Fnv().mix(seed).mix(static_cast<std::uint64_t>(kind)).mix(static_cast<std::uint64_t>(revealAt))
                    .mix(static_cast<std::uint64_t>(askedAt)).value());
}

bool isArrival(Cause c)
{
    return c == Cause::RcvSyn || c == Cause::RcvSynAck || c == Cause::RcvAck || c == Cause::RcvFin
        || c == Cause::RcvFinAck || c == Cause::RcvRst;
}

bool endsBySysctl(Cause c)
{
    return c == Cause::RetriesExhausted || c == Cause::FinWait2Timeout || c == Cause::KeepaliveExhausted
        || c == Cause::TwBucketOverflow || c == Cause::OrphanOverflow;
}

template <typename T> void addUnique(std::vector<T> &v, const T &x)
{
    if (std::find(v.begin(), v.end(), x) == v.end())
        v.push_back(x);
}

// The right answer and up to three others, in drawn order; `near` are the likely confusions (tried
// first), `far` fill up to at least three choices.
template <typename T>
std::vector<T> pick(const T &right, std::vector<T> near, std::vector<T> far, Draw &draw)
{
    std::erase(near, right);
    std::erase(far, right);
    draw.shuffle(near);
    draw.shuffle(far);
    std::vector<T> out{right};
    for (const T &x : near)
        if (out.size() < 4)
            addUnique(out, x);
    for (const T &x : far)
        if (out.size() < 3)
            addUnique(out, x);
    draw.shuffle(out);
    return out;
}

struct Step {
    std::size_t index;
    SimTime askedAt;
    SimTime revealAt;
};

// How many state changes of the transition table lead from `from` to each state (indexed by TcpState;
// -1: none). A socket that reaches CLOSED is gone, so no change out of CLOSED is followed, but for
// the one that makes a socket in CLOSED (the call `birth`: connect() gives SYN_SENT, listen() LISTEN).
std::vector<int> changesFrom(TcpState from, Cause birth)
{
    std::vector<int> distance(kAllStates.size(), -1);
    distance[static_cast<std::size_t>(from)] = 0;
    std::vector<TcpState> queue{from};
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const TcpState at = queue[i];
        for (const Transition &t : transitionTable()) {
            if (t.from != at || (at == TcpState::Closed && (at != from || t.cause != birth)))
                continue;
            int &d = distance[static_cast<std::size_t>(t.to)];
            if (d < 0) {
                d = distance[static_cast<std::size_t>(at)] + 1;
                queue.push_back(t.to);
            }
        }
    }
    return distance;
}

// The states a side in `from` could be in during its close, by the transition table, ranked by how
// likely a confusion each is (-1: not one of them). First those it can still reach, by how many
// changes away (1: the next change). Then, once its close has begun (it left ESTABLISHED for FIN_WAIT1
// or CLOSE_WAIT), the other states of that close: first those of another branch of it (CLOSING for a
// side in FIN_WAIT2, RFC 9293 figure 5: the FIN that reaches FIN_WAIT1), then those it came through.
// Never a state of the other close (CLOSE_WAIT or LAST_ACK for the side that sent the first FIN) nor
// of the handshake.
std::vector<int> plausibleStates(TcpState from, Cause cause)
{
    std::vector<int> rank = changesFrom(from, cause);
    constexpr int kOtherBranch = 100;
    constexpr int kCameThrough = 101;
    for (const Transition &t : transitionTable()) {
        if (t.from != TcpState::Established || t.to == TcpState::Closed || from == TcpState::Established || from == TcpState::Closed)
            continue;
        const std::vector<int> close = changesFrom(t.to, cause);
        if (close[static_cast<std::size_t>(from)] < 0)
            continue; // not this close's path
        for (TcpState st : kAllStates) {
            int &r = rank[static_cast<std::size_t>(st)];
            if (close[static_cast<std::size_t>(st)] >= 0 && r < 0)
                r = changesFrom(st, cause)[static_cast<std::size_t>(from)] >= 0 ? kCameThrough : kOtherBranch;
        }
    }
    return rank;
}

std::optional<QuizQuestion> nextState(const Trace &trace, const Step &s, std::uint64_t seed)
{
    // The last change of a side at the stop (connection 0), caused by an arriving segment or a call.
    const TraceEvent *change = nullptr;
    TcpState from = TcpState::Closed;
    for (const TraceEvent &e : trace.events) {
        if (e.t > s.revealAt)
            break;
        if (e.t != s.revealAt || e.type != EventType::State || e.conn != 0)
            continue;
        if (change && change->host != e.host)
            break; // one side per question: the first one that changes
        if (!change)
            from = e.from;
        change = &e;
    }
    if (!change || change->to == from)
        return std::nullopt;
    QuizQuestion q;
    q.kind = QuestionKind::NextState;
    q.side = change->host;
    q.from = from;
    q.cause = change->cause;
    if (isArrival(change->cause)) {
        for (std::size_t i = 0; i < trace.segments.size(); ++i) {
            const SegmentRecord &r = trace.segments[i];
            if (r.conn == 0 && r.from == peerOf(q.side) && r.arrivesAt == s.revealAt)
                q.segment = static_cast<int>(i);
        }
    }
    // Only states the side could be in during this close are offered: a state it cannot be in (SYN_SENT
    // for a side in CLOSE_WAIT, LAST_ACK for the side that sent the first FIN) gives the answer away or
    // teaches a transition the state machine does not have. The likely confusions are the other
    // changes out of its state; then the states nearest after them; then the other states of its close.
    const std::vector<int> rank = plausibleStates(from, change->cause);
    std::vector<int> ranks;
    for (TcpState st : kAllStates) {
        const int r = rank[static_cast<std::size_t>(st)];
        // Never the state it is in: a transition to it is no state change (RFC 9293 figure 5 and the
        // table have no such edge; a retransmitted FIN re-arms TIME_WAIT without one, tcp_minisocks.c:
        // tcp_timewait_state_process()).
        if (st != from && st != change->to && r > 0)
            addUnique(ranks, r);
    }
    std::sort(ranks.begin(), ranks.end());
    // The other changes out of its state (up to three), then the likeliest of the rest, a rank at a
    // time, until there are three choices; each rank's order drawn.
    Draw draw = questionDraw(seed, q.kind, s.revealAt);
    std::vector<TcpState> states{change->to};
    for (int r : ranks) {
        if (r > 1 && states.size() >= 3)
            break;
        std::vector<TcpState> same;
        for (TcpState st : kAllStates)
            if (st != from && st != change->to && rank[static_cast<std::size_t>(st)] == r)
                same.push_back(st);
        draw.shuffle(same);
        for (TcpState st : same)
            if (states.size() < (r == 1 ? 4u : 3u))
                states.push_back(st);
    }
    if (states.size() < 3)
        return std::nullopt; // one plausible wrong answer (LAST_ACK: CLOSED or CLOSE_WAIT) makes no question
    draw.shuffle(states);
    for (TcpState st : states) {
        QuizChoice c;
        c.state = st;
        q.choices.push_back(c);
    }
    const auto it = std::find_if(q.choices.begin(), q.choices.end(), [&](const QuizChoice &c) { return c.state == change->to; });
    q.answer = static_cast<int>(it - q.choices.begin());
    return q;
}

std::optional<QuizQuestion> nextSender(const Trace &trace, const Step &s)
{
    SimTime first = kNever;
    bool client = false, server = false;
    for (const SegmentRecord &r : trace.segments) {
        if (r.conn != 0 || r.sentAt <= s.askedAt || r.sentAt > s.revealAt || r.sentAt > first)
            continue;
        if (r.sentAt < first) {
            first = r.sentAt;
            client = server = false;
        }
        (r.from == Side::Client ? client : server) = true;
    }
    if (first == kNever)
        return std::nullopt;
    const Sender right = client && server ? Sender::Both : client ? Sender::Client : Sender::Server;
    QuizQuestion q;
    q.kind = QuestionKind::NextSender;
    // The three answers there are, in a fixed order: client, server, both.
    for (Sender x : {Sender::Client, Sender::Server, Sender::Both}) {
        QuizChoice c;
        c.sender = x;
        q.choices.push_back(c);
    }
    q.answer = static_cast<int>(right);
    return q;
}

std::optional<QuizQuestion> timerFires(const Trace &trace, const Step &s, std::uint64_t seed)
{
    for (const TimerRecord &r : trace.timers) {
        if (r.conn != 0 || r.end != TimerAction::Fire || r.armedAt > s.askedAt || r.endedAt <= s.askedAt
            || r.endedAt > s.revealAt)
            continue;
        QuizQuestion q;
        q.kind = QuestionKind::TimerFires;
        q.side = r.host;
        q.timer = r.kind;
        const SimTime right = r.endedAt - s.askedAt;
        // Halves and doubles of the truth: the confusions of "it doubles each time" and "half of it".
        std::vector<SimTime> near{right * 2, right / 2, right * 4};
        std::erase_if(near, [](SimTime t) { return t <= 0; });
        std::vector<SimTime> far{right * 3, right * 8};
        Draw draw = questionDraw(seed, q.kind, s.revealAt, s.askedAt);
        for (SimTime t : pick(right, near, far, draw)) {
            QuizChoice c;
            c.after = t;
            q.choices.push_back(c);
        }
        const auto it = std::find_if(q.choices.begin(), q.choices.end(), [&](const QuizChoice &c) { return c.after == right; });
        q.answer = static_cast<int>(it - q.choices.begin());
        return q;
    }
    return std::nullopt;
}

std::optional<QuizQuestion> endingSysctl(const Trace &trace, const Step &s, std::uint64_t seed)
{
    for (const TraceEvent &e : trace.events) {
        if (e.t > s.revealAt)
            break;
        if (e.t != s.revealAt || e.type != EventType::State || e.conn != 0 || e.to != TcpState::Closed || !endsBySysctl(e.cause))
            continue;
        const std::string &limit = trace.side(e.host).limit;
        if (limit.empty())
            continue;
        QuizQuestion q;
        q.kind = QuestionKind::EndingSysctl;
        q.side = e.host;
        q.from = e.from;
        q.cause = e.cause;
        Draw draw = questionDraw(seed, q.kind, s.revealAt);
        std::vector<std::string> near, far;
        for (const Transition &t : transitionTable()) {
            if (!t.sysctl.starts_with("net."))
                continue;
            if (t.from == e.from || t.cause == e.cause)
                addUnique(near, std::string(t.sysctl));
            else
                addUnique(far, std::string(t.sysctl));
        }
        for (const std::string &key : pick(limit, near, far, draw)) {
            QuizChoice c;
            c.sysctl = key;
            q.choices.push_back(c);
        }
        const auto it = std::find_if(q.choices.begin(), q.choices.end(), [&](const QuizChoice &c) { return c.sysctl == limit; });
        q.answer = static_cast<int>(it - q.choices.begin());
        return q;
    }
    return std::nullopt;
}

} // namespace

std::vector<QuizQuestion> generateQuiz(const Trace &trace, const std::vector<StepPoint> &points)
{
    const std::uint64_t seed = traceSeed(trace);
    std::vector<QuizQuestion> out;
    SimTime previous = trace.start;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const Step s{i, std::min(previous, points[i].t), points[i].t};
        previous = points[i].t;
        if (s.askedAt == s.revealAt)
            continue; // nothing to predict at the very start
        // The most telling question that fits: what ends the socket, then where it goes, then the
        // timer; now and then who sends, so that the class does not only learn one kind.
        // (Drawn for the stop, not from the questions before: a stop asks the same kind whichever
        // other stops the list has, where that kind fits from both lists' previous stops.)
        std::optional<QuizQuestion> q = endingSysctl(trace, s, seed);
        const bool varied = Draw(Fnv().mix(seed).mix(static_cast<std::uint64_t>(s.revealAt)).value()).below(4) == 0;
        if (!q && varied)
            q = nextSender(trace, s);
        if (!q)
            q = nextState(trace, s, seed);
        if (!q)
            q = timerFires(trace, s, seed);
        if (!q)
            q = nextSender(trace, s);
        if (!q)
            continue;
        q->step = i;
        q->askedAt = s.askedAt;
        q->revealAt = s.revealAt;
        out.push_back(std::move(*q));
    }
    return out;
}

} // namespace closelab
