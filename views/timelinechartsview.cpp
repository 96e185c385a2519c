// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timelinechartsview.h"

#include "views/codetexts.h"
#include "views/palette.h"
#include "views/timeformat.h"
#include "views/zoom.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace closelab {

namespace {
constexpr int kMaxTimerLabels = 150;
constexpr double kLogFloor = 1e-4; // 100 µs: the left edge of a logarithmic time axis

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

// A legend beside its chart, in the plot layout's second column: it never covers data.
QCPLegend *makeLegend(QCustomPlot *plot, int row)
{
    auto *legend = new QCPLegend;
    plot->plotLayout()->addElement(row, 1, legend);
    legend->setLayer(QStringLiteral("legend"));
    legend->setBrush(QColor(255, 255, 255, 210));
    legend->setBorderPen(QPen(palette::rule()));
    legend->setRowSpacing(0);
    legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
    legend->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    return legend;
}

// The value of a step line (lsStepLeft) at time t.
double stepValue(const OccupancyLine &line, double t)
{
    const auto it = std::upper_bound(line.t.cbegin(), line.t.cend(), t);
    if (it == line.t.cbegin())
        return 0;
    return line.value[std::distance(line.t.cbegin(), it) - 1];
}
} // namespace

QString columnLabel(const QString &column)
{
    const QString host = column.section(QLatin1Char('.'), 0, 0);
    const QString what = column.section(QLatin1Char('.'), 1);
    QString label;
    if (what == QLatin1String("syn_queue")) label = TimelineChartsView::tr("SYN queue");
    else if (what == QLatin1String("accept_queue")) label = TimelineChartsView::tr("accept queue");
    else if (what == QLatin1String("tw_buckets")) label = TimelineChartsView::tr("TIME_WAIT buckets");
    else if (what == QLatin1String("orphans")) label = TimelineChartsView::tr("orphans");
    else if (what == QLatin1String("ports_in_use")) label = TimelineChartsView::tr("ports in use");
    else if (what == QLatin1String("fds")) label = TimelineChartsView::tr("file descriptors");
    else if (host == QLatin1String("retrans")) return TimelineChartsView::tr("%1 retransmissions").arg(what);
    else label = what;
    if (host == QLatin1String("client")) return TimelineChartsView::tr("%1 (client)").arg(label);
    if (host == QLatin1String("server")) return TimelineChartsView::tr("%1 (server)").arg(label);
    return label;
}

TimelineChartsView::TimelineChartsView(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_logBox(new QCheckBox(this))
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("timelineCharts"));
    m_plot->setObjectName(QStringLiteral("timelinePlot"));
    m_plot->plotLayout()->clear();
    m_plot->setAntialiasedElements(QCP::aeNone);
    m_plot->setNoAntialiasingOnDrag(true);
    auto *margins = new QCPMarginGroup(m_plot);
    QCPAxisRect **rects[] = {&m_retransRect, &m_timerRect, &m_occupancyRect};
    for (int r = 0; r < 3; ++r) {
        auto *rect = new QCPAxisRect(m_plot);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->axis(QCPAxis::atBottom)->setRange(0, 1);
        m_plot->plotLayout()->addElement(r, 0, rect);
        *rects[r] = rect;
        connect(rect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &TimelineChartsView::syncRange);
    }
    m_plot->plotLayout()->setRowStretchFactors({1.0, 1.0, 1.3});
    m_retransLegend = makeLegend(m_plot, 0);
    m_occupancyLegend = makeLegend(m_plot, 2);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.01);
    m_plot->plotLayout()->setColumnSpacing(0);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setAutoAddPlottableToLegend(false);

    m_plot->addLayer(QStringLiteral("playhead"), m_plot->layer(QStringLiteral("legend")), QCustomPlot::limAbove);
    m_playheadLayer = m_plot->layer(QStringLiteral("playhead"));
    m_playheadLayer->setMode(QCPLayer::lmBuffered);
    for (QCPAxisRect *rect : {m_retransRect, m_timerRect, m_occupancyRect}) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->setLayer(m_playheadLayer);
        line->setClipAxisRect(rect);
        line->point1->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        line->point2->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        m_playheadLines << line;
    }

    m_title->setForegroundRole(QPalette::PlaceholderText);
    // The subtitle wraps rather than being cut by the "Logarithmic time" box.
    m_title->setWordWrap(true);
    m_title->setMinimumWidth(1);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 0);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_logBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);
    setMinimumSize(200, 120);

    connect(m_logBox, &QCheckBox::toggled, this, &TimelineChartsView::setLogTime);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelineChartsView::hover);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &TimelineChartsView::click);
    // After the layout, before drawing: the axis rect's width and range are final for this frame.
    connect(m_plot, &QCustomPlot::afterLayout, this, &TimelineChartsView::decimateToPixels);
    connect(m_plot, &QCustomPlot::afterLayout, this, &TimelineChartsView::fitLabels);
    applyZoom();
    retranslateUi();
}

