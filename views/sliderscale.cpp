// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sliderscale.h"

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {
constexpr int kLogSteps = 1000;
constexpr std::int64_t kLinearLimit = 1000;

std::int64_t powerOfTen(int n)
{
    std::int64_t p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}
} // namespace

SliderScale::SliderScale(std::int64_t min, std::int64_t max, std::int64_t defaultValue)
    : m_min(min)
    , m_max(std::max(min, max))
    , m_low(m_min)
    , m_high(m_max)
    , m_steps(int(std::min<std::int64_t>(m_max - m_min, kLinearLimit)))
    , m_log(m_max - m_min > kLinearLimit)
{
    if (!m_log)
        return;
    m_steps = kLogSteps;
    // The dragged span: kDecadesBelow decades under the default to kDecadesAbove over it, inside the
    // range, and never narrower than the range's first thousand values.
    const std::int64_t anchor = std::clamp<std::int64_t>(defaultValue, std::max<std::int64_t>(m_min, 1), m_max);
    m_low = std::max(m_min + 1, anchor / powerOfTen(kDecadesBelow));
    m_high = std::min(m_max, anchor > m_max / powerOfTen(kDecadesAbove) ? m_max : anchor * powerOfTen(kDecadesAbove));
    m_high = std::max(m_high, std::min(m_max, m_min + kLinearLimit));
    m_low = std::min(m_low, m_high);
}

// Position 0 is the minimum; positions 1..steps run logarithmically from m_low to m_high.
int SliderScale::position(std::int64_t value) const
{
    value = std::clamp(value, m_min, m_max);
    if (!m_log)
        return int(value - m_min);
    if (value <= m_min)
        return 0;
    if (value <= m_low)
        return 1;
    if (value >= m_high)
        return m_steps;
    const double span = std::log(double(m_high) / double(m_low));
    const double p = 1 + std::log(double(value) / double(m_low)) / span * (m_steps - 1);
    return std::clamp(int(std::lround(p)), 1, m_steps);
}

std::int64_t SliderScale::value(int position) const
{
    position = std::clamp(position, 0, m_steps);
    if (!m_log)
        return m_min + position;
    if (position == 0)
        return m_min;
    if (position == 1)
        return m_low;
    if (position == m_steps)
        return m_high;
    const double span = std::log(double(m_high) / double(m_low));
    const double v = double(m_low) * std::exp(span * (position - 1) / (m_steps - 1));
    // Round to two significant digits so that dragging lands on readable values (1,200, not 1,187).
    double rounded = v;
    if (v >= 100) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(v)) - 1);
        rounded = std::round(v / magnitude) * magnitude;
    }
    return std::clamp(std::int64_t(std::llround(rounded)), m_low, m_high);
}

} // namespace closelab
