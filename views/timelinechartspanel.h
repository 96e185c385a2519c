// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/plots.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace closelab {

/// The Timeline Charts dock's content: keeps what it is told (run, population, time, zoom) and makes
/// the charts (TimelineChartsView, in the plots module: views/plots.h) when first built, that is when
/// the dock comes to the front (the main window calls buildContent()) or an export needs them. Until
/// then neither the module nor its libraries are loaded. Without the module it says why, in their place.
class TimelineChartsPanel : public QWidget {
    Q_OBJECT

public:
    explicit TimelineChartsPanel(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace, const Sysctls &client, const Sysctls &server);
    void setPopulation(std::shared_ptr<const PopulationResult> result);
    void setZoom(double factor);
    double zoom() const { return m_zoom; }
    /// Makes the charts now (once), showing what the panel was told so far.
    void buildContent();
    bool hasContent() const { return m_built; }
    /// The charts (built on this call), or nullptr if the module could not be loaded.
    TimelineChartsPlot *charts();
    /// The charts' widget once built (the charts or the message in their place), else nullptr.
    QWidget *content() const { return m_content; }
    /// The run this panel shows over the whole run, laid out at `size` and `zoom`, as a paint function
    /// for Exporter::savePicture(); empty with `error` set when the charts cannot be made.
    std::function<void(QPaintDevice *, double, bool)> picture(QSize size, double zoom, QString *error);

    /// The smallest size in which the three charts are readable at a zoom (for arranging docks:
    /// app/docklayout.h): each chart's plot area at least kReadableLines lines of tick labels
    /// tall, room for two value ticks, the time axis and the titles under and beside them.
    static QSize minimumReadableSize(double zoom);
    static constexpr double kReadableLines = 4.5;

public slots:
    void setTime(qint64 t);

signals:
    void seekRequested(qint64 t);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Run {
        std::shared_ptr<const Trace> trace;
        Sysctls client;
        Sysctls server;
    };

    TimelineChartsPlot *m_charts = nullptr;
    QWidget *m_content = nullptr;
    std::unique_ptr<Run> m_run; // the last setTrace()
    std::shared_ptr<const PopulationResult> m_population;      // the last setPopulation()
    std::shared_ptr<const PopulationResult> m_shownPopulation; // the population whose data the charts show
    qint64 m_time = 0;
    double m_zoom = 1.0;
    bool m_built = false;
};

} // namespace closelab