void TimelineChartsView::setZoom(double factor)
{
    factor = zoom::clamped(factor);
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    applyZoom();
    if (m_trace || m_population)
        rebuild();
}

// Every text and stroke of the charts from the zoom factor and the application font (DPI and
// QT_SCALE_FACTOR included): nothing is a pixel constant.
void TimelineChartsView::applyZoom()
{
    const QFont tick = zoom::font(m_zoom, 0.85);
    const QFont label = zoom::font(m_zoom, 0.9);
    const double em = zoom::em(tick);
    for (QCPAxisRect *rect : {m_retransRect, m_timerRect, m_occupancyRect}) {
        for (QCPAxis *axis : {rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atBottom)}) {
            axis->setTickLabelFont(tick);
            axis->setLabelFont(label);
            axis->setTickLabelPadding(int(std::lround(em * 0.3)));
            axis->setLabelPadding(int(std::lround(em * 0.3)));
        }
    }
    for (QCPLegend *legend : {m_retransLegend, m_occupancyLegend}) {
        legend->setFont(tick);
        const int m = int(std::lround(em * 0.25));
        legend->setMargins(QMargins(m, m / 2, m, m / 2));
        legend->setIconSize(int(std::lround(em * 1.4)), int(std::lround(em * 0.6)));
        legend->setIconTextPadding(int(std::lround(em * 0.4)));
    }
    for (QCPItemStraightLine *line : std::as_const(m_playheadLines))
        line->setPen(QPen(QColor(0xc0, 0x39, 0x2b), zoom::stroke(tick, 0.1)));
    m_title->setFont(zoom::font(m_zoom, 0.9));
    m_logBox->setFont(zoom::font(m_zoom, 0.9));
}

void TimelineChartsView::setTrace(std::shared_ptr<const Trace> trace, const Sysctls &client, const Sysctls &server)
{
    m_trace = std::move(trace);
    if (!m_population)
        m_data = m_trace ? timelineFromTrace(*m_trace, client, server) : TimelineData{};
    rebuild();
}

void TimelineChartsView::setPopulation(std::shared_ptr<const PopulationResult> result)
{
    m_population = std::move(result);
    if (m_population) {
        m_data = timelineFromPopulation(*m_population);
        rebuild();
    }
}

