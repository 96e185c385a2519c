// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sequencelayout.h"

#include "views/codetexts.h"
#include "views/segmenttext.h"
#include "views/sidestate.h"
#include "views/timeformat.h"
#include "views/textwidth.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {

// Where along its path a lost segment is drawn to stop: in the network, or at the receiver
// when the receiving host itself discarded it.
double dropFraction(const std::optional<DropReason> &reason)
{
    if (!reason)
        return 0.5;
    switch (*reason) {
    case DropReason::HostDown:
    case DropReason::ListenOverflow:
    case DropReason::SynQueueFull:
    case DropReason::NoSocket:
        return 0.9;
    case DropReason::RandomLoss:
    case DropReason::DropRule:
    case DropReason::Firewall:
    case DropReason::LostAfterCapture:
        break;
    }
    return 0.5;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = ab.x() * ab.x() + ab.y() * ab.y();
    double f = len2 > 0 ? ((p.x() - a.x()) * ab.x() + (p.y() - a.y()) * ab.y()) / len2 : 0.0;
    f = std::clamp(f, 0.0, 1.0);
    const QPointF q = a + f * ab - p;
    return std::sqrt(q.x() * q.x() + q.y() * q.y());
}

} // namespace

SequenceLayout SequenceLayout::outline(const Trace &trace, const TimeMap &map, double width, double zoom, const Titles &titles)
{
    return SequenceLayout(OutlineOnly{}, trace, map, width, zoom, titles);
}

SequenceLayout::SequenceLayout(OutlineOnly, const Trace &trace, const TimeMap &map, double width, double zoom, const Titles &titles)
    : m_metrics(SequenceMetrics::at(zoom)), m_map(map)
{
    placeColumns(trace, width);
    // A title that needs two lines makes the header a line taller, and everything under it moves
    // down as much.
    m_headerHeight = m_metrics.headerHeight();
    if (titleLines(Side::Client, titles.client, true).size() > 1 || titleLines(Side::Server, titles.server, true).size() > 1) {
        const double line = QFontMetricsF(m_metrics.title).height();
        m_headerHeight += line;
        TimeMap::Params params = map.params();
        params.top += line;
        m_map = TimeMap(map.knots(), params);
    }
}

SequenceLayout::SequenceLayout(const Trace &trace, const TimeMap &map, double width, double zoom, const Titles &titles)
    : SequenceLayout(OutlineOnly{}, trace, map, width, zoom, titles)
{
    // Arrows, in send order (so their start y grows).
    m_arrows.reserve(trace.segments.size());
    for (std::size_t i = 0; i < trace.segments.size(); ++i) {
        const SegmentRecord &s = trace.segments[i];
        if (!trace.onLifelines(s))
            continue; // another connection of the population: its own ports, not these lifelines
        Arrow a;
        a.segment = int(i);
        a.from = s.from;
        a.t0 = s.sentAt;
        a.dropped = s.droppedAt != kNever;
        a.t1 = a.dropped ? s.droppedAt : (s.arrivesAt != kNever ? s.arrivesAt : trace.end);
        const double x0 = lifelineX(s.from);
        const double x1 = lifelineX(peerOf(s.from));
        a.start = QPointF(x0, m_map.y(a.t0));
        const double f = a.dropped ? dropFraction(s.dropReason) : 1.0;
        a.end = QPointF(x0 + f * (x1 - x0), m_map.y(a.t1));
        a.label = segmentLabel(trace, int(i));
        if (!tcpdumpNotation()) {
            a.shortLabel = segmentShortName(trace, int(i));
            // "ACK of the SYN-ACK" too long for a narrow ladder is the "ACK" the diagram calls
            // every other bare acknowledgement (its tooltip says of what).
            if (a.shortLabel == a.label && s.header.flags == FlagAck && s.header.len == 0)
                a.shortLabel = QStringLiteral("ACK");
            if (a.shortLabel == a.label)
                a.shortLabel.clear();
        }
        if (s.frame != 0) { // a captured segment: its frame number first, so eliding keeps it
            const QString frame = frameLabel(s) + QStringLiteral("  ");
            a.label = frame + a.label;
            if (!a.shortLabel.isEmpty())
                a.shortLabel = frame + a.shortLabel;
        }
        m_maxArrowHeight = std::max(m_maxArrowHeight, a.end.y() - a.start.y());
        m_arrows.push_back(std::move(a));
    }

    // Lifeline states and application calls.
    // Before its first change a lifeline is in that change's `from` state (a listener is LISTEN).
    TcpState current[2] = {TcpState::Closed, TcpState::Closed};
    bool seen[2] = {false, false};
    for (const TraceEvent &e : trace.events) {
        const int h = e.host == Side::Client ? 0 : 1;
        if (e.type == EventType::State && e.conn == 0 && !seen[h]) {
            current[h] = e.from;
            seen[h] = true;
        }
    }
    SimTime since[2] = {trace.start, trace.start};
    for (std::size_t i = 0; i < trace.events.size(); ++i) {
        const TraceEvent &e = trace.events[i];
        const int h = e.host == Side::Client ? 0 : 1;
        if (e.type == EventType::State && e.conn == 0) {
            if (e.t > since[h])
                m_bands.push_back({e.host, current[h], since[h], e.t, m_map.y(since[h]), m_map.y(e.t)});
            current[h] = e.to;
            since[h] = e.t;
            m_marks.push_back({int(i), e.host, e.to, e.t, m_map.y(e.t)});
        } else if (e.type == EventType::App && e.conn == 0) {
            m_apps.push_back({int(i), e.host, e.t, QPointF(lifelineX(e.host), m_map.y(e.t)), appCallText(e)});
        }
    }
    for (int h = 0; h < 2; ++h) {
        const SimTime end = std::max(trace.end, since[h]);
        m_bands.push_back({h == 0 ? Side::Client : Side::Server, current[h], since[h], end, m_map.y(since[h]), m_map.y(end)});
    }

    placeTimers(trace);
    placeTexts(trace);
}

