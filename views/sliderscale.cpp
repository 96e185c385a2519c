// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sliderscale.h"

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {
constexpr int kLogSteps = 1000;
constexpr std::int64_t kLinearLimit = 1000;
} // namespace

SliderScale::SliderScale(std::int64_t min, std::int64_t max)
    : m_min(min)
    , m_max(std::max(min, max))
    , m_steps(int(std::min<std::int64_t>(m_max - m_min, kLinearLimit)))
    , m_log(m_max - m_min > kLinearLimit)
{
    if (m_log)
        m_steps = kLogSteps;
}

// Logarithmic positions are measured on (value - min + 1), so the minimum itself is position 0.
int SliderScale::position(std::int64_t value) const
{
    value = std::clamp(value, m_min, m_max);
    if (!m_log)
        return int(value - m_min);
    const double span = std::log(double(m_max - m_min + 1));
    const double p = std::log(double(value - m_min + 1)) / span * m_steps;
    return std::clamp(int(std::lround(p)), 0, m_steps);
}

std::int64_t SliderScale::value(int position) const
{
    position = std::clamp(position, 0, m_steps);
    if (!m_log)
        return m_min + position;
    if (position == m_steps)
        return m_max;
    const double span = std::log(double(m_max - m_min + 1));
    const double v = std::exp(span * position / m_steps) - 1.0;
    // Round to two significant digits so that dragging lands on readable values (1,200, not 1,187).
    double rounded = v;
    if (v >= 100) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(v)) - 1);
        rounded = std::round(v / magnitude) * magnitude;
    }
    return std::clamp(m_min + std::int64_t(std::llround(rounded)), m_min, m_max);
}

} // namespace closelab