void TimelineChartsView::rebuild()
{
    m_stepGraphs.clear();
    m_columns = PixelColumns{0, 0, 0, false};
    m_plot->clearPlottables();
    for (int i = m_plot->itemCount() - 1; i >= 0; --i) {
        QCPAbstractItem *item = m_plot->item(i);
        // Not a static_cast: most items are not lines (UBSan rightly objects to the downcast).
        const bool playhead = std::any_of(m_playheadLines.cbegin(), m_playheadLines.cend(),
                                          [item](const QCPItemStraightLine *line) { return line == item; });
        if (!playhead)
            m_plot->removeItem(item);
    }
    m_retransLegend->clearItems();
    m_occupancyLegend->clearItems();
    m_durationLabels.clear();
    m_limitLabels.clear();
    m_legendEntries.clear();
    buildRetransmissions();
    buildTimers();
    buildOccupancy();
    for (QCPAxisRect *rect : {m_retransRect, m_timerRect, m_occupancyRect})
        rect->axis(QCPAxis::atBottom)->setRange(m_data.tMin, m_data.tMax + (m_data.tMax - m_data.tMin) * 0.02);
    applyTimeScale();
    retranslateUi();
    placePlayhead();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChartsView::buildRetransmissions()
{
    QCPAxis *x = m_retransRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_retransRect->axis(QCPAxis::atLeft);
    if (m_data.population) {
        y->setScaleType(QCPAxis::stLinear);
        y->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
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
            top = std::max(top, line.maximum());
        }
        y->setRange(0, top * 1.2);
        return;
    }
    y->setScaleType(QCPAxis::stLogarithmic);
    y->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog));
    y->setNumberFormat(QStringLiteral("gb"));
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
    }
    y->setRange(std::max(lo, 1e-4), hi);
}

