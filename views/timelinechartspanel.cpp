// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timelinechartspanel.h"

#include "views/latewidgets.h"
#include "views/zoom.h"

#include <QFontMetricsF>
#include <QVBoxLayout>

#include <cmath>

namespace closelab {

TimelineChartsPanel::TimelineChartsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineChartsPanel"));
    setMinimumSize(200, 120);
}

QSize TimelineChartsPanel::minimumReadableSize(double factor)
{
    // Measured beside the three plot areas: the subtitle, the time axis' numbers and title, and
    // QCustomPlot's own margins (six of 15 px, not zoomed) take about 100 px and 4 lines; across,
    // the value axis' numbers and title take about 6 lines and the legend beside a chart up to 14
    // ("TIME_WAIT buckets (client)"), leaving a plot of 10.
    const double line = QFontMetricsF(zoom::font(zoom::clamped(factor), 0.85)).height();
    return {int(std::ceil(30 * line)), int(std::ceil(100 + (4 + 3 * kReadableLines) * line))};
}

void TimelineChartsPanel::setTrace(std::shared_ptr<const Trace> trace, const Sysctls &client, const Sysctls &server)
{
    if (m_charts) {
        m_charts->setTrace(std::move(trace), client, server);
        return;
    }
    m_run = std::make_unique<Run>(Run{std::move(trace), client, server});
    // TimelineChartsView::setTrace(): a population's data stays while it is set.
    if (!m_population)
        m_shownPopulation.reset();
}

void TimelineChartsPanel::setPopulation(std::shared_ptr<const PopulationResult> result)
{
    if (m_charts) {
        m_charts->setPopulation(std::move(result));
        return;
    }
    m_population = std::move(result);
    // TimelineChartsView::setPopulation(): nullptr keeps the data shown until the next setTrace().
    if (m_population)
        m_shownPopulation = m_population;
}

void TimelineChartsPanel::setTime(qint64 t)
{
    m_time = t;
    if (m_charts)
        m_charts->setTime(t);
}

void TimelineChartsPanel::setZoom(double factor)
{
    m_zoom = zoom::clamped(factor);
    if (m_charts)
        m_charts->setZoom(m_zoom);
}

void TimelineChartsPanel::showEvent(QShowEvent *event)
{
    // Behind another dock's tab the panel is "shown" outside the window: nothing to build yet.
    if (!m_built && !visibleRegion().isEmpty())
        buildContent();
    QWidget::showEvent(event);
}

void TimelineChartsPanel::buildContent()
{
    if (m_built)
        return;
    m_built = true;
    QString error;
    PlotFactory *factory = plotFactory(&error);
    if (factory) {
        m_charts = factory->timelineCharts(this);
        // What the view was told, in an order that leaves it as those calls did.
        m_charts->setZoom(m_zoom);
        if (m_run)
            m_charts->setTrace(m_run->trace, m_run->client, m_run->server);
        if (m_shownPopulation)
            m_charts->setPopulation(m_shownPopulation);
        if (m_population != m_shownPopulation)
            m_charts->setPopulation(m_population);
        m_charts->setTime(m_time);
        m_charts->onSeekRequested(this, [this](qint64 t) { emit seekRequested(t); });
        m_charts->buildContent();
        m_content = m_charts->widget();
        m_run.reset();
        m_population.reset();
        m_shownPopulation.reset();
    } else {
        m_content = plotsUnavailable(error, this);
    }
    // The main window sets this panel's minimum (the docks must still fit a small window).
    m_content->setMinimumSize(minimumSize());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_content);
    adoptLateWidgets(this);
}

TimelineChartsPlot *TimelineChartsPanel::charts()
{
    buildContent();
    return m_charts;
}

std::function<void(QPaintDevice *, double, bool)> TimelineChartsPanel::picture(QSize size, double zoom, QString *error)
{
    if (charts())
        return m_charts->picture(size, zoom);
    plotFactory(error);
    return {};
}

} // namespace closelab
