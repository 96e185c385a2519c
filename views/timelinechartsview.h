// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/population.h"
#include "core/trace.h"
#include "views/plots.h"
#include "views/timelinechartspanel.h"
#include "views/timelinedata.h"

#include <QFont>
#include <QWidget>

#include <memory>
#include <vector>

class QCPAbstractPlottable;
class QCPAxisRect;
class QCPItemText;
class QCPGraph;
class QCPItemStraightLine;
class QCPLayer;
class QCPLayoutInset;
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
/// on its own buffered layer, so moving it does not redraw the data. Long series are drawn
/// decimated to the pixel columns (every column's extremes kept). A passive renderer.
///
/// Its plot and widgets are made when first needed: the view is shown where it can be seen,
/// buildContent() is called (the main window does so when its dock comes to the front), or an
/// accessor below needs them. Until then it keeps what it was told (run, zoom, time, scale) and
/// draws nothing: charts behind another dock's tab cost nothing at start-up.
///
/// It lives in the plots module (views/plots.h); the main window's dock holds a TimelineChartsPanel
/// that makes it when first built.
class TimelineChartsView : public QWidget, public TimelineChartsPlot {
    Q_OBJECT

public:
    explicit TimelineChartsView(QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    /// A single-connection run and the parameters it ran with (for the limit lines).
    void setTrace(std::shared_ptr<const Trace> trace, const Sysctls &client, const Sysctls &server) override;
    /// A population run (nullptr: back to single-connection mode on the next setTrace()).
    void setPopulation(std::shared_ptr<const PopulationResult> result) override;
    const TimelineData &data() const { return m_data; }
    /// Makes the plot and its widgets now (once), showing what the view was told so far.
    void buildContent() override;
    void onSeekRequested(QObject *context, std::function<void(qint64)> slot) override;
    std::function<void(QPaintDevice *, double, bool)> picture(QSize size, double zoom) override;
    bool hasContent() const { return m_plot != nullptr; }
    QCustomPlot *plot() const;
    bool isLogTime() const { return m_logTime; }
    /// The same run as `other` shows (its data and time scale), over the whole run: the source of
    /// an export drawn afresh, whatever the other's size, pan or zoom of the time axis.
    void showSameAs(const TimelineChartsView &other);
    /// Saves the charts as PNG or PDF by the file's suffix; "" or a reason.
    QString saveImage(const QString &path, int width = 0, int height = 0);
    /// The values at a time, as the hover shows them (one line per series).
    QString valuesAt(double seconds) const;
    /// Total graph and curve points handed to the plot (after decimation; tests, benchmarks).
    int plottedPointCount() const;

    /// One zoom factor for every text, stroke and marker (views/zoom.h).
    void setZoom(double factor) override;
    double zoom() const { return m_zoom; }
    /// The smallest size in which the three charts are readable at a zoom (TimelineChartsPanel's).
    static QSize minimumReadableSize(double zoom) { return TimelineChartsPanel::minimumReadableSize(zoom); }
    static constexpr double kReadableLines = TimelineChartsPanel::kReadableLines;
    /// The text the last replot drew, in the plot's pixels: timer-lane labels, duration and limit
    /// labels, legends (for the collision tests; valid after a replot).
    std::vector<QRectF> textRects() const;
    /// The data areas of the three charts (a legend must not cover them).
    std::vector<QRectF> dataRects() const;
    /// The markers of the retransmission chart, in the plot's pixels (no text may cover them).
    std::vector<QRectF> markerRects() const;
    /// True where the legends stand in rows of their own over and under the charts (the column
    /// beside them too narrow for their names), false where they stand beside their charts.
    bool legendsInRows() const { return m_legendsInRows; }
    /// Row labels of the timer chart the last replot showed (others were left out for room).
    QStringList shownTimerLanes() const;
    /// Every row label of the timer chart, whole, one per TimelineData::timerRows entry.
    const QStringList &timerRowLabels() const { return m_rowLabels; }
    /// The limit labels the last replot drew (their text and rectangle in the plot's pixels).
    std::vector<std::pair<QString, QRectF>> limitLabels() const;

public slots:
    void setTime(qint64 t) override;
    void setLogTime(bool on);

signals:
    void seekRequested(qint64 t);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    // The charts' content (views/timelinechartsbuild.cpp).
    void buildRetransmissions();
    void buildTimers();
    void buildOccupancy();
    void syncRange(const QCPRange &range);
    void hover(QMouseEvent *event);
    void click(QMouseEvent *event);
    void retranslateUi();
    /// The subtitle on one line, elided to the room beside the check box (the whole in its tooltip).
    void elideTitle();
    /// Axis titles where the chart's height has room for them.
    void fitAxes();
    /// The axes' ticks planned for the sizes this layout gave them (views/timelinechartslabels.cpp).
    void settleTicks();
    void applyTimeScale();
    void placePlayhead();
    void addStepGraph(QCPGraph *graph, const OccupancyLine *line);
    void decimateToPixels();
    void applyZoom();
    // Collision avoidance after each layout (views/timelinechartslabels.cpp).
    void fitLabels();
    void fitTimerLanes();
    /// The width a timer row label may take on one line (views/timelinechartslabels.cpp).
    double laneRoom();
    void fitItemLabels();
    void fitLegends();
    /// Legend entries fitted to a third of the plot's width (beside their chart) or, where a name
    /// would be cut there, to the plot's width (the legends in rows of their own): whole, else on
    /// two lines; true if anything changed.
    bool fitLegendNames();
    /// Moves the legends to their rows or beside their charts, as m_legendsInRows says.
    void placeLegends();
    /// The legends' entries in their rows, as many as their share of the height holds; true if changed.
    bool fillLegendRows();

    QCustomPlot *m_plot = nullptr; // these until m_retransLegend: made by buildContent()
    QCheckBox *m_logBox = nullptr;
    QLabel *m_title = nullptr;
    QCPAxisRect *m_retransRect = nullptr;
    QCPAxisRect *m_timerRect = nullptr;
    QCPAxisRect *m_occupancyRect = nullptr;
    QCPLayer *m_playheadLayer = nullptr;
    QCPLegend *m_retransLegend = nullptr;
    QCPLegend *m_occupancyLegend = nullptr;
    // Where the two legends (retransmissions, occupancy) may stand: the cell beside their chart, or
    // a row of their own over (retransmissions) or under (occupancy) the charts.
    QCPLayoutInset *m_legendColumns[2] = {nullptr, nullptr};
    QCPLayoutInset *m_legendRows[2] = {nullptr, nullptr};
    bool m_legendsInRows = false;
    QList<QCPItemStraightLine *> m_playheadLines;
    // Step lines of many points are given to the plot decimated to the pixel columns they span and
    // re-decimated when the range, the scale or the width changes (m_columns: the last decimation).
    QList<QPair<QCPGraph *, const OccupancyLine *>> m_stepGraphs;
    PixelColumns m_columns;
    std::shared_ptr<const Trace> m_trace;
    std::shared_ptr<const PopulationResult> m_population;
    TimelineData m_data;
    // What fitLabels() places: the timer chart's row labels (with the first row of each run of one
    // host's timer kind), the duration labels (longest first) and the limit labels.
    QStringList m_rowLabels;
    std::vector<bool> m_rowRunStart;
    QStringList m_shownLanes;
    // laneRoom()'s measures of the row labels, for m_laneMeasured labels in m_laneFont: the widest
    // label on one line and the widest word.
    int m_laneMeasured = -1;
    QFont m_laneFont;
    double m_laneWhole = 0;
    double m_laneWord = 0;
    QList<QPair<QCPItemText *, double>> m_durationLabels;
    // A limit line's label: its text on one line and, where that is too wide for the chart, on two
    // (the same where it names one host); a label naming both hosts is placed first.
    struct LimitLabel {
        QCPItemText *item;
        QString oneLine;
        QString twoLines;
        int priority;
    };
    QList<LimitLabel> m_limitLabels;
    QList<QPair<QCPAbstractPlottable *, QCPLegend *>> m_legendEntries;
    QStringList m_legendNames; // the entries' whole names without their host (a narrow plot's legend wraps them)
    std::vector<double> m_legendWeights; // each entry's rank: its largest value (a population's states above its resources)
    QStringList m_legendHosts; // each entry's host ("client", "server"; "" for none): the legend's headings
    QList<QStringList> m_legendShown; // per legend (retransmissions, occupancy): the headings and entries shown
    std::vector<QRectF> m_textRects;
    std::vector<QRectF> m_laneRects; // the row labels fitTimerLanes() placed, at the final layout
    QStringList m_titleTexts; // the help line above the charts, whole then short (elideTitle())
    QStringList m_axisTitles; // the value axes' titles, top to bottom, before fitAxes()
    double m_zoom = 1.0;
    double m_time = 0;
    bool m_logTime = false;
    bool m_syncing = false;
    bool m_hasRun = false; // setTrace() or a population was given: the charts are built from m_data
};

/// Translated label of an occupancy or series column ("server.syn_queue" → "SYN queue (server)").
QString columnLabel(const QString &column);
/// The same without its host ("server.syn_queue" → "SYN queue"): a legend entry under its host's heading.
QString columnShortLabel(const QString &column);

} // namespace closelab
