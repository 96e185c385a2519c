// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace closelab {

/// Maps a parameter's integer range onto slider positions 0..steps(). Small ranges map one value
/// per step. Ranges that span decades map logarithmically, and a slider a hand can drag covers at
/// most kDragDecades decades around the Linux default (tcp_max_tw_buckets: 1,311 … 1,310,720 of
/// 0 … 16,777,216), so that a 25 px drag changes the value by a factor of about two, not 26.
/// Position 0 is always the minimum itself (0 buckets, 1 s); values beyond the dragged span are
/// reached through the spin box, which is always exact.
class SliderScale {
public:
    /// Decades below and above the default a logarithmic slider covers.
    static constexpr int kDecadesBelow = 2;
    static constexpr int kDecadesAbove = 1;

    SliderScale(std::int64_t min, std::int64_t max, std::int64_t defaultValue);
    SliderScale(std::int64_t min, std::int64_t max) : SliderScale(min, max, min) {}

    int steps() const { return m_steps; }
    bool isLogarithmic() const { return m_log; }
    /// The slider's logarithmic span (lowest value past position 0, value at the last position).
    std::int64_t spanLow() const { return m_low; }
    std::int64_t spanHigh() const { return m_high; }
    int position(std::int64_t value) const;
    std::int64_t value(int position) const;

private:
    std::int64_t m_min;
    std::int64_t m_max;
    std::int64_t m_low;
    std::int64_t m_high;
    int m_steps;
    bool m_log;
};

} // namespace closelab
