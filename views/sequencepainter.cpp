// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sequencepainter.h"

#include "views/codetexts.h"
#include "views/palette.h"
#include "views/shapedtext.h"
#include "views/sidestate.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {

constexpr double kFaded = 0.22;

void drawArrowHead(QPainter &p, QPointF tip, QPointF from, const QColor &c, double size)
{
    const double a = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    const QPointF l = tip - QPointF(std::cos(a - 0.42) * size, std::sin(a - 0.42) * size);
    const QPointF r = tip - QPointF(std::cos(a + 0.42) * size, std::sin(a + 0.42) * size);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(QPolygonF({tip, l, r}));
}

// A strip of zig-zag, drawn once per width and height: stroking it on every frame costs milliseconds.
// One period of the zig-zag edge (2 × height wide), tiled along a break's band: its size does not
// depend on the viewport's width, so diagrams of different widths (the window's, the A/B window's,
// presentation mode's) share it instead of rebuilding a strip the width of each on every repaint.
const QPixmap &zigzagTile(int height, double stroke)
{
    static QPixmap tile;
    static double strokeOf = 0;
    if (tile.height() != std::max(2, height) || strokeOf != stroke) {
        tile = QPixmap(2 * std::max(1, height), std::max(2, height));
        tile.fill(Qt::transparent);
        strokeOf = stroke;
        QPainter z(&tile);
        z.setRenderHint(QPainter::Antialiasing);
        z.setPen(QPen(palette::rule().darker(115), stroke));
        // Drawn a period beyond each side and clipped by the tile, so that the tiles join seamlessly.
        QPolygonF line;
        bool up = true;
        for (int k = -1; k <= 3; ++k) {
            line << QPointF(k * height, up ? stroke : height - stroke);
            up = !up;
        }
        z.drawPolyline(line);
    }
    return tile;
}

QColor timerColor(TimerKind kind)
{
    return palette::stateColor(kind == TimerKind::TimeWait ? TcpState::TimeWait
                               : kind == TimerKind::FinWait2 ? TcpState::FinWait2
                                                              : TcpState::SynSent);
}

void drawBadge(QPainter &p, const QRectF &r, const QString &text, const QColor &fill, const QColor &ink,
               const QPen &border, double radius)
{
    p.setPen(border);
    p.setBrush(fill);
    p.drawRoundedRect(r, radius, radius);
    p.setPen(ink);
    drawShapedText(p, r, Qt::AlignCenter, text);
}

} // namespace

SequencePainter::SequencePainter(const Trace &trace, const SequenceLayout &layout)
    : m_trace(trace), m_layout(layout)
{
}

SequenceFrame SequencePainter::paint(QPainter &p, const Options &o) const
{
    SequenceFrame frame = m_layout.frame(m_trace, o);
    paint(p, o, frame);
    return frame;
}

void SequencePainter::paint(QPainter &p, const Options &o, const SequenceFrame &frame) const
{
    p.fillRect(o.viewport, palette::paper());
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    // Content coordinates: y in the layout's space, shifted by the scroll position.
    const double y0 = o.scrollY;
    const double y1 = o.scrollY + o.viewport.height();
    p.save();
    p.setClipRect(frame.content);
    p.translate(o.viewport.left(), o.viewport.top() - o.scrollY);
    paintBreaks(p, o, y0, y1);
    paintLifelines(p, o, y0, y1);
    paintTimers(p, o, y0, y1);
    paintArrows(p, o, y0, y1);
    p.restore();
    p.save();
    p.setClipRect(frame.content);
    paintMarkers(p, o, frame);
    const SequenceMetrics &m = m_layout.metrics();
    p.setPen(QPen(QColor(0xd0, 0x40, 0x40, 170), std::max(1.0, 0.1 * m.em), Qt::DashLine));
    for (const QLineF &line : frame.playheadLine)
        p.drawLine(line);
    for (const PlacedText &t : frame.texts) {
        if (t.kind != TextKind::Title && t.kind != TextKind::HeaderState)
            paintText(p, o, t);
    }
    p.restore();
    paintHeader(p, o, frame);
}

