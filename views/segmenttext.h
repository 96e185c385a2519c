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

/// A segment in plain words, as prose names it (translated): "SYN", "SYN-ACK", "ACK of the SYN-ACK",
/// "data 100 B", "FIN", "ACK of the FIN", "RST", "keepalive probe"; retransmissions " #2".
/// trace.segments[index]; the trace tells which FIN or SYN an ACK acknowledges.
QString segmentName(const Trace &trace, int index);

/// How prose names segments: plain words (default) or with the tcpdump notation after them
/// (View → tcpdump Notation). Process-wide, like the language.
void setTcpdumpNotation(bool on);
bool tcpdumpNotation();
/// The segment as prose names it: segmentName(), followed by "(F. seq 1 ack 1)" when the tcpdump
/// notation is on. Prose never begins with the notation.
QString segmentInProse(const Trace &trace, int index);

} // namespace closelab
