// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include "core/trace.h"

#include <vector>

namespace closelab::capture {

/// One connection of a capture as a Trace the views draw: its segments (sent when the capture saw them,
/// arriving after half the handshake's round trip; those its receiver never got stop half-way), each
/// side's states with the inferred ones marked (TraceEvent::inferred), the retransmission timers the
/// retransmissions show, TIME_WAIT's 60 s. Times are the capture's (0 = its first packet), as in the CLI.
Trace connectionTrace(const CaptureIndex &index, const Connection &conn);

/// The frame number of each of the trace's segments (same order as Trace::segments).
std::vector<std::uint32_t> connectionFrames(const CaptureIndex &index, const Connection &conn);

} // namespace closelab::capture
