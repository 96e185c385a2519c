// SPDX-License-Identifier: GPL-3.0-or-later
//
// SequenceLayout's text: where every label of the diagram goes, without overlapping another
// label, a badge or a marker. placeTexts() places what belongs to the run once (in priority order:
// breaks, state and call tags, drop reasons, arrow labels, timer ends, axis ticks); frame()
// (sequenceframe.cpp) adds what moves with the playhead around them.
// A label that does not fit where it belongs moves, is elided (the whole text becomes its tooltip)
// or is left out; it is never drawn over another.

#include "views/sequencelayout.h"

#include "views/codetexts.h"
#include "views/timeformat.h"
#include "views/textwidth.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>

namespace closelab {

namespace {

QString tr_(const char *s)
{
    return QCoreApplication::translate("SequenceDiagramView", s);
}

// A piece of text of `font` fitted into [left, right]: the rectangle (anchored at x: its left
// edge when `alignLeft`, else its right edge) and the text, elided if need be ("" if nothing fits).
struct Fitted {
    QRectF rect;
    QString text;
    bool elided = false;
};

Fitted fit(const QFont &font, const QString &text, double x, bool alignLeft, double centreY, double left, double right,
           double extraWidth = 0, double extraHeight = 0)
{
    const double room = alignLeft ? right - x : x - left;
    Fitted f;
    f.text = elideTo(font, text, room - extraWidth);
    if (f.text.isEmpty())
        return f;
    f.elided = f.text != text;
    const double w = textWidth(font, f.text) + extraWidth;
    const double h = QFontMetricsF(font).height() + extraHeight;
    f.rect = QRectF(alignLeft ? x : x - w, centreY - h / 2, w, h);
    return f;
}

// y of the line a–b at x (clamped to its ends).
double lineYAt(QPointF a, QPointF b, double x)
{
    if (std::abs(b.x() - a.x()) < 1e-9)
        return std::max(a.y(), b.y());
    const double f = std::clamp((x - a.x()) / (b.x() - a.x()), 0.0, 1.0);
    return a.y() + f * (b.y() - a.y());
}

// Whether the line a–b passes through r (Liang–Barsky clipping).
bool lineCrossesRect(QPointF a, QPointF b, const QRectF &r)
{
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (std::abs(p[i]) < 1e-12) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

// Shifts a rectangle horizontally into [left, right] (it must be no wider).
QRectF clampX(QRectF r, double left, double right)
{
    if (r.right() > right)
        r.moveRight(right);
    if (r.left() < left)
        r.moveLeft(left);
    return r;
}

} // namespace

void SequenceLayout::placeTexts(const Trace &trace)
{
    const SequenceMetrics &m = m_metrics;
    RectIndex taken(4 * m.em);
    const auto keep = [&](PlacedText text) {
        taken.add(text.rect);
        m_texts.push_back(std::move(text));
    };
    const auto [midLeft, midRight] = middleColumn();

    // 1. Breaks: in the middle of their band.
    for (std::size_t i = 0; i < m_map.breaks().size(); ++i) {
        const TimeMap::Break &b = m_map.breaks()[i];
        const QString text = tr_(QT_TRANSLATE_NOOP("SequenceDiagramView", "… %1 later …")).arg(formatDuration(b.to - b.from));
        const QFontMetricsF fm(m.label);
        QString shown = elideTo(m.label, text, midRight - midLeft);
        if (shown != text) {
            // Without the dots before the duration is cut.
            //: An idle stretch left out of the diagram, where "… %1 later …" does not fit
            const QString bare = tr_(QT_TRANSLATE_NOOP("SequenceDiagramView", "%1 later")).arg(formatDuration(b.to - b.from));
            shown = elideTo(m.label, bare, midRight - midLeft);
            // On two lines ("61.8 s / later") where the band has the height.
            const QString wrapped = wrapInTwo(m.label, bare);
            const QStringList lines = wrapped.split(QLatin1Char('\n'));
            if (shown != bare && lines.size() == 2 && b.y1 - b.y0 >= fm.height() + fm.lineSpacing() + m.pad
                && std::max(textWidth(m.label, lines[0]), textWidth(m.label, lines[1])) <= midRight - midLeft)
                shown = wrapped;
        }
        if (shown.isEmpty())
            continue;
        double w = 0;
        for (const QString &line : shown.split(QLatin1Char('\n')))
            w = std::max(w, textWidth(m.label, line));
        const double h = shown.contains(QLatin1Char('\n')) ? fm.height() + fm.lineSpacing() : fm.height();
        const QRectF r((midLeft + midRight - w) / 2, (b.y0 + b.y1 - h) / 2, w, h);
        keep({r, shown, shown == text ? QString() : text, TextKind::Break, int(i), Side::Client, b.from});
    }

    // 2. Markers: what text must leave visible.
    const double dot = 0.3 * m.em;
    for (const Arrow &a : m_arrows) {
        if (a.dropped) {
            const double r = 0.5 * m.em;
            m_markers.push_back({QRectF(a.end.x() - r, a.end.y() - r, 2 * r, 2 * r), Marker::Kind::Loss, a.t1});
        }
    }
    for (const AppMark &a : m_apps)
        m_markers.push_back({QRectF(a.at.x() - dot, a.at.y() - dot, 2 * dot, 2 * dot), Marker::Kind::Call, a.t});
    for (const TimerBar &bar : m_timers) {
        const TimerRecord &r = trace.timers[std::size_t(bar.timer)];
        m_markers.push_back({QRectF(bar.x - dot, bar.yEnd - dot, 2 * dot, 2 * dot), Marker::Kind::TimerEnd,
                             r.endedAt != kNever ? r.endedAt : trace.end});
    }
    std::sort(m_markers.begin(), m_markers.end(), [](const Marker &a, const Marker &b) { return a.rect.top() < b.rect.top(); });
    for (const Marker &mk : m_markers) {
        taken.add(mk.rect);
        m_maxMarkerHeight = std::max(m_maxMarkerHeight, mk.rect.height());
    }

    // 3. State and call tags beside their lifeline, in time order: at their moment if free, else
    // pushed down (a call just above the state change it causes: close() above FIN_WAIT1).
    const double step = std::max(1.0, 0.25 * m.em);
    const double tagGap = 0.6 * m.em;
    const auto placeTag = [&](Side side, double y, double preferAbove, const QString &text, const QFont &font,
                              TextKind kind, int ref, SimTime t) {
        const auto [left, right] = outerColumn(side);
        const bool alignLeft = side == Side::Server;
        const double x = lifelineX(side) + outward(side) * tagGap;
        Fitted f = fit(font, text, x, alignLeft, y, left, right, 2 * m.pad, m.pad);
        // Whole rather than cut ("CLOSE_…", "FI…", "clos…"), in this order: in the tag's font, then
        // the smaller ones (at 200 % in the 715 px of a 1280x720 window the outer columns have
        // 177 px, CLOSE_WAIT's badge needs 199); nearer the lifeline; a state's short name (ss's
        // "ESTAB"); on two lines ("FIN_ / WAIT1", "write() / = 5"). At 300 % there the outer column
        // has 113 px. Only what fits none of these is elided.
        const auto &smallerFonts = kind == TextKind::StateTag ? m.smallerBadges : m.smallerLabels;
        const auto fontAt = [&](std::size_t i) -> const QFont & { return i == 0 ? font : smallerFonts[i - 1]; };
        const auto whole = [&](const QFont &ft, const QString &shown, double gap) -> Fitted {
            const QStringList lines = shown.split(QLatin1Char('\n'));
            double w = 0;
            for (const QString &line : lines)
                w = std::max(w, textWidth(ft, line));
            w += 2 * m.pad;
            const double at = lifelineX(side) + outward(side) * gap;
            if (w > (alignLeft ? right - at : at - left))
                return {};
            const QFontMetricsF fm(ft);
            const double h = (lines.size() == 1 ? fm.height() : fm.height() + fm.lineSpacing()) + m.pad;
            return {QRectF(alignLeft ? at : at - w, y - h / 2, w, h), shown, false};
        };
        int smaller = 0;
        if (f.elided || f.text.isEmpty()) {
            QStringList forms{text};
            if (kind == TextKind::StateTag && text == text::stateName(TcpState::Established))
                forms << QStringLiteral("ESTAB"); // ss(8)'s name of the state
            if (const qsizetype cut = text.indexOf(QLatin1Char('_')); kind == TextKind::StateTag && cut > 0)
                forms << text.left(cut + 1) + QLatin1Char('\n') + text.mid(cut + 1);
            else if (const QString wrapped = kind == TextKind::AppTag ? wrapInTwo(font, text) : QString(); !wrapped.isEmpty())
                forms << wrapped;
            bool found = false;
            for (qsizetype form = 0; form < forms.size() && !found; ++form) {
                for (const double gap : {tagGap, 0.4 * m.em}) {
                    for (std::size_t i = 0; i <= smallerFonts.size() && !found; ++i) {
                        const Fitted g = whole(fontAt(i), forms[form], gap);
                        if (!g.text.isEmpty()) {
                            f = g;
                            smaller = int(i);
                            found = true;
                        }
                    }
                }
            }
        }
        if (f.text.isEmpty())
            return;
        QRectF r = f.rect;
        if (preferAbove > 0) {
            QRectF up = r.translated(0, -preferAbove);
            if (taken.isFree(up))
                r = up;
        }
        for (int i = 0; i < 4000 && !taken.isFree(r); ++i)
            r.translate(0, step);
        if (!taken.isFree(r))
            return;
        keep({r, f.text, f.elided || f.text != text ? text : QString(), kind, ref, side, t, false, false, smaller});
    };
    std::size_t nextApp = 0;
    const auto placeAppsBefore = [&](std::size_t markIndex) {
        const int event = markIndex < m_marks.size() ? m_marks[markIndex].event : int(trace.events.size());
        for (; nextApp < m_apps.size() && m_apps[nextApp].event < event; ++nextApp) {
            const AppMark &a = m_apps[nextApp];
            // Above the state tag when the call changes the state at that moment.
            bool changes = false;
            for (std::size_t j = std::size_t(a.event) + 1; j < trace.events.size() && trace.events[j].t == a.t; ++j)
                changes |= trace.events[j].type == EventType::State && trace.events[j].host == a.side && trace.events[j].conn == 0;
            placeTag(a.side, a.at.y(), changes ? m.badgeHeight() / 2 + m.pad : 0, a.label, m.label, TextKind::AppTag,
                     a.event, a.t);
        }
    };
    for (std::size_t i = 0; i < m_marks.size(); ++i) {
        placeAppsBefore(i);
        const StateMark &mk = m_marks[i];
        placeTag(mk.side, mk.y, 0, text::stateName(mk.state), m.badge, TextKind::StateTag, int(i), mk.t);
    }
    placeAppsBefore(m_marks.size());

    // What the middle's text (drop reasons, arrow labels) may use: up to half a pad from the
    // lifelines' edges.
    const double textLeft = midLeft - m.pad / 2;
    const double textRight = midRight + m.pad / 2;

    // 4. Why a segment was lost, under (or beside) its cross.
    const QFontMetricsF smallMetrics(m.small);
    for (const Arrow &a : m_arrows) {
        if (!a.dropped)
            continue;
        const SegmentRecord &s = trace.segments[std::size_t(a.segment)];
        const QString text = text::dropReasonLabel(s.dropReason.value_or(DropReason::RandomLoss));
        // One line, else two ("drop / rule"), else elided.
        QString shown = elideTo(m.smallBold, text, textRight - textLeft - 2);
        if (shown != text) {
            const QString wrapped = wrapInTwo(m.smallBold, text);
            const QStringList lines = wrapped.split(QLatin1Char('\n'));
            if (lines.size() == 2 && std::max(textWidth(m.smallBold, lines[0]), textWidth(m.smallBold, lines[1])) + 2 <= textRight - textLeft)
                shown = wrapped;
        }
        if (shown.isEmpty())
            continue;
        const QFontMetricsF boldMetrics(m.smallBold);
        double w = 0;
        for (const QString &line : shown.split(QLatin1Char('\n')))
            w = std::max(w, textWidth(m.smallBold, line) + 2);
        const double h = shown.contains(QLatin1Char('\n')) ? boldMetrics.height() + boldMetrics.lineSpacing() : boldMetrics.height();
        const double r = 0.5 * m.em + m.pad / 2;
        const QRectF candidates[] = {
            QRectF(a.end.x() - w / 2, a.end.y() + r, w, h),
            QRectF(a.end.x() - w / 2, a.end.y() - r - h, w, h),
            QRectF(a.end.x() + r, a.end.y() - h / 2, w, h),
            QRectF(a.end.x() - r - w, a.end.y() - h / 2, w, h),
            QRectF(a.end.x() - w / 2, a.end.y() + r + h, w, h),
        };
        for (const QRectF &c : candidates) {
            const QRectF in = clampX(c, textLeft, textRight);
            if (taken.isFree(in)) {
                keep({in, shown, shown == text ? QString() : text, TextKind::DropReason, a.segment, a.from, a.t1});
                break;
            }
        }
    }

    // 5. Arrow labels, horizontal, just above (else under) their line, 35 % of the way from the
    // sender if free, else further along, never over another arrow's head. A label too long for
    // the room between the lifelines is written on two lines ("ACK of / the FIN", "SYN- / ACK"),
    // else in short ("FIN #2" for "retransmitted FIN", "ACK" for "ACK of the SYN-ACK"); only
    // where none of these has a free place, clear of other arrows or not, is it elided, before it
    // is left out. The whole name is then its tooltip.
    const QFontMetricsF labelMetrics(m.label);
    const double lineHeight = labelMetrics.height();
    const double room = textRight - textLeft;
    for (const Arrow &a : m_arrows) {
        const QPointF from = a.start;
        const QPointF to = a.dropped ? a.start + 2.0 * (a.end - a.start) : a.end;
        struct Candidate {
            QString text;
            int lines = 1;
            bool whole = false; ///< the whole name (on one line or two): no tooltip needed
        };
        // What names the segment whole (one line, two lines, its short name), then what is cut.
        std::vector<Candidate> readable, elided;
        const auto addReadable = [&](const QString &text, bool whole) {
            if (text.isEmpty())
                return;
            if (textWidth(m.label, text) + m.pad <= room) {
                readable.push_back({text, 1, whole});
            } else if (const QString wrapped = wrapInTwo(m.label, text); !wrapped.isEmpty()) {
                const QStringList lines = wrapped.split(QLatin1Char('\n'));
                if (textWidth(m.label, lines[0]) + m.pad <= room && textWidth(m.label, lines[1]) + m.pad <= room)
                    readable.push_back({wrapped, 2, whole});
            }
        };
        addReadable(a.label, true);
        addReadable(a.shortLabel, false);
        if (readable.empty() || readable.front().text != a.label) {
            // Cut only where that keeps more than the short name says: "AC…" for "ACK of the FIN"
            // tells less than the "ACK" that had no place, and is left out.
            const qsizetype shortChars = a.shortLabel.size();
            for (double share : {1.0, 0.6}) {
                const QString shown = elideTo(m.label, a.label, share * room - m.pad);
                if (!shown.isEmpty() && shown.size() - 1 > shortChars && (elided.empty() || elided.back().text != shown))
                    elided.push_back({shown, 1, false});
            }
        }
        // Clear of other arrows' lines and of idle breaks' bands where it can be, else only clear
        // of text and markers.
        const auto crossesAnArrow = [&](const QRectF &r) {
            for (const TimeMap::Break &b : m_map.breaks())
                if (r.bottom() > b.y0 && r.top() < b.y1)
                    return true;
            for (int j : arrowsBetween(r.top(), r.bottom())) {
                const Arrow &other = m_arrows[std::size_t(j)];
                if (other.segment != a.segment && lineCrossesRect(other.start, other.end, r))
                    return true;
            }
            return false;
        };
        // Never over another arrow's head: where it arrives is what the class watches.
        const auto coversAHead = [&](const QRectF &r) {
            for (int j : arrowsBetween(r.top() - m.em, r.bottom() + m.em)) {
                const Arrow &other = m_arrows[std::size_t(j)];
                if (other.segment == a.segment || other.dropped)
                    continue;
                const QPointF d = other.end - other.start;
                const double len = std::hypot(d.x(), d.y());
                const QPointF c = len > 0 ? other.end - (0.35 * m.em / len) * d : other.end;
                if (r.intersects(QRectF(c.x() - 0.4 * m.em, c.y() - 0.4 * m.em, 0.8 * m.em, 0.8 * m.em)))
                    return true;
            }
            return false;
        };
        const auto placeAt = [&](const Candidate &c, bool clearOfArrows) {
            double widest = 0;
            for (const QString &line : c.text.split(QLatin1Char('\n')))
                widest = std::max(widest, textWidth(m.label, line));
            const double w = widest + m.pad;
            const double h = c.lines == 1 ? lineHeight : lineHeight + labelMetrics.lineSpacing();
            for (double f : {0.35, 0.55, 0.2, 0.75}) {
                const double cx = from.x() + f * (to.x() - from.x());
                const QRectF base = clampX(QRectF(cx - w / 2, 0, w, h), textLeft, textRight);
                const double yl = lineYAt(from, to, base.left());
                const double yr = lineYAt(from, to, base.right());
                for (bool above : {true, false}) {
                    const double top = above ? std::min(yl, yr) - m.pad / 2 - h : std::max(yl, yr) + m.pad / 2;
                    const QRectF r(base.left(), top, w, h);
                    if (taken.isFree(r) && !coversAHead(r) && (!clearOfArrows || !crossesAnArrow(r))) {
                        keep({r, c.text, c.whole ? QString() : a.label, TextKind::ArrowLabel, a.segment, a.from, a.t0});
                        return true;
                    }
                }
            }
            return false;
        };
        const auto placeFirst = [&](const std::vector<Candidate> &candidates) {
            for (bool clearOfArrows : {true, false})
                for (const Candidate &c : candidates)
                    if (placeAt(c, clearOfArrows))
                        return true;
            return false;
        };
        if (!placeFirst(readable))
            placeFirst(elided);
    }

    // 6. How each timer ended ("SYN-ACK cancelled"), beside the end of its bar.
    for (const TimerBar &bar : m_timers) {
        if (bar.continued)
            continue;
        const TimerRecord &r = trace.timers[std::size_t(bar.timer)];
        const QString text = text::timerLabel(r.kind) + QLatin1Char(' ') + text::timerActionLabel(r.end);
        const auto [left, right] = outerColumn(bar.side);
        const double gap = 0.6 * m.em;
        bool placed = false;
        // Whole (on one line or two) wherever that is free, before elided.
        for (int pass = 0; pass < 2 * 5 * 2 && !placed; ++pass) {
            const bool mayElide = pass >= 10;
            const double dy = std::array{0.0, 1.0, -1.0, 2.0, 3.0}[std::size_t(pass % 10 / 2)];
            const double dir = pass % 2 == 0 ? outward(bar.side) : -outward(bar.side);
            {
                const bool alignLeft = dir > 0;
                const double x = bar.x + dir * gap;
                if (x < left || x > right)
                    continue;
                const double y = bar.yEnd + dy * m.smallEm;
                Fitted f = fit(m.small, text, x, alignLeft, y, left, right);
                // On two lines ("TIME_WAIT / cancelled") rather than elided, where that is free.
                if (f.elided) {
                    const QStringList lines = wrapInTwo(m.small, text).split(QLatin1Char('\n'));
                    const double room = alignLeft ? right - x : x - left;
                    if (lines.size() == 2) {
                        const double w = std::max(textWidth(m.small, lines[0]), textWidth(m.small, lines[1]));
                        const double h = smallMetrics.height() + smallMetrics.lineSpacing();
                        const QRectF r(alignLeft ? x : x - w, y - h / 2, w, h);
                        if (w <= room && taken.isFree(r))
                            f = {r, lines.join(QLatin1Char('\n')), false};
                    }
                }
                if (f.text.isEmpty() || (f.elided && !mayElide) || !taken.isFree(f.rect))
                    continue;
                keep({f.rect, f.text, f.elided ? text : QString(), TextKind::TimerEnd, bar.timer, bar.side,
                      r.endedAt != kNever ? r.endedAt : trace.end});
                placed = true;
            }
        }
    }

    // 7. Times on the axis, a line apart (the axis column holds nothing else but the playhead's clock).
    // Where the column is narrower than a whole clock (300 % in a 1280x720 window), a tick keeps the
    // decimals that fit, rounded ("1.024 s" for 1.023568 s); a tick that would read as the one
    // above it ("1.024 s" for 1.024068 s too) is left out, so every tick shown is a different time.
    double last = -1e18;
    QString lastText;
    const double right = m_columns.axisRight - 2 * m.pad;
    for (std::size_t i = 0; i < m_map.knots().size(); ++i) {
        const SimTime t = m_map.knots()[i];
        const double y = m_map.y(t);
        const double h = smallMetrics.height();
        if (y - last < h + m.pad / 2)
            continue;
        QString text = formatClock(t);
        for (int d = clockDecimals(t) - 1; d >= 0 && textWidth(m.small, text) > right - m.pad / 2; --d)
            text = formatClock(t, d);
        const double w = textWidth(m.small, text);
        if (w > right - m.pad / 2)
            break; // a narrow axis: no room for times (the playhead's clock is elided)
        if (text == lastText)
            continue;
        last = y;
        lastText = text;
        m_texts.push_back({QRectF(right - w, y - h / 2, w, h), text, QString(), TextKind::Tick, int(i), Side::Client, t});
    }

    std::sort(m_texts.begin(), m_texts.end(), [](const PlacedText &a, const PlacedText &b) { return a.rect.top() < b.rect.top(); });
    for (const PlacedText &t : m_texts)
        m_maxTextHeight = std::max(m_maxTextHeight, t.rect.height());
}

} // namespace closelab
