// SPDX-License-Identifier: GPL-3.0-or-later
//
// SequenceLayout's frame: what one picture shows at time t. The text placed once for the run
// (sequencetextplacement.cpp), where visible and due, and around it what moves with the playhead:
// the header, the playhead's clock, running timers' labels; none overlaps another.

#include "views/sequencelayout.h"

#include "views/codetexts.h"
#include "views/timeformat.h"
#include "views/textwidth.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {

QString tr_(const char *s)
{
    return QCoreApplication::translate("SequenceDiagramView", s);
}

} // namespace

QString SequenceLayout::playheadClock(SimTime t, double width) const
{
    // The time one pixel of the playhead's path is worth here (the finer side at a knot, where the
    // scale changes): the last decimal shown is the first at least that fine, so the clock changes
    // with every pixel the playhead moves, and says nothing finer. On an event the clock reads as
    // that event's tick did (the tick is hidden under it).
    const double y = m_map.y(t);
    const SimTime before = t - m_map.timeAt(y - 1);
    const SimTime after = m_map.timeAt(y + 1) - t;
    const SimTime perPixel = before > 0 && after > 0 ? std::min(before, after) : std::max(before, after);
    const int most = clockDecimals(t);
    int decimals = most;
    const std::vector<SimTime> &knots = m_map.knots();
    // Compressed, the playhead stands still before the first event and after the last: no scale.
    const bool inside = m_map.params().mode == TimeMap::Mode::Proportional || (!knots.empty() && t > knots.front() && t < knots.back());
    if (inside && perPixel > 0 && !std::binary_search(knots.begin(), knots.end(), t))
        decimals = std::clamp(int(std::ceil(-std::log10(toSeconds(perPixel)) - 1e-9)), 0, most);
    // Where the column is narrower than that clock (a quarter of the view caps it), the last
    // decimals go, rounded: "10.0 s", never "10.00000…".
    QFont clock = m_metrics.small;
    clock.setBold(true);
    for (int d = decimals; d >= 0; --d) {
        const QString text = formatClock(t, d);
        if (textWidth(clock, text) <= width)
            return text;
    }
    return elideTo(clock, formatClock(t, 0), width);
}

