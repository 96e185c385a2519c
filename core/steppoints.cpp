// SPDX-License-Identifier: GPL-3.0-or-later
#include "steppoints.h"

#include <algorithm>
#include <utility>

namespace closelab {

std::string_view stepByName(StepBy s)
{
    switch (s) {
    case StepBy::Segments: return "segments";
    case StepBy::StateChanges: return "state_changes";
    case StepBy::Events: return "events";
    }
    return "segments";
}

std::optional<StepBy> stepByFromName(std::string_view name)
{
    for (StepBy s : {StepBy::Segments, StepBy::StateChanges, StepBy::Events})
        if (stepByName(s) == name)
            return s;
    return std::nullopt;
}

namespace {
// (time, item) pairs in item order, grouped into one stop per distinct time.
std::vector<StepPoint> group(std::vector<std::pair<SimTime, int>> stops)
{
    std::stable_sort(stops.begin(), stops.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<StepPoint> points;
    for (const auto &[t, item] : stops) {
        if (points.empty() || points.back().t != t)
            points.push_back(StepPoint{t, {}});
        points.back().items.push_back(item);
    }
    return points;
}
} // namespace

std::vector<StepPoint> stepPoints(const Trace &trace, StepBy by)
{
    // Only what the sequence diagram draws (Trace::onLifelines): in a population's sample a step
    // would otherwise stop where another connection's segment or timer is, and nothing on the
    // diagram changes.
    std::vector<std::pair<SimTime, int>> stops;
    if (by == StepBy::Segments) {
        stops.reserve(trace.segments.size());
        for (std::size_t i = 0; i < trace.segments.size(); ++i) {
            const SegmentRecord &s = trace.segments[i];
            if (!trace.onLifelines(s))
                continue;
            SimTime t = std::min(s.arrivesAt, s.droppedAt);
            if (t == kNever)
                t = std::max(trace.end, s.sentAt);
            stops.emplace_back(t, static_cast<int>(i));
        }
    } else {
        for (std::size_t i = 0; i < trace.events.size(); ++i) {
            const TraceEvent &e = trace.events[i];
            if (trace.onLifelines(e) && (by == StepBy::Events || e.type == EventType::State))
                stops.emplace_back(e.t, static_cast<int>(i));
        }
    }
    return group(std::move(stops));
}

std::optional<std::size_t> nextStep(const std::vector<StepPoint> &points, SimTime t)
{
    const auto it = std::upper_bound(points.begin(), points.end(), t, [](SimTime v, const StepPoint &p) { return v < p.t; });
    if (it == points.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - points.begin());
}

std::optional<std::size_t> previousStep(const std::vector<StepPoint> &points, SimTime t)
{
    const auto it = std::lower_bound(points.begin(), points.end(), t, [](const StepPoint &p, SimTime v) { return p.t < v; });
    if (it == points.begin())
        return std::nullopt;
    return static_cast<std::size_t>(it - points.begin() - 1);
}

} // namespace closelab
