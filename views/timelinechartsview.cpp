// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timelinechartsview.h"

#include "views/chartticker.h"
#include "views/codetexts.h"
#include "views/fittingtext.h"
#include "views/latewidgets.h"
#include "views/palette.h"
#include "views/timeformat.h"
#include "views/zoom.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace closelab {

namespace {
constexpr double kLogFloor = 1e-4; // 100 µs: the left edge of a logarithmic time axis

// The plot layout's cell beside a chart: the legend's box at its top right, as large as its
// entries need, the cell as wide as that box plus its margins (applyZoom() keeps the box off the
// plot's right edge, fitLegends() level with the chart's top).
class LegendCell : public QCPLayoutInset {
public:
    QSize minimumOuterSizeHint() const override
    {
        // Hidden or not, as a legend in the cell itself kept its width: showing it moves nothing.
        const QCPLayoutElement *legend = elementCount() > 0 ? elementAt(0) : nullptr;
        if (!legend)
            return {0, 0}; // the legend is in a row of its own (LegendRow)
        return {legend->minimumOuterSizeHint().width() + margins().left() + margins().right(), 0};
    }
};

// The plot layout's row over the charts or under them, for a legend where the column beside them
// is too narrow for its entries' names: as tall as the legend's box needs (nothing when it is
// beside its chart or has no entries), as wide as the plot.
class LegendRow : public QCPLayoutInset {
public:
    QSize minimumOuterSizeHint() const override
    {
        const QCPLayoutElement *legend = elementCount() > 0 ? elementAt(0) : nullptr;
        if (!legend || !legend->visible())
            return {0, 0};
        return {0, legend->minimumOuterSizeHint().height() + margins().top() + margins().bottom()};
    }
    QSize maximumOuterSizeHint() const override { return {QWIDGETSIZE_MAX, minimumOuterSizeHint().height()}; }
};

QCPLayoutInset *makeLegendRow(QCustomPlot *plot, int row)
{
    auto *cell = new LegendRow;
    plot->plotLayout()->addElement(row, 0, cell);
    cell->setAutoMargins(QCP::msNone);
    cell->setMargins(QMargins(0, 0, 0, 0));
    return cell;
}

// A legend beside its chart, in the plot layout's second column: it never covers data.
QCPLegend *makeLegend(QCustomPlot *plot, int row)
{
    auto *cell = new LegendCell;
    plot->plotLayout()->addElement(row, 1, cell);
    cell->setAutoMargins(QCP::msNone);
    auto *legend = new QCPLegend;
    cell->addElement(legend, Qt::AlignTop | Qt::AlignRight);
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

TimelineChartsView::TimelineChartsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineCharts"));
    setMinimumSize(200, 120);
}

void TimelineChartsView::buildContent()
{
    if (m_plot)
        return;
    m_plot = new QCustomPlot(this);
    m_logBox = new QCheckBox(this);
    m_title = new QLabel(this);
    m_plot->setObjectName(QStringLiteral("timelinePlot"));
    m_plot->plotLayout()->clear();
    m_plot->setAntialiasedElements(QCP::aeNone);
    m_plot->setNoAntialiasingOnDrag(true);
    auto *margins = new QCPMarginGroup(m_plot);
    QCPAxisRect **rects[] = {&m_retransRect, &m_timerRect, &m_occupancyRect};
    // Rows: a legend's row over the charts (the retransmissions'), the three charts, a legend's
    // row under them (the occupancy's); the rows are empty while the legends are beside the charts.
    m_legendRows[0] = makeLegendRow(m_plot, 0);
    for (int r = 0; r < 3; ++r) {
        auto *rect = new QCPAxisRect(m_plot);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->axis(QCPAxis::atBottom)->setRange(0, 1);
        rect->axis(QCPAxis::atBottom)->setTicker(QSharedPointer<QCPAxisTicker>(new ChartTicker(rect->axis(QCPAxis::atBottom), 1.0)));
        m_plot->plotLayout()->addElement(r + 1, 0, rect);
        *rects[r] = rect;
        connect(rect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &TimelineChartsView::syncRange);
    }
    m_legendRows[1] = makeLegendRow(m_plot, 4);
    m_plot->plotLayout()->setRowStretchFactors({1e-3, 1.0, 1.0, 1.3, 1e-3});
    // One time axis for the three charts: its numbers under the bottom one only (three rows of the
    // same numbers took a third of a short dock).
    m_retransRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_timerRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_retransLegend = makeLegend(m_plot, 1);
    m_occupancyLegend = makeLegend(m_plot, 3);
    m_legendColumns[0] = qobject_cast<QCPLayoutInset *>(m_retransLegend->layout());
    m_legendColumns[1] = qobject_cast<QCPLayoutInset *>(m_occupancyLegend->layout());
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
    // The subtitle is one line, said shorter or not at all rather than cut by the "Logarithmic time"
    // box; wrapped, it took most of a short dock at 200 %.
    m_title->setWordWrap(false);
    m_title->setMinimumWidth(1);
    m_title->installEventFilter(this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 0);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_logBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);
    m_logBox->setChecked(m_logTime);

    connect(m_logBox, &QCheckBox::toggled, this, &TimelineChartsView::setLogTime);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelineChartsView::hover);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &TimelineChartsView::click);
    // After the layout, before drawing: the axis rect's width and range are final for this frame.
    connect(m_plot, &QCustomPlot::afterLayout, this, &TimelineChartsView::settleTicks);
    connect(m_plot, &QCustomPlot::afterLayout, this, &TimelineChartsView::decimateToPixels);
    connect(m_plot, &QCustomPlot::afterLayout, this, &TimelineChartsView::fitLabels);
    applyZoom();
    retranslateUi();
    if (m_hasRun)
        rebuild();
    placePlayhead();
    adoptLateWidgets(this);
}

