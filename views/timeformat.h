// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simtime.h"

#include <QString>

namespace closelab {

/// Short human durations with SI units (not translated): "4 µs", "500 µs", "40.0 ms", "1.60 s", "58.8 s", "2 min 0 s".
QString formatDuration(SimTime d);
/// A point on the run's clock, signed, with enough digits to tell a 100 µs round trip apart: "0.000512 s".
QString formatClock(SimTime t);
/// The same clock with `decimals` digits after the point (0 to 9), rounded: "10.00 s".
QString formatClock(SimTime t, int decimals);
/// How many decimals formatClock(t) writes: 6 (microseconds), 3 from 100 s on.
int clockDecimals(SimTime t);

} // namespace closelab