void SequencePainter::paintBreaks(QPainter &p, const Options &o, double y0, double y1) const
{
    const SequenceMetrics &m = m_layout.metrics();
    const int zig = std::max(4, int(std::round(0.5 * m.em)));
    for (const TimeMap::Break &b : m_layout.timeMap().breaks()) {
        if (b.y1 < y0 || b.y0 > y1)
            continue;
        const QRectF band(0, b.y0 + zig / 2.0, o.viewport.width(), b.y1 - b.y0 - zig);
        p.fillRect(band, QColor(0xef, 0xf0, 0xf2));
        // Zig-zag edges: the visual sign of a cut in time (one cached period, tiled).
        const QPixmap &tile = zigzagTile(zig, m.stroke);
        p.drawTiledPixmap(QRectF(band.left(), band.top() - zig / 2.0, band.width(), tile.height()), tile);
        p.drawTiledPixmap(QRectF(band.left(), band.bottom() - zig / 2.0, band.width(), tile.height()), tile);
    }
}

void SequencePainter::paintLifelines(QPainter &p, const Options &o, double y0, double y1) const
{
    const SequenceMetrics &m = m_layout.metrics();
    const double yt = m_layout.timeMap().y(o.t);
    for (const SequenceLayout::StateBand &b : m_layout.bands()) {
        if (b.y1 < y0 || b.y0 > y1)
            continue;
        const double x = m_layout.lifelineX(b.side);
        const auto draw = [&](double from, double to, double opacity) {
            if (to <= from)
                return;
            p.setOpacity(opacity);
            if (b.state == TcpState::Closed)
                p.setPen(QPen(palette::stateColor(b.state), std::max(1.0, 0.13 * m.em), Qt::DashLine));
            else
                p.setPen(QPen(palette::stateColor(b.state), 0.45 * m.em, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(x, from), QPointF(x, to));
            p.setOpacity(1);
        };
        if (o.t >= b.from)
            draw(b.y0, std::min(b.y1, yt), 1.0);
        if (o.wholeRun && o.t < b.to)
            draw(std::max(b.y0, yt), b.y1, kFaded);
    }
}

void SequencePainter::paintTimers(QPainter &p, const Options &o, double y0, double y1) const
{
    const SequenceMetrics &m = m_layout.metrics();
    const TimeMap &map = m_layout.timeMap();
    const double thin = std::max(1.0, 0.13 * m.em);
    const double half = 0.27 * m.em;
    for (const SequenceLayout::TimerBar &bar : m_layout.timerBars()) {
        const TimerRecord &r = m_trace.timers[std::size_t(bar.timer)];
        const double bottom = std::max(bar.yEnd, bar.yExpires);
        if (bottom < y0 || bar.yArmed > y1)
            continue;
        const bool future = o.t < r.armedAt;
        if (future && !o.wholeRun)
            continue;
        const QColor c = timerColor(r.kind);
        const bool running = !future && o.t < r.endedAt;
        p.setOpacity(future ? kFaded : 1.0);
        if (running || future) {
            const double yNow = future ? bar.yArmed : map.y(o.t);
            // What is used up, thin; what is left, a solid bar that shrinks toward expiry.
            p.setPen(QPen(c.lighter(150), thin));
            p.drawLine(QPointF(bar.x, bar.yArmed), QPointF(bar.x, yNow));
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            // While the quiz asks how long is left, a stub instead of the way to the expiry.
            const double length = o.concealFuture ? std::min(bar.yExpires - yNow, 1.5 * m.em) : bar.yExpires - yNow;
            p.drawRoundedRect(QRectF(bar.x - half, yNow, 2 * half, std::max(thin, length)), half * 0.7, half * 0.7);
        } else {
            p.setPen(QPen(c.lighter(140), thin));
            p.drawLine(QPointF(bar.x, bar.yArmed), QPointF(bar.x, bar.yEnd));
        }
        p.setOpacity(1);
    }
}

void SequencePainter::paintArrows(QPainter &p, const Options &o, double y0, double y1) const
{
    const SequenceMetrics &m = m_layout.metrics();
    const double pad = m.em;
    for (int i : m_layout.arrowsBetween(y0 - pad, y1 + pad)) {
        const SequenceLayout::Arrow &a = m_layout.arrows()[std::size_t(i)];
        const bool future = o.t < a.t0;
        if (future && !o.wholeRun)
            continue;
        const SegmentRecord &s = m_trace.segments[std::size_t(a.segment)];
        const QColor c = palette::segmentColor(s.header.flags);
        const bool done = o.t >= a.t1;
        const QPointF head = future ? a.end : m_layout.headAt(a, o.t);
        // The faded rest of an arrow still in flight, when the whole run is shown.
        if (o.wholeRun && !done) {
            p.setOpacity(kFaded);
            p.setPen(QPen(c, 0.11 * m.em));
            p.drawLine(future ? a.start : head, a.end);
            if (!a.dropped)
                drawArrowHead(p, a.end, a.start, c, 0.65 * m.em);
            p.setOpacity(1);
        }
        if (future)
            continue;
        const bool inFlight = !done;
        p.setPen(QPen(c, (inFlight ? 0.17 : 0.12) * m.em));
        p.drawLine(a.start, head);
        if (!a.dropped || inFlight)
            drawArrowHead(p, head, a.start, c, (inFlight ? 0.85 : 0.65) * m.em);
        if (inFlight) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(c.red(), c.green(), c.blue(), 60));
            p.drawEllipse(head, 0.6 * m.em, 0.6 * m.em);
        }
    }
}

