// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sweepview.h"

#include "views/palette.h"
#include "views/parametertexts.h"
#include "views/sweeptexts.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {
const QColor kPointColor(0x1f, 0x6f, 0xb4);
const QColor kCurrentColor(0xd0, 0x5a, 0x10);

// A tick interval of 1, 2 or 5 × 10^n that gives at most `maxTicks` ticks over `span`, and at least `minimum`.
double niceInterval(double span, int maxTicks, double minimum)
{
    double interval = std::max(minimum, span / std::max(1, maxTicks));
    const double magnitude = std::pow(10.0, std::floor(std::log10(interval)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= interval - 1e-12)
            return std::max(minimum, m * magnitude);
    }
    return interval;
}
} // namespace

SweepView::SweepView(QWidget *parent)
    // The chart goes to the constructor: QChartView(QWidget *) makes a chart of its own, which
    // setChart() would release, not delete (LeakSanitizer found it).
    : QChartView(new QChart, parent) // the view owns the chart, the chart its series and axes
    , m_chart(chart())
    , m_line(new QLineSeries)
    , m_points(new QScatterSeries)
    , m_missing(new QScatterSeries)
    , m_currentLine(new QLineSeries)
    , m_x(new QValueAxis)
    , m_yValue(new QValueAxis)
    , m_yStates(new QCategoryAxis)
{
    setObjectName(QStringLiteral("sweepView"));
    setRenderHint(QPainter::Antialiasing);
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);

    QPen linePen(kPointColor);
    linePen.setWidthF(1.6);
    m_line->setPen(linePen);
    m_points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_points->setMarkerSize(9);
    m_points->setColor(kPointColor);
    m_points->setBorderColor(Qt::white);
    m_missing->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_missing->setMarkerSize(9);
    m_missing->setColor(Qt::white);
    m_missing->setBorderColor(kPointColor);
    QPen currentPen(kCurrentColor);
    currentPen.setWidthF(1.5);
    currentPen.setStyle(Qt::DashLine);
    m_currentLine->setPen(currentPen);

    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_line, m_currentLine, m_points, m_missing})
        m_chart->addSeries(s);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_yValue, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(m_x);
        s->attachAxis(m_yValue);
    }
    m_yStates->setParent(this); // the chart owns it only while it shows it
    m_yStates->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (QValueAxis *a : {m_x, m_yValue}) {
        a->setGridLineColor(palette::rule());
        a->setLabelsColor(palette::mutedInk());
    }
    m_yStates->setGridLineColor(palette::rule());
    m_yStates->setLabelsColor(palette::mutedInk());
    m_chart->legend()->markers(m_line).constFirst()->setVisible(false);

    connect(m_points, &QScatterSeries::hovered, this, &SweepView::showToolTip);
    connect(m_missing, &QScatterSeries::hovered, this, &SweepView::showToolTip);
    connect(m_points, &QScatterSeries::clicked, this, &SweepView::choose);
    connect(m_missing, &QScatterSeries::clicked, this, &SweepView::choose);
    rebuild();
}

QAbstractAxis *SweepView::yAxis() const
{
    return m_outcome.metric == SweepMetric::FinalState ? static_cast<QAbstractAxis *>(m_yStates) : m_yValue;
}

double SweepView::chartX(const SweepParameter &p, double value)
{
    return parameterUnit(p) == "probability" ? value * 100 : value;
}

void SweepView::onValueChosen(QObject *context, std::function<void(double)> slot)
{
    connect(this, &SweepView::valueChosen, context, std::move(slot));
}

void SweepView::setResult(std::shared_ptr<const SweepResult> result)
{
    m_result = std::move(result);
    rebuild();
}

void SweepView::setOutcome(const SweepOutcome &outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    rebuild();
}

void SweepView::setCurrentValue(std::optional<double> value)
{
    m_current = value;
    updateCurrentLine();
}

