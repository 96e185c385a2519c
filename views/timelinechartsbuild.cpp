// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline charts' content: the retransmission, timer and occupancy charts built from the
// TimelineData (graphs, bars, duration and limit labels), with their colours and marker shapes.
// The view (views/timelinechartsview.cpp) owns the plot, the playhead, zoom and interaction; the
// labels are fitted after each layout in views/timelinechartslabels.cpp.
#include "views/chartticker.h"
#include "views/codetexts.h"
#include "views/palette.h"
#include "views/timeformat.h"
#include "views/timelinechartsview.h"
#include "views/zoom.h"

#include <algorithm>
#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace closelab {

namespace {
constexpr int kMaxTimerLabels = 150;

QColor resourceColor(const QString &what)
{
    if (what == QLatin1String("syn_queue")) return QColor(0x5b, 0x84, 0xb1);
    if (what == QLatin1String("accept_queue")) return QColor(0x4f, 0x9d, 0x69);
    if (what == QLatin1String("tw_buckets")) return palette::stateColor(TcpState::TimeWait);
    if (what == QLatin1String("orphans")) return QColor(0xd9, 0x8c, 0x3f);
    if (what == QLatin1String("ports_in_use")) return QColor(0x8e, 0x5b, 0xa8);
    if (what == QLatin1String("fds")) return QColor(0x7a, 0x7a, 0x7a);
    return palette::ink();
}

QColor columnColor(const QString &column)
{
    const QString what = column.section(QLatin1Char('.'), 1);
    for (int s = 0; s <= int(TcpState::LastAck); ++s) {
        if (text::stateName(TcpState(s)) == what)
            return palette::stateColor(TcpState(s));
    }
    return resourceColor(what);
}

QColor timerColor(TimerKind k)
{
    switch (k) {
    case TimerKind::Retransmit: return QColor(0xc0, 0x4b, 0x3c);
    case TimerKind::LossProbe: return QColor(0xe0, 0x8a, 0x7c);
    case TimerKind::ZeroWindowProbe: return QColor(0x9b, 0x6a, 0x3c);
    case TimerKind::Keepalive: return QColor(0x4f, 0x9d, 0x69);
    case TimerKind::TimeWait: return palette::stateColor(TcpState::TimeWait);
    case TimerKind::FinWait2: return palette::stateColor(TcpState::FinWait2);
    case TimerKind::SynAck: return QColor(0x5b, 0x84, 0xb1);
    case TimerKind::DelayedAck: return QColor(0x9a, 0xa0, 0xa6);
    case TimerKind::Linger: return QColor(0x8e, 0x5b, 0xa8);
    }
    return palette::ink();
}

QCPScatterStyle::ScatterShape retransShape(RetransKind k)
{
    switch (k) {
    case RetransKind::Syn: return QCPScatterStyle::ssTriangle;
    case RetransKind::SynAck: return QCPScatterStyle::ssTriangleInverted;
    case RetransKind::Fin: return QCPScatterStyle::ssDiamond;
    case RetransKind::Data: return QCPScatterStyle::ssCircle;
    case RetransKind::Probe: return QCPScatterStyle::ssSquare;
    case RetransKind::Keepalive: return QCPScatterStyle::ssCross;
    }
    return QCPScatterStyle::ssDisc;
}

QColor retransColor(RetransKind k)
{
    switch (k) {
    case RetransKind::Syn:
    case RetransKind::SynAck: return palette::segmentColor(FlagSyn);
    case RetransKind::Fin: return palette::segmentColor(FlagFin);
    case RetransKind::Data: return QColor(0x4a, 0x5a, 0x6a);
    case RetransKind::Probe: return QColor(0x9b, 0x6a, 0x3c);
    case RetransKind::Keepalive: return QColor(0x4f, 0x9d, 0x69);
    }
    return palette::ink();
}
} // namespace

