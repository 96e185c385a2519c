// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "trace.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace closelab {

/// What one endpoint's socket (connection 0) came to in one run: the facts an A/B comparison
/// weighs. Derived from the trace only.
struct EndpointOutcome {
    TcpState finalState = TcpState::Closed;
    std::optional<SimTime> goneAt;           ///< when the socket was destroyed, if it was within the run
    GoneReason goneReason = GoneReason::None;
    std::string limit;                       ///< sysctl key that ended the socket, or ""
    std::array<int, kRetransKindCount> retransmissions{}; ///< by RetransKind
    int rstSent = 0;
    int segmentsSent = 0;                    ///< every segment this side sent (originals and retransmissions)
    int segmentsLost = 0;                    ///< of those, dropped on the way
    Errno connectErrno = Errno::None;        ///< the error connect() returned (client), or None
    Errno lastErrno = Errno::None;           ///< the last error any call returned
    std::array<SimTime, kAllStates.size()> timeIn{}; ///< time spent in each state (by TcpState), up to gone or the run's end
    bool operator==(const EndpointOutcome &) const = default;

    int totalRetransmissions() const;
};

/// Reads one endpoint's outcome from a trace.
EndpointOutcome endpointOutcome(const Trace &trace, Side side);

/// One way in which run B differs from run A. Every delta is B minus A.
struct TraceDifference {
    enum class Kind : std::uint8_t {
        GoneTime,        ///< both sockets were destroyed, at different times (timeA, timeB, delta)
        GoneOnlyInA,     ///< A's socket was destroyed (timeA, reasonA); B's still existed at the end (stateB)
        GoneOnlyInB,     ///< the other way round (timeB, reasonB, stateA)
        GoneReason,      ///< both destroyed, for different reasons (reasonA, reasonB)
        Limit,           ///< both destroyed, ended by different sysctls (limitA, limitB; "" = none)
        FinalState,      ///< neither destroyed, and they ended in different states (stateA, stateB)
        Retransmissions, ///< of one kind (retransKind; countA, countB)
        RstSent,         ///< countA, countB
        ConnectErrno,    ///< connect() failed differently (errnoA, errnoB; None = succeeded)
        LastErrno,       ///< the last error the application saw (errnoA, errnoB)
        TimeInState,     ///< time spent in `state` (timeA, timeB, delta)
        SegmentsSent,    ///< countA, countB
        SegmentsLost,    ///< countA, countB
        RunEnd,          ///< the runs end at different times (side is meaningless; timeA, timeB, delta)
    };
    Kind kind = Kind::GoneTime;
    Side side = Side::Client;
    SimTime timeA = 0;
    SimTime timeB = 0;
    SimTime delta = 0;          ///< timeB - timeA, or countB - countA for counts
    int countA = 0;
    int countB = 0;
    TcpState state = TcpState::Closed;  ///< TimeInState
    TcpState stateA = TcpState::Closed; ///< FinalState, GoneOnlyInB
    TcpState stateB = TcpState::Closed; ///< FinalState, GoneOnlyInA
    GoneReason reasonA = GoneReason::None;
    GoneReason reasonB = GoneReason::None;
    RetransKind retransKind = RetransKind::Fin;
    std::string limitA;         ///< Limit
    std::string limitB;
    Errno errnoA = Errno::None;
    Errno errnoB = Errno::None;
    /// TimeInState: the socket was still in `state` when each run stopped, so the delta only says
    /// that the runs stop at different times (e.g. a CLOSE_WAIT that never ends).
    bool untilRunEnd = false;
    bool operator==(const TraceDifference &) const = default;
};

/// Every way B differs from A, the weightiest first: for each side the socket's end (gone time,
/// reason, state), then errors, retransmissions by kind, RSTs, time per state (in the order of
/// kAllStates) and segment counts; last the run's end. Empty when the runs agree on all of these.
/// Deltas are exact (integer nanoseconds and counts).
std::vector<TraceDifference> compareTraces(const Trace &a, const Trace &b);

/// One setting in which experiment B differs from A. Values are as the command line writes them
/// (sysctl values as /proc/sys shows them, seconds as decimals, drop rules in their rule text).
struct SettingDifference {
    enum class Kind : std::uint8_t {
        Scenario,
        Sysctl,     ///< `key` on `host` (Both when both hosts differ alike)
        Option,     ///< the scenario option `key`
        Delay,
        Jitter,
        LossC2S,
        LossS2C,
        Duplicate,
        Drops,      ///< the drop rules, joined with ", "
        Firewall,   ///< "idle seconds/drop|reset", "" when off
        Seed,
        Until,      ///< "" when not set
        Budget,
    };
    enum class Host : std::uint8_t { Both, Client, Server };
    Kind kind = Kind::Sysctl;
    Host host = Host::Both;
    std::string key;    ///< sysctl key or option key, else ""
    std::string valueA;
    std::string valueB;
    bool operator==(const SettingDifference &) const = default;
};

/// Every setting of B that differs from A, in the order of SettingDifference::Kind (sysctls in
/// the table's order). Compares what the runs used: pass effective configs to see a scenario's
/// own defaults.
std::vector<SettingDifference> compareConfigs(const RunConfig &a, const RunConfig &b);

} // namespace closelab