void SweepView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void SweepView::rebuild()
{
    // The Y axis: values, or the states by name.
    const bool states = m_outcome.metric == SweepMetric::FinalState;
    QAbstractAxis *wanted = states ? static_cast<QAbstractAxis *>(m_yStates) : m_yValue;
    QAbstractAxis *unwanted = states ? static_cast<QAbstractAxis *>(m_yValue) : m_yStates;
    if (m_chart->axes(Qt::Vertical).contains(unwanted)) {
        for (QAbstractSeries *s : m_chart->series())
            s->detachAxis(unwanted);
        m_chart->removeAxis(unwanted); // keeps ownership with us: re-added later
        unwanted->setParent(this);
    }
    if (!m_chart->axes(Qt::Vertical).contains(wanted)) {
        m_chart->addAxis(wanted, Qt::AlignLeft);
        for (QAbstractSeries *s : m_chart->series())
            s->attachAxis(wanted);
    }

    m_drawnX.clear();
    QList<QPointF> line;
    QList<QPointF> points;
    QList<QPointF> missingX; // y filled in below, once the range is known
    if (!m_result || m_result->points.empty()) {
        m_line->clear();
        m_points->clear();
        m_missing->clear();
        m_x->setRange(0, 1);
        m_yValue->setRange(0, 1);
        m_x->setTitleText(QString());
        m_yValue->setTitleText(QString());
        m_points->setName(QString());
        m_missing->setName(QString());
        m_chart->legend()->hide();
        m_chart->setTitle(QString());
        updateCurrentLine();
        return;
    }

    const SweepResult &r = *m_result;
    const SweepParameter &p = r.spec.parameter;
    const bool integer = isIntegerParameter(p);
    double xMin = INFINITY, xMax = -INFINITY, yMin = INFINITY, yMax = -INFINITY;
    std::vector<double> ys;
    for (const SweepPoint &point : r.points) {
        const double x = chartX(p, point.value);
        const double y = outcomeValue(point, m_outcome, r.population);
        m_drawnX.push_back(x);
        ys.push_back(y);
        xMin = std::min(xMin, x);
        xMax = std::max(xMax, x);
        if (!std::isnan(y)) {
            yMin = std::min(yMin, y);
            yMax = std::max(yMax, y);
        }
    }
    // The spacing of neighbouring values (a step's width for integer parameters).
    double spacing = 1;
    if (m_drawnX.size() > 1)
        spacing = std::abs(m_drawnX[1] - m_drawnX[0]);
    if (spacing <= 0)
        spacing = 1;
    if (m_current) {
        xMin = std::min(xMin, chartX(p, *m_current));
        xMax = std::max(xMax, chartX(p, *m_current));
    }

    const bool anyValue = yMin <= yMax;
    if (!anyValue) {
        yMin = 0;
        yMax = 1;
    }
    if (states) {
        yMin -= 0.5;
        yMax += 0.5;
    } else {
        // Counts and durations start at 0: a bar of 9 against 8 is not three times as tall.
        yMin = std::min(0.0, yMin);
        yMax = yMax <= yMin ? yMin + 1 : yMax + (yMax - yMin) * 0.08;
    }
    m_yMin = yMin;
    m_yMax = yMax;
    // Points with no value sit on the top edge.
    const double missingY = states ? yMax - 0.25 : yMax;

    for (std::size_t i = 0; i < r.points.size(); ++i) {
        const double x = m_drawnX[i];
        const double y = ys[i];
        if (std::isnan(y)) {
            missingX << QPointF(x, missingY);
            continue;
        }
        // Markers joined by straight lines, integer parameters too: a step would show values between
        // the sampled ones that were never computed.
        points << QPointF(x, y);
        line << QPointF(x, y);
    }
    m_line->replace(line);
    m_points->replace(points);
    m_missing->replace(missingX);

    // X axis: integer parameters get whole-number ticks anchored on the first value.
    const double pad = integer ? spacing / 2 : std::max((xMax - xMin) * 0.03, 1e-9);
    m_x->setRange(xMin - pad, xMax + pad);
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(m_drawnX.front());
    m_x->setTickInterval(niceInterval(xMax - xMin, 10, integer ? spacing : 0));
    m_x->setLabelFormat(integer ? QStringLiteral("%.0f") : QStringLiteral("%.4g"));
    m_x->setTitleText(text::sweepParameterAxisTitle(p));
    //: Chart title: the scenario the sweep ran, then how
    m_chart->setTitle(tr("%1: one run per value").arg(QString::fromStdString(r.spec.config.scenario)));

    if (states) {
        for (const QString &label : m_yStates->categoriesLabels())
            m_yStates->remove(label);
        m_yStates->setStartValue(yMin);
        for (int s = int(std::ceil(yMin)); s <= int(std::floor(yMax)); ++s) {
            if (s >= 0 && s < int(kAllStates.size()))
                m_yStates->append(text::sweepOutcomeValueText(m_outcome, s), s);
        }
        m_yStates->setRange(yMin, yMax);
        m_yStates->setTitleText(text::sweepOutcomeAxisTitle(m_outcome));
    } else {
        m_yValue->setRange(yMin, yMax);
        m_yValue->setTickType(QValueAxis::TicksDynamic);
        m_yValue->setTickAnchor(0);
        const bool whole = m_outcome.metric != SweepMetric::GoneTime;
        m_yValue->setTickInterval(niceInterval(yMax - yMin, 8, whole ? 1 : 0));
        m_yValue->setLabelFormat(whole ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
        m_yValue->setTitleText(text::sweepOutcomeAxisTitle(m_outcome));
    }

    m_points->setName(text::sweepOutcomeAxisTitle(m_outcome));
    //: Legend entry for points without a value (e.g. a socket still there when the run ended)
    m_missing->setName(m_outcome.metric == SweepMetric::GoneTime ? tr("still there at the end of the run") : tr("no value"));
    m_chart->legend()->show();
    m_chart->legend()->markers(m_line).constFirst()->setVisible(false);
    m_chart->legend()->markers(m_missing).constFirst()->setVisible(!missingX.isEmpty());
    updateCurrentLine();
}

void SweepView::updateCurrentLine()
{
    if (!m_current || !m_result || m_result->points.empty()) {
        m_currentLine->clear();
        m_currentLine->setName(QString());
        if (!m_chart->legend()->markers(m_currentLine).isEmpty())
            m_chart->legend()->markers(m_currentLine).constFirst()->setVisible(false);
        return;
    }
    const SweepParameter &p = m_result->spec.parameter;
    const double x = chartX(p, *m_current);
    m_currentLine->replace(QList<QPointF>{QPointF(x, m_yMin), QPointF(x, m_yMax)});
    QString current = text::sweepValueText(p, *m_current);
    if (const auto *id = std::get_if<SysctlId>(&p)) {
        // "0 means 8 to the kernel": the line sits at 0, the kernel acts as at 8.
        if (const QString meaning = text::valueMeaning(*id, std::llround(*m_current)); !meaning.isEmpty())
            current += QStringLiteral(" (%1)").arg(meaning);
    }
    //: Legend entry of the dashed vertical line: the experiment's own value of the swept parameter
    m_currentLine->setName(tr("Current value: %1").arg(current));
    m_chart->legend()->markers(m_currentLine).constFirst()->setVisible(true);
}

int SweepView::pointNear(double x) const
{
    int best = -1;
    double bestDistance = INFINITY;
    for (std::size_t i = 0; i < m_drawnX.size(); ++i) {
        const double d = std::abs(m_drawnX[i] - x);
        if (d < bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return best;
}

QString SweepView::pointToolTip(int index) const
{
    if (!m_result || index < 0 || index >= int(m_result->points.size()))
        return {};
    const SweepPoint &point = m_result->points[std::size_t(index)];
    const SweepParameter &p = m_result->spec.parameter;
    const double y = outcomeValue(point, m_outcome, m_result->population);
    //: Tooltip of a sweep point: "parameter = value", then "outcome: value", then how to apply it
    return tr("%1 = %2\n%3: %4\nClick to use this value in the experiment.")
        .arg(QString::fromStdString(sweepParameterKey(p)), text::sweepValueText(p, point.value),
             text::sweepOutcomeAxisTitle(m_outcome), text::sweepOutcomeValueText(m_outcome, y));
}

void SweepView::showToolTip(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), pointToolTip(pointNear(point.x())), this);
}

void SweepView::choose(const QPointF &point)
{
    const int index = pointNear(point.x());
    if (m_result && index >= 0)
        emit valueChosen(m_result->points[std::size_t(index)].value);
}

} // namespace closelab
