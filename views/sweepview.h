// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sweep.h"
#include "views/plots.h"

#include <QChartView>

#include <memory>
#include <optional>
#include <vector>

class QAbstractAxis;
class QCategoryAxis;
class QChart;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace closelab {

/// A sweep as a chart: the chosen outcome (Y) against the parameter (X), a marker per point, the
/// experiment's current value as a dashed vertical line. Integer parameters are drawn as steps
/// centred on their values with a tick per value (or per few values); real ones as a line.
/// Points whose outcome does not exist (a socket still there at the end of the run) sit on the top
/// edge as hollow markers. Hovering a marker shows its exact value; clicking it emits valueChosen().
/// A passive view: it never runs the engine. In the plots module (views/plots.h).
class SweepView : public QChartView, public SweepPlot {
    Q_OBJECT

public:
    explicit SweepView(QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    void setResult(std::shared_ptr<const SweepResult> result) override;
    std::shared_ptr<const SweepResult> result() const override { return m_result; }
    void setOutcome(const SweepOutcome &outcome) override;
    const SweepOutcome &outcome() const { return m_outcome; }
    /// The experiment's value of the swept parameter (nullopt: no line).
    void setCurrentValue(std::optional<double> value) override;
    void onValueChosen(QObject *context, std::function<void(double)> slot) override;
    std::optional<double> currentValue() const { return m_current; }

    QScatterSeries *pointSeries() const { return m_points; }
    QScatterSeries *missingSeries() const { return m_missing; }
    QLineSeries *lineSeries() const { return m_line; }
    QLineSeries *currentValueSeries() const { return m_currentLine; }
    QValueAxis *xAxis() const { return m_x; }
    QAbstractAxis *yAxis() const;

    /// Where a parameter value is drawn on the X axis (probabilities in percent).
    static double chartX(const SweepParameter &p, double value);
    /// The tooltip of result point `index`: "net.ipv4.tcp_orphan_retries = 3\nClient socket gone after: 6.75 s".
    QString pointToolTip(int index) const;
    /// Index of the result point drawn nearest to chart X `x`, or -1.
    int pointNear(double x) const;

signals:
    /// A point was clicked: the parameter value it was measured at.
    void valueChosen(double value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateCurrentLine();
    void showToolTip(const QPointF &point, bool state);
    void choose(const QPointF &point);

    QChart *m_chart;
    QLineSeries *m_line;
    QScatterSeries *m_points;
    QScatterSeries *m_missing;
    QLineSeries *m_currentLine;
    QValueAxis *m_x;
    QValueAxis *m_yValue;
    QCategoryAxis *m_yStates;
    std::shared_ptr<const SweepResult> m_result;
    SweepOutcome m_outcome;
    std::optional<double> m_current;
    std::vector<double> m_drawnX; ///< chart X of every result point, in result order
    double m_yMin = 0;
    double m_yMax = 1;
};

} // namespace closelab
