// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/replay.h"

#include <string>
#include <vector>

/// `closelab-cli explain FILE --replay`: the experiment read off a connection (delay, calls, drop rules,
/// sysctls picked from the findings' sets) and how the engine's run differs from the capture. English,
/// like the rest of the CLI's readable report.
void printReplay(const closelab::capture::ReplayPlan &plan, const closelab::Trace &engine,
                 const std::vector<closelab::capture::ReplayDifference> &diffs);
/// One difference in a line: "server: after CLOSE_WAIT, the capture shows LAST_ACK -> CLOSED, the engine …".
std::string replayDifferenceText(const closelab::capture::ReplayDifference &d);
