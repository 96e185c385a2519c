// SPDX-License-Identifier: GPL-3.0-or-later
// The plots module's factory (views/plots.h): what closelab_plots exports to the program that loads it.
#include "views/comparechart.h"
#include "views/machinechartview.h"
#include "views/palette.h"
#include "views/plots.h"
#include "views/sweepview.h"
#include "views/timelinechartsview.h"

#include <QtGlobal>

namespace closelab {

namespace {
class Plots final : public PlotFactory {
public:
    void setTheme(palette::Theme theme) override
    {
        if (palette::theme() != theme) // this copy's (the tests' builtInPlotFactory() shares the program's)
            palette::setTheme(theme);
    }
    TimelineChartsPlot *timelineCharts(QWidget *parent) override { return new TimelineChartsView(parent); }
    SweepPlot *sweep(QWidget *parent) override { return new SweepView(parent); }
    ComparePlot *compare(QWidget *parent) override { return new CompareChart(parent); }
    MachinePlot *machine(QWidget *parent) override { return new MachineChartView(parent); }
};
} // namespace

PlotFactory *builtInPlotFactory()
{
    static Plots plots;
    return &plots;
}

} // namespace closelab

/// The module's one entry point, resolved by closelab::plotFactory() (views/plots.cpp).
extern "C" Q_DECL_EXPORT closelab::PlotFactory *closelab_plot_factory()
{
    return closelab::builtInPlotFactory();
}
