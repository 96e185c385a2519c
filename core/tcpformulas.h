// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The kernel's timing formulas as free functions: the engine's sockets use them, and so does the
// capture inference (core/capture/), which asks which sysctl values would have produced what it saw.

#include "simtime.h"
#include "tcpconstants.h"

#include <algorithm>

namespace closelab::tcp {

/// tcp_timer.c: tcp_model_timeout(): the time `boundary` retransmissions take when the RTO starts at
/// `rtoBase` and doubles, linear once capped at `rtoMax`. retransmits_timed_out() compares the time
/// since the first retransmission with it: the retry budget is a time, not a count.
constexpr SimTime modelTimeout(int boundary, SimTime rtoBase, SimTime rtoMax)
{
    if (boundary < 0) boundary = 0;
    int thresh = 0;
    while ((rtoBase << (thresh + 1)) <= rtoMax && thresh < 40) ++thresh; // ilog2(rto_max / rto_base)
    if (boundary <= thresh) return ((SimTime{2} << boundary) - 1) * rtoBase;
    return ((SimTime{2} << thresh) - 1) * rtoBase + (boundary - thresh) * rtoMax;
}

/// tcp_timer.c: tcp_orphan_retries(): tcp_orphan_retries = 0 means 8 while the RTO is below tcp_rto_max.
constexpr int orphanRetries(int sysctlValue, bool alive)
{
    return sysctlValue == 0 && alive ? 8 : sysctlValue;
}

/// tcp.h: tcp_fin_time(): TCP_LINGER2 or tcp_fin_timeout, never below 3.5 RTO.
constexpr SimTime finTime(SimTime finTimeout, SimTime rto)
{
    return std::max(finTimeout, (rto << 2) - (rto >> 1));
}

/// tcp_timer.c: tcp_retransmit_timer(): SYN_SENT keeps its RTO for the first tcp_syn_linear_timeouts
/// retransmissions; every other retransmission (and SYN_SENT's later ones) doubles it.
constexpr bool rtoBacksOff(bool synSent, int totalRto, int synLinearTimeouts)
{
    return !synSent || totalRto > synLinearTimeouts;
}

/// inet_connection_sock.c: reqsk_timeout(): a request's SYN-ACK timer after `numTimeout` retransmissions.
constexpr SimTime synAckTimeout(int numTimeout, SimTime rtoMax)
{
    return numTimeout >= 20 ? rtoMax : std::min(kTimeoutInit << numTimeout, rtoMax);
}

} // namespace closelab::tcp
