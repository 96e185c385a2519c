// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace closelab {

/// Virtual time in nanoseconds. Integer so that event ordering is exact and runs are reproducible.
using SimTime = std::int64_t;

inline constexpr SimTime kNs = 1;
inline constexpr SimTime kUs = 1000;
inline constexpr SimTime kMs = 1000 * kUs;
inline constexpr SimTime kSec = 1000 * kMs;
/// Marks "never" / "not yet" in time fields.
inline constexpr SimTime kNever = INT64_MAX;

constexpr double toSeconds(SimTime t) { return static_cast<double>(t) / static_cast<double>(kSec); }
/// Seconds to SimTime, saturating at about ±146 years (never undefined for huge or non-finite input).
constexpr SimTime fromSeconds(double s)
{
    constexpr double limit = 4.6e18; // below INT64_MAX ns
    const double ns = s * static_cast<double>(kSec) + (s >= 0 ? 0.5 : -0.5);
    if (!(ns == ns)) return 0; // NaN
    return ns >= limit ? static_cast<SimTime>(limit) : ns <= -limit ? -static_cast<SimTime>(limit) : static_cast<SimTime>(ns);
}

} // namespace closelab
