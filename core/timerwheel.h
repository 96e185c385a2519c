// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simtime.h"

namespace closelab {

/// Linux runs TCP's timers (retransmit, delayed ACK, keepalive, TIME_WAIT, SYN-ACK) on the timer wheel
/// (kernel/time/timer.c), in jiffies. The engine models HZ = 250, the reference kernel's CONFIG_HZ.
inline constexpr SimTime kJiffy = 4 * kMs;

/// msecs_to_jiffies()/usecs_to_jiffies(): round a duration up to whole jiffies.
constexpr SimTime roundUpToJiffies(SimTime d) { return d <= 0 ? 0 : ((d + kJiffy - 1) / kJiffy) * kJiffy; }

/// When a timer armed at `now` with `delay` really fires. timer.c: calc_wheel_index() puts the timer in the
/// level whose range holds the delay and calc_index() rounds its expiry *up* to the next bucket of that
/// level (granularity 8^level jiffies), so a timer never fires early but fires up to one bucket late:
/// 60 s of TIME_WAIT (level 3, 2.048 s buckets) lasts 60–62 s. `phase` is the jiffies counter at t = 0
/// (in ns), fixed per run by the seed, because bucket boundaries are absolute.
inline SimTime timerWheelExpiry(SimTime now, SimTime delay, SimTime phase)
{
    const SimTime base = now + phase;
    const SimTime clk = base / kJiffy; // jiffies when the timer is armed
    const SimTime delta = roundUpToJiffies(delay) / kJiffy;
    SimTime expires = clk + delta;
    // LVL_START(n) = 63 << 3(n-1); LVL_SHIFT(n) = 3n (timer.c, LVL_BITS 6, LVL_CLK_SHIFT 3)
    int level = 0;
    SimTime start = 63;
    while (level < 8 && delta >= start) {
        ++level;
        start <<= 3;
    }
    const int shift = 3 * level;
    expires = ((expires >> shift) + 1) << shift;
    return expires * kJiffy - phase;
}

} // namespace closelab