void SequenceLayout::placeColumns(const Trace &trace, double width)
{
    const SequenceMetrics &m = m_metrics;
    QFont clock = m.small;
    clock.setBold(true);
    QStringList samples{formatClock(trace.start), formatClock(trace.end), formatClock(fromSeconds(8.888888))};
    if (trace.start < 0)
        samples << formatClock(fromSeconds(-8.888888));
    if (trace.end >= 10 * kSec)
        samples << formatClock(fromSeconds(88.888888));
    double clockWidth = 0;
    for (const QString &s : samples)
        clockWidth = std::max(clockWidth, textWidth(clock, s));
    m_columns.width = width;
    // The time axis takes what its widest clock needs, but never more than a quarter of the view.
    m_columns.axisRight = std::min(clockWidth + 3 * m.pad, 0.25 * width);
    double stateWidth = 0;
    for (TcpState s : kAllStates)
        stateWidth = std::max(stateWidth, badgeSize(m.badge, text::stateName(s), m).width());
    m_columns.stateWidth = stateWidth;
    m_columns.laneWidth = std::round(1.1 * m.smallEm);

    // Outside each lifeline: its state tags, then timer lanes and their labels. The arrows between
    // the lifelines keep at least a fifth of the room, so the client stays left of the server
    // however narrow the view or large the zoom (labels that do not fit are elided or left out).
    const double avail = std::max(0.0, width - m_columns.axisRight);
    double outer = std::clamp(width * 0.30, 11 * m.em, 22 * m.em);
    const double minMiddle = 17 * m.em;
    if (avail - 2 * outer < minMiddle)
        outer = (avail - minMiddle) / 2;
    // A state name should fit beside its lifeline whole (FIN_WAIT1 rather than "FIN_…") while the
    // arrows keep a fifth of the room.
    const double stateNeeds = stateWidth + 1.2 * m.em;
    outer = std::max(outer, std::min(stateNeeds, 0.38 * avail));
    outer = std::clamp(outer, 0.2 * avail, 0.4 * avail);
    // The arrows keep room for a protocol name on one line ("SYN-ACK"), so that a label's short
    // name ("ACK #2", "FIN #3", "data #2") is whole at 200 and 300 % rather than "retra…" or
    // nothing; the state names beside the lifelines take a smaller badge for it.
    const double lifelineHalf = 0.25 * m.em;
    const double labelNeeds = textWidth(m.label, QStringLiteral("SYN-ACK")) + m.pad + 2 * (lifelineHalf + m.pad) - m.pad;
    if (avail - 2 * outer < labelNeeds)
        outer = std::max(0.2 * avail, (avail - labelNeeds) / 2);
    m_columns.clientX = m_columns.axisRight + outer;
    m_columns.serverX = width - outer;
}

