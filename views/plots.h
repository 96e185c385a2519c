// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/population.h"
#include "core/sweep.h"
#include "core/trace.h"
#include "views/palette.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

class QObject;
class QPaintDevice;
class QWidget;

// The views drawn with Qt Charts and QCustomPlot (the timeline charts, the sweep, the A/B chart,
// This Machine's chart) live in a module of their own, closelab_plots, loaded on first use: the
// program starts without mapping Qt Charts, Qt OpenGL, QCustomPlot or Qt PrintSupport. These
// interfaces are all the rest of the program sees of them. Each is implemented by the view it is
// named after (views/timelinechartsview.h, sweepview.h, comparechart.h, machinechartview.h), which
// is also the QWidget that widget() returns; the widget's parent owns it.
namespace closelab {

/// One sample of This Machine: sockets per kernel state and the counters, at t seconds.
struct MachineSample {
    double t = 0;
    std::map<std::string, std::int64_t> states;
    std::map<std::string, std::int64_t> counters;
};

/// The counters This Machine's chart plots (their increase per second), in order.
const QStringList &machineChartCounters();

/// The Timeline Charts (TimelineChartsView).
class TimelineChartsPlot {
public:
    virtual ~TimelineChartsPlot() = default;
    virtual QWidget *widget() = 0;
    virtual void setTrace(std::shared_ptr<const Trace> trace, const Sysctls &client, const Sysctls &server) = 0;
    virtual void setPopulation(std::shared_ptr<const PopulationResult> result) = 0;
    virtual void setTime(qint64 t) = 0;
    virtual void setZoom(double factor) = 0;
    virtual void buildContent() = 0;
    /// Calls `slot` (in `context`'s thread, while it lives) when the user asks to seek.
    virtual void onSeekRequested(QObject *context, std::function<void(qint64)> slot) = 0;
    /// The same run over the whole run, laid out at `size` (logical pixels) and `zoom`: a function that
    /// paints it onto a device at `scale` device pixels per logical pixel, as Exporter::savePicture() wants.
    virtual std::function<void(QPaintDevice *device, double scale, bool vector)> picture(QSize size, double zoom) = 0;
};

/// A sweep's chart (SweepView).
class SweepPlot {
public:
    virtual ~SweepPlot() = default;
    virtual QWidget *widget() = 0;
    virtual void setResult(std::shared_ptr<const SweepResult> result) = 0;
    virtual std::shared_ptr<const SweepResult> result() const = 0;
    virtual void setOutcome(const SweepOutcome &outcome) = 0;
    virtual void setCurrentValue(std::optional<double> value) = 0;
    /// Calls `slot` with the parameter value of a clicked point.
    virtual void onValueChosen(QObject *context, std::function<void(double)> slot) = 0;
};

/// The A/B chart of the compare window (CompareChart).
class ComparePlot {
public:
    virtual ~ComparePlot() = default;
    virtual QWidget *widget() = 0;
    virtual void setTraces(std::shared_ptr<const Trace> a, std::shared_ptr<const Trace> b) = 0;
    virtual void setTime(qint64 t) = 0;
    virtual void onSeekRequested(QObject *context, std::function<void(qint64)> slot) = 0;
};

/// This Machine over time (MachineChartView).
class MachinePlot {
public:
    virtual ~MachinePlot() = default;
    virtual QWidget *widget() = 0;
    virtual void setSamples(const QVector<MachineSample> &samples) = 0;
};

/// Makes the plots, each a new widget child of `parent`.
class PlotFactory {
public:
    virtual ~PlotFactory() = default;
    /// The module has its own copy of the views' code it uses, and so of the one state in it the
    /// program changes: the palette's theme (presentation mode). palette::setTheme() passes it on.
    virtual void setTheme(palette::Theme theme) = 0;
    virtual TimelineChartsPlot *timelineCharts(QWidget *parent) = 0;
    virtual SweepPlot *sweep(QWidget *parent) = 0;
    virtual ComparePlot *compare(QWidget *parent) = 0;
    virtual MachinePlot *machine(QWidget *parent) = 0;
};

/// The plots' factory: the one given to usePlotFactory(), else the module's, loaded by the first call
/// from $CLOSELAB_PLOTS_MODULE (a file; the tests set it), next to the executable (the build tree) or
/// the installed lib/closelab beside bin/. nullptr if the module cannot be loaded; `error` then gets
/// plotsUnavailable()'s text (the first call's reason is kept: loading is tried once).
PlotFactory *plotFactory(QString *error = nullptr);
/// The factory if it is loaded (or was given), without loading it.
PlotFactory *loadedPlotFactory();
/// Makes plotFactory() return `factory` (tests that link closelab_plots and look into the plots they
/// make: builtInPlotFactory()).
void usePlotFactory(PlotFactory *factory);
/// The plots linked into this program (defined in closelab_plots, which only the module and tests link).
PlotFactory *builtInPlotFactory();

/// A placeholder where a plot cannot be made: a label saying why (`reason` from plotFactory()) and
/// that the rest of the program works.
QWidget *plotsUnavailable(const QString &reason, QWidget *parent);

} // namespace closelab
