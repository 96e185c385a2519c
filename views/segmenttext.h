// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"

#include <QObject>
#include <QString>

namespace closelab {

/// A segment the way tcpdump writes it: "F. seq 1001 ack 1", "P. seq 1:111 ack 1", retransmissions
/// marked " #2". Protocol notation, never translated.
QString tcpdumpText(const SegmentRecord &segment);
/// A captured segment's frame number as the diagram and the event log show it ("#17"), or "" for a
/// segment the engine made (SegmentRecord::frame == 0). Translated.
QString frameLabel(const SegmentRecord &segment);
/// An application call with its result, as a programmer writes it: "close()", "read() = 0",
/// "write() = -1 EPIPE". Never translated.
QString appCallText(const TraceEvent &event);

/// A segment in plain words (translated), what it is from its flags, length and the segments before
/// it: "SYN", "SYN-ACK", "ACK of the SYN-ACK", "data 100 B", "FIN", "FIN+ACK" (a FIN that is the
/// first acknowledgement of the peer's FIN), "ACK of the FIN", "RST", "keepalive probe",
/// "zero-window probe"; retransmissions "retransmitted FIN", "retransmitted FIN (2nd)"; later
/// probes "keepalive probe (2nd)". trace.segments[index]. The one naming of segments: the diagram's
/// arrows, the event log and the narration all use it (through segmentLabel / segmentInProse).
QString segmentName(const Trace &trace, int index);
/// segmentName() for a label with little room: "FIN #3" for the third transmission of a FIN,
/// "keepalive probe #2", "data #2" for "retransmitted data 11 B" (a data segment's size left out);
/// segmentName() itself for a first transmission other than data ("data" for "data 11 B").
QString segmentShortName(const Trace &trace, int index);

/// How segments are named: plain words (default) or tcpdump notation (View → Segment Names).
/// Process-wide, like the language; SegmentNotation::instance() tells the views when it changes.
void setTcpdumpNotation(bool on);
bool tcpdumpNotation();
/// The segment as a label or headline names it: segmentName(), or tcpdumpText() when the tcpdump
/// notation is on (the diagram's arrows, the event log's headlines).
QString segmentLabel(const Trace &trace, int index);
/// The segment as prose names it: segmentName(), followed by "(F. seq 1 ack 1)" when the tcpdump
/// notation is on. Prose never begins with the notation.
QString segmentInProse(const Trace &trace, int index);

/// Announces changes of the segment notation to the views that name segments (they relabel).
class SegmentNotation : public QObject {
    Q_OBJECT
public:
    static SegmentNotation *instance();

signals:
    void changed(bool tcpdump);

private:
    SegmentNotation() = default;
    friend void setTcpdumpNotation(bool on);
};

} // namespace closelab