QString columnShortLabel(const QString &column)
{
    const QString host = column.section(QLatin1Char('.'), 0, 0);
    const QString what = column.section(QLatin1Char('.'), 1);
    if (what == QLatin1String("syn_queue")) return TimelineChartsView::tr("SYN queue");
    if (what == QLatin1String("accept_queue")) return TimelineChartsView::tr("accept queue");
    if (what == QLatin1String("tw_buckets")) return TimelineChartsView::tr("TIME_WAIT buckets");
    if (what == QLatin1String("orphans")) return TimelineChartsView::tr("orphans");
    if (what == QLatin1String("ports_in_use")) return TimelineChartsView::tr("ports in use");
    if (what == QLatin1String("fds")) return TimelineChartsView::tr("file descriptors");
    if (host == QLatin1String("retrans")) return TimelineChartsView::tr("%1 retransmissions").arg(what);
    return what;
}

QString columnLabel(const QString &column)
{
    const QString host = column.section(QLatin1Char('.'), 0, 0);
    const QString label = columnShortLabel(column);
    if (host == QLatin1String("client")) return TimelineChartsView::tr("%1 (client)").arg(label);
    if (host == QLatin1String("server")) return TimelineChartsView::tr("%1 (server)").arg(label);
    return label;
}

void TimelineChartsView::buildRetransmissions()
{
    QCPAxis *x = m_retransRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_retransRect->axis(QCPAxis::atLeft);
    if (m_data.population) {
        y->setScaleType(QCPAxis::stLinear);
        y->setTicker(QSharedPointer<QCPAxisTicker>(new ChartTicker(y)));
        double top = 1;
        for (const OccupancyLine &line : std::as_const(m_data.retransCounts)) {
            QCPGraph *g = m_plot->addGraph(x, y);
            g->setName(columnLabel(line.name));
            g->setLineStyle(QCPGraph::lsStepLeft);
            const auto kind = line.name.section(QLatin1Char('.'), 1);
            RetransKind k = RetransKind::Data;
            for (int i = 0; i < kRetransKindCount; ++i) {
                if (text::retransKindLabel(RetransKind(i)) == kind || QString::fromLatin1(retransKindName(RetransKind(i)).data()) == kind)
                    k = RetransKind(i);
            }
            // A cosmetic pen: a wide one makes the raster engine stroke every segment as a polygon.
            g->setPen(QPen(retransColor(k), 1));
            addStepGraph(g, &line);
            g->addToLegend(m_retransLegend);
            m_legendEntries.append({g, m_retransLegend});
            m_legendNames << g->name();
            m_legendHosts << QString();
            m_legendWeights.push_back(line.maximum());
            top = std::max(top, line.maximum());
        }
        y->setRange(0, top * 1.2);
        return;
    }
    y->setScaleType(QCPAxis::stLogarithmic);
    y->setTicker(QSharedPointer<QCPAxisTicker>(new ChartTicker(y)));
    double lo = 0.1, hi = 2;
    for (int k = 0; k < kRetransKindCount; ++k) {
        QVector<double> keys, values;
        for (const RetransMark &m : std::as_const(m_data.retransmissions)) {
            if (int(m.kind) == k) {
                keys << m.t;
                values << std::max(m.rto, 1e-4);
                lo = std::min(lo, m.rto * 0.6);
                hi = std::max(hi, m.rto * 1.6);
            }
        }
        if (keys.isEmpty())
            continue;
        QCPGraph *g = m_plot->addGraph(x, y);
        g->setName(text::retransKindLabel(RetransKind(k)));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(retransShape(RetransKind(k)), retransColor(RetransKind(k)), zoom::em(zoom::font(m_zoom)) * 0.6));
        g->setData(keys, values, true);
        g->addToLegend(m_retransLegend);
        m_legendEntries.append({g, m_retransLegend});
        m_legendNames << g->name();
        m_legendHosts << QString();
        m_legendWeights.push_back(keys.size());
    }
    // At least two decades, so that the axis has two decades to label where it has room.
    y->setRange(std::max(std::min(lo, hi / 100), 1e-4), hi);
}

