// SPDX-License-Identifier: GPL-3.0-or-later
//
// Exploration benchmarks (figures, not pass/fail):
//   1. a slider change until every view has the new run (panel -> controller -> engine -> sequence
//      diagram, state graph, narration, charts, all repainted);
//   2. a population of 100,000 connections re-run through the controller's worker;
//   3. a chart replot with 100,000 points (two population series of 50,000 samples, one of them
//      noise that fills every pixel column; the charts draw them decimated to the pixel columns).
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_exploration [slider] [population] [charts] [zoom200]
//   (no argument: all three; zoom200: the zoomable views at 200 %, the issue 17 goal)

#include "app/experimentcontroller.h"
#include "views/narrationpanel.h"
#include "views/parameterpanel.h"
#include "views/parameterrow.h"
#include "views/sequencediagramview.h"
#include "views/stategraphview.h"
#include "views/timelinechartsview.h"

#include <QApplication>
#include <QRegularExpression>
#include <QElapsedTimer>
#include <QImage>
#include <QSpinBox>

#include <qcustomplot.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace closelab;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double p99(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, v.size() * 99 / 100)];
}

// CPU time of the process (all its threads: Qt paints large areas on a thread pool) in ms. On a
// loaded machine (6 builds on 2 cores) the wall-clock tail is time spent waiting for a core (the
// main thread preempted, or waiting for the paint threads to get one), which CPU time leaves out.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const double zoomFactor = args.contains(QLatin1String("zoom200")) ? 2.0 : 1.0;
    const QStringList parts = QStringList(args).filter(QRegularExpression(QStringLiteral("^(slider|population|charts)$")));
    auto wanted = [&](const char *part) { return parts.isEmpty() || parts.contains(QLatin1String(part)); };

    // 1. Slider to every view.
    if (wanted("slider")) {
        ExperimentController controller;
        ParameterPanel panel;
        SequenceDiagramView diagram;
        StateGraphView graph;
        NarrationPanel narration;
        TimelineChartsView charts;
        diagram.setZoom(zoomFactor);
        graph.setZoom(zoomFactor);
        charts.setZoom(zoomFactor);
        narration.setZoom(zoomFactor);
        for (QWidget *w : std::initializer_list<QWidget *>{&panel, &diagram, &graph, &narration, &charts}) {
            w->resize(800, 500);
            w->show();
        }
        QObject::connect(&panel, &ParameterPanel::configEdited, &controller, &ExperimentController::edit);
        QObject::connect(&controller, &ExperimentController::traceChanged, &diagram,
                         [&](std::shared_ptr<const Trace> trace, qint64 t) {
                             diagram.setTrace(trace);
                             graph.setTrace(trace);
                             narration.setTrace(trace);
                             charts.setTrace(trace, controller.effectiveConfig().sysctls, controller.effectiveConfig().sysctls);
                             diagram.setTime(t);
                             graph.setTime(t);
                             narration.setTime(t);
                             charts.setTime(t);
                         });
        controller.setScenario(QStringLiteral("fin_unacked"));
        panel.setConfig(controller.config());
        QSpinBox *spin = panel.row(SysctlId::TcpOrphanRetries)->spinBox();
        std::vector<double> ms, cpu;
        // Each view painted into an image of its size: QWidget::repaint() of a window the offscreen
        // platform has not exposed (no event is processed here) paints nothing, and the views make
        // part of their layout when they paint.
        const std::initializer_list<QWidget *> views{&diagram, &graph, &narration, &charts};
        QImage canvas(800, 500, QImage::Format_ARGB32_Premultiplied);
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer timer;
            timer.start();
            const double cpu0 = processCpuMs();
            spin->setValue(1 + i % 10);
            for (QWidget *w : views)
                w->render(&canvas);
            charts.plot()->replot(QCustomPlot::rpImmediateRefresh);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpu.push_back(processCpuMs() - cpu0);
        }
        std::printf("slider change -> all views updated and repainted (200 changes, fin_unacked, zoom %d %%): wall median %.2f ms, "
                    "p99 %.2f ms, max %.2f ms; CPU median %.2f ms, p99 %.2f ms, max %.2f ms\n",
                    int(zoomFactor * 100), median(ms), p99(ms), *std::max_element(ms.begin(), ms.end()), median(cpu), p99(cpu),
                    *std::max_element(cpu.begin(), cpu.end()));
    }

    // 2. Population of 100,000 connections.
    if (wanted("population")) {
        ExperimentController controller;
        RunConfig c;
        c.scenario = "population";
        c.options = {{"rate", "2000"}, {"duration", "50"}, {"tail", "70"}};
        QElapsedTimer timer;
        timer.start();
        controller.edit(c);
        controller.waitForIdle(600000);
        const double first = double(timer.nsecsElapsed()) / 1e9;
        const auto attempted = controller.populationResult() ? controller.populationResult()->totals.connectsAttempted : 0;
        c.sysctls.set(SysctlId::TcpMaxTwBuckets, 20000);
        timer.restart();
        controller.edit(c);
        controller.waitForIdle(600000);
        std::printf("population of %lld connections: %.2f s; re-run after a parameter change: %.2f s\n",
                    static_cast<long long>(attempted), first, double(timer.nsecsElapsed()) / 1e9);
    }

    // 3. Chart replot with 100,000 points.
    if (wanted("charts")) {
        TimelineChartsView charts;
        charts.resize(1200, 500);
        charts.show();
        PopulationResult fake;
        const int n = 100000;
        fake.series.names = {"client.TIME_WAIT", "server.ESTABLISHED"};
        fake.series.columns.assign(2, {});
        for (int i = 0; i < n / 2; ++i) {
            fake.series.t.push_back(i * 0.01);
            fake.series.columns[0].push_back(i % 5000);
            fake.series.columns[1].push_back((i * 7) % 300);
        }
        QElapsedTimer timer;
        timer.start();
        charts.setPopulation(std::make_shared<const PopulationResult>(fake));
        const double build = double(timer.nsecsElapsed()) / 1e6;
        std::vector<double> ms;
        for (int i = 0; i < 20; ++i) {
            charts.plot()->replot(QCustomPlot::rpImmediateRefresh);
            ms.push_back(charts.plot()->replotTime());
        }
        // Zoom and pan: every replot re-decimates to the new range.
        std::vector<double> zoom;
        for (int i = 0; i < 20; ++i) {
            timer.restart();
            const double lower = 10.0 * i;
            charts.plot()->axisRect(0)->axis(QCPAxis::atBottom)->setRange(lower, lower + 250 - 10 * i);
            charts.plot()->replot(QCustomPlot::rpImmediateRefresh);
            zoom.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::vector<double> playhead;
        for (int i = 0; i < 200; ++i) {
            timer.restart();
            charts.setTime(qint64(i) * 2'000'000'000);
            playhead.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("charts with %d points (%d drawn after decimation): setData %.1f ms, full replot median %.1f ms (max %.1f), "
                    "zoom + replot median %.1f ms, playhead move median %.2f ms\n",
                    charts.data().pointCount(), charts.plottedPointCount(), build, median(ms), *std::max_element(ms.begin(), ms.end()),
                    median(zoom), median(playhead));
    }
    return 0;
}
