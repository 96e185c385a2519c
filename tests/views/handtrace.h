// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small traces built by hand for the view tests: they do not depend on the engine's behaviour.

#include "core/trace.h"

#include <algorithm>

namespace closelab::testing {

class HandTrace {
public:
    Trace trace;

    HandTrace &app(Side s, SimTime t, AppCall call, std::int64_t result = 0, Errno err = Errno::None)
    {
        TraceEvent e;
        e.t = t;
        e.type = EventType::App;
        e.host = s;
        e.call = call;
        e.result = result;
        e.err = err;
        trace.events.push_back(e);
        return *this;
    }

    HandTrace &state(Side s, SimTime t, TcpState from, TcpState to, Cause cause)
    {
        TraceEvent e;
        e.t = t;
        e.type = EventType::State;
        e.host = s;
        e.from = from;
        e.to = to;
        e.cause = cause;
        trace.events.push_back(e);
        return *this;
    }

    /// A segment sent at t that arrives after `delay`, or is dropped after `delay` when `drop` is set.
    HandTrace &send(Side from, SimTime t, std::uint8_t flags, std::uint32_t seq, std::uint32_t ack, SimTime delay,
                    std::optional<DropReason> drop = std::nullopt, std::uint16_t transmission = 1,
                    std::uint32_t len = 0)
    {
        SegmentRecord s;
        s.from = from;
        s.header.flags = flags;
        s.header.seq = seq;
        s.header.ack = ack;
        s.header.len = len;
        s.header.window = 65535;
        s.sentAt = t;
        s.transmission = transmission;
        if (transmission > 1)
            s.retransKind = (flags & FlagFin) ? RetransKind::Fin : RetransKind::Data;
        if (drop) {
            s.droppedAt = t + delay;
            s.dropReason = drop;
        } else {
            s.arrivesAt = t + delay;
        }
        const int index = int(trace.segments.size());
        trace.segments.push_back(s);
        TraceEvent e;
        e.t = t;
        e.type = EventType::Send;
        e.host = from;
        e.segment = index;
        trace.events.push_back(e);
        e.t = t + delay;
        e.type = drop ? EventType::Drop : EventType::Deliver;
        e.host = peerOf(from);
        trace.events.push_back(e);
        return *this;
    }

    /// A timer armed at `armed` to expire at `expires`, ended at `ended` by `end` (Arm: still running).
    HandTrace &timer(Side s, TimerKind kind, SimTime armed, SimTime expires, SimTime ended, TimerAction end)
    {
        TimerRecord r;
        r.host = s;
        r.kind = kind;
        r.armedAt = armed;
        r.expires = expires;
        r.endedAt = end == TimerAction::Arm ? kNever : ended;
        r.end = end;
        trace.timers.push_back(r);
        TraceEvent e;
        e.t = armed;
        e.type = EventType::Timer;
        e.host = s;
        e.timer = kind;
        e.action = TimerAction::Arm;
        e.expires = expires;
        trace.events.push_back(e);
        if (end != TimerAction::Arm) {
            e.t = ended;
            e.action = end;
            trace.events.push_back(e);
        }
        return *this;
    }

    HandTrace &gone(Side s, SimTime t, GoneReason reason)
    {
        TraceEvent e;
        e.t = t;
        e.type = EventType::Gone;
        e.host = s;
        e.gone = reason;
        trace.events.push_back(e);
        return *this;
    }

