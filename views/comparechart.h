// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"
#include "views/plots.h"

#include <QList>
#include <QPointF>
#include <QWidget>

#include <memory>
#include <vector>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
class QCategoryAxis;
class QLabel;
class QStackedLayout;
class QTabWidget;

namespace closelab {

/// The step lines of an A/B chart, computed apart from any widget (tested without pixels).
struct CompareSeries {
    /// States on the y axis, bottom to top (those either run visits, CLOSED first).
    std::vector<TcpState> states;
    /// (seconds, y) of the state step line of a side in a run; y = index into `states` plus a
    /// small offset (A below, B above) so equal lines stay apart.
    std::vector<QPointF> state[2][2]; ///< [run: 0 = A, 1 = B][Side]
    /// (seconds, cumulative retransmissions of both sides, every kind) of a run.
    std::vector<QPointF> retransmissions[2];
    double from = 0; ///< x range, seconds
    double to = 1;
    int maxRetransmissions = 0;

    static constexpr double kOffset = 0.12;
    static CompareSeries build(const Trace &a, const Trace &b);
};

/// A and B overlaid on one time axis (Qt Charts): each endpoint's state over time (A solid, B
/// dashed, client and server in their colours) and the cumulative retransmissions of each run.
/// A vertical line marks the playhead. A passive renderer of (A, B, t); a click asks to seek.
/// In the plots module (views/plots.h).
class CompareChart : public QWidget, public ComparePlot {
    Q_OBJECT

public:
    explicit CompareChart(QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    void setTraces(std::shared_ptr<const Trace> a, std::shared_ptr<const Trace> b) override;
    void onSeekRequested(QObject *context, std::function<void(qint64)> slot) override;
    const CompareSeries &series() const { return m_series; }
    QChart *stateChart() const { return m_stateChart; }
    QChart *retransChart() const { return m_retransChart; }
    /// The series drawn for run (0 = A, 1 = B) and side, in the state chart.
    QLineSeries *stateSeries(int run, Side side) const { return m_state[run][static_cast<int>(side)]; }
    QLineSeries *retransSeries(int run) const { return m_retrans[run]; }
    /// The x of the playhead line, in seconds.
    double playheadSeconds() const { return m_time; }
    /// True while the widget is too narrow for the two charts side by side (under kSideBySideEm
    /// ems of the font): they are then two tabs, each as wide as the widget, titles in the tabs.
    bool tabbed() const { return m_tabbed; }
    /// The width, in ems of the widget's font, below which the charts become tabs: two charts of
    /// about 22 em each hold their legend ("A client … B server"), axis labels and ticks.
    static constexpr double kSideBySideEm = 44.0;

public slots:
    void setTime(qint64 t) override;

signals:
    void seekRequested(qint64 t);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void placePlayhead();
    void arrange();

    QWidget *m_row;
    QTabWidget *m_tabs;
    QStackedLayout *m_stack;
    bool m_tabbed = false;
    bool m_arranged = false;
    QChartView *m_stateView;
    QChartView *m_retransView;
    QChart *m_stateChart;
    QChart *m_retransChart;
    QLineSeries *m_state[2][2];
    QLineSeries *m_retrans[2];
    QLineSeries *m_statePlayhead;
    QLineSeries *m_retransPlayhead;
    QValueAxis *m_stateX;
    QCategoryAxis *m_stateY;
    QValueAxis *m_retransX;
    QValueAxis *m_retransY;
    std::shared_ptr<const Trace> m_a;
    std::shared_ptr<const Trace> m_b;
    CompareSeries m_series;
    double m_time = 0;
};

} // namespace closelab
