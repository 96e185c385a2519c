// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"
#include "occupancy.h"
#include "simtime.h"
#include "tcpstate.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace closelab {

/// The header fields of one segment, as they were sent.
struct SegmentHeader {
    std::uint8_t flags = 0;      ///< SegmentFlag bits
    std::uint32_t seq = 0;       ///< relative sequence number (ISN = 0, as tcpdump shows it)
    std::uint32_t ack = 0;       ///< relative acknowledgement number (meaningful with FlagAck)
    std::uint32_t len = 0;       ///< payload bytes
    std::uint32_t window = 0;    ///< advertised receive window in bytes
    std::uint32_t tsval = 0;     ///< TCP timestamp option (ms clock), 0 when absent
    std::uint32_t tsecr = 0;
    bool operator==(const SegmentHeader &) const = default;
};

/// tcpdump's flag text: "S", "S.", ".", "P.", "F.", "FP.", "R", "R.".
std::string flagsText(std::uint8_t flags);

enum class EventType : std::uint8_t { App, Send, Deliver, Drop, State, Timer, Gone };
std::string_view eventTypeName(EventType t); ///< "app", "send", … (the JSON's `type`)

/// One thing that happened. Flat on purpose: the views replay a vector of these.
/// Which fields are meaningful depends on `type` (see each field's comment).
struct TraceEvent {
    SimTime t = 0;               ///< when (ns; t = 0 is the call the scenario is about)
    EventType type = EventType::App;
    Side host = Side::Client;    ///< the host the event happened on (for send: the sender; deliver/drop: the receiver)
    std::uint32_t conn = 0;      ///< connection index (0 in single-connection scenarios)

    // Send / Deliver / Drop
    std::int32_t segment = -1;   ///< index into Trace::segments
    // State
    TcpState from = TcpState::Closed;
    TcpState to = TcpState::Closed;
    Cause cause = Cause::AppClose;
    // Timer
    TimerKind timer = TimerKind::Retransmit;
    TimerAction action = TimerAction::Arm;
    SimTime expires = 0;         ///< absolute expiry time of an armed timer
    // App
    AppCall call = AppCall::Close;
    std::int64_t result = 0;     ///< return value (bytes for read/write, 0 for success, -1 on error)
    Errno err = Errno::None;
    std::int64_t arg = 0;        ///< call argument (bytes to write, backlog, linger seconds…)
    // Gone
    GoneReason gone = GoneReason::None;
    /// Only in traces made from a capture (core/capture/capturetrace.h): a state change or timer the
    /// capture does not show, deduced from Linux's rules.
    bool inferred = false;

    bool operator==(const TraceEvent &) const = default;
};

/// One segment's whole journey: sent, then delivered or dropped.
struct SegmentRecord {
    Side from = Side::Client;
    std::uint32_t conn = 0;
    SegmentHeader header;
    SimTime sentAt = 0;
    SimTime arrivesAt = kNever;  ///< delivery time, or kNever when dropped
    SimTime droppedAt = kNever;  ///< where it was dropped (it is drawn stopping mid-way), or kNever
    std::optional<DropReason> dropReason;
    std::uint16_t transmission = 1;     ///< 1 = original, 2 = first retransmission ("#2"), …
    std::optional<RetransKind> retransKind; ///< set on retransmissions and probes
    std::optional<RstReason> rstReason;     ///< set on RSTs
    std::uint32_t frame = 0;                ///< only in traces made from a capture: its frame number in the file (from 1); else 0
    bool operator==(const SegmentRecord &) const = default;
};

/// A timer from arm to fire or cancel.
struct TimerRecord {
    Side host = Side::Client;
    std::uint32_t conn = 0;
    TimerKind kind = TimerKind::Retransmit;
    SimTime armedAt = 0;
    SimTime expires = 0;         ///< when it would fire
    SimTime endedAt = kNever;    ///< fire or cancel time; kNever when still running at the end
    TimerAction end = TimerAction::Arm; ///< Fire, Cancel, or Arm when still running at the end
    bool operator==(const TimerRecord &) const = default;
};

/// What one side's story came to.
struct SideSummary {
    TcpState finalState = TcpState::Closed;
    std::optional<SimTime> goneAt;
    GoneReason goneReason = GoneReason::None;
    std::string limit;           ///< sysctl key that ended the socket, if one did ("" otherwise)
    std::array<int, kRetransKindCount> retransmissions{}; ///< by RetransKind
    int rstSent = 0;
    Errno lastErrno = Errno::None;
    bool operator==(const SideSummary &) const = default;
};

enum class RunEnd : std::uint8_t { Quiescent, Horizon, EventBudget, Cancelled };
std::string_view runEndName(RunEnd e); ///< "quiescent", "horizon", "event_budget"

/// The immutable record of one run. Views are pure functions of (Trace, t).
/// Connection index of a listening socket in trace events.
inline constexpr std::uint32_t kListenerConn = UINT32_MAX;

class Trace {
public:
    std::vector<TraceEvent> events;      ///< in time order (ties in the order they happened)
    std::vector<SegmentRecord> segments; ///< in send order
    std::vector<TimerRecord> timers;     ///< in arm order
    /// Each host's table counts whenever one changes, in time order (empty when a population records
    /// only its sample connection: the tables then hold every connection's sockets).
    std::vector<OccupancySample> occupancy;
    std::array<SideSummary, 2> summary;  ///< indexed by Side
    std::array<std::uint32_t, 2> address{}; ///< IPv4 address of each side (host byte order)
    std::array<std::uint16_t, 2> port{};    ///< port of each side's first connection
    SimTime start = 0;                   ///< time of the first event (negative: set-up)
    SimTime end = 0;                     ///< time of the last event, or the horizon
    RunEnd runEnd = RunEnd::Quiescent;
    int illegalTransitions = 0;          ///< state changes not in the transition table (must stay 0)
    /// A population's record: connection 0 is its sample, and any other connection recorded is another
    /// client port's story (not a new incarnation of connection 0's 4-tuple, as in stale_segment), so a
    /// view of connection 0 draws none of their segments on its lifelines (see onLifelines()).
    bool populationSample = false;

    /// Whether a record belongs to the story the sequence diagram's two lifelines tell, and so to what
    /// walks that story for the user (the event log, the explanation, the steps, the time axis). In a
    /// population's sample only connection 0's records do (for events, its listener's too: listen(),
    /// LISTEN); in any other trace every record does (stale_segment's and so_reuseaddr_restart's second
    /// connection is the same 4-tuple again, drawn on the same lifelines).
    bool onLifelines(const TraceEvent &e) const { return !populationSample || e.conn == 0 || e.conn == kListenerConn; }
    bool onLifelines(const SegmentRecord &s) const { return !populationSample || s.conn == 0; }

    const SideSummary &side(Side s) const { return summary[static_cast<int>(s)]; }
    /// "10.0.0.1:40312"
    std::string endpointText(Side s) const;

    /// State of `s`'s socket for connection `conn` at time t (Closed before it exists and after it is gone).
    TcpState stateAt(Side s, SimTime t, std::uint32_t conn = 0) const;
    /// Indices into `segments` of segments sent at or before t that have neither arrived nor been dropped at t.
    std::vector<int> segmentsInFlight(SimTime t) const;
    /// Indices into `timers` of timers armed at or before t that have not ended at t.
    std::vector<int> timersRunningAt(SimTime t) const;
    /// Index of the last event at or before t, or -1.
    int eventIndexAt(SimTime t) const;
    /// Index of the last event on the lifelines (onLifelines()) at or before t, or -1.
    int lifelineEventIndexAt(SimTime t) const;
};

} // namespace closelab