    Trace finish(SimTime end)
    {
        std::stable_sort(trace.events.begin(), trace.events.end(),
                         [](const TraceEvent &a, const TraceEvent &b) { return a.t < b.t; });
        trace.start = trace.events.empty() ? 0 : trace.events.front().t;
        trace.end = end;
        return trace;
    }
};

/// normal_close on a LAN (one-way delay 500 µs): handshake, client close(), server close() 0.5 s
/// after read() returned 0, TIME_WAIT 60 s.
inline Trace normalCloseTrace()
{
    constexpr SimTime d = 500 * kUs;
    HandTrace h;
    h.app(Side::Client, -3 * d, AppCall::Connect)
        .state(Side::Client, -3 * d, TcpState::Closed, TcpState::SynSent, Cause::AppConnect)
        .send(Side::Client, -3 * d, FlagSyn, 0, 0, d)                                     // seg 0
        .state(Side::Server, -2 * d, TcpState::Listen, TcpState::SynRecv, Cause::RcvSyn)
        .send(Side::Server, -2 * d, FlagSyn | FlagAck, 0, 1, d)                           // seg 1
        .state(Side::Client, -d, TcpState::SynSent, TcpState::Established, Cause::RcvSynAck)
        .send(Side::Client, -d, FlagAck, 1, 1, d)                                         // seg 2
        .state(Side::Server, 0, TcpState::SynRecv, TcpState::Established, Cause::RcvAck)
        .app(Side::Client, 0, AppCall::Close)
        .state(Side::Client, 0, TcpState::Established, TcpState::FinWait1, Cause::AppClose)
        .send(Side::Client, 0, FlagFin | FlagAck, 1, 1, d)                                // seg 3
        .timer(Side::Client, TimerKind::Retransmit, 0, 200 * kMs, 2 * d, TimerAction::Cancel)
        .state(Side::Server, d, TcpState::Established, TcpState::CloseWait, Cause::RcvFin)
        .send(Side::Server, d, FlagAck, 1, 2, d)                                          // seg 4
        .app(Side::Server, d, AppCall::Read, 0)
        .state(Side::Client, 2 * d, TcpState::FinWait1, TcpState::FinWait2, Cause::RcvAck)
        .app(Side::Server, 500 * kMs + d, AppCall::Close)
        .state(Side::Server, 500 * kMs + d, TcpState::CloseWait, TcpState::LastAck, Cause::AppClose)
        .send(Side::Server, 500 * kMs + d, FlagFin | FlagAck, 1, 2, d)                    // seg 5
        .timer(Side::Server, TimerKind::Retransmit, 500 * kMs + d, 700 * kMs + d, 500 * kMs + 3 * d, TimerAction::Cancel)
        .state(Side::Client, 500 * kMs + 2 * d, TcpState::FinWait2, TcpState::TimeWait, Cause::RcvFin)
        .send(Side::Client, 500 * kMs + 2 * d, FlagAck, 2, 2, d)                          // seg 6
        .timer(Side::Client, TimerKind::TimeWait, 500 * kMs + 2 * d, 60500 * kMs + 2 * d, 60500 * kMs + 2 * d, TimerAction::Fire)
        .state(Side::Server, 500 * kMs + 3 * d, TcpState::LastAck, TcpState::Closed, Cause::RcvAck)
        .gone(Side::Server, 500 * kMs + 3 * d, GoneReason::LastAckAcked)
        .state(Side::Client, 60500 * kMs + 2 * d, TcpState::TimeWait, TcpState::Closed, Cause::TimeWaitExpired)
        .gone(Side::Client, 60500 * kMs + 2 * d, GoneReason::TimeWaitDone);
    Trace t = h.finish(60500 * kMs + 2 * d);
    t.summary[0].finalState = TcpState::Closed;
    t.summary[0].goneReason = GoneReason::TimeWaitDone;
    t.summary[1].goneReason = GoneReason::LastAckAcked;
    return t;
}

/// The client close()s; every segment from the server is dropped; the FIN is retransmitted
/// with backoff (#2 at 0.2 s, #3 at 0.6 s) and then the orphan gives up (a short version).
inline Trace finUnackedTrace()
{
    constexpr SimTime d = 500 * kUs;
    HandTrace h;
    h.state(Side::Client, -d, TcpState::Closed, TcpState::Established, Cause::RcvSynAck)
        .state(Side::Server, -d, TcpState::Closed, TcpState::Established, Cause::RcvAck)
        .app(Side::Client, 0, AppCall::Close)
        .state(Side::Client, 0, TcpState::Established, TcpState::FinWait1, Cause::AppClose)
        .send(Side::Client, 0, FlagFin | FlagAck, 1, 1, d)                                 // seg 0
        .timer(Side::Client, TimerKind::Retransmit, 0, 200 * kMs, 200 * kMs, TimerAction::Fire)
        .state(Side::Server, d, TcpState::Established, TcpState::CloseWait, Cause::RcvFin)
        .send(Side::Server, d, FlagAck, 1, 2, d / 2, DropReason::DropRule)                 // seg 1
        .send(Side::Client, 200 * kMs, FlagFin | FlagAck, 1, 1, d, std::nullopt, 2)         // seg 2
        .timer(Side::Client, TimerKind::Retransmit, 200 * kMs, 600 * kMs, 600 * kMs, TimerAction::Fire)
        .send(Side::Server, 200 * kMs + d, FlagAck, 1, 2, d / 2, DropReason::DropRule)     // seg 3
        .send(Side::Client, 600 * kMs, FlagFin | FlagAck, 1, 1, d, std::nullopt, 3)         // seg 4
        .timer(Side::Client, TimerKind::Retransmit, 600 * kMs, 1400 * kMs, 1400 * kMs, TimerAction::Fire)
        .send(Side::Server, 600 * kMs + d, FlagAck, 1, 2, d / 2, DropReason::DropRule)     // seg 5
        .state(Side::Client, 1400 * kMs, TcpState::FinWait1, TcpState::Closed, Cause::RetriesExhausted)
        .gone(Side::Client, 1400 * kMs, GoneReason::RetriesExhausted);
    Trace t = h.finish(1400 * kMs);
    t.summary[0].goneReason = GoneReason::RetriesExhausted;
    t.summary[0].limit = "net.ipv4.tcp_orphan_retries";
    return t;
}

} // namespace closelab::testing
