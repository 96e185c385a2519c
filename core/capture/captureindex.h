// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simtime.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace closelab::capture {

/// One endpoint: an IPv4 or IPv6 address and a port.
struct Endpoint {
    bool v6 = false;
    std::array<std::uint8_t, 16> addr{}; ///< IPv4 in the first 4 bytes
    std::uint16_t port = 0;
    bool operator==(const Endpoint &) const = default;
    auto operator<=>(const Endpoint &) const = default;
};
/// "127.0.0.1:57076", "[::1]:80"
std::string endpointText(const Endpoint &e);

/// One TCP segment of the capture: its headers and lengths, never its payload (40 bytes).
struct TcpPacket {
    SimTime t = 0;              ///< nanoseconds from the capture's first packet
    std::uint32_t frame = 0;    ///< 1-based frame number in the file (as Wireshark numbers them)
    std::uint32_t flow = 0;     ///< index into CaptureIndex::flows
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint32_t payload = 0;  ///< TCP payload bytes (from the IP lengths, even when the snapshot cut it)
    std::uint32_t tsval = 0;    ///< the timestamp option's TSval (0: no option, or cut by the snapshot)
    std::uint16_t window = 0;   ///< raw window field (unscaled)
    std::uint8_t flags = 0;     ///< FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10
    std::uint8_t fromB = 0;     ///< 0: sent by the flow's endpoint a, 1: by b
};

/// A pair of endpoints, as first seen (a = the sender of the first packet).
struct Flow {
    Endpoint a;
    Endpoint b;
};

/// What the reader saw: every TCP segment's headers, and counts of the rest.
struct CaptureIndex {
    std::string file;
    int linkType = 0;                  ///< DLT_* of the file
    std::uint64_t packets = 0;         ///< every frame read
    std::uint64_t tcpPackets = 0;
    std::uint64_t otherPackets = 0;    ///< not TCP over IPv4/IPv6 (ARP, UDP, ICMP, fragments…)
    std::uint64_t malformed = 0;       ///< frames too short for the headers they announce
    SimTime firstTimestamp = 0;        ///< absolute, ns since the epoch
    SimTime duration = 0;              ///< last packet's t
    bool truncated = false;            ///< the file ends in the middle of a frame
    std::string truncationNote;        ///< libpcap's words when truncated
    std::vector<Flow> flows;
    std::vector<TcpPacket> tcp;
};

} // namespace closelab::capture