void TimelineChartsView::buildTimers()
{
    QCPAxis *x = m_timerRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_timerRect->axis(QCPAxis::atLeft);
    // Row labels go to the axis in fitTimerLanes(), as many as the rows' height leaves room for.
    m_rowLabels.clear();
    m_rowRunStart.clear();
    // With more than one connection's timers, each row names its connection as the rest of the window does:
    // connection 0 is "#1" (the population bar's "connection #1 of N"), connection c is "#c+1".
    const bool severalConnections = std::any_of(m_data.timerRows.cbegin(), m_data.timerRows.cend(), [](const TimerRow &row) {
        return row.conn != 0 && row.conn != kListenerConn;
    });
    for (int r = 0; r < m_data.timerRows.size(); ++r) {
        const TimerRow &row = m_data.timerRows[r];
        QString label = text::sideRole(row.host) + QLatin1Char(' ') + text::timerLabel(row.kind);
        const bool runStart = r == 0 || m_data.timerRows[r - 1].host != row.host || m_data.timerRows[r - 1].kind != row.kind;
        if (severalConnections && row.conn != kListenerConn)
            label += QStringLiteral(" #%1").arg(qulonglong(row.conn) + 1);
        m_rowLabels << label;
        m_rowRunStart.push_back(runStart);
    }
    m_shownLanes.clear();
    y->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    y->setRange(-0.7, std::max<double>(1, m_data.timerRows.size()) - 0.3);
    y->setRangeReversed(true);
    const double em = zoom::em(zoom::font(m_zoom));
    const int barWidth = int(std::lround(m_data.timerRows.size() > 8 ? em * 0.25 : em * 0.55));
    int labels = 0;
    // A label only where a bar is long enough to carry one at the whole-run zoom.
    const double labelSpan = (m_data.tMax - m_data.tMin) * 0.04;
    for (int k = 0; k <= int(TimerKind::Linger); ++k) {
        QVector<double> t, keys, values;
        for (const TimerBar &bar : std::as_const(m_data.timerBars)) {
            if (int(bar.kind) != k)
                continue;
            const double nan = std::numeric_limits<double>::quiet_NaN();
            t << t.size() << t.size() + 1 << t.size() + 2;
            keys << bar.start << bar.end << bar.end;
            values << bar.row << bar.row << nan;
            if (labels < kMaxTimerLabels && bar.duration >= labelSpan) {
                auto *text = new QCPItemText(m_plot);
                // Above the bars (which are drawn after it on the main layer).
                text->setLayer(QStringLiteral("axes"));
                text->setClipAxisRect(m_timerRect);
                text->position->setAxes(x, y);
                text->position->setCoords((bar.start + bar.end) / 2, bar.row);
                text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
                text->setText(formatDuration(SimTime(std::llround(bar.duration * 1e9)))
                              + (bar.ending == TimerAction::Cancel ? QStringLiteral(" ✕") : QString()));
                // Dark text on a light plate: readable on a red or violet bar too.
                text->setFont(zoom::font(m_zoom, 0.8));
                text->setColor(palette::ink());
                text->setBrush(QColor(255, 255, 255, 235));
                const int pad = int(std::lround(em * 0.1));
                text->setPadding(QMargins(pad, 0, pad, 0));
                m_durationLabels.append({text, bar.duration});
                ++labels;
            }
        }
        if (keys.isEmpty())
            continue;
        auto *curve = new QCPCurve(x, y);
        curve->setName(text::timerLabel(TimerKind(k)));
        QPen pen(timerColor(TimerKind(k)), barWidth);
        pen.setCapStyle(Qt::FlatCap);
        curve->setPen(pen);
        curve->setData(t, keys, values, true);
    }
}

