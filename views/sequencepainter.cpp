// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sequencepainter.h"

#include "views/codetexts.h"
#include "views/palette.h"
#include "views/timeformat.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <utility>

namespace closelab {

namespace {

constexpr double kFaded = 0.22;

QString tr_(const char *s)
{
    return QCoreApplication::translate("SequenceDiagramView", s);
}

QFont font(const QPainter &p, double px, bool bold = false)
{
    QFont f = p.font();
    f.setPixelSize(int(px));
    f.setBold(bold);
    return f;
}

// A rounded tag with text; `anchor` is the tag's left (align left) or right (align right) centre.
QRectF drawTag(QPainter &p, QPointF anchor, bool alignRight, const QString &text, const QColor &fill,
               const QColor &textColor, const QColor &border = QColor())
{
    const QFontMetricsF fm(p.font());
    const double w = fm.horizontalAdvance(text) + 12;
    const double h = fm.height() + 4;
    const QRectF r(alignRight ? anchor.x() - w : anchor.x(), anchor.y() - h / 2, w, h);
    p.setPen(border.isValid() ? QPen(border, 1.2) : Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(r, 5, 5);
    p.setPen(textColor);
    p.drawText(r, Qt::AlignCenter, text);
    return r;
}

void drawArrowHead(QPainter &p, QPointF tip, QPointF from, const QColor &c, double size = 10)
{
    const double a = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    const QPointF l = tip - QPointF(std::cos(a - 0.42) * size, std::sin(a - 0.42) * size);
    const QPointF r = tip - QPointF(std::cos(a + 0.42) * size, std::sin(a + 0.42) * size);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(QPolygonF({tip, l, r}));
}

// A strip of zig-zag 8 px high, drawn once per width: stroking it on every frame costs milliseconds.
const QPixmap &zigzagStrip(int width)
{
    static QPixmap strip;
    if (strip.width() != width) {
        strip = QPixmap(std::max(1, width), 8);
        strip.fill(Qt::transparent);
        QPainter z(&strip);
        z.setRenderHint(QPainter::Antialiasing);
        z.setPen(QPen(palette::rule().darker(115), 1.2));
        QPolygonF line;
        bool up = true;
        for (double x = 0; x <= width + 8; x += 8) {
            line << QPointF(x, up ? 1 : 7);
            up = !up;
        }
        z.drawPolyline(line);
    }
    return strip;
}

} // namespace

SequencePainter::SequencePainter(const Trace &trace, const SequenceLayout &layout)
    : m_trace(trace), m_layout(layout)
{
}

void SequencePainter::paint(QPainter &p, const Options &o) const
{
    p.fillRect(o.viewport, palette::paper());
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    // Content coordinates: y in the layout's space, shifted by the scroll position.
    const double y0 = o.scrollY;
    const double y1 = o.scrollY + o.viewport.height();
    p.save();
    p.translate(0, -o.scrollY);
    paintBreaks(p, o, y0, y1);
    paintAxis(p, o, y0, y1);
    paintLifelines(p, o, y0, y1);
    paintTimers(p, o, y0, y1);
    paintArrows(p, o, y0, y1);
    paintMarks(p, o, y0, y1);
    paintPlayhead(p, o);
    p.restore();
    paintHeader(p, o);
}

void SequencePainter::paintBreaks(QPainter &p, const Options &o, double y0, double y1) const
{
    p.setFont(font(p, 13));
    for (const TimeMap::Break &b : m_layout.timeMap().breaks()) {
        if (b.y1 < y0 || b.y0 > y1)
            continue;
        const QRectF band(o.viewport.left(), b.y0 + 4, o.viewport.width(), b.y1 - b.y0 - 8);
        p.fillRect(band, QColor(0xef, 0xf0, 0xf2));
        // Zig-zag edges: the visual sign of a cut in time (one cached strip per width).
        const QPixmap &zig = zigzagStrip(int(std::ceil(o.viewport.width())));
        p.drawPixmap(QPointF(band.left(), band.top() - 4), zig);
        p.drawPixmap(QPointF(band.left(), band.bottom() - 4), zig);
        const bool happened = o.wholeRun || o.t >= b.from;
        p.setPen(happened ? palette::mutedInk() : palette::rule());
        const QString text = tr_(QT_TRANSLATE_NOOP("SequenceDiagramView", "… %1 later …")).arg(formatDuration(b.to - b.from));
        const double mid = (m_layout.columns().clientX + m_layout.columns().serverX) / 2;
        p.drawText(QRectF(mid - 200, band.top(), 400, band.height()), Qt::AlignCenter, text);
    }
}

void SequencePainter::paintAxis(QPainter &p, const Options &o, double y0, double y1) const
{
    const auto &knots = m_layout.timeMap().knots();
    const double right = m_layout.columns().axisRight - 10;
    p.setFont(font(p, 12));
    const QFontMetricsF fm(p.font());
    double last = -1e9;
    auto it = std::lower_bound(knots.begin(), knots.end(), m_layout.timeMap().timeAt(y0 - 20));
    for (; it != knots.end(); ++it) {
        const double y = m_layout.timeMap().y(*it);
        if (y > y1 + 20)
            break;
        if (y - last < fm.height() + 2)
            continue;
        last = y;
        const bool past = *it <= o.t;
        if (!past && !o.wholeRun)
            continue;
        p.setPen(past ? palette::mutedInk() : palette::rule());
        p.drawText(QRectF(0, y - fm.height() / 2, right, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   formatClock(*it));
        p.setPen(QPen(palette::rule(), 1));
        p.drawLine(QPointF(right + 3, y), QPointF(right + 9, y));
    }
}

void SequencePainter::paintLifelines(QPainter &p, const Options &o, double y0, double y1) const
{
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
                p.setPen(QPen(palette::stateColor(b.state), 2, Qt::DashLine));
            else
                p.setPen(QPen(palette::stateColor(b.state), 7, Qt::SolidLine, Qt::FlatCap));
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
    const TimeMap &map = m_layout.timeMap();
    p.setFont(font(p, 12));
    const QFontMetricsF fm(p.font());
    for (const SequenceLayout::TimerBar &bar : m_layout.timerBars()) {
        const TimerRecord &r = m_trace.timers[std::size_t(bar.timer)];
        const double bottom = std::max(bar.yEnd, bar.yExpires);
        if (bottom < y0 || bar.yArmed > y1)
            continue;
        const bool future = o.t < r.armedAt;
        if (future && !o.wholeRun)
            continue;
        const QColor c = palette::stateColor(r.kind == TimerKind::TimeWait ? TcpState::TimeWait
                                             : r.kind == TimerKind::FinWait2 ? TcpState::FinWait2
                                                                              : TcpState::SynSent);
        const bool running = !future && o.t < r.endedAt;
        const double outward = SequenceLayout::outward(bar.side);
        // A label goes outward of its bar, unless it would run into the time axis (client side)
        // or past the right edge (server side) of a narrow view: then it goes inward, over the
        // state column, rather than being cut or written over the time labels.
        const double outerEdge = outward < 0 ? m_layout.columns().axisRight + 4 : o.viewport.right() - 4;
        const auto textRect = [&](double y, const QString &text) {
            const QStringList lines = text.split(QLatin1Char('\n'));
            double w = 0;
            for (const QString &line : lines)
                w = std::max(w, fm.horizontalAdvance(line) + 2);
            double out = outward;
            if ((outward < 0 && bar.x - 9 - w < outerEdge) || (outward > 0 && bar.x + 9 + w > outerEdge))
                out = -outward;
            const double x = out < 0 ? bar.x - 9 - w : bar.x + 9;
            return std::pair(QRectF(x, y, w, fm.height() * double(lines.size())),
                             (out < 0 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        };
        const auto drawLabel = [&](double y, const QString &text) {
            const auto [rect, align] = textRect(y, text);
            p.drawText(rect, align, text);
        };
        p.setOpacity(future ? kFaded : 1.0);
        if (running || future) {
            const double yNow = future ? bar.yArmed : map.y(o.t);
            // What is used up, thin; what is left, a solid bar that shrinks toward expiry.
            p.setPen(QPen(c.lighter(150), 2));
            p.drawLine(QPointF(bar.x, bar.yArmed), QPointF(bar.x, yNow));
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRoundedRect(QRectF(bar.x - 4, yNow, 8, std::max(2.0, bar.yExpires - yNow)), 3, 3);
            const SimTime left = r.expires - std::max(o.t, r.armedAt);
            p.setPen(c.darker(130));
            drawLabel(yNow - 2, text::timerLabel(r.kind) + QLatin1Char('\n')
                                    + tr_(QT_TRANSLATE_NOOP("SequenceDiagramView", "%1 left")).arg(formatDuration(left)));
        } else {
            p.setPen(QPen(c.lighter(140), 2));
            p.drawLine(QPointF(bar.x, bar.yArmed), QPointF(bar.x, bar.yEnd));
            const bool fired = r.end == TimerAction::Fire;
            p.setPen(QPen(c.darker(120), 2));
            if (fired) {
                p.setBrush(c);
                p.drawEllipse(QPointF(bar.x, bar.yEnd), 4, 4);
            } else {
                p.drawLine(QPointF(bar.x - 5, bar.yEnd), QPointF(bar.x + 5, bar.yEnd));
            }
            p.setPen(palette::mutedInk());
            if (!bar.continued)
                drawLabel(bar.yEnd - fm.height() / 2, text::timerLabel(r.kind) + QLatin1Char(' ') + text::timerActionLabel(r.end));
        }
        p.setOpacity(1);
    }
}

void SequencePainter::paintMarks(QPainter &p, const Options &o, double y0, double y1) const
{
    p.setFont(font(p, 13, true));
    for (const SequenceLayout::StateMark &m : m_layout.stateMarks()) {
        if (m.labelY < y0 - 20 || m.labelY > y1 + 20)
            continue;
        const bool future = o.t < m.t;
        if (future && !o.wholeRun)
            continue;
        p.setOpacity(future ? kFaded : 1.0);
        const double out = SequenceLayout::outward(m.side);
        const QPointF anchor(m_layout.lifelineX(m.side) + out * 10, m.labelY);
        drawTag(p, anchor, out < 0, text::stateName(m.state), palette::stateColor(m.state),
                palette::stateTextColor(m.state));
        p.setOpacity(1);
    }
    p.setFont(font(p, 13));
    for (const SequenceLayout::AppMark &a : m_layout.appMarks()) {
        if (a.labelY < y0 - 20 || a.labelY > y1 + 20)
            continue;
        const bool future = o.t < a.t;
        if (future && !o.wholeRun)
            continue;
        p.setOpacity(future ? kFaded : 1.0);
        const double out = SequenceLayout::outward(a.side);
        const QPointF anchor(a.at.x() + out * 10, a.labelY);
        drawTag(p, anchor, out < 0, a.label, QColor(Qt::white), palette::ink(), palette::sideColor(a.side));
        p.setPen(Qt::NoPen);
        p.setBrush(palette::sideColor(a.side));
        p.drawEllipse(a.at, 4, 4);
        p.setOpacity(1);
    }
}

void SequencePainter::paintArrows(QPainter &p, const Options &o, double y0, double y1) const
{
    p.setFont(font(p, 13));
    const QFontMetricsF fm(p.font());
    for (int i : m_layout.arrowsBetween(y0 - 20, y1 + 20)) {
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
            p.setPen(QPen(c, 1.6));
            p.drawLine(future ? a.start : head, a.end);
            p.setOpacity(1);
        }
        if (future)
            continue;
        const bool inFlight = !done;
        p.setPen(QPen(c, inFlight ? 2.6 : 1.8));
        p.drawLine(a.start, head);
        if (!a.dropped || inFlight)
            drawArrowHead(p, head, a.start, c, inFlight ? 13 : 10);
        if (inFlight) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(c.red(), c.green(), c.blue(), 60));
            p.drawEllipse(head, 9, 9);
        }
        if (a.dropped && done) {
            p.setPen(QPen(palette::lossColor(), 3, Qt::SolidLine, Qt::RoundCap));
            const double r = 7;
            p.drawLine(a.end + QPointF(-r, -r), a.end + QPointF(r, r));
            p.drawLine(a.end + QPointF(-r, r), a.end + QPointF(r, -r));
            const QString reason = text::dropReasonLabel(s.dropReason.value_or(DropReason::RandomLoss));
            p.setFont(font(p, 12, true));
            p.setPen(palette::lossColor());
            p.drawText(QRectF(a.end.x() - 110, a.end.y() + 9, 220, fm.height()), Qt::AlignHCenter | Qt::AlignTop, reason);
            p.setFont(font(p, 13));
        }
        // The label reads left to right along the arrow, 35 % of the way from the sender, so that
        // two arrows crossing in the middle keep their labels apart; above the line, or under it
        // for the second of two back-to-back segments.
        const QPointF from = a.start;
        const QPointF to = a.dropped ? a.start + 2.0 * (a.end - a.start) : a.end;
        const QPointF at = from + 0.35 * (to - from);
        const QPointF left = from.x() < to.x() ? from : to;
        const QPointF right = from.x() < to.x() ? to : from;
        const double angle = std::atan2(right.y() - left.y(), right.x() - left.x()) * 180.0 / M_PI;
        p.save();
        p.translate(at);
        p.rotate(angle);
        const double w = fm.horizontalAdvance(a.label) + 8;
        const QRectF box(-w / 2, a.labelBelow ? 3 : -fm.height() - 3, w, fm.height());
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xfc, 0xfc, 0xfa, 215));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(inFlight ? c.darker(115) : palette::ink());
        p.drawText(box, Qt::AlignCenter, a.label);
        p.restore();
    }
}

