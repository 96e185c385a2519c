// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/population.h"
#include "core/trace.h"
#include "views/timelinedata.h"

#include <QWidget>

#include <memory>

class QCPAxisRect;
class QCPItemStraightLine;
class QCPLayer;
class QCPLegend;
class QCPRange;
class QCustomPlot;
class QCheckBox;
class QLabel;

namespace closelab {

/// The bottom dock: three charts on one time axis. Retransmissions (a marker per retransmission at
/// the timeout that preceded it, by kind), timers (a row per socket and timer kind, a bar from arm
/// to fire or cancel labelled with its duration) and occupancy (SYN queue, accept queue, TIME_WAIT
/// buckets, orphans, ports, fds with dashed limit lines named after their sysctl; in a population
/// run: sockets per state). Zooming or panning one chart moves all three; the playhead is a line
/// on its own buffered layer, so moving it does not redraw the data. A passive renderer.
class TimelineChartsView : public QWidget {
    Q_OBJECT

public:
    explicit TimelineChartsView(QWidget *parent = nullptr);

    /// A single-connection run and the parameters it ran with (for the limit lines).
    void setTrace(std::shared_ptr<const Trace> trace, const Sysctls &client, const Sysctls &server);
    /// A population run (nullptr: back to single-connection mode on the next setTrace()).
    void setPopulation(std::shared_ptr<const PopulationResult> result);
    const TimelineData &data() const { return m_data; }
    QCustomPlot *plot() const { return m_plot; }
    bool isLogTime() const { return m_logTime; }
    /// Saves the charts as PNG or PDF by the file's suffix; "" or a reason.
    QString saveImage(const QString &path, int width = 0, int height = 0);
    /// The values at a time, as the hover shows them (one line per series).
    QString valuesAt(double seconds) const;
    /// Total graph and curve points (tests, benchmarks).
    int plottedPointCount() const;

public slots:
    void setTime(qint64 t);
    void setLogTime(bool on);

signals:
    void seekRequested(qint64 t);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void buildRetransmissions();
    void buildTimers();
    void buildOccupancy();
    void syncRange(const QCPRange &range);
    void hover(QMouseEvent *event);
    void click(QMouseEvent *event);
    void retranslateUi();
    void applyTimeScale();
    void placePlayhead();

    QCustomPlot *m_plot;
    QCheckBox *m_logBox;
    QLabel *m_title;
    QCPAxisRect *m_retransRect;
    QCPAxisRect *m_timerRect;
    QCPAxisRect *m_occupancyRect;
    QCPLayer *m_playheadLayer;
    QCPLegend *m_retransLegend = nullptr;
    QCPLegend *m_occupancyLegend = nullptr;
    QList<QCPItemStraightLine *> m_playheadLines;
    std::shared_ptr<const Trace> m_trace;
    std::shared_ptr<const PopulationResult> m_population;
    TimelineData m_data;
    double m_time = 0;
    bool m_logTime = false;
    bool m_syncing = false;
};

/// Translated label of an occupancy or series column ("server.syn_queue" → "SYN queue (server)").
QString columnLabel(const QString &column);

} // namespace closelab
