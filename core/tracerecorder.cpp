// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracerecorder.h"

namespace closelab {

TraceEvent &TraceRecorder::push(SimTime t, EventType type, Side s, std::uint32_t conn)
{
    TraceEvent &e = m_trace.events.emplace_back();
    e.t = t;
    e.type = type;
    e.host = s;
    e.conn = conn;
    return e;
}

void TraceRecorder::recordApp(SimTime t, Side s, std::uint32_t conn, AppCall call, std::int64_t arg, std::int64_t result, Errno err)
{
    TraceEvent &e = push(t, EventType::App, s, conn);
    e.call = call;
    e.arg = arg;
    e.result = result;
    e.err = err;
}

int TraceRecorder::send(SimTime t, const SegmentRecord &r)
{
    if (skip(r.conn)) return -1;
    const int index = static_cast<int>(m_trace.segments.size());
    m_trace.segments.push_back(r);
    TraceEvent &e = push(t, EventType::Send, r.from, r.conn);
    e.segment = index;
    return index;
}

void TraceRecorder::recordDeliver(SimTime t, int segment)
{
    SegmentRecord &r = m_trace.segments[segment];
    r.arrivesAt = t;
    TraceEvent &e = push(t, EventType::Deliver, peerOf(r.from), r.conn);
    e.segment = segment;
}

void TraceRecorder::recordDrop(SimTime t, int segment, DropReason reason)
{
    SegmentRecord &r = m_trace.segments[segment];
    r.arrivesAt = kNever;
    r.droppedAt = t;
    r.dropReason = reason;
    TraceEvent &e = push(t, EventType::Drop, peerOf(r.from), r.conn);
    e.segment = segment;
}

void TraceRecorder::recordState(SimTime t, Side s, std::uint32_t conn, TcpState from, TcpState to, Cause cause)
{
    TraceEvent &e = push(t, EventType::State, s, conn);
    e.from = from;
    e.to = to;
    e.cause = cause;
}

int TraceRecorder::recordTimerArm(SimTime t, Side s, std::uint32_t conn, TimerKind kind, SimTime expires)
{
    const int index = static_cast<int>(m_trace.timers.size());
    m_trace.timers.push_back(TimerRecord{s, conn, kind, t, expires, kNever, TimerAction::Arm});
    TraceEvent &e = push(t, EventType::Timer, s, conn);
    e.timer = kind;
    e.action = TimerAction::Arm;
    e.expires = expires;
    return index;
}

void TraceRecorder::recordTimerEnd(SimTime t, int record, TimerAction action)
{
    TimerRecord &r = m_trace.timers[record];
    if (r.endedAt != kNever) return;
    r.endedAt = t;
    r.end = action;
    TraceEvent &e = push(t, EventType::Timer, r.host, r.conn);
    e.timer = r.kind;
    e.action = action;
    e.expires = r.expires;
}

void TraceRecorder::gone(SimTime t, Side s, std::uint32_t conn, GoneReason reason, std::string_view limit)
{
    if (skip(conn)) return;
    TraceEvent &e = push(t, EventType::Gone, s, conn);
    e.gone = reason;
    if (conn == 0) m_limit[static_cast<int>(s)] = std::string(limit);
}

void TraceRecorder::occupancy(SimTime t, Side host, const HostOccupancy &counts)
{
    const int h = static_cast<int>(host);
    if (counts == m_occupancy[h]) return;
    auto &samples = m_trace.occupancy;
    std::size_t &last = m_occupancySample[h];
    if (last != SIZE_MAX && samples[last].t == t) {
        // One sample per host and instant: the tables as they are when the instant's work is done.
        if (counts == m_occupancyBefore[h]) {
            // Changed and changed back within the instant: nothing to show.
            samples.erase(samples.begin() + static_cast<std::ptrdiff_t>(last));
            std::size_t &other = m_occupancySample[1 - h];
            if (other != SIZE_MAX && other > last) --other;
            last = SIZE_MAX;
        } else {
            samples[last].counts = counts;
        }
    } else {
        m_occupancyBefore[h] = m_occupancy[h];
        last = samples.size();
        samples.push_back(OccupancySample{t, host, counts});
    }
    m_occupancy[h] = counts;
}

Trace TraceRecorder::finish(SimTime end, RunEnd runEnd)
{
    Trace &tr = m_trace;
    tr.end = end;
    tr.runEnd = runEnd;
    tr.start = tr.events.empty() ? 0 : tr.events.front().t;
    for (int side = 0; side < 2; ++side) {
        SideSummary &sum = tr.summary[side];
        sum = SideSummary{};
        const Side s = static_cast<Side>(side);
        for (const TraceEvent &e : tr.events) {
            if (e.host != s) continue;
            if (e.type == EventType::State && e.conn == 0) sum.finalState = e.to;
            if (e.type == EventType::Gone && e.conn == 0 && !sum.goneAt) {
                sum.goneAt = e.t;
                sum.goneReason = e.gone;
            }
            if (e.type == EventType::App && e.err != Errno::None) sum.lastErrno = e.err;
        }
        sum.limit = m_limit[side];
        for (const SegmentRecord &r : tr.segments) {
            if (r.from != s || r.conn != 0) continue;
            if (r.retransKind) ++sum.retransmissions[static_cast<int>(*r.retransKind)];
            if (r.header.flags & FlagRst) ++sum.rstSent;
        }
    }
    return std::move(m_trace);
}

} // namespace closelab
