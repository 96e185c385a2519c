// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace.h"

#include <algorithm>

namespace closelab {

std::string flagsText(std::uint8_t flags)
{
    // tcpdump order: S, F, R, P, then "." for ACK.
    std::string s;
    if (flags & FlagSyn) s += 'S';
    if (flags & FlagFin) s += 'F';
    if (flags & FlagRst) s += 'R';
    if (flags & FlagPsh) s += 'P';
    if (flags & FlagAck) s += '.';
    if (s.empty()) s = "none";
    return s;
}

std::string Trace::endpointText(Side s) const
{
    const std::uint32_t a = address[static_cast<int>(s)];
    return std::to_string(a >> 24) + '.' + std::to_string((a >> 16) & 255) + '.' + std::to_string((a >> 8) & 255) + '.'
        + std::to_string(a & 255) + ':' + std::to_string(port[static_cast<int>(s)]);
}

TcpState Trace::stateAt(Side s, SimTime t, std::uint32_t conn) const
{
    TcpState state = TcpState::Closed;
    for (const TraceEvent &e : events) {
        if (e.t > t)
            break;
        if (e.type == EventType::State && e.host == s && e.conn == conn)
            state = e.to;
    }
    return state;
}

std::vector<int> Trace::segmentsInFlight(SimTime t) const
{
    std::vector<int> out;
    for (int i = 0; i < static_cast<int>(segments.size()); ++i) {
        const SegmentRecord &r = segments[i];
        if (r.sentAt > t)
            break; // segments are in send order
        const SimTime end = std::min(r.arrivesAt, r.droppedAt);
        if (end > t)
            out.push_back(i);
    }
    return out;
}

std::vector<int> Trace::timersRunningAt(SimTime t) const
{
    std::vector<int> out;
    for (int i = 0; i < static_cast<int>(timers.size()); ++i) {
        const TimerRecord &r = timers[i];
        if (r.armedAt <= t && r.endedAt > t)
            out.push_back(i);
    }
    return out;
}

int Trace::eventIndexAt(SimTime t) const
{
    auto it = std::upper_bound(events.begin(), events.end(), t,
                               [](SimTime v, const TraceEvent &e) { return v < e.t; });
    return static_cast<int>(it - events.begin()) - 1;
}

int Trace::lifelineEventIndexAt(SimTime t) const
{
    int i = eventIndexAt(t);
    while (i >= 0 && !onLifelines(events[static_cast<std::size_t>(i)]))
        --i;
    return i;
}

} // namespace closelab
