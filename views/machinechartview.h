// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/plots.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPAxisRect;
class QCPLegend;

namespace closelab {

/// This Machine over time: sockets per state (top) and, per second, the increase of the counters that
/// matter (bottom). A passive renderer of the samples it is given. In the plots module (views/plots.h).
class MachineChartView : public QWidget, public MachinePlot {
    Q_OBJECT

public:
    explicit MachineChartView(QWidget *parent = nullptr);
    QWidget *widget() override { return this; }
    void setSamples(const QVector<MachineSample> &samples) override;
    QCustomPlot *plot() const { return m_plot; }
    /// The counters plotted (their increase per second), in order.
    static const QStringList &plottedCounters() { return machineChartCounters(); }

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
