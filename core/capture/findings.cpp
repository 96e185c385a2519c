// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings.h"

#include "core/tcpconstants.h"
#include "core/tcpformulas.h"

#include <algorithm>

namespace closelab::capture {
namespace {

// The default tcp_rto_max_ms (120 s): a capture cannot show another value unless the RTO reaches it.
constexpr SimTime kRtoMax = 120 * kSec;

// Comparing two times the capture shows: only the kernel's clock granularity (jiffies) is unknown.
SimTime exactSlack(SimTime elapsed)
{
    return 8 * kMs + std::max<SimTime>(elapsed, 0) / 100;
}

} // namespace

SimTime timerSlack(SimTime delay)
{
    return 20 * kMs + std::max<SimTime>(delay, 0) / 8;
}

SimTime nextExpiry(SimTime original, std::span<const SimTime> retransmits)
{
    if (retransmits.empty()) return original;
    const SimTime last = retransmits.back();
    const SimTime prev = retransmits.size() >= 2 ? retransmits[retransmits.size() - 2] : original;
    return last + std::min(2 * (last - prev), kRtoMax);
}

std::vector<int> consistentRetryBoundaries(SimTime original, std::span<const SimTime> retransmits, SimTime deathExpiry)
{
    (void)original;
    std::vector<int> out;
    if (retransmits.empty()) return out;
    // tcp_timer.c: tcp_write_timeout() runs at every expiry before retransmitting; retransmits_timed_out()
    // measures from the first retransmission (the engine's retrans_stamp) and is false before it.
    const SimTime stamp = retransmits.front();
    for (int b = 0; b <= 255; ++b) {
        const SimTime budget = tcp::modelTimeout(b, tcp::kRtoMin, kRtoMax);
        bool ok = true;
        for (std::size_t k = 1; k < retransmits.size() && ok; ++k) {
            const SimTime elapsed = retransmits[k] - stamp;
            // Still retransmitting: the budget was not used up (allowing for timer slack).
            if (elapsed - exactSlack(elapsed) >= budget) ok = false;
        }
        // Gave up at the next expiry: the budget was used up. That expiry is predicted, not seen.
        const SimTime elapsed = deathExpiry - stamp;
        if (elapsed + timerSlack(deathExpiry - retransmits.back()) < budget) ok = false;
        if (ok) out.push_back(b);
    }
    return out;
}

namespace {

std::vector<SynRetryPair> synRetries(SimTime original, std::span<const SimTime> retransmits, SimTime &deathExpiry, bool gaveUp)
{
    std::vector<SynRetryPair> out;
    deathExpiry = kNever;
    const int n = static_cast<int>(retransmits.size());
    for (int linear = 0; linear <= 16; ++linear) {
        // tcp_retransmit_timer(): the RTO after each retransmission (tcp::rtoBacksOff), from TCP_TIMEOUT_INIT.
        SimTime rto = tcp::kTimeoutInit;
        SimTime prev = original;
        bool gapsMatch = true;
        for (int k = 0; k < n && gapsMatch; ++k) {
            const SimTime gap = retransmits[static_cast<std::size_t>(k)] - prev;
            if (gap < rto - timerSlack(rto) || gap > rto + timerSlack(rto)) gapsMatch = false;
            prev = retransmits[static_cast<std::size_t>(k)];
            if (tcp::rtoBacksOff(true, k + 1, linear)) rto = std::min(rto * 2, kRtoMax);
        }
        if (!gapsMatch) continue;
        const SimTime death = prev + rto;
        for (int retries = 1; retries <= 127; ++retries) {
            // tcp_write_timeout() in SYN_SENT: expired when retransmits >= syn_retries + syn_linear_timeouts,
            // or when retransmits_timed_out(syn_retries, TCP_TIMEOUT_INIT).
            const SimTime budget = tcp::modelTimeout(retries, tcp::kTimeoutInit, kRtoMax);
            auto expired = [&](int retransmitsSoFar, SimTime at, bool late) {
                if (retransmitsSoFar >= retries + linear) return true;
                if (retransmitsSoFar == 0 || n == 0) return false;
                const SimTime elapsed = at - retransmits.front();
                return late ? elapsed + timerSlack(death - prev) >= budget : elapsed - exactSlack(elapsed) >= budget;
            };
            bool ok = true;
            for (int k = 1; k < n && ok; ++k)
                if (expired(k, retransmits[static_cast<std::size_t>(k)], false)) ok = false;
            if (ok && gaveUp && !expired(n, death, true)) ok = false;
            if (ok) {
                out.push_back({retries, linear});
                if (deathExpiry == kNever) deathExpiry = death;
            }
        }
    }
    return out;
}

} // namespace

std::vector<SynRetryPair> consistentSynRetries(SimTime original, std::span<const SimTime> retransmits, SimTime &deathExpiry)
{
    return synRetries(original, retransmits, deathExpiry, true);
}

void consistentSynRetriesSoFar(SimTime original, std::span<const SimTime> retransmits, std::vector<SynRetryPair> &out)
{
    SimTime death = kNever;
    out = synRetries(original, retransmits, death, false);
}

std::vector<std::int64_t> secondsConsistentWith(SimTime measured, std::int64_t lo, std::int64_t hi)
{
    std::vector<std::int64_t> out;
    for (std::int64_t v = lo; v <= hi; ++v) {
        const SimTime d = v * kSec;
        if (measured >= d - timerSlack(d) && measured <= d + timerSlack(d)) out.push_back(v);
    }
    return out;
}

} // namespace closelab::capture
