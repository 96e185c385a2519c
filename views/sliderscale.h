// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace closelab {

/// Maps a parameter's integer range onto slider positions 0..steps(). Small ranges map one value
/// per step; wide ranges (tcp_max_tw_buckets 0..16,777,216) map logarithmically so that both 100
/// and 100,000 can be reached by dragging. Values are always exact through the spin box.
class SliderScale {
public:
    SliderScale(std::int64_t min, std::int64_t max);

    int steps() const { return m_steps; }
    bool isLogarithmic() const { return m_log; }
    int position(std::int64_t value) const;
    std::int64_t value(int position) const;

private:
    std::int64_t m_min;
    std::int64_t m_max;
    int m_steps;
    bool m_log;
};

} // namespace closelab
