// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Replay on the engine": one connection of a capture turned into an experiment the engine runs — who
// called what when, which segments were lost and where, the network delay, and sysctl values picked
// from the findings' consistent sets — and the comparison of the engine's run with the capture.

#include "connection.h"

#include "core/scenario.h"
#include "core/trace.h"

#include <array>
#include <string>
#include <vector>

namespace closelab::capture {

/// The scenario name of a replayed capture in RunConfig::scenario (not a library scenario).
inline constexpr std::string_view kReplayScenario = "capture_replay";

/// One application call the capture implies, at the time of the segment that shows it.
struct ReplayCall {
    SimTime t = 0;
    Side side = Side::Client;
    AppCall call = AppCall::Connect; ///< Connect, Write, Close, ShutdownWr or SetLinger (then Close)
    std::uint32_t bytes = 0;         ///< Write: the new payload bytes the segment carries
    std::uint32_t frame = 0;         ///< the frame that shows the call (its first segment)
    /// The call came after its socket had received this much of the peer's sequence space (relative:
    /// 1 = the SYN, then the bytes, +1 for a FIN), as the ACK of the segment that shows it says; the
    /// engine makes the call no earlier. 0: no such condition.
    std::uint32_t afterReceived = 0;
    bool operator==(const ReplayCall &) const = default;
};

/// Segments lost on the way, and the engine's drop rule that loses them.
struct ReplayLoss {
    Side from = Side::Client;
    bool afterCapture = true;        ///< true: the capture saw it, its receiver never got it; false: lost
                                     ///< before the capture point (only its retransmission was captured)
    std::vector<std::uint32_t> frames; ///< the frames it covers (after the capture point), or the retransmission's
    DropRule rule;
    bool operator==(const ReplayLoss &) const = default;
};

/// A sysctl value picked from the set of values a finding found consistent with the capture.
struct ReplaySysctl {
    Side side = Side::Client;        ///< the host it is set on
    std::string key;                 ///< "net.ipv4.tcp_orphan_retries"
    std::int64_t value = 0;
    std::string finding;             ///< the finding's code
    std::string consistent;          ///< the consistent set as text: "{0, 8}", "1..6"
    bool linuxDefault = false;       ///< the value picked is Linux's default (which lies in the set)
    bool operator==(const ReplaySysctl &) const = default;
};

/// The experiment: RunConfig (scenario kReplayScenario, the sysctls, delay and drop rules) plus what
/// the applications do, and how each part was read from the capture.
struct ReplayPlan {
    RunConfig config;
    Endpoint client;
    Endpoint server;
    bool listening = true;                  ///< false: the server's host answered the SYN with an RST
    std::array<bool, 2> reads{true, true};  ///< false: that application never reads (unread data at close)
    std::array<bool, 2> keepalive{false, false}; ///< SO_KEEPALIVE (the capture shows keepalive probes)
    std::vector<ReplayCall> calls;          ///< in time order
    std::vector<ReplayLoss> losses;
    std::vector<ReplaySysctl> sysctls;
    SimTime handshakeRtt = kNever;          ///< as the capture saw it; kNever when it shows no handshake
    std::vector<std::string> notes;         ///< codes: "no_handshake", "roles_guessed", "unknown_sysctl:KEY"
};

/// Reads the experiment off a connection of the capture.
ReplayPlan planReplay(const CaptureIndex &index, const Connection &conn);

/// Runs the plan's applications on the engine with `config` (the plan's own, or one edited from it:
/// other sysctls, delay, drops). Deterministic.
Trace runReplay(const ReplayPlan &plan, const RunConfig &config);
inline Trace runReplay(const ReplayPlan &plan) { return runReplay(plan, plan.config); }

/// What a segment is, for counting: the engine's drop-rule classes, one per segment (a FIN with data
/// counts as a FIN).
enum class SegmentKind : std::uint8_t { Syn, SynAck, Data, Fin, Rst, Ack };
inline constexpr int kSegmentKindCount = 6;
SegmentKind segmentKindOf(const SegmentHeader &h);
std::string_view segmentKindName(SegmentKind k); ///< "SYN", "SYN-ACK", "data", "FIN", "RST", "ACK"

/// One way the engine's run differs from the capture (connection 0 of each trace).
struct ReplayDifference {
    enum class Kind : std::uint8_t {
        StatePath,        ///< the states a side went through differ (after `common`, each run's own tail)
        Retransmissions,  ///< of one RetransKind: capture, engine
        Segments,         ///< segments of one SegmentKind a side sent: capture, engine
    };
    Kind kind = Kind::StatePath;
    Side side = Side::Client;
    RetransKind retransKind = RetransKind::Fin;
    SegmentKind segmentKind = SegmentKind::Ack;
    int capture = 0;
    int engine = 0;
    std::vector<TcpState> common;      ///< StatePath: the states both went through first
    std::vector<TcpState> captureTail; ///< StatePath: then the capture's (Closed = the socket is gone)
    std::vector<TcpState> engineTail;
    bool operator==(const ReplayDifference &) const = default;
};

/// The states one side of connection 0 went through, in order (Closed last when the socket is gone).
std::vector<TcpState> statePath(const Trace &trace, Side side);

/// Every difference, per side (client first): the state path, then retransmissions by kind, then
/// segment counts by kind (a kind whose difference only echoes the retransmissions is left out).
std::vector<ReplayDifference> compareReplay(const Trace &capture, const Trace &engine);

} // namespace closelab::capture
