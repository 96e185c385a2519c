// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/capture: the steps of the inference, shared by its .cpp files.

#include "connection.h"

#include <array>
#include <vector>

namespace closelab::capture {

constexpr bool seqAfter(std::uint32_t a, std::uint32_t b) { return static_cast<std::int32_t>(a - b) > 0; }
constexpr bool seqBefore(std::uint32_t a, std::uint32_t b) { return seqAfter(b, a); }
constexpr int sideIndex(Side s) { return s == Side::Client ? 0 : 1; }

/// What one side sent, gathered while classifying its segments.
struct SideFacts {
    bool synSent = false;            ///< a SYN (client) or SYN-ACK (server)
    std::uint32_t isn = 0;
    SimTime synOriginal = kNever;    ///< first SYN or SYN-ACK
    std::vector<SimTime> synRetransmits;
    bool finSent = false;
    std::uint32_t finSeq = 0;        ///< sequence number of the FIN
    SimTime finOriginal = kNever;
    std::vector<SimTime> finRetransmits;
    SimTime dataOriginal = kNever;   ///< first transmission of the data retransmitted last
    std::vector<SimTime> dataRetransmits;
    std::vector<std::size_t> keepalives; ///< segment positions of keepalive probes
    std::uint64_t payloadSent = 0;
    SimTime lastSent = kNever;       ///< last segment other than an RST
    SimTime finAckReceived = kNever; ///< when the ACK of its FIN reached it
    SimTime finWait2Since = kNever;
    SimTime timeWaitSince = kNever;
    bool established = false;
};

struct ConnectionFacts {
    std::array<SideFacts, 2> side;
};

/// Classifies retransmissions, decides which segments arrived, and builds each side's states (network
/// copies of an older incarnation's segments set aside).
void inferConnection(const CaptureIndex &index, Connection &conn);
/// The same on the connection's own segments.
void inferSegments(const CaptureIndex &index, Connection &conn);
/// RST reasons, retry budgets and timers: the findings, and the GONE steps they imply.
void addFindings(const CaptureIndex &index, Connection &conn, ConnectionFacts &facts);
/// Port reuse within TIME_WAIT (tcp_tw_reuse) between connections on one four-tuple.
void inferAcrossConnections(const CaptureIndex &index, std::vector<Connection> &conns);
/// Appends a step unless the side is gone already; a step at the same frame and time replaces the previous one.
void pushStep(Connection &conn, Side side, StateStep step);
/// The side's state just before t (nullopt when it has none, or is gone).
std::optional<TcpState> stateBefore(const Connection &conn, Side side, SimTime t, bool *gone = nullptr);

} // namespace closelab::capture