SequenceFrame SequenceLayout::frame(const Trace &trace, const SequenceFrame::Request &req) const
{
    const SequenceMetrics &m = m_metrics;
    SequenceFrame f;
    const QRectF &vp = req.viewport;
    f.headerBottom = vp.top() + m_headerHeight;
    f.content = QRectF(vp.left(), f.headerBottom, vp.width(), std::max(0.0, vp.bottom() - f.headerBottom));
    const double dy = vp.top() - req.scrollY; // content y -> viewport y
    RectIndex taken(4 * m.em);
    const auto keep = [&](PlacedText text) {
        taken.add(text.rect);
        f.texts.push_back(std::move(text));
    };

    for (PlacedText &text : headerTexts(trace, req))
        keep(std::move(text));

    // The playhead's clock in the time axis.
    f.playheadY = m_map.y(req.t) + dy;
    QFont clock = m.small;
    clock.setBold(true);
    const QFontMetricsF clockMetrics(clock);
    const double ch = clockMetrics.height() + m.pad / 2;
    const QRectF clockRect(vp.left() + m.pad / 2, f.playheadY - ch / 2, m_columns.axisRight - 1.5 * m.pad, ch);
    const QString clockText = formatClock(req.t);
    const QString clockShown = playheadClock(req.t, clockRect.width() - m.pad);
    QRectF playheadRect;
    if (req.playhead && f.content.contains(clockRect) && !clockShown.isEmpty()) {
        playheadRect = clockRect;
        keep({clockRect, clockShown, clockShown == clockText ? QString() : clockText, TextKind::Playhead, -1, Side::Client, req.t});
    }

    // What the run placed, where visible now.
    const double top = f.content.top() - dy;
    const double bottom = f.content.bottom() - dy;
    auto it = std::lower_bound(m_texts.begin(), m_texts.end(), top,
                               [](const PlacedText &t, double y) { return t.rect.top() < y; });
    for (; it != m_texts.end() && it->rect.top() <= bottom; ++it) {
        const bool future = it->t > req.t;
        if (future && !req.wholeRun && it->kind != TextKind::Break)
            continue;
        PlacedText t = *it;
        t.rect.translate(vp.left(), dy);
        if (!f.content.contains(t.rect))
            continue;
        if (t.kind == TextKind::Tick && !playheadRect.isNull() && t.rect.intersects(playheadRect))
            continue;
        t.future = future && t.kind != TextKind::Break; // a break's words stay readable ahead
        keep(std::move(t));
    }
    auto mk = std::lower_bound(m_markers.begin(), m_markers.end(), top - m_maxMarkerHeight,
                               [](const Marker &a, double y) { return a.rect.top() < y; });
    for (; mk != m_markers.end() && mk->rect.top() <= bottom; ++mk) {
        const Marker &marker = *mk;
        if (marker.t > req.t && !req.wholeRun)
            continue;
        // Under the header only the part below it shows.
        const QRectF r = marker.rect.translated(vp.left(), dy).intersected(f.content);
        if (r.isEmpty())
            continue;
        taken.add(r);
        f.markers.push_back({r, marker.kind, marker.t});
    }

    // Running timers: what they are and how long is left, beside the bar at the playhead.
    for (const TimerBar &bar : m_timers) {
        const TimerRecord &r = trace.timers[std::size_t(bar.timer)];
        if (req.t < r.armedAt || req.t >= r.endedAt || req.t > trace.end)
            continue;
        const SimTime left = r.expires - std::max(req.t, r.armedAt);
        const QString name = text::timerLabel(r.kind);
        const QString remaining = req.concealFuture ? QStringLiteral("?")
                                                    : tr_(QT_TRANSLATE_NOOP("SequenceDiagramView", "%1 left")).arg(formatDuration(left));
        const QString text = name + QLatin1Char('\n') + remaining;
        auto [colLeft, colRight] = outerColumn(bar.side);
        colLeft += vp.left();
        colRight += vp.left();
        const double x0 = bar.x + vp.left();
        const double gap = 0.6 * m.em;
        const double lineH = QFontMetricsF(m.small).height();
        bool placed = false;
        for (double shift : {0.0, 1.0, 2.0, -1.0, 3.0, -2.0}) {
            for (double dir : {outward(bar.side), -outward(bar.side)}) {
                const bool alignLeft = dir > 0;
                const double x = x0 + dir * gap;
                const double room = alignLeft ? colRight - x : x - colLeft;
                // The name and what is left each on two lines ("delayed / ACK", "剩余 207 / 毫秒")
                // where one is too long for the column, else elided.
                bool elided = false;
                const auto fitted = [&](const QString &whole) {
                    const QString shown = elideTo(m.small, whole, room);
                    if (shown == whole)
                        return shown;
                    const QStringList lines = wrapInTwo(m.small, whole).split(QLatin1Char('\n'));
                    if (lines.size() == 2 && textWidth(m.small, lines[0]) <= room && textWidth(m.small, lines[1]) <= room)
                        return lines.join(QLatin1Char('\n'));
                    elided = true;
                    return shown;
                };
                const QString a = fitted(name);
                const QString b = fitted(remaining);
                if (a.isEmpty())
                    continue;
                // Where what is left has no room even on two lines (300 % in a 1280x720 window:
                // "1.…"), the timer's name alone says it runs, its bar how long; the tooltip both.
                if (b.isEmpty())
                    elided = true;
                const QString shown = b.isEmpty() ? a : a + QLatin1Char('\n') + b;
                const QStringList lines = shown.split(QLatin1Char('\n'));
                double w = 0;
                for (const QString &line : lines)
                    w = std::max(w, textWidth(m.small, line));
                const QRectF rect(alignLeft ? x : x - w, f.playheadY + shift * lineH, w, double(lines.size()) * lineH);
                if (!f.content.contains(rect) || !taken.isFree(rect))
                    continue;
                keep({rect, shown, elided ? text : QString(), TextKind::TimerRunning, bar.timer, bar.side,
                      r.armedAt, false, !alignLeft});
                placed = true;
                break;
            }
            if (placed)
                break;
        }
    }

    // The playhead's dashes, broken where they would strike through text.
    if (req.playhead && f.playheadY >= f.content.top() && f.playheadY <= f.content.bottom()) {
        std::vector<std::pair<double, double>> gaps;
        for (const PlacedText &t : f.texts) {
            if (t.kind != TextKind::Playhead && t.rect.top() - m.pad / 2 <= f.playheadY && t.rect.bottom() + m.pad / 2 >= f.playheadY)
                gaps.emplace_back(t.rect.left() - m.pad / 2, t.rect.right() + m.pad / 2);
        }
        std::sort(gaps.begin(), gaps.end());
        double x = vp.left() + m_columns.axisRight;
        for (const auto &[g0, g1] : gaps) {
            if (g0 > x)
                f.playheadLine.emplace_back(x, f.playheadY, g0, f.playheadY);
            x = std::max(x, g1);
        }
        if (x < vp.right())
            f.playheadLine.emplace_back(x, f.playheadY, vp.right(), f.playheadY);
    }
    return f;
}

} // namespace closelab