void SequenceLayout::placeTimers(const Trace &trace)
{
    // Timers: each side's timers take the first lane free at the time they are armed.
    std::vector<SimTime> laneFree[2];
    std::vector<int> laneBar[2]; // index into m_timers of each lane's latest bar
    for (std::size_t i = 0; i < trace.timers.size(); ++i) {
        const TimerRecord &r = trace.timers[i];
        if (r.conn != 0)
            continue;
        const int h = r.host == Side::Client ? 0 : 1;
        const SimTime end = r.endedAt != kNever ? r.endedAt : std::max(trace.end, r.armedAt);
        auto &lanes = laneFree[h];
        int lane = 0;
        while (lane < int(lanes.size()) && lanes[std::size_t(lane)] > r.armedAt)
            ++lane;
        if (lane == int(lanes.size())) {
            lanes.push_back(end);
            laneBar[h].push_back(-1);
        } else {
            lanes[std::size_t(lane)] = end;
        }
        const int previous = laneBar[h][std::size_t(lane)];
        if (previous >= 0 && trace.timers[std::size_t(m_timers[std::size_t(previous)].timer)].endedAt == r.armedAt)
            m_timers[std::size_t(previous)].continued = true;
        laneBar[h][std::size_t(lane)] = int(m_timers.size());
        TimerBar bar;
        bar.timer = int(i);
        bar.side = r.host;
        bar.lane = lane;
        bar.yArmed = m_map.y(r.armedAt);
        bar.yEnd = m_map.y(end);
        bar.yExpires = m_map.y(r.expires);
        m_timers.push_back(bar);
    }
    m_lanes[0] = int(laneFree[0].size());
    m_lanes[1] = int(laneFree[1].size());
    // The lanes sit outside the state column; in a narrow view the outer side is shorter than the
    // state column plus the lanes, and the lanes move in toward the lifeline rather than into the
    // time axis or past the edge. Every lane stays a gap inside the outer side.
    const int lanes = std::max(m_lanes[0], m_lanes[1]);
    const double outer = m_columns.clientX - m_columns.axisRight;
    const double gap = 2 * m_metrics.pad;
    m_laneOffset = std::max(gap, std::min(gap + m_columns.stateWidth, outer - gap - std::max(0, lanes - 1) * m_columns.laneWidth));
    for (TimerBar &bar : m_timers)
        bar.x = laneX(bar.side, bar.lane);
}

double SequenceLayout::laneX(Side s, int lane) const
{
    return lifelineX(s) + outward(s) * (m_laneOffset + lane * m_columns.laneWidth);
}

std::pair<double, double> SequenceLayout::outerColumn(Side s) const
{
    const double lifelineHalf = 0.25 * m_metrics.em;
    if (s == Side::Client)
        return {m_columns.axisRight + m_metrics.pad, m_columns.clientX - lifelineHalf - m_metrics.pad};
    return {m_columns.serverX + lifelineHalf + m_metrics.pad, m_columns.width - m_metrics.pad};
}

std::pair<double, double> SequenceLayout::headerColumn(Side s) const
{
    const double mid = (m_columns.clientX + m_columns.serverX) / 2;
    return s == Side::Client ? std::pair{m_metrics.pad, mid - m_metrics.pad} : std::pair{mid + m_metrics.pad, m_columns.width - m_metrics.pad};
}

QStringList SequenceLayout::titleLines(Side s, const QString &title, bool twoLines, bool split) const
{
    if (title.isEmpty())
        return {};
    const auto [left, right] = headerColumn(s);
    const QString separator = QStringLiteral(" · ");
    const qsizetype cut = title.indexOf(separator);
    // A line that does not fit takes its short form before it is elided: the role alone for the
    // whole title ("client"), the port alone for the address (":80" for "10.0.0.2:80", the server's
    // half being the narrower at 300 % in a 1280x720 window).
    const auto fitted = [&](const QString &line, const QString &shortForm) {
        if (textWidth(m_metrics.title, line) <= right - left || shortForm.isEmpty())
            return elideTo(m_metrics.title, line, right - left);
        return elideTo(m_metrics.title, shortForm, right - left);
    };
    if ((textWidth(m_metrics.title, title) <= right - left && !split) || !twoLines || cut < 0) {
        const QString shown = fitted(title, cut < 0 ? QString() : title.left(cut));
        return shown.isEmpty() ? QStringList{} : QStringList{shown};
    }
    QStringList lines;
    const QString address = title.mid(cut + separator.size());
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    for (const QString &shown : {fitted(title.left(cut), {}), fitted(address, colon > 0 ? address.mid(colon) : QString())}) {
        if (!shown.isEmpty())
            lines << shown;
    }
    return lines;
}

