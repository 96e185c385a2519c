// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "captureindex.h"
#include "core/codes.h"
#include "core/tcpstate.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace closelab::capture {

/// One step of a side's state over time. `gone` replaces the state when the socket is known to be gone.
struct StateStep {
    TcpState state = TcpState::Closed;
    bool gone = false;
    SimTime t = 0;
    bool inferred = false;      ///< deduced from a rule or a timer, not shown by a segment
    std::uint32_t frame = 0;    ///< the frame that shows it (0 when inferred from a timer)
    bool unknown = false;       ///< from t on (until the next step) the capture cannot tell the state; `state` keeps the last known one
    bool operator==(const StateStep &) const = default;
};
std::string stepName(const StateStep &s); ///< "FIN_WAIT1", "GONE", "UNKNOWN"

/// What the inference says about one segment of the connection.
struct SegmentInfo {
    std::uint32_t packet = 0;                 ///< index into CaptureIndex::tcp
    Side from = Side::Client;
    std::optional<RetransKind> retransmission; ///< set when it re-sends something, classified as the engine does
    bool lostAfterCapture = false;            ///< the capture saw it, its receiver's behaviour says it never arrived
    bool networkCopy = false;                 ///< a copy of an older incarnation's segment (its sequence lies before the sender's ISN)
};

/// Why an RST was sent, as far as the capture tells.
enum class RstCause : std::uint8_t {
    Unknown,
    NoListener,         ///< answers a SYN: nothing listens on the port
    UnreadData,         ///< close() with unread data (or SO_LINGER 0: see the alternative)
    Linger0,            ///< SO_LINGER {1, 0}
    DataAfterClose,     ///< data for a socket that called close()
    FinWait2Gone,       ///< the orphaned FIN_WAIT2 socket timed out (tcp_fin_timeout) before the peer's segment
    AcceptQueueAbort,   ///< tcp_abort_on_overflow = 1
    KeepaliveExhausted, ///< keepalive probes unanswered
    RetriesExhausted,   ///< the socket had given up retransmitting; its host answers for a socket it no longer has
    NoSocket,           ///< the host has no such connection (a reason the capture cannot name)
    OrphanOverflow,     ///< close() found too many orphans (tcp_max_orphans) or TCP out of memory: FIN, then RST at once
};
std::string_view rstCauseName(RstCause c); ///< "no_listener", "unread_data", …

struct RstEvent {
    SimTime t = 0;
    Side from = Side::Client;
    RstCause reason = RstCause::Unknown;
    RstCause alternative = RstCause::Unknown; ///< a second explanation the capture cannot rule out
    std::uint32_t frame = 0;
};

/// A conclusion with the set of sysctl values consistent with the capture.
struct Finding {
    std::string code;            ///< "orphan_retries_exhausted", "fin_timeout_elapsed", …
    Side side = Side::Client;
    std::string sysctl;          ///< empty when the finding is about no sysctl
    std::vector<std::int64_t> values; ///< every consistent value (used when `range` is false)
    bool range = false;          ///< true: [min, max] inclusive instead of values
    std::int64_t min = 0;
    std::int64_t max = 0;
    std::string condition;       ///< "close", "shutdown" or "autobind" (connect() without bind()) when it holds only then; else empty
    SimTime t = 0;               ///< when the capture shows it
    std::uint32_t frame = 0;
};

/// How a connection ended in the capture.
enum class Ending : std::uint8_t { FinBothWays, RstByClient, RstByServer, StillOpen, GaveUp, Refused };
std::string_view endingName(Ending e); ///< "fin_both_ways", "rst_by_client", …

/// One TCP connection found in the capture, with what the inference says about it.
struct Connection {
    std::uint32_t id = 0;
    Endpoint client;
    Endpoint server;
    bool rolesKnown = false;     ///< a SYN showed who connected; otherwise the lower port is called the server
    SimTime start = 0;
    SimTime end = 0;
    std::vector<SegmentInfo> segments;
    std::optional<Side> firstCloser; ///< empty: nobody closed
    bool bothClosed = false;         ///< the FINs crossed (simultaneous close)
    std::array<std::vector<StateStep>, 2> states;            ///< [client, server]
    std::array<std::array<int, kRetransKindCount>, 2> retransmissions{}; ///< by RetransKind
    std::vector<RstEvent> rsts;
    std::vector<Finding> findings;
    std::vector<std::string> notes;  ///< codes of capture-point reasoning: "ack_lost_after_capture:client", …
    Ending ending = Ending::StillOpen;
};

/// Splits the capture's segments into connections (a new SYN with a new sequence number on the same
/// four-tuple starts a new one) and runs the inference on each.
std::vector<Connection> explainConnections(const CaptureIndex &index);

} // namespace closelab::capture