QCustomPlot *TimelineChartsView::plot() const
{
    const_cast<TimelineChartsView *>(this)->buildContent();
    return m_plot;
}

void TimelineChartsView::showEvent(QShowEvent *event)
{
    // Behind another dock's tab the view is "shown" outside the window: nothing to build yet.
    if (!m_plot && !visibleRegion().isEmpty())
        buildContent();
    QWidget::showEvent(event);
}

void TimelineChartsView::setZoom(double factor)
{
    factor = zoom::clamped(factor);
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    if (!m_plot)
        return;
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
        legend->setColumnSpacing(int(std::lround(em * 0.8))); // in a row of its own (LegendRow)
    }
    // Half a line between the legend's box and the plot's right edge (it touched it).
    const int gap = int(std::lround(0.5 * QFontMetricsF(tick).height()));
    for (QCPLayoutInset *cell : m_legendColumns) {
        QMargins gaps = cell->margins();
        gaps.setRight(gap);
        cell->setMargins(gaps);
    }
    for (QCPLayoutInset *cell : m_legendRows)
        cell->setMargins(QMargins(gap, 2, gap, 2)); // the box's border inside the plot
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
    m_hasRun = true;
    if (!m_plot)
        return;
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
    m_legendNames.clear();
    m_legendHosts.clear();
    m_legendWeights.clear();
    m_legendShown.clear(); // fitLegends() fills the legends afresh
    m_laneMeasured = -1;   // laneRoom() measures the new row labels
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
    if (!m_plot)
        return;
    placePlayhead();
    // Only the playhead's own buffered layer is redrawn; the data layers keep their pixels.
    m_playheadLayer->replot();
}

void TimelineChartsView::showSameAs(const TimelineChartsView &other)
{
    m_trace = other.m_trace;
    m_population = other.m_population;
    m_data = other.m_data;
    m_logTime = other.m_logTime;
    m_time = other.m_time;
    if (m_logBox)
        m_logBox->setChecked(m_logTime);
    rebuild();
}

void TimelineChartsView::onSeekRequested(QObject *context, std::function<void(qint64)> slot)
{
    connect(this, &TimelineChartsView::seekRequested, context, std::move(slot));
}

std::function<void(QPaintDevice *, double, bool)> TimelineChartsView::picture(QSize size, double zoom)
{
    // A view of its own, drawn afresh over the whole run, whatever this one's size, pan or zoom.
    auto view = std::make_shared<TimelineChartsView>();
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->setZoom(zoom);
    view->showSameAs(*this);
    QCustomPlot *plot = view->plot();
    plot->resize(size);
    // The lanes, the legends and the margins they need are fitted after each layout; the margins
    // follow the labels of the layout before: a few passes settle them.
    for (int pass = 0; pass < 3; ++pass) {
        QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);
        QCPPainter painter(&scratch);
        plot->toPainter(&painter, size.width(), size.height());
    }
    return [view, size](QPaintDevice *device, double scale, bool vector) {
        QCPPainter painter(device);
        if (vector) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
        }
        painter.scale(scale, scale);
        view->plot()->toPainter(&painter, size.width(), size.height());
    };
}

void TimelineChartsView::setLogTime(bool on)
{
    m_logTime = on;
    if (!m_plot)
        return;
    if (m_logBox->isChecked() != on)
        m_logBox->setChecked(on);
    applyTimeScale();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChartsView::applyTimeScale()
{
    for (QCPAxisRect *rect : {m_retransRect, m_timerRect, m_occupancyRect}) {
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        // The ticker (ChartTicker) follows the scale type: decades or 1-2-5 steps.
        if (m_logTime) {
            x->setScaleType(QCPAxis::stLogarithmic);
            x->setRange(kLogFloor, std::max(m_data.tMax * 1.05, kLogFloor * 10));
        } else {
            x->setScaleType(QCPAxis::stLinear);
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
    const_cast<TimelineChartsView *>(this)->buildContent();
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
    buildContent();
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
    m_titleTexts = {m_data.population ? tr("Population run: sockets per state, resources and retransmissions per sample. Drag or wheel to pan and zoom; double-click to seek.")
                                      : tr("Retransmissions, timers and occupancy of this run. Drag or wheel to pan and zoom; double-click to seek."),
                    //: The charts' help line where the whole one does not fit.
                    tr("Drag or wheel to pan and zoom; double-click to seek.")};
    elideTitle();
    m_axisTitles = {m_data.population ? tr("retransmissions") : tr("RTO before (s)"), tr("timers"), tr("sockets"), tr("time (s)")};
    m_retransRect->axis(QCPAxis::atLeft)->setLabel(m_axisTitles[0]);
    m_timerRect->axis(QCPAxis::atLeft)->setLabel(m_axisTitles[1]);
    m_occupancyRect->axis(QCPAxis::atLeft)->setLabel(m_axisTitles[2]);
    m_occupancyRect->axis(QCPAxis::atBottom)->setLabel(tr("time (s)"));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChartsView::elideTitle()
{
    // The whole help line, else its short form, else none (views/fittingtext.h); hover for the whole.
    m_title->setText(firstThatFits(QFontMetrics(m_title->font()), m_titleTexts, m_title->width()));
    m_title->setToolTip(m_title->text() == m_titleTexts.value(0) ? QString() : m_titleTexts.value(0));
}

bool TimelineChartsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        elideTitle();
    return QWidget::eventFilter(watched, event);
}

void TimelineChartsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_plot) {
        retranslateUi();
        if (m_trace || m_population)
            rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace closelab