std::vector<PlacedText> SequenceLayout::headerTexts(const Trace &trace, const SequenceFrame::Request &req) const
{
    // Each side's title and state now, centred on its lifeline inside its half. A second title line
    // only where the layout made the header tall enough for it.
    const SequenceMetrics &m = m_metrics;
    const QRectF &vp = req.viewport;
    const double line = QFontMetricsF(m.title).height();
    const bool twoLines = m_headerHeight >= m.headerHeight() + line - 0.5;
    // Where one side takes two lines both do, role beside role and address beside address: a
    // one-line "client · 10.0.0.1:57574" beside "server" read as one line from the back of a room.
    const bool split = twoLines
        && (titleLines(Side::Client, req.clientTitle, true).size() > 1 || titleLines(Side::Server, req.serverTitle, true).size() > 1);
    std::vector<PlacedText> out;
    const auto clamped = [](QRectF r, double left, double right) {
        if (r.right() > right)
            r.moveRight(right);
        if (r.left() < left)
            r.moveLeft(left);
        return r;
    };
    for (Side s : {Side::Client, Side::Server}) {
        auto [left, right] = headerColumn(s);
        left += vp.left();
        right += vp.left();
        const double x = lifelineX(s) + vp.left();
        const QString title = s == Side::Client ? req.clientTitle : req.serverTitle;
        const QStringList lines = titleLines(s, title, twoLines, split);
        const bool whole = lines.join(QStringLiteral(" · ")) == title;
        double top = vp.top() + m.pad;
        for (const QString &shown : lines) {
            const double w = textWidth(m.title, shown);
            const QRectF r = clamped(QRectF(x - w / 2, top, w, line), left, right);
            out.push_back({r, shown, whole ? QString() : title, TextKind::Title, int(s), s, req.t});
            top += line;
        }
        // The one state every view shows for a side (views/sidestate: LISTEN while the server listens).
        const QString state = text::stateName(sideStateAt(trace, s, req.t));
        // Whole in a smaller badge (as beside the lifelines) before elided: "ESTABLISHED" at 300 %.
        int smaller = 0;
        QString stateShown = elideTo(m.badge, state, right - left - 2 * m.pad);
        for (std::size_t i = 0; stateShown != state && i < m.smallerBadges.size(); ++i) {
            if (textWidth(m.smallerBadges[i], state) <= right - left - 2 * m.pad) {
                stateShown = state;
                smaller = int(i) + 1;
            }
        }
        if (!stateShown.isEmpty()) {
            const QFont &font = smaller > 0 ? m.smallerBadges[std::size_t(smaller - 1)] : m.badge;
            const QSizeF size = badgeSize(font, stateShown, m);
            // Centred in the band the badge font's badge takes.
            const double badgeTop = vp.top() + m_headerHeight - 2 * m.pad - m.badgeHeight() + (m.badgeHeight() - size.height()) / 2;
            const QRectF r = clamped(QRectF(x - size.width() / 2, badgeTop, size.width(), size.height()), left, right);
            PlacedText p{r, stateShown, stateShown == state ? QString() : state, TextKind::HeaderState, int(s), s, req.t};
            p.smaller = smaller;
            out.push_back(std::move(p));
        }
    }
    return out;
}

std::pair<double, double> SequenceLayout::middleColumn() const
{
    const double lifelineHalf = 0.25 * m_metrics.em;
    return {m_columns.clientX + lifelineHalf + m_metrics.pad, m_columns.serverX - lifelineHalf - m_metrics.pad};
}

QPointF SequenceLayout::headAt(const Arrow &a, SimTime t) const
{
    if (t <= a.t0)
        return a.start;
    if (t >= a.t1)
        return a.end;
    const double dy = a.end.y() - a.start.y();
    double f;
    if (dy > 0.5)
        f = (m_map.y(t) - a.start.y()) / dy;
    else
        f = double(t - a.t0) / double(a.t1 - a.t0);
    f = std::clamp(f, 0.0, 1.0);
    return a.start + f * (a.end - a.start);
}

int SequenceLayout::arrowAt(QPointF p, double tolerance) const
{
    int best = -1;
    double bestDistance = tolerance;
    for (int i : arrowsBetween(p.y() - tolerance, p.y() + tolerance)) {
        const Arrow &a = m_arrows[std::size_t(i)];
        const double d = distanceToSegment(p, a.start, a.end);
        if (d <= bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

std::vector<int> SequenceLayout::arrowsBetween(double y0, double y1) const
{
    std::vector<int> out;
    const double from = y0 - m_maxArrowHeight;
    auto it = std::lower_bound(m_arrows.begin(), m_arrows.end(), from,
                               [](const Arrow &a, double y) { return a.start.y() < y; });
    for (; it != m_arrows.end() && it->start.y() <= y1; ++it) {
        if (it->end.y() >= y0)
            out.push_back(int(it - m_arrows.begin()));
    }
    return out;
}

} // namespace closelab
