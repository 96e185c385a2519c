// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which sysctl values would have produced the retransmissions a capture shows. Each function asks the
// engine's own formulas (core/tcpformulas.h) for every candidate value and keeps those consistent with
// the observed times, within the kernel's timer slack.

#include "core/simtime.h"

#include <cstdint>
#include <span>
#include <vector>

namespace closelab::capture {

/// Slack allowed when comparing an observed time with a kernel timer: jiffies (HZ=250: 4 ms each,
/// a few of them) plus the timer wheel's rounding (up to about 1/8 of the delay, as TIME_WAIT's 61 s shows).
SimTime timerSlack(SimTime delay);

/// Retry boundaries b (0..255) for which retransmits_timed_out(b, TCP_RTO_MIN) gives exactly what the
/// capture shows: the retransmissions at `retransmits` (the first transmission at `original`) went out,
/// and the socket gave up at the next expiry, `deathExpiry`.
std::vector<int> consistentRetryBoundaries(SimTime original, std::span<const SimTime> retransmits, SimTime deathExpiry);

/// The expiry after the last retransmission: the RTO doubled from the last gap, capped at tcp_rto_max.
SimTime nextExpiry(SimTime original, std::span<const SimTime> retransmits);

/// (tcp_syn_retries, tcp_syn_linear_timeouts) pairs consistent with a SYN sent at `original`,
/// retransmitted at `retransmits`, and given up at the next expiry. `deathExpiry` is filled with the
/// expiry predicted by the first consistent pair (all consistent pairs predict the same gaps).
struct SynRetryPair {
    int retries = 0;
    int linear = 0;
};
std::vector<SynRetryPair> consistentSynRetries(SimTime original, std::span<const SimTime> retransmits, SimTime &deathExpiry);

/// The pairs for which the engine would still be retransmitting after the retransmissions seen (the
/// capture ends before the socket gave up).
void consistentSynRetriesSoFar(SimTime original, std::span<const SimTime> retransmits, std::vector<SynRetryPair> &out);

/// Integer seconds values v (in [lo, hi]) with |v s - measured| within the timer slack.
std::vector<std::int64_t> secondsConsistentWith(SimTime measured, std::int64_t lo, std::int64_t hi);

} // namespace closelab::capture