void TimelineChartsView::buildTimers()
{
    QCPAxis *x = m_timerRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_timerRect->axis(QCPAxis::atLeft);
    // Row labels go to the axis in fitTimerLanes(), as many as the rows' height leaves room for.
    m_rowLabels.clear();
    m_rowRunStart.clear();
    for (int r = 0; r < m_data.timerRows.size(); ++r) {
        const TimerRow &row = m_data.timerRows[r];
        QString label = text::sideRole(row.host) + QLatin1Char(' ') + text::timerLabel(row.kind);
        const bool runStart = r == 0 || m_data.timerRows[r - 1].host != row.host || m_data.timerRows[r - 1].kind != row.kind;
        if (row.conn != 0 && row.conn != kListenerConn)
            label += QStringLiteral(" #%1").arg(row.conn);
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
    y->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    double top = 1;
    for (const OccupancyLine &line : std::as_const(m_data.occupancy))
        top = std::max(top, line.maximum());
    double shownTop = top;
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
        // The limit, dashed, named after its sysctl; shown when it is within reach of the data.
        if (!std::isnan(line.limit) && line.limit <= top * 4) {
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
            label->setText(QStringLiteral("%1 = %2").arg(line.limitKey).arg(line.limit, 0, 'f', 0));
            label->setColor(columnColor(line.name));
            label->setFont(zoom::font(m_zoom, 0.8));
            label->setBrush(QColor(255, 255, 255, 220));
            m_limitLabels.append(label);
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

void TimelineChartsView::decimateToPixels()
{
    if (m_stepGraphs.isEmpty())
        return;
    const QCPAxis *x = m_occupancyRect->axis(QCPAxis::atBottom);
    const PixelColumns columns{x->range().lower, x->range().upper, std::max(1, m_occupancyRect->width()),
                               x->scaleType() == QCPAxis::stLogarithmic};
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const auto &[graph, line] : std::as_const(m_stepGraphs)) {
        const OccupancyLine shown = decimated(*line, columns);
        graph->setData(shown.t, shown.value, true);
    }
}

void TimelineChartsView::syncRange(const QCPRange &range)
{
    if (m_syncing)
        return;
    m_syncing = true;
    QCPRange r = range;
    if (m_logTime && r.lower < kLogFloor)
        r.lower = kLogFloor;
    for (QCPAxisRect *rect : {m_retransRect, m_timerRect, m_occupancyRect})
        rect->axis(QCPAxis::atBottom)->setRange(r);
    m_syncing = false;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChartsView::placePlayhead()
{
    for (QCPItemStraightLine *line : std::as_const(m_playheadLines)) {
        line->point1->setCoords(m_time, 0.5);
        line->point2->setCoords(m_time, 1.5);
    }
}

void TimelineChartsView::setTime(qint64 t)
{
    m_time = double(t) / 1e9;
    placePlayhead();
    // Only the playhead's own buffered layer is redrawn; the data layers keep their pixels.
    m_playheadLayer->replot();
}

void TimelineChartsView::setLogTime(bool on)
{
    m_logTime = on;
    if (m_logBox->isChecked() != on)
        m_logBox->setChecked(on);
    applyTimeScale();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChartsView::applyTimeScale()
{
    for (QCPAxisRect *rect : {m_retransRect, m_timerRect, m_occupancyRect}) {
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        if (m_logTime) {
            x->setScaleType(QCPAxis::stLogarithmic);
            x->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog));
            x->setNumberFormat(QStringLiteral("gb"));
            x->setRange(kLogFloor, std::max(m_data.tMax * 1.05, kLogFloor * 10));
        } else {
            x->setScaleType(QCPAxis::stLinear);
            x->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
            x->setNumberFormat(QStringLiteral("g"));
            x->setRange(m_data.tMin, m_data.tMax + (m_data.tMax - m_data.tMin) * 0.02);
        }
    }
}

QString TimelineChartsView::valuesAt(double seconds) const
{
    QStringList lines{formatClock(SimTime(std::llround(seconds * 1e9)))};
    for (const OccupancyLine &line : m_data.occupancy) {
        if (line.maximum() > 0)
            lines << QStringLiteral("%1: %2").arg(columnLabel(line.name)).arg(stepValue(line, seconds));
    }
    for (const TimerBar &bar : m_data.timerBars) {
        if (bar.start <= seconds && seconds <= bar.end) {
            const TimerRow &row = m_data.timerRows[bar.row];
            lines << tr("%1 %2 timer: %3").arg(text::sideRole(row.host), text::timerLabel(bar.kind),
                                                 formatDuration(SimTime(std::llround(bar.duration * 1e9))));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void TimelineChartsView::hover(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    const double t = m_occupancyRect->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x());
    QToolTip::showText(event->globalPosition().toPoint(), valuesAt(t), m_plot);
}

void TimelineChartsView::click(QMouseEvent *event)
{
    const double t = m_occupancyRect->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x());
    emit seekRequested(qint64(std::llround(std::max(0.0, t) * 1e9)));
}

int TimelineChartsView::plottedPointCount() const
{
    int n = 0;
    for (int i = 0; i < m_plot->graphCount(); ++i)
        n += m_plot->graph(i)->data()->size();
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        if (auto *curve = qobject_cast<QCPCurve *>(m_plot->plottable(i)))
            n += curve->data()->size();
    }
    return n;
}

QString TimelineChartsView::saveImage(const QString &path, int width, int height)
{
    m_plot->replot();
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("pdf"))
        ok = m_plot->savePdf(path, width, height);
    else if (suffix == QLatin1String("png"))
        ok = m_plot->savePng(path, width, height);
    else
        return tr("unsupported format \"%1\" (PNG or PDF)").arg(suffix);
    return ok ? QString() : tr("cannot write the file");
}

void TimelineChartsView::retranslateUi()
{
    m_logBox->setText(tr("Logarithmic time"));
    m_title->setText(m_data.population ? tr("Population run: sockets per state, resources and retransmissions per sample. Drag or wheel to pan and zoom; double-click to seek.")
                                       : tr("Retransmissions, timers and occupancy of this run. Drag or wheel to pan and zoom; double-click to seek."));
    m_retransRect->axis(QCPAxis::atLeft)->setLabel(m_data.population ? tr("retransmissions") : tr("RTO before (s)"));
    m_timerRect->axis(QCPAxis::atLeft)->setLabel(tr("timers"));
    m_occupancyRect->axis(QCPAxis::atLeft)->setLabel(tr("sockets"));
    m_occupancyRect->axis(QCPAxis::atBottom)->setLabel(tr("time (s)"));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChartsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_trace || m_population)
            rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace closelab
