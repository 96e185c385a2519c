// SPDX-License-Identifier: GPL-3.0-or-later
// The rules every run keeps, checked from its Trace. Tests and the fuzzers call this after every run.
#include "invariants.h"

#include "transitiontable.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <tuple>
#include <utility>

namespace closelab {
namespace {

constexpr std::size_t kMaxReports = 50;

std::string timeText(SimTime t)
{
    if (t == kNever) return "never";
    char buf[48];
    std::snprintf(buf, sizeof buf, "t=%.9f s", toSeconds(t));
    return buf;
}

std::string who(Side s, std::uint32_t conn)
{
    return std::string(sideName(s)) + (conn == kListenerConn ? std::string(" listener") : " conn " + std::to_string(conn));
}

class Report {
public:
    void add(std::string line)
    {
        if (m_lines.size() < kMaxReports) m_lines.push_back(std::move(line));
        else ++m_more;
    }
    std::vector<std::string> take()
    {
        if (m_more > 0) m_lines.push_back("... and " + std::to_string(m_more) + " more");
        return std::move(m_lines);
    }

private:
    std::vector<std::string> m_lines;
    std::size_t m_more = 0;
};

using SocketKey = std::pair<int, std::uint32_t>; // (side, conn)

struct SocketTrack {
    TcpState state = TcpState::Closed;
    bool everOpen = false;
    int goneEvents = 0;
    bool inAcceptQueue = false;
    int runningTimers = 0;
    bool finWait2Tw = false; // a FIN_WAIT2 mini-socket's timer is running
};

// Which FIN_WAIT2 timer records belong to a tw mini-socket (which holds a tcp_max_tw_buckets slot) rather
// than to a full orphan socket on its keepalive timer (tcp_rcv_state_process() arms that one when
// tcp_fin_time() > TCP_TIMEWAIT_LEN; tcp_keepalive_timer() then moves the socket into a mini-socket).
// The trace does not say which slot a timer used, so this keeps to what it proves and never counts a
// full socket: a record armed at the instant an earlier FIN_WAIT2 record of the socket fired is a
// mini-socket's; so is one that fired and ended its socket with fin_wait2_timeout without an RST
// (the keepalive path sends one: tcp_keepalive_timer() -> tcp_send_active_reset()).
std::vector<bool> finWait2MiniSocketTimers(const Trace &trace)
{
    std::vector<bool> mini(trace.timers.size(), false);
    std::map<SocketKey, std::vector<int>> bySocket;
    for (int i = 0; i < static_cast<int>(trace.timers.size()); ++i) {
        const TimerRecord &r = trace.timers[i];
        if (r.kind == TimerKind::FinWait2) bySocket[{static_cast<int>(r.host), r.conn}].push_back(i);
    }
    for (const auto &[key, records] : bySocket) {
        for (std::size_t k = 0; k < records.size(); ++k) {
            const TimerRecord &r = trace.timers[records[k]];
            if (k > 0) {
                const TimerRecord &prev = trace.timers[records[k - 1]];
                if (prev.end == TimerAction::Fire && prev.endedAt == r.armedAt) mini[records[k]] = true;
            }
            if (r.end != TimerAction::Fire) continue;
            bool diedByTimeout = false;
            for (const TraceEvent &e : trace.events) {
                if (e.t == r.endedAt && e.type == EventType::State && static_cast<int>(e.host) == key.first
                    && e.conn == key.second && e.cause == Cause::FinWait2Timeout)
                    diedByTimeout = true;
            }
            bool sentRst = false;
            for (const SegmentRecord &s : trace.segments) {
                if (s.sentAt == r.endedAt && static_cast<int>(s.from) == key.first && s.conn == key.second
                    && (s.header.flags & FlagRst))
                    sentRst = true;
            }
            if (diedByTimeout && !sentRst) mini[records[k]] = true;
        }
    }
    return mini;
}

bool restingState(TcpState s, std::uint32_t conn)
{
    // States no timer of their own ends: the story waits for an application that never acts.
    switch (s) {
    case TcpState::Listen: return conn == kListenerConn;
    case TcpState::Established:
    case TcpState::CloseWait:
    case TcpState::FinWait2: return conn != kListenerConn;
    default: return false;
    }
}

// Loss, duplication, drop rules or a firewall can strand a side of any story in any resting state; jitter
// moves every step of a story, so the library's declarations hold without them only.
bool idealNetwork(const NetworkConfig &n)
{
    return n.lossC2S == 0 && n.lossS2C == 0 && n.duplicate == 0 && n.jitter == 0 && n.drops.empty() && n.firewall.idleTimeout == 0;
}

std::string allowedText(const std::string &scenario, Side side, std::uint16_t mask)
{
    std::string states;
    for (TcpState s : kAllStates) {
        if (s != TcpState::Closed && (mask & stateBit(s))) states += " or " + std::string(stateName(s));
    }
    return scenario + " allows the " + std::string(sideName(side)) + " gone" + states;
}

void checkTime(const RunConfig &config, const Trace &trace, Report &report)
{
    for (std::size_t i = 1; i < trace.events.size(); ++i) {
        if (trace.events[i].t < trace.events[i - 1].t)
            report.add("time: event " + std::to_string(i) + " at " + timeText(trace.events[i].t) + " comes after event "
                       + std::to_string(i - 1) + " at " + timeText(trace.events[i - 1].t));
    }
    if (!trace.events.empty()) {
        if (trace.start != trace.events.front().t)
            report.add("time: Trace::start is " + timeText(trace.start) + " but the first event is at "
                       + timeText(trace.events.front().t));
        if (trace.events.back().t > trace.end)
            report.add("time: the last event at " + timeText(trace.events.back().t) + " is after Trace::end "
                       + timeText(trace.end));
    }
    if (trace.end < trace.start) report.add("time: Trace::end " + timeText(trace.end) + " before start " + timeText(trace.start));
    if (config.until && trace.end > *config.until)
        report.add("time: the run ends at " + timeText(trace.end) + ", after the horizon " + timeText(*config.until));
    if (trace.runEnd == RunEnd::Horizon) {
        if (config.until && trace.end != *config.until)
            report.add("time: run ended at the horizon but Trace::end is " + timeText(trace.end) + ", not "
                       + timeText(*config.until));
        if (!config.until && trace.end < kDefaultHorizon)
            report.add("time: run ended at the default horizon but Trace::end is " + timeText(trace.end));
    }
    for (std::size_t i = 0; i < trace.segments.size(); ++i) {
        const SegmentRecord &r = trace.segments[i];
        const auto name = [&] {
            return "segment " + std::to_string(i) + " (" + flagsText(r.header.flags) + " from " + std::string(sideName(r.from))
                + ", sent " + timeText(r.sentAt) + ")";
        };
        if (r.arrivesAt != kNever && r.arrivesAt <= r.sentAt) report.add("time: " + name() + " arrives at " + timeText(r.arrivesAt));
        if (r.droppedAt != kNever && r.droppedAt < r.sentAt) report.add("time: " + name() + " dropped at " + timeText(r.droppedAt));
        if (r.transmission < 1) report.add("segments: " + name() + " has transmission number 0");
    }
    for (std::size_t i = 0; i < trace.timers.size(); ++i) {
        const TimerRecord &r = trace.timers[i];
        const auto name = [&] {
            return "timer " + std::to_string(i) + " (" + std::string(timerKindName(r.kind)) + ", " + who(r.host, r.conn)
                + ", armed " + timeText(r.armedAt) + ", expires " + timeText(r.expires) + ")";
        };
        if (r.expires < r.armedAt) report.add("time: " + name() + " expires before it is armed");
        if (r.endedAt != kNever && r.endedAt < r.armedAt) report.add("time: " + name() + " ends at " + timeText(r.endedAt));
        if ((r.end == TimerAction::Arm) != (r.endedAt == kNever))
            report.add("timers: " + name() + " end action and end time disagree (" + timeText(r.endedAt) + ")");
        if (r.end == TimerAction::Fire && r.endedAt != r.expires)
            report.add("time: " + name() + " fired at " + timeText(r.endedAt) + ", not at its expiry");
        if (r.endedAt != kNever && r.endedAt > trace.end) report.add("time: " + name() + " ends after the run, " + timeText(r.endedAt));
    }
}

struct Counts {
    std::array<std::int64_t, 2> tw{};
    std::array<std::int64_t, 2> open{};      // non-listener sockets not yet closed
    std::array<std::int64_t, 2> acceptQueue{};
    std::array<std::int64_t, 2> backlog{-1, -1}; // of the current listener; -1 when none
};

} // namespace

std::vector<std::string> checkInvariants(const RunConfig &config, const Trace &trace)
{
    Report report;
    checkTime(config, trace, report);
    if (trace.illegalTransitions != 0)
        report.add("transition: the engine counted " + std::to_string(trace.illegalTransitions) + " illegal transitions");

    const std::vector<bool> finWait2Mini = finWait2MiniSocketTimers(trace);
    std::map<SocketKey, SocketTrack> sockets;
    std::vector<int> sendEvents(trace.segments.size(), 0), endEvents(trace.segments.size(), 0);
    std::size_t nextTimerRecord = 0;
    std::map<std::tuple<int, std::uint32_t, int>, std::vector<int>> runningTimers; // (side, conn, kind) -> records
    Counts counts;
    // Each host's own parameters: the server may have its own (--set-server).
    const Sysctls &serverSysctls = config.serverSysctls ? *config.serverSysctls : config.sysctls;
    const std::array<std::int64_t, 2> maxTw = {config.sysctls.get(SysctlId::TcpMaxTwBuckets), serverSysctls.get(SysctlId::TcpMaxTwBuckets)};
    const std::array<std::int64_t, 2> somaxconn = {config.sysctls.get(SysctlId::Somaxconn), serverSysctls.get(SysctlId::Somaxconn)};
    const std::int64_t portRange = config.sysctls.get(SysctlId::IpLocalPortRangeHigh)
        - config.sysctls.get(SysctlId::IpLocalPortRangeLow) + 1;

    auto twOf = [](const SocketTrack &s) {
        return s.state == TcpState::TimeWait || (s.state == TcpState::FinWait2 && s.finWait2Tw);
    };
    auto checkCounts = [&](SimTime t) {
        for (int h = 0; h < 2; ++h) {
            const std::string host(sideName(static_cast<Side>(h)));
            if (counts.tw[h] < 0 || counts.open[h] < 0 || counts.acceptQueue[h] < 0)
                report.add("counts: a negative count on the " + host + " at " + timeText(t));
            if (counts.tw[h] > maxTw[h])
                report.add("time_wait_buckets: " + host + " holds " + std::to_string(counts.tw[h]) + " tw sockets at "
                           + timeText(t) + ", tcp_max_tw_buckets = " + std::to_string(maxTw[h]));
            if (counts.backlog[h] >= 0 && counts.acceptQueue[h] > counts.backlog[h] + 1)
                report.add("accept_queue: " + host + " has " + std::to_string(counts.acceptQueue[h]) + " in its accept queue at "
                           + timeText(t) + ", backlog " + std::to_string(counts.backlog[h]) + " + 1 allowed");
        }
        if (counts.open[0] > portRange)
            report.add("ports: the client holds " + std::to_string(counts.open[0]) + " connections at " + timeText(t)
                       + ", ip_local_port_range allows " + std::to_string(portRange));
    };

    for (std::size_t i = 0; i < trace.events.size(); ++i) {
        const TraceEvent &e = trace.events[i];
        const int h = static_cast<int>(e.host);
        if (h > 1) {
            report.add("codes: event " + std::to_string(i) + " has host " + std::to_string(h));
            continue;
        }
        SocketTrack &s = sockets[{h, e.conn}];
        const bool twBefore = twOf(s);
        const bool queuedBefore = s.inAcceptQueue;
        const bool openBefore = s.state != TcpState::Closed && e.conn != kListenerConn;
        switch (e.type) {
        case EventType::Send:
        case EventType::Deliver:
        case EventType::Drop: {
            if (e.segment < 0 || static_cast<std::size_t>(e.segment) >= trace.segments.size()) {
                report.add("segments: " + std::string(eventTypeName(e.type)) + " event at " + timeText(e.t)
                           + " names segment " + std::to_string(e.segment) + " of " + std::to_string(trace.segments.size()));
                break;
            }
            const SegmentRecord &r = trace.segments[e.segment];
            const auto name = [&] { return "segment " + std::to_string(e.segment) + " (" + flagsText(r.header.flags) + ")"; };
            if (e.type == EventType::Send) {
                if (++sendEvents[e.segment] > 1) report.add("segments: " + name() + " sent twice, again at " + timeText(e.t));
                if (r.sentAt != e.t || r.from != e.host || r.conn != e.conn)
                    report.add("segments: " + name() + " send event at " + timeText(e.t) + " disagrees with its record (sent "
                               + timeText(r.sentAt) + " by " + std::string(sideName(r.from)) + ")");
                break;
            }
            if (sendEvents[e.segment] == 0)
                report.add("segments: " + name() + " " + std::string(eventTypeName(e.type)) + " at " + timeText(e.t)
                           + " was never sent before");
            if (++endEvents[e.segment] > 1)
                report.add("segments: " + name() + " arrives or is dropped twice, again at " + timeText(e.t));
            if (e.host != peerOf(r.from))
                report.add("segments: " + name() + " from the " + std::string(sideName(r.from)) + " ends at the same host");
            const SimTime recorded = e.type == EventType::Deliver ? r.arrivesAt : r.droppedAt;
            if (recorded != e.t)
                report.add("segments: " + name() + " " + std::string(eventTypeName(e.type)) + " event at " + timeText(e.t)
                           + " but its record says " + timeText(recorded));
            break;
        }
        case EventType::Timer: {
            if (e.action == TimerAction::Arm) {
                const std::size_t k = nextTimerRecord++;
                if (k >= trace.timers.size()) {
                    report.add("timers: arm event at " + timeText(e.t) + " has no record");
                    break;
                }
                const TimerRecord &r = trace.timers[k];
                if (r.host != e.host || r.conn != e.conn || r.kind != e.timer || r.armedAt != e.t || r.expires != e.expires)
                    report.add("timers: arm event at " + timeText(e.t) + " (" + std::string(timerKindName(e.timer))
                               + ") disagrees with record " + std::to_string(k));
                runningTimers[{h, e.conn, static_cast<int>(e.timer)}].push_back(static_cast<int>(k));
                ++s.runningTimers;
                if (r.kind == TimerKind::FinWait2 && finWait2Mini[k]) s.finWait2Tw = true;
                break;
            }
            auto &running = runningTimers[{h, e.conn, static_cast<int>(e.timer)}];
            auto it = std::find_if(running.begin(), running.end(), [&](int k) {
                const TimerRecord &r = trace.timers[k];
                return r.expires == e.expires && r.endedAt == e.t && r.end == e.action;
            });
            if (it == running.end()) {
                report.add("timers: " + std::string(timerActionName(e.action)) + " of " + std::string(timerKindName(e.timer))
                           + " for " + who(e.host, e.conn) + " at " + timeText(e.t) + " matches no running timer");
                break;
            }
            if (e.timer == TimerKind::FinWait2 && finWait2Mini[*it]) s.finWait2Tw = false;
            running.erase(it);
            --s.runningTimers;
            break;
        }
        case EventType::State: {
            const auto change = [&] {
                return who(e.host, e.conn) + " " + std::string(stateName(e.from)) + " -> " + std::string(stateName(e.to)) + " ("
                    + std::string(causeName(e.cause)) + ") at " + timeText(e.t);
            };
            if (!findTransition(e.from, e.to, e.cause)) report.add("transition: " + change() + " is not in the transition table");
            // A connection's server socket starts as a request sock that inherits LISTEN from its listener
            // (tcp_conn_request()); a SYN retransmitted after a request expired starts a new one.
            const bool newRequest = s.state == TcpState::Closed && e.from == TcpState::Listen && e.to == TcpState::SynRecv
                && e.conn != kListenerConn;
            if (newRequest) s.goneEvents = 0;
            else if (e.from != s.state)
                report.add("transition: " + change() + " but the socket was in " + std::string(stateName(s.state)));
            if (s.goneEvents > 0) report.add("transition: " + change() + " after the socket was gone");
            s.state = e.to;
            if (e.to != TcpState::Closed) s.everOpen = true;
            if (e.conn == kListenerConn) {
                if (e.to == TcpState::Closed) counts.backlog[h] = -1;
            } else if (e.from == TcpState::SynRecv && e.to == TcpState::Established) {
                s.inAcceptQueue = true;
            }
            if (e.to == TcpState::Closed) s.inAcceptQueue = false;
            break;
        }
        case EventType::App:
            if (e.call == AppCall::Listen && e.result == 0) counts.backlog[h] = std::min<std::int64_t>(e.arg, somaxconn[h]);
            if (e.call == AppCall::Accept && e.result == 0) s.inAcceptQueue = false;
            break;
        case EventType::Gone:
            if (s.state != TcpState::Closed)
                report.add("end_state: " + who(e.host, e.conn) + " gone at " + timeText(e.t) + " while in "
                           + std::string(stateName(s.state)));
            if (++s.goneEvents > 1) report.add("end_state: " + who(e.host, e.conn) + " gone twice, again at " + timeText(e.t));
            break;
        }
        counts.tw[h] += static_cast<int>(twOf(s)) - static_cast<int>(twBefore);
        counts.acceptQueue[h] += static_cast<int>(s.inAcceptQueue) - static_cast<int>(queuedBefore);
        const bool openAfter = s.state != TcpState::Closed && e.conn != kListenerConn;
        counts.open[h] += static_cast<int>(openAfter) - static_cast<int>(openBefore);
        // Limits hold between instants: within one instant the order of records is the engine's own.
        if (i + 1 == trace.events.size() || trace.events[i + 1].t != e.t) checkCounts(e.t);
    }
    if (nextTimerRecord != trace.timers.size())
        report.add("timers: " + std::to_string(trace.timers.size()) + " records but " + std::to_string(nextTimerRecord) + " arm events");
    for (std::size_t k = 0; k < trace.segments.size(); ++k) {
        const SegmentRecord &r = trace.segments[k];
        const auto name = [&] { return "segment " + std::to_string(k) + " (" + flagsText(r.header.flags) + ", sent " + timeText(r.sentAt) + ")"; };
        if (sendEvents[k] != 1) report.add("segments: " + name() + " has " + std::to_string(sendEvents[k]) + " send events");
        if (r.arrivesAt != kNever && r.droppedAt != kNever) report.add("segments: " + name() + " both arrived and was dropped");
        if ((r.arrivesAt != kNever || r.droppedAt != kNever) && endEvents[k] != 1)
            report.add("segments: " + name() + " ended without a deliver or drop event");
        if (r.dropReason.has_value() != (r.droppedAt != kNever))
            report.add("segments: " + name() + " drop reason and drop time disagree");
    }

    // Where every socket ended.
    for (const auto &[key, s] : sockets) {
        const Side side = static_cast<Side>(key.first);
        const std::uint32_t conn = key.second;
        const auto name = [side, conn] { return who(side, conn); };
        if (s.state == TcpState::Closed) {
            if (s.everOpen && key.second != kListenerConn && s.goneEvents != 1)
                report.add("end_state: " + name() + " reached CLOSED with " + std::to_string(s.goneEvents) + " gone events");
            continue;
        }
        if (trace.runEnd != RunEnd::Quiescent) continue; // the horizon or the budget cut the story
        if (!restingState(s.state, key.second))
            report.add("end_state: " + name() + " is left in " + std::string(stateName(s.state)) + " at the quiescent end "
                       + timeText(trace.end) + " (only gone or a state that waits for the application is allowed)");
        if (s.runningTimers > 0)
            report.add("end_state: " + name() + " still has " + std::to_string(s.runningTimers) + " timers running at the quiescent end");
    }
    for (int side = 0; side < 2; ++side) {
        const SideSummary &sum = trace.summary[side];
        const auto it = sockets.find({side, 0});
        const TcpState last = it == sockets.end() ? TcpState::Closed : it->second.state;
        if (sum.finalState != last)
            report.add("end_state: summary says the " + std::string(sideName(static_cast<Side>(side))) + " ended in "
                       + std::string(stateName(sum.finalState)) + ", its events say " + std::string(stateName(last)));
        if (sum.goneAt.has_value() != (sum.goneReason != GoneReason::None))
            report.add("end_state: " + std::string(sideName(static_cast<Side>(side))) + " summary gone time and reason disagree");
        for (int n : sum.retransmissions) {
            if (n < 0) report.add("counts: negative retransmission count in the summary");
        }
        if (sum.rstSent < 0) report.add("counts: negative RST count in the summary");
    }
    if (const ScenarioInfo *info = findScenario(config.scenario)) {
        for (std::string &line : checkEndStates(config, trace, info->endStates)) report.add(std::move(line));
    }
    return report.take();
}

std::vector<std::string> checkEndStates(const RunConfig &config, const Trace &trace, const EndStates &declared)
{
    Report report;
    const bool naturalEnd = trace.runEnd == RunEnd::Quiescent || (trace.runEnd == RunEnd::Horizon && !config.until);
    if (!naturalEnd || !idealNetwork(config.network)) return report.take();
    std::map<SocketKey, TcpState> last;
    for (const TraceEvent &e : trace.events) {
        if (e.type == EventType::State && e.conn != kListenerConn && static_cast<int>(e.host) <= 1) last[{static_cast<int>(e.host), e.conn}] = e.to;
    }
    std::map<SocketKey, int> running;
    for (const TimerRecord &r : trace.timers) {
        if (r.end == TimerAction::Arm) ++running[{static_cast<int>(r.host), r.conn}];
    }
    for (const auto &[key, state] : last) {
        const Side side = static_cast<Side>(key.first);
        const std::uint16_t mask = side == Side::Client ? declared.client : declared.server;
        if (state == TcpState::Closed || running[key] > 0 || (mask & stateBit(state))) continue;
        report.add("end_state: " + who(side, key.second) + " rests in " + std::string(stateName(state)) + " at the "
                   + std::string(runEndName(trace.runEnd)) + " end " + timeText(trace.end) + " (" + allowedText(config.scenario, side, mask) + ")");
    }
    return report.take();
}

std::vector<std::string> checkReproducible(const RunConfig &config, const Trace &trace)
{
    const Trace again = simulate(config);
    std::vector<std::string> out;
    if (again.events.size() != trace.events.size())
        out.push_back("determinism: " + std::to_string(trace.events.size()) + " events, then " + std::to_string(again.events.size()));
    const std::size_t n = std::min(again.events.size(), trace.events.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (!(again.events[i] == trace.events[i])) {
            out.push_back("determinism: event " + std::to_string(i) + " differs (" + std::string(eventTypeName(trace.events[i].type))
                          + " at " + timeText(trace.events[i].t) + ", then " + std::string(eventTypeName(again.events[i].type))
                          + " at " + timeText(again.events[i].t) + ")");
            break;
        }
    }
    if (again.segments != trace.segments) out.push_back("determinism: the segment records differ");
    if (again.timers != trace.timers) out.push_back("determinism: the timer records differ");
    if (again.summary != trace.summary) out.push_back("determinism: the summaries differ");
    if (again.start != trace.start || again.end != trace.end || again.runEnd != trace.runEnd)
        out.push_back("determinism: start, end or run end differ");
    return out;
}

} // namespace closelab