void SequencePainter::paintPlayhead(QPainter &p, const Options &o) const
{
    const double y = m_layout.timeMap().y(o.t);
    p.setPen(QPen(QColor(0xd0, 0x40, 0x40, 150), 1.4, Qt::DashLine));
    p.drawLine(QPointF(m_layout.columns().axisRight, y), QPointF(o.viewport.right(), y));
    p.setFont(font(p, 12, true));
    const QFontMetricsF fm(p.font());
    const QString text = formatClock(o.t);
    const QRectF box(2, y - fm.height() / 2 - 2, m_layout.columns().axisRight - 4, fm.height() + 4);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xd0, 0x40, 0x40));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter, text);
}

void SequencePainter::paintHeader(QPainter &p, const Options &o) const
{
    const QRectF band(o.viewport.left(), o.viewport.top(), o.viewport.width(), kHeaderHeight);
    p.fillRect(band, QColor(0xf3, 0xf4, 0xf6));
    p.setPen(QPen(palette::rule(), 1));
    p.drawLine(band.bottomLeft(), band.bottomRight());
    for (Side s : {Side::Client, Side::Server}) {
        const double x = m_layout.lifelineX(s);
        p.setFont(font(p, 15, true));
        p.setPen(palette::sideColor(s));
        const QString title = s == Side::Client ? o.clientTitle : o.serverTitle;
        p.drawText(QRectF(x - 190, band.top() + 6, 380, 22), Qt::AlignCenter, title);
        const TcpState state = m_trace.stateAt(s, o.t);
        p.setFont(font(p, 13, true));
        const QFontMetricsF fm(p.font());
        const double w = fm.horizontalAdvance(text::stateName(state)) + 12;
        drawTag(p, QPointF(x - w / 2, band.top() + 44), false, text::stateName(state), palette::stateColor(state),
                palette::stateTextColor(state));
    }
}

} // namespace closelab
