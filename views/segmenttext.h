// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"

#include <QString>

namespace closelab {

/// A segment the way tcpdump writes it: "F. seq 1001 ack 1", "P. seq 1:111 ack 1", retransmissions
/// marked " #2". Protocol notation, never translated.
QString tcpdumpText(const SegmentRecord &segment);
/// An application call with its result, as a programmer writes it: "close()", "read() = 0",
/// "write() = -1 EPIPE". Never translated.
QString appCallText(const TraceEvent &event);

} // namespace closelab
