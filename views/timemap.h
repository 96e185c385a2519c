// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simtime.h"

#include <cstdint>
#include <vector>

namespace closelab {

class Trace;

/// Maps simulated time to a vertical screen position, and back.
///
/// Compressed mode (the default): the times at which something happens (the knots) are placed one
/// below the other; the height between two knots grows with the logarithm of the gap, so a 100 µs
/// round trip and a 200 ms RTO are both readable, and a gap of at least `breakThreshold` becomes a
/// fixed-height break ("… 58.8 s later …"). Between knots the mapping is linear, so a segment in
/// flight moves smoothly. Proportional mode: y grows linearly with time.
class TimeMap {
public:
    enum class Mode : std::uint8_t { Compressed, Proportional };

    struct Params {
        Mode mode = Mode::Compressed;
        double top = 0;                    ///< y of the first knot
        double zoom = 1.0;                 ///< multiplies every height
        double minGapPx = 6;               ///< compressed: height of the shortest non-zero gap
        double pxPerDoubling = 10;         ///< compressed: extra height each time a gap doubles
        SimTime logUnit = 20 * kUs;        ///< compressed: gaps are measured in this unit
        SimTime breakThreshold = 1 * kSec; ///< compressed: gaps at least this long become breaks
        double breakPx = 84;               ///< compressed: height of a break
        double pxPerSecond = 100;          ///< proportional: pixels per simulated second
        bool operator==(const Params &) const = default;
    };

    /// A compressed idle stretch.
    struct Break {
        SimTime from = 0;
        SimTime to = 0;
        double y0 = 0;
        double y1 = 0;
        bool operator==(const Break &) const = default;
    };

    TimeMap() = default;
    /// `knots` need not be sorted or unique.
    TimeMap(std::vector<SimTime> knots, const Params &params);

    /// The times worth a knot in a trace: every event, every segment's send, arrival and drop.
    static std::vector<SimTime> knotsOf(const Trace &trace);

    /// y of time t (clamped to the first and last knot in compressed mode).
    double y(SimTime t) const;
    /// Inverse of y() (the first time mapped to y when several are).
    SimTime timeAt(double y) const;

    double top() const { return m_params.top; }
    double bottom() const;
    const std::vector<Break> &breaks() const { return m_breaks; }
    const Params &params() const { return m_params; }
    const std::vector<SimTime> &knots() const { return m_knots; }
    /// Height of a gap of this length in compressed mode (before zoom).
    static double gapHeight(SimTime gap, const Params &params);

private:
    Params m_params;
    std::vector<SimTime> m_knots;
    std::vector<double> m_y; // y of each knot
    std::vector<Break> m_breaks;
};

} // namespace closelab
