// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"
#include "simtime.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace closelab {

/// What one host's kernel tables hold at a moment, read from the tables themselves (what `ss -s`,
/// `/proc/net/sockstat` and `ss -lnt` would show).
struct HostOccupancy {
    std::int32_t synQueue = 0;         ///< requests in SYN_RECV on the listeners (tcp_max_syn_backlog)
    std::int32_t acceptQueue = 0;      ///< established children not yet accept()ed (somaxconn, backlog)
    std::int32_t acceptQueueLimit = 0; ///< what the listeners' accept queues hold: min(backlog, somaxconn) + 1 each; 0: no listener
    std::int32_t timeWait = 0;         ///< timewait sockets (tcp_max_tw_buckets)
    std::int32_t orphans = 0;          ///< sockets closed by their application, not yet gone (tcp_max_orphans)
    std::int32_t portsInUse = 0;       ///< ephemeral ports held by full and timewait sockets (ip_local_port_range)
    std::int32_t fds = 0;              ///< file descriptors the applications hold (ulimit -n)
    bool operator==(const HostOccupancy &) const = default;
};

/// The counts a timeline draws, by name ("syn_queue", "accept_queue", "tw_buckets", "orphans",
/// "ports_in_use", "fds": the population series' column suffixes).
enum class OccupancyCount : std::uint8_t { SynQueue, AcceptQueue, TimeWait, Orphans, PortsInUse, Fds };
inline constexpr int kOccupancyCountCount = 6;
std::string_view occupancyCountName(OccupancyCount c);
std::int32_t occupancyValue(const HostOccupancy &o, OccupancyCount c);

/// A host's table counts from time t on (recorded whenever one of them changes; the last change at
/// an instant wins).
struct OccupancySample {
    SimTime t = 0;
    Side host = Side::Client;
    HostOccupancy counts;
    bool operator==(const OccupancySample &) const = default;
};

/// The counts of `host` at time t (all zero before its first sample).
HostOccupancy occupancyAt(const std::vector<OccupancySample> &samples, Side host, SimTime t);

} // namespace closelab