void SequencePainter::paintMarkers(QPainter &p, const Options &o, const SequenceFrame &frame) const
{
    const SequenceMetrics &m = m_layout.metrics();
    for (const Marker &mk : frame.markers) {
        p.setOpacity(mk.t > o.t ? kFaded : 1.0);
        const QPointF c = mk.rect.center();
        switch (mk.kind) {
        case Marker::Kind::Loss: {
            p.setPen(QPen(palette::lossColor(), 0.2 * m.em, Qt::SolidLine, Qt::RoundCap));
            const double r = 0.32 * m.em;
            p.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
            p.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
            break;
        }
        case Marker::Kind::Call:
            p.setPen(Qt::NoPen);
            p.setBrush(palette::ink());
            p.drawEllipse(c, 0.27 * m.em, 0.27 * m.em);
            break;
        case Marker::Kind::TimerEnd:
            break; // drawn with the timer's end below
        }
        p.setOpacity(1);
    }
    // A timer's end: a dot where it fired, a bar where it was cancelled.
    const double r = 0.27 * m.em;
    for (const SequenceLayout::TimerBar &bar : m_layout.timerBars()) {
        const TimerRecord &t = m_trace.timers[std::size_t(bar.timer)];
        const double y = bar.yEnd - o.scrollY + o.viewport.top();
        if (y < frame.content.top() || y > frame.content.bottom() || t.endedAt == kNever)
            continue;
        if (o.t < t.endedAt && !(o.wholeRun))
            continue;
        const QColor c = timerColor(t.kind);
        const QPointF at(bar.x + o.viewport.left(), y);
        p.setOpacity(o.t < t.endedAt ? kFaded : 1.0);
        p.setPen(QPen(c.darker(120), std::max(1.0, 0.13 * m.em)));
        if (t.end == TimerAction::Fire) {
            p.setBrush(c);
            p.drawEllipse(at, r, r);
        } else {
            p.drawLine(at - QPointF(r * 1.3, 0), at + QPointF(r * 1.3, 0));
        }
        p.setOpacity(1);
    }
}

