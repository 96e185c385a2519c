// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace closelab {

/// What one step of the playback (←/→, the toolbar, a presenter's clicker) moves to.
enum class StepBy : std::uint8_t {
    Segments,     ///< the next segment arrives (or is dropped): what a class watches on the diagram
    StateChanges, ///< the next state change of either side
    Events,       ///< the next event of any kind (timers, application calls, …)
};
std::string_view stepByName(StepBy s); ///< "segments", "state_changes", "events" (settings value)
std::optional<StepBy> stepByFromName(std::string_view name);

/// One place the playhead stops at, and what completes there.
struct StepPoint {
    SimTime t = 0;
    /// Segments: indices into Trace::segments that arrive or are dropped at t (in send order);
    /// StateChanges and Events: indices into Trace::events at t (in trace order).
    std::vector<int> items;
    bool operator==(const StepPoint &) const = default;
};

/// The stops of a run, in time order, one per distinct time. A segment stops where its journey ends:
/// its arrival, its drop, or the end of the run when it is still in flight there. Only records on the
/// lifelines count (Trace::onLifelines: a population's sample connection and its listener).
std::vector<StepPoint> stepPoints(const Trace &trace, StepBy by);

/// Index of the first stop after t / the last stop before t, or nullopt when there is none.
std::optional<std::size_t> nextStep(const std::vector<StepPoint> &points, SimTime t);
std::optional<std::size_t> previousStep(const std::vector<StepPoint> &points, SimTime t);

} // namespace closelab
