// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace closelab {

/// Builds a Trace while the simulation runs. Everything the engine records goes through here, so the
/// Trace's segment and timer records stay consistent with its event list.
class TraceRecorder {
public:
    explicit TraceRecorder(bool enabled = true) : m_enabled(enabled) {}

    bool enabled() const { return m_enabled; }
    /// Population runs record only connection 0 (a sample the views can show).
    void recordOnlyFirstConnection() { m_onlyFirst = true; }
    /// A SYN flood's spoofed connections (indices from 2^31) are never recorded.
    void skipSpoofedConnections() { m_skipSpoofed = true; }
    Trace &trace() { return m_trace; }
    /// True when connection `conn`'s events are recorded (the engine skips building records for the others).
    bool records(std::uint32_t conn) const { return !skip(conn); }
    /// Table counts are recorded when every connection is (a population's sample connection alone
    /// would not explain tables that hold all the others).
    bool recordsOccupancy() const { return m_enabled && !m_onlyFirst; }
    /// Records `host`'s table counts at t if they changed since its last sample.
    void occupancy(SimTime t, Side host, const HostOccupancy &counts);

    // The checks for what is not recorded (most of a population) are inline: no call per skipped record.
    void app(SimTime t, Side s, std::uint32_t conn, AppCall call, std::int64_t arg, std::int64_t result, Errno err)
    {
        if (!skip(conn)) recordApp(t, s, conn, call, arg, result, err);
    }
    /// Records a send; returns the segment's index.
    int send(SimTime t, const SegmentRecord &r);
    void deliver(SimTime t, int segment)
    {
        if (m_enabled && segment >= 0) recordDeliver(t, segment);
    }
    void drop(SimTime t, int segment, DropReason reason)
    {
        if (m_enabled && segment >= 0) recordDrop(t, segment, reason);
    }
    void state(SimTime t, Side s, std::uint32_t conn, TcpState from, TcpState to, Cause cause)
    {
        if (!skip(conn)) recordState(t, s, conn, from, to, cause);
    }
    /// Returns the timer record index (-1: not recorded).
    int timerArm(SimTime t, Side s, std::uint32_t conn, TimerKind kind, SimTime expires)
    {
        return skip(conn) ? -1 : recordTimerArm(t, s, conn, kind, expires);
    }
    void timerEnd(SimTime t, int record, TimerAction action)
    {
        if (m_enabled && record >= 0) recordTimerEnd(t, record, action);
    }
    void gone(SimTime t, Side s, std::uint32_t conn, GoneReason reason, std::string_view limit);

    /// Derives the summaries from the recorded events and returns the finished trace.
    Trace finish(SimTime end, RunEnd runEnd);

private:
    TraceEvent &push(SimTime t, EventType type, Side s, std::uint32_t conn);
    void recordApp(SimTime t, Side s, std::uint32_t conn, AppCall call, std::int64_t arg, std::int64_t result, Errno err);
    void recordDeliver(SimTime t, int segment);
    void recordDrop(SimTime t, int segment, DropReason reason);
    void recordState(SimTime t, Side s, std::uint32_t conn, TcpState from, TcpState to, Cause cause);
    int recordTimerArm(SimTime t, Side s, std::uint32_t conn, TimerKind kind, SimTime expires);
    void recordTimerEnd(SimTime t, int record, TimerAction action);

    bool m_enabled;
    bool m_onlyFirst = false;
    bool m_skipSpoofed = false;
    bool skip(std::uint32_t conn) const
    {
        return !m_enabled || (m_onlyFirst && conn != 0) || (m_skipSpoofed && conn >= 0x80000000u && conn != kListenerConn);
    }
    Trace m_trace;
    std::array<std::string, 2> m_limit;
    std::array<HostOccupancy, 2> m_occupancy{};       // per host: the counts now
    std::array<HostOccupancy, 2> m_occupancyBefore{}; // per host: the counts before its last sample's instant
    std::array<std::size_t, 2> m_occupancySample{SIZE_MAX, SIZE_MAX}; // per host: index of its last sample
};

} // namespace closelab
