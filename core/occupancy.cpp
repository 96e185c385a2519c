// SPDX-License-Identifier: GPL-3.0-or-later
#include "occupancy.h"

namespace closelab {

std::string_view occupancyCountName(OccupancyCount c)
{
    switch (c) {
    case OccupancyCount::SynQueue: return "syn_queue";
    case OccupancyCount::AcceptQueue: return "accept_queue";
    case OccupancyCount::TimeWait: return "tw_buckets";
    case OccupancyCount::Orphans: return "orphans";
    case OccupancyCount::PortsInUse: return "ports_in_use";
    case OccupancyCount::Fds: return "fds";
    }
    return "?";
}

std::int32_t occupancyValue(const HostOccupancy &o, OccupancyCount c)
{
    switch (c) {
    case OccupancyCount::SynQueue: return o.synQueue;
    case OccupancyCount::AcceptQueue: return o.acceptQueue;
    case OccupancyCount::TimeWait: return o.timeWait;
    case OccupancyCount::Orphans: return o.orphans;
    case OccupancyCount::PortsInUse: return o.portsInUse;
    case OccupancyCount::Fds: return o.fds;
    }
    return 0;
}

HostOccupancy occupancyAt(const std::vector<OccupancySample> &samples, Side host, SimTime t)
{
    HostOccupancy counts;
    for (const OccupancySample &s : samples) {
        if (s.t > t)
            break;
        if (s.host == host)
            counts = s.counts;
    }
    return counts;
}

} // namespace closelab
