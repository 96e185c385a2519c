// SPDX-License-Identifier: GPL-3.0-or-later
// How long the sequence diagram takes to repaint with a 1,000-event trace, and whether playback
// holds 60 fps (16.7 ms a frame). Prints figures; it is not a test.
//
// The repaint includes the collision pass of the frame (header, playhead clock, running timers'
// labels placed around the run's text); the default zoom is 200 %, the goal 4 ms. Each figure is
// given in wall-clock and in the process's CPU time: on a shared, loaded machine the wall-clock
// tail is time spent waiting for a core; the slowest repaints and frames are listed by position.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_sequencediagram [width height [zoom]]

#include "handtrace.h"
#include "views/sequencediagramview.h"
#include "views/sequencepainter.h"
#include "views/stategraphview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace closelab;
using namespace closelab::testing;

namespace {

// A long transfer with losses and retransmissions: at least 1,000 events.
Trace thousandEventTrace()
{
    constexpr SimTime d = 500 * kUs;
    HandTrace h;
    h.state(Side::Client, -d, TcpState::SynSent, TcpState::Established, Cause::RcvSynAck)
        .state(Side::Server, -d, TcpState::SynRecv, TcpState::Established, Cause::RcvAck);
    SimTime t = 0;
    std::uint32_t seq = 1;
    for (int i = 0; h.trace.events.size() < 1000; ++i) {
        const bool lost = i % 17 == 5;
        h.app(Side::Client, t, AppCall::Write, 1000, Errno::None);
        h.send(Side::Client, t, FlagPsh | FlagAck, seq, 1, d, lost ? std::optional(DropReason::RandomLoss) : std::nullopt, 1, 1000);
        h.timer(Side::Client, TimerKind::Retransmit, t, t + 200 * kMs, lost ? t + 200 * kMs : t + 2 * d,
                lost ? TimerAction::Fire : TimerAction::Cancel);
        if (lost) {
            t += 200 * kMs;
            h.send(Side::Client, t, FlagPsh | FlagAck, seq, 1, d, std::nullopt, 2, 1000);
        }
        h.send(Side::Server, t + d, FlagAck, 1, seq + 1000, d);
        seq += 1000;
        t += (i % 50 == 49) ? 3 * kSec : 3 * d;
    }
    return h.finish(t);
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

struct Stats {
    double mean, p50, p99, max;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    return {sum / double(ms.size()), ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 99 / 100)], ms.back()};
}

void print(QTextStream &out, const char *what, const Stats &s)
{
    out << QStringLiteral("%1: mean %2 ms, median %3 ms, p99 %4 ms, max %5 ms\n")
               .arg(QLatin1String(what))
               .arg(s.mean, 0, 'f', 3)
               .arg(s.p50, 0, 'f', 3)
               .arg(s.p99, 0, 'f', 3)
               .arg(s.max, 0, 'f', 3);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int width = argc > 2 ? QString::fromLocal8Bit(argv[1]).toInt() : 1600;
    const int height = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000;
    const double zoom = argc > 3 ? QString::fromLocal8Bit(argv[3]).toDouble() : 2.0;
    QTextStream out(stdout);
    const auto trace = std::make_shared<Trace>(thousandEventTrace());
    out << "trace: " << trace->events.size() << " events, " << trace->segments.size() << " segments, "
        << trace->timers.size() << " timers; viewport " << width << "x" << height << ", zoom " << zoom * 100 << " %\n";

    SequenceDiagramView view;
    view.resize(width, height);
    view.setZoom(zoom);
    QElapsedTimer clock;
    clock.start();
    view.setTrace(trace);
    view.layout(); // setTrace() makes the outline; the whole layout is made when first asked for
    out << QStringLiteral("layout (setTrace + layout()): %1 ms\n").arg(double(clock.nsecsElapsed()) / 1e6, 0, 'f', 3);

    // 1. Repaint: the painter alone, at 200 playhead positions spread over the run.
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> paint, paintCpu;
    std::vector<std::pair<double, int>> slowest;
    for (int i = -20; i < 200; ++i) { // the first 20 warm the glyph and pixmap caches

        const SimTime t = trace->start + (trace->end - trace->start) * std::abs(i) / 200;
        view.setTime(t);
        SequencePainter::Options o;
        o.t = t;
        o.scrollY = std::max(0.0, view.layout().timeMap().y(t) - height * 0.4);
        o.viewport = QRectF(0, 0, width, height);
        o.clientTitle = QStringLiteral("client · 10.0.0.1:40000");
        o.serverTitle = QStringLiteral("server · 10.0.0.2:8080");
        QPainter p(&image);
        clock.restart();
        const double cpu0 = processCpuMs();
        SequencePainter(*trace, view.layout()).paint(p, o);
        if (i >= 0) {
            paint.push_back(double(clock.nsecsElapsed()) / 1e6);
            paintCpu.push_back(processCpuMs() - cpu0);
            slowest.emplace_back(paintCpu.back(), i);
        }
    }
    print(out, "repaint (SequencePainter::paint), wall", stats(paint));
    print(out, "repaint (SequencePainter::paint), CPU", stats(paintCpu));
    std::sort(slowest.rbegin(), slowest.rend());
    out << "slowest repaints (CPU ms at position i/200):";
    for (std::size_t k = 0; k < 5 && k < slowest.size(); ++k)
        out << QStringLiteral(" %1@%2").arg(slowest[k].first, 0, 'f', 2).arg(slowest[k].second);
    out << "\n";

    // 2. Playback: 600 frames (10 s at 60 fps) moving the playhead through the busiest part;
    // each frame is what the app does: setTime on the views, then a full widget repaint.
    StateGraphView graph;
    graph.resize(560, 620);
    graph.setTrace(trace);
    std::vector<double> frames, framesCpu;
    // The first widget render of each view (its backing store and caches) is start-up, not playback.
    view.viewport()->render(&image);
    graph.render(&image);
    for (int i = 0; i < 600; ++i) {
        const SimTime t = trace->start + (trace->end - trace->start) * i / 600;
        clock.restart();
        const double cpu0 = processCpuMs();
        view.setTime(t);
        graph.setTime(t);
        view.viewport()->render(&image);
        graph.render(&image);
        frames.push_back(double(clock.nsecsElapsed()) / 1e6);
        framesCpu.push_back(processCpuMs() - cpu0);
    }
    const Stats f = stats(frames);
    print(out, "playback frame (setTime + render diagram + state graph), wall", f);
    print(out, "playback frame, CPU", stats(framesCpu));
    std::vector<std::pair<double, int>> slowFrames;
    for (std::size_t i = 0; i < framesCpu.size(); ++i)
        slowFrames.emplace_back(framesCpu[i], int(i));
    std::sort(slowFrames.rbegin(), slowFrames.rend());
    out << "slowest frames (CPU ms at frame i/600):";
    for (std::size_t k = 0; k < 5 && k < slowFrames.size(); ++k)
        out << QStringLiteral(" %1@%2").arg(slowFrames[k].first, 0, 'f', 2).arg(slowFrames[k].second);
    out << "\n";
    out << (f.p99 < 1000.0 / 60 ? "60 fps: held (wall p99 under 16.7 ms)\n" : "60 fps: NOT held on the wall clock (p99 over 16.7 ms)\n");
    return 0;
}
