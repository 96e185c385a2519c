// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

#include <cstdint>
#include <map>
#include <string>

class QCustomPlot;
class QCPAxisRect;
class QCPLegend;

namespace closelab {

/// One sample of This Machine: sockets per kernel state and the counters, at t seconds.
struct MachineSample {
    double t = 0;
    std::map<std::string, std::int64_t> states;
    std::map<std::string, std::int64_t> counters;
};

/// This Machine over time: sockets per state (top) and, per second, the increase of the counters that
/// matter (bottom). A passive renderer of the samples it is given.
class MachineChartView : public QWidget {
    Q_OBJECT

public:
    explicit MachineChartView(QWidget *parent = nullptr);
    void setSamples(const QVector<MachineSample> &samples);
    QCustomPlot *plot() const { return m_plot; }
    /// The counters plotted (their increase per second), in order.
    static const QStringList &plottedCounters();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QCustomPlot *m_plot;
    QCPAxisRect *m_statesRect;
    QCPAxisRect *m_countersRect;
    QCPLegend *m_statesLegend;
    QCPLegend *m_countersLegend;
    QVector<MachineSample> m_samples;
};

} // namespace closelab
