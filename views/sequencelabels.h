// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simtime.h"
#include "core/trace.h"

#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QString>

#include <array>
#include <unordered_map>
#include <vector>

namespace closelab {

/// The fonts and units of a sequence diagram at one zoom factor (views/zoom.h): every length the
/// diagram uses is a multiple of em, so text, strokes, badges and margins grow together.
struct SequenceMetrics {
    double zoom = 1.0;
    QFont label;   ///< arrow labels, call tags, breaks
    QFont small;   ///< axis ticks, timers
    QFont smallBold; ///< drop reasons, the playhead's clock
    QFont badge;   ///< state names (bold)
    /// The badge font one to four steps smaller (relative 1.0, 0.9, 0.8, 0.7 instead of 1.1): a state
    /// name beside its lifeline or in the header takes the first in which it is whole before it is elided.
    std::array<QFont, 4> smallerBadges;
    /// The label font one to four steps smaller (relative 1.0 to 0.7 instead of 1.1): a call's tag
    /// ("close()") takes the first in which it is whole before it is elided.
    std::array<QFont, 4> smallerLabels;
    QFont title;   ///< the header's "client · 10.0.0.1:40000"
    double em = 15;       ///< height of a label line
    double smallEm = 13;  ///< height of a small line
    double pad = 4;       ///< inner padding of a badge, gap between neighbours
    double stroke = 1.2;  ///< thin line width

    static SequenceMetrics at(double zoom);
    /// The header band's height (title line, state badge, margins).
    double headerHeight() const;
    /// Height of a badge of the badge font.
    double badgeHeight() const;
};

/// What a piece of text is; decides its font and colour, and its priority in the placement
/// (lower values are placed first and win).
enum class TextKind : std::uint8_t {
    Title,         ///< header: "client · 10.0.0.1:40000"
    HeaderState,   ///< header: the side's state now (a badge)
    Playhead,      ///< the playhead's clock (a badge in the axis)
    Break,         ///< "… 58.8 s later …"
    StateTag,      ///< a state name beside a lifeline (a badge)
    AppTag,        ///< "close()" beside a lifeline (a badge)
    DropReason,    ///< "random loss" under a lost segment's cross
    ArrowLabel,    ///< "ACK of the FIN" (or "F. seq 1 ack 1" in tcpdump notation)
    TimerRunning,  ///< "RTO\n207 ms left" beside a running timer
    TimerEnd,      ///< "SYN-ACK cancelled"
    Tick,          ///< a time on the axis
};

/// A piece of text and the rectangle it occupies (its badge, when it has one).
struct PlacedText {
    QRectF rect;
    QString text;          ///< as drawn (elided when it did not fit)
    QString fullText;      ///< the whole text when `text` is elided (a tooltip), else empty
    TextKind kind = TextKind::ArrowLabel;
    int ref = -1;          ///< index of its segment / event / timer / break / knot, or its side
    Side side = Side::Client;
    SimTime t = 0;         ///< when it appears
    bool future = false;   ///< (in a frame) drawn faded: it has not happened yet
    bool alignRight = false; ///< lines of a two-line text align right (it is left of what it labels)
    int smaller = 0;       ///< a state (tag or the header's) in SequenceMetrics::smallerBadges[smaller - 1], a call's tag
                           ///< in smallerLabels[smaller - 1] (0: the badge / label font)
};

/// Something drawn that text keeps clear of: a lost segment's cross, a call's dot, a timer's end.
struct Marker {
    enum class Kind : std::uint8_t { Loss, Call, TimerEnd };
    QRectF rect;
    Kind kind = Kind::Loss;
    SimTime t = 0;
};

/// A set of rectangles already taken, bucketed by y, answering "is this one free?".
class RectIndex {
public:
    explicit RectIndex(double bucketHeight = 64);
    void add(const QRectF &r);
    bool isFree(const QRectF &r) const;

private:
    double m_bucket;
    std::unordered_map<long long, std::vector<QRectF>> m_buckets;
};

/// What one picture of the diagram shows (SequenceLayout::frame), in viewport coordinates.
struct SequenceFrame {
    struct Request {
        SimTime t = 0;
        bool wholeRun = false;  ///< also what has not happened yet (faded)
        bool playhead = true;   ///< draw the playhead (its line and clock); an export leaves it out
        bool concealFuture = false; ///< the quiz asks: nothing after t, not even how long a running timer has left
        double scrollY = 0;     ///< content y at the top of the viewport
        QRectF viewport;
        QString clientTitle;
        QString serverTitle;
    };
    std::vector<PlacedText> texts;   ///< none overlaps another, a marker, or leaves the viewport
    std::vector<Marker> markers;     ///< the visible markers
    std::vector<QLineF> playheadLine; ///< the playhead's dashes, broken around text
    double headerBottom = 0;
    double playheadY = 0;             ///< viewport y of the playhead
    QRectF content;                   ///< the area under the header text may use

    /// The full text of an elided piece of text at p (a tooltip), or "".
    QString toolTipAt(QPointF p) const;
};

/// Fits text into a width: the text itself, or elided with "…" (empty when fewer than three
/// characters would be left before the "…").
QString elideTo(const QFont &font, const QString &text, double width);
/// The text on two lines, broken at the space (or after the hyphen: "SYN-" over "ACK") that makes
/// the wider line narrowest, not between a number and what follows it where another break exists
/// ("" if it has neither).
QString wrapInTwo(const QFont &font, const QString &text);
/// Rectangle of a one-line badge of `text` (padding around it).
QSizeF badgeSize(const QFont &font, const QString &text, const SequenceMetrics &m);

} // namespace closelab