void SequencePainter::paintText(QPainter &p, const Options &o, const PlacedText &t) const
{
    const SequenceMetrics &m = m_layout.metrics();
    p.setOpacity(t.future ? kFaded : 1.0);
    switch (t.kind) {
    case TextKind::Title:
    case TextKind::HeaderState:
        break;
    case TextKind::Playhead: {
        QFont f = m.small;
        f.setBold(true);
        p.setFont(f);
        drawBadge(p, t.rect, t.text, QColor(0xd0, 0x40, 0x40), Qt::white, Qt::NoPen, m.pad);
        break;
    }
    case TextKind::Break:
        p.setFont(m.label);
        p.setPen(palette::mutedInk());
        drawShapedText(p, t.rect, Qt::AlignCenter, t.text);
        break;
    case TextKind::StateTag: {
        const TcpState state = m_layout.stateMarks()[std::size_t(t.ref)].state;
        p.setFont(t.smaller > 0 ? m.smallerBadges[std::size_t(t.smaller - 1)] : m.badge);
        drawBadge(p, t.rect, t.text, palette::stateColor(state), palette::stateTextColor(state), Qt::NoPen, m.pad);
        break;
    }
    case TextKind::AppTag:
        p.setFont(t.smaller > 0 ? m.smallerLabels[std::size_t(t.smaller - 1)] : m.label);
        drawBadge(p, t.rect, t.text, Qt::white, palette::ink(), QPen(palette::sideColor(t.side), m.stroke), m.pad);
        break;
    case TextKind::DropReason: {
        p.setFont(m.smallBold);
        p.setPen(palette::lossColor());
        drawShapedText(p, t.rect, Qt::AlignCenter, t.text);
        break;
    }
    case TextKind::ArrowLabel: {
        const SegmentRecord &s = m_trace.segments[std::size_t(t.ref)];
        const bool inFlight = o.t >= s.sentAt && o.t < (s.droppedAt != kNever ? s.droppedAt : s.arrivesAt);
        p.setFont(m.label);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xfc, 0xfc, 0xfa, 215));
        p.drawRoundedRect(t.rect, m.pad * 0.7, m.pad * 0.7);
        p.setPen(inFlight ? palette::segmentColor(s.header.flags).darker(115) : palette::ink());
        drawShapedText(p, t.rect, Qt::AlignCenter, t.text);
        break;
    }
    case TextKind::TimerRunning: {
        const TimerRecord &r = m_trace.timers[std::size_t(t.ref)];
        p.setFont(m.small);
        p.setPen(timerColor(r.kind).darker(130));
        drawShapedText(p, t.rect, (t.alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, t.text);
        break;
    }
    case TextKind::TimerEnd:
        p.setFont(m.small);
        p.setPen(palette::mutedInk());
        drawShapedText(p, t.rect, Qt::AlignCenter, t.text);
        break;
    case TextKind::Tick: {
        p.setFont(m.small);
        const bool past = t.t <= o.t;
        p.setPen(past ? palette::mutedInk() : palette::rule());
        drawShapedText(p, t.rect, Qt::AlignRight | Qt::AlignVCenter, t.text);
        p.setPen(QPen(palette::rule(), m.stroke));
        const double y = t.rect.center().y();
        const double right = o.viewport.left() + m_layout.columns().axisRight;
        p.drawLine(QPointF(right - 1.2 * m.pad, y), QPointF(right, y));
        break;
    }
    }
    p.setOpacity(1);
}

void SequencePainter::paintHeader(QPainter &p, const Options &o, const SequenceFrame &frame) const
{
    const SequenceMetrics &m = m_layout.metrics();
    const QRectF band(o.viewport.left(), o.viewport.top(), o.viewport.width(), frame.headerBottom - o.viewport.top());
    p.fillRect(band, QColor(0xf3, 0xf4, 0xf6));
    p.setPen(QPen(palette::rule(), m.stroke));
    p.drawLine(band.bottomLeft(), band.bottomRight());
    for (const PlacedText &t : frame.texts) {
        if (t.kind == TextKind::Title) {
            p.setFont(m.title);
            p.setPen(palette::sideColor(t.side));
            drawShapedText(p, t.rect, Qt::AlignCenter, t.text);
        } else if (t.kind == TextKind::HeaderState) {
            const TcpState state = sideStateAt(m_trace, t.side, o.t);
            p.setFont(t.smaller > 0 ? m.smallerBadges[std::size_t(t.smaller - 1)] : m.badge);
            drawBadge(p, t.rect, t.text, palette::stateColor(state), palette::stateTextColor(state), Qt::NoPen, m.pad);
        }
    }
}

} // namespace closelab