void TimelineChartsView::buildOccupancy()
{
    QCPAxis *x = m_occupancyRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_occupancyRect->axis(QCPAxis::atLeft);
    y->setTicker(QSharedPointer<QCPAxisTicker>(new ChartTicker(y)));
    double top = 1;
    for (const OccupancyLine &line : std::as_const(m_data.occupancy))
        top = std::max(top, line.maximum());
    double shownTop = top;
    // Limits already drawn, by sysctl and value: the client's and the server's equal limit (both
    // "ulimit -n = 1024") share one line and one label naming both, not two labels stacked.
    struct Limit {
        QString key;
        double value;
        QString host;
        qsizetype index; // in m_limitLabels
    };
    std::vector<Limit> limits;
    for (const OccupancyLine &line : std::as_const(m_data.occupancy)) {
        const bool shown = line.maximum() > 0;
        if (!shown)
            continue;
        QCPGraph *g = m_plot->addGraph(x, y);
        g->setName(columnLabel(line.name));
        g->setLineStyle(QCPGraph::lsStepLeft);
        // A population's lines are long: a cosmetic pen (see buildRetransmissions()).
        QPen pen(columnColor(line.name), m_data.population ? 1 : zoom::stroke(zoom::font(m_zoom), 0.1));
        if (line.name.startsWith(QLatin1String("server.")) && m_data.population)
            pen.setStyle(Qt::DashDotLine);
        g->setPen(pen);
        addStepGraph(g, &line);
        g->addToLegend(m_occupancyLegend);
        m_legendEntries.append({g, m_occupancyLegend});
        // The legend names the host once, in a heading over its entries (fitLegends()).
        const QString host = line.name.section(QLatin1Char('.'), 0, 0);
        const bool hosted = host == QLatin1String("client") || host == QLatin1String("server");
        m_legendNames << (hosted ? columnShortLabel(line.name) : g->name());
        m_legendHosts << (hosted ? host : QString());
        // A population's sockets per state come before its resources (whose limits name them).
        const bool resource = columnShortLabel(line.name) != line.name.section(QLatin1Char('.'), 1);
        m_legendWeights.push_back(line.maximum() + (m_data.population && !resource ? 1e12 : 0));
        // The limit, dashed, named after its sysctl; shown when it is within reach of the data.
        if (!std::isnan(line.limit) && line.limit <= top * 4) {
            const QString host = line.name.section(QLatin1Char('.'), 0, 0);
            const QString text = QStringLiteral("%1 = %2").arg(line.limitKey).arg(line.limit, 0, 'f', 0);
            const auto same = std::find_if(limits.begin(), limits.end(), [&](const Limit &l) {
                return l.key == line.limitKey && l.value == line.limit;
            });
            if (same != limits.end()) {
                if (same->host != host) {
                    LimitLabel &shared = m_limitLabels[same->index];
                    //: The hosts sharing a limit, under its line's label ("ulimit -n = 1024" over it)
                    const QString both = tr("client and server");
                    //: A limit line's label shared by both hosts: "ulimit -n = 1024 (client and server)"
                    shared.oneLine = tr("%1 (%2)").arg(text, both);
                    shared.twoLines = text + QLatin1Char('\n') + both;
                    shared.priority = 1;
                    shared.item->setText(shared.oneLine);
                }
                continue;
            }
            auto *limit = new QCPItemStraightLine(m_plot);
            limit->setClipAxisRect(m_occupancyRect);
            limit->point1->setAxes(x, y);
            limit->point2->setAxes(x, y);
            limit->point1->setCoords(0, line.limit);
            limit->point2->setCoords(1, line.limit);
            QPen dashed(columnColor(line.name), zoom::stroke(zoom::font(m_zoom), 0.06), Qt::DashLine);
            limit->setPen(dashed);
            auto *label = new QCPItemText(m_plot);
            label->setClipAxisRect(m_occupancyRect);
            label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            label->position->setAxisRect(m_occupancyRect);
            label->position->setTypeY(QCPItemPosition::ptPlotCoords);
            label->position->setAxes(x, y);
            label->position->setCoords(0.01, line.limit);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
            label->setText(text);
            label->setColor(columnColor(line.name));
            label->setFont(zoom::font(m_zoom, 0.8));
            label->setBrush(QColor(255, 255, 255, 220));
            limits.push_back({line.limitKey, line.limit, host, m_limitLabels.size()});
            m_limitLabels.append({label, text, text, 0});
            shownTop = std::max(shownTop, line.limit);
        }
    }
    y->setRange(0, shownTop * 1.15);
}

void TimelineChartsView::addStepGraph(QCPGraph *graph, const OccupancyLine *line)
{
    // Small lines go in whole; long ones wait for decimateToPixels(), which runs before every draw.
    if (line->t.size() <= 4096)
        graph->setData(line->t, line->value, true);
    else
        m_stepGraphs.append({graph, line});
}

} // namespace closelab
