// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timemap.h"

#include "core/trace.h"

#include <algorithm>
#include <cmath>

namespace closelab {

TimeMap::TimeMap(std::vector<SimTime> knots, const Params &params)
    : m_params(params), m_knots(std::move(knots))
{
    std::sort(m_knots.begin(), m_knots.end());
    m_knots.erase(std::unique(m_knots.begin(), m_knots.end()), m_knots.end());
    m_y.reserve(m_knots.size());
    double y = m_params.top;
    for (std::size_t i = 0; i < m_knots.size(); ++i) {
        if (i > 0) {
            const SimTime gap = m_knots[i] - m_knots[i - 1];
            const double h = m_params.mode == Mode::Proportional
                ? toSeconds(gap) * m_params.pxPerSecond * m_params.zoom
                : gapHeight(gap, m_params) * m_params.zoom;
            if (m_params.mode == Mode::Compressed && gap >= m_params.breakThreshold)
                m_breaks.push_back({m_knots[i - 1], m_knots[i], y, y + h});
            y += h;
        }
        m_y.push_back(y);
    }
}

std::vector<SimTime> TimeMap::knotsOf(const Trace &trace)
{
    std::vector<SimTime> k;
    k.reserve(trace.events.size() + 2 * trace.segments.size() + 2);
    // A population's sample: the axis is connection 0's (and its listener's); the other connections
    // are not drawn, so their moments would be ticks with nothing beside them.
    for (const TraceEvent &e : trace.events) {
        if (trace.onLifelines(e))
            k.push_back(e.t);
    }
    for (const SegmentRecord &s : trace.segments) {
        if (!trace.onLifelines(s))
            continue;
        k.push_back(s.sentAt);
        if (s.arrivesAt != kNever)
            k.push_back(s.arrivesAt);
        if (s.droppedAt != kNever)
            k.push_back(s.droppedAt);
    }
    if (k.empty()) {
        k.push_back(trace.start);
        k.push_back(trace.end);
    }
    return k;
}

double TimeMap::gapHeight(SimTime gap, const Params &p)
{
    if (gap <= 0)
        return 0;
    if (gap >= p.breakThreshold)
        return p.breakPx;
    const double units = double(gap) / double(std::max<SimTime>(1, p.logUnit));
    return p.minGapPx + p.pxPerDoubling * std::log2(1.0 + units);
}

double TimeMap::bottom() const
{
    return m_y.empty() ? m_params.top : m_y.back();
}

double TimeMap::y(SimTime t) const
{
    if (m_knots.empty())
        return m_params.top;
    if (m_params.mode == Mode::Proportional)
        return m_params.top + toSeconds(t - m_knots.front()) * m_params.pxPerSecond * m_params.zoom;
    if (t <= m_knots.front())
        return m_y.front();
    if (t >= m_knots.back())
        return m_y.back();
    const auto it = std::upper_bound(m_knots.begin(), m_knots.end(), t);
    const std::size_t i = std::size_t(it - m_knots.begin()); // m_knots[i-1] <= t < m_knots[i]
    const double f = double(t - m_knots[i - 1]) / double(m_knots[i] - m_knots[i - 1]);
    return m_y[i - 1] + f * (m_y[i] - m_y[i - 1]);
}

SimTime TimeMap::timeAt(double y) const
{
    if (m_knots.empty())
        return 0;
    if (m_params.mode == Mode::Proportional) {
        const double pps = m_params.pxPerSecond * m_params.zoom;
        return m_knots.front() + (pps > 0 ? fromSeconds((y - m_params.top) / pps) : 0);
    }
    if (y <= m_y.front())
        return m_knots.front();
    if (y >= m_y.back())
        return m_knots.back();
    const auto it = std::upper_bound(m_y.begin(), m_y.end(), y);
    const std::size_t i = std::size_t(it - m_y.begin()); // m_y[i-1] <= y < m_y[i]
    const double h = m_y[i] - m_y[i - 1];
    const double f = h > 0 ? (y - m_y[i - 1]) / h : 0.0;
    return m_knots[i - 1] + SimTime(std::llround(f * double(m_knots[i] - m_knots[i - 1])));
}

} // namespace closelab
