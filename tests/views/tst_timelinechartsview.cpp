// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/population.h"
#include "views/chartticker.h"
#include "views/timelinechartsview.h"
#include "views/labelplacer.h"
#include "views/timelinedata.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLayout>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace closelab;

namespace {
Trace run(const std::string &scenario, const std::string &set = {})
{
    RunConfig c;
    c.scenario = scenario;
    if (!set.empty())
        (void)c.sysctls.setFromText(set);
    return simulate(c);
}

// syn_flood's population preset for 3 s and a 3 s tail: many connections' timer rows.
std::shared_ptr<const PopulationResult> synFlood3s()
{
    RunConfig c;
    c.scenario = "syn_flood";
    PopulationConfig w;
    if (!populationPreset(c.scenario, c, w))
        qFatal("syn_flood has no population preset");
    w.duration = 3;
    w.tail = 3;
    return std::make_shared<const PopulationResult>(simulatePopulation(c, w));
}

// A long noisy step line with rare spikes up and down (deterministic).
OccupancyLine noisyLine(int n)
{
    OccupancyLine l;
    l.name = QStringLiteral("client.TIME_WAIT");
    std::uint32_t x = 12345;
    double t = 0.001;
    for (int i = 0; i < n; ++i) {
        x = x * 1664525u + 1013904223u;
        t += 0.0005 + double(x % 1000) * 1e-5; // uneven spacing
        double v = 100 + double((x >> 8) % 50);
        if ((x >> 20) % 997 == 0) v = 5000 + i % 7; // a spike
        if ((x >> 20) % 991 == 0) v = 0;            // a dip
        l.t << t;
        l.value << v;
    }
    return l;
}

struct ColumnExtremes {
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double first = std::numeric_limits<double>::quiet_NaN();
    double last = std::numeric_limits<double>::quiet_NaN();
};

QVector<ColumnExtremes> extremesPerColumn(const OccupancyLine &l, const PixelColumns &columns)
{
    QVector<ColumnExtremes> out(columns.count);
    for (int i = 0; i < l.t.size(); ++i) {
        const int c = columns.columnOf(l.t[i]);
        if (c < 0 || c >= columns.count)
            continue;
        ColumnExtremes &e = out[c];
        e.min = std::min(e.min, l.value[i]);
        e.max = std::max(e.max, l.value[i]);
        if (std::isnan(e.first))
            e.first = l.value[i];
        e.last = l.value[i];
    }
    return out;
}

const OccupancyLine *line(const TimelineData &data, const QString &name)
{
    for (const OccupancyLine &l : data.occupancy) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

// The rectangles QCustomPlot 2.1 draws an axis's tick labels in (QCPAxisPainterPrivate::draw,
// placeTickLabel, getTickLabelData, getTickLabelDrawOffset: labels outside the axis rect, not
// rotated; the font measured 0.05 pt larger, as QCustomPlot does). From the axis's own tick vector
// and labels after a replot, so the test checks what is drawn, not what the view meant to draw.
std::vector<QRectF> tickLabelRects(const QCPAxis *axis)
{
    std::vector<QRectF> out;
    if (!axis->visible() || !axis->tickLabels())
        return out;
    QFont font = axis->tickLabelFont();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() + 0.05);
    const QFontMetrics fm(font);
    const QRect area = axis->axisRect()->rect();
    const int distance = std::max({0, axis->tickLengthOut(), axis->subTickLengthOut()}) + axis->tickLabelPadding() + axis->offset();
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    for (int i = 0; i < std::min(ticks.size(), labels.size()); ++i) {
        if (labels[i].isEmpty())
            continue;
        const double pos = axis->coordToPixel(ticks[i]);
        const QSize size = fm.boundingRect(0, 0, 0, 0, Qt::TextDontClip | Qt::AlignHCenter, labels[i]).size();
        if (axis->axisType() == QCPAxis::atLeft)
            out.emplace_back(area.left() - distance - size.width(), pos + int(-size.height() / 2.0), size.width(), size.height());
        else if (axis->axisType() == QCPAxis::atBottom)
            out.emplace_back(pos + int(-size.width() / 2.0), area.bottom() + distance, size.width(), size.height());
    }
    return out;
}

// Every tick label the plot draws on a numeric axis (the value axes and the time axis; the timer
// chart's row labels are tick labels too: `lanes` gets those), with its text.
std::vector<std::pair<QRectF, QString>> allTickLabels(const QCustomPlot *plot, std::vector<QRectF> *lanes = nullptr)
{
    std::vector<std::pair<QRectF, QString>> out;
    for (const QCPAxisRect *rect : plot->axisRects()) {
        for (const QCPAxis *axis : rect->axes()) {
            if (axis->ticker().dynamicCast<QCPAxisTickerText>() && axis->axisType() == QCPAxis::atLeft) {
                if (lanes) {
                    const std::vector<QRectF> rows = tickLabelRects(axis);
                    lanes->insert(lanes->end(), rows.cbegin(), rows.cend());
                }
                continue;
            }
            const std::vector<QRectF> rects = tickLabelRects(axis);
            const QVector<QString> labels = axis->tickVectorLabels();
            int k = 0;
            for (const QString &label : labels) {
                if (!label.isEmpty() && k < int(rects.size()))
                    out.emplace_back(rects[std::size_t(k++)], label);
            }
        }
    }
    return out;
}
} // namespace

class TestTimelineCharts : public QObject {
    Q_OBJECT
private slots:
    void retransmissionsCarryTheDoublingRto()
    {
        const TimelineData data = timelineFromTrace(run("fin_unacked"), Sysctls{}, Sysctls{});
        QVERIFY(data.retransmissions.size() >= 3);
        // A tail loss probe first, then RTOs doubling from the 200 ms floor.
        double first = 0, previous = 0;
        for (const RetransMark &m : data.retransmissions) {
            QCOMPARE(m.kind, RetransKind::Fin);
            QVERIFY2(m.rto >= previous * 0.99, qPrintable(QString::number(m.rto)));
            if (first == 0)
                first = m.rto;
            previous = m.rto;
        }
        QVERIFY(first > 0.19 && first < 0.25);
        QVERIFY(previous > first * 8);
    }

    void timersHaveRowsAndDurations()
    {
        const TimelineData data = timelineFromTrace(run("normal_close"), Sysctls{}, Sysctls{});
        bool timeWait = false;
        for (const TimerBar &bar : data.timerBars) {
            QVERIFY(bar.row >= 0 && bar.row < data.timerRows.size());
            QVERIFY(bar.end >= bar.start);
            if (bar.kind == TimerKind::TimeWait) {
                timeWait = true;
                QVERIFY(bar.duration >= 60.0 && bar.duration < 63.0); // TCP_TIMEWAIT_LEN on the timer wheel
                QCOMPARE(data.timerRows[bar.row].host, Side::Client);
            }
        }
        QVERIFY(timeWait);
    }

    void occupancyCountsTimeWaitWithItsLimit()
    {
        Sysctls client;
        client.set(SysctlId::TcpMaxTwBuckets, 7);
        const TimelineData data = timelineFromTrace(run("normal_close"), client, Sysctls{});
        const OccupancyLine *tw = line(data, QStringLiteral("client.tw_buckets"));
        QVERIFY(tw);
        QCOMPARE(tw->maximum(), 1.0);
        QCOMPARE(tw->limit, 7.0);
        QCOMPARE(tw->limitKey, QStringLiteral("tcp_max_tw_buckets"));
        QVERIFY(std::is_sorted(tw->t.cbegin(), tw->t.cend()));
        QCOMPARE(line(data, QStringLiteral("server.tw_buckets"))->maximum(), 0.0);
        QCOMPARE(line(data, QStringLiteral("client.ports_in_use"))->maximum(), 1.0);
    }

    void occupancyIsWhatTheEngineRecorded()
    {
        // The lines plot Trace::occupancy: the accept queue with its listener's limit, and a SYN flood's
        // spoofed requests, which have no events of their own.
        const Trace trace = run("normal_close");
        const TimelineData data = timelineFromTrace(trace, Sysctls{}, Sysctls{});
        const OccupancyLine *accept = line(data, QStringLiteral("server.accept_queue"));
        QVERIFY(accept);
        QCOMPARE(accept->maximum(), 1.0);
        QCOMPARE(accept->limit, 129.0);
        for (const OccupancySample &s : trace.occupancy) {
            const OccupancyLine *tw = line(data, QStringLiteral("%1.tw_buckets").arg(s.host == Side::Client ? "client" : "server"));
            QCOMPARE(tw->value[std::distance(tw->t.cbegin(), std::upper_bound(tw->t.cbegin(), tw->t.cend(), double(s.t) / 1e9)) - 1],
                     double(s.counts.timeWait));
        }
        const TimelineData flood = timelineFromTrace(run("syn_flood"), Sysctls{}, Sysctls{});
        QVERIFY(line(flood, QStringLiteral("server.syn_queue"))->maximum() > 10);
    }

    void orphansAreCounted()
    {
        const TimelineData data = timelineFromTrace(run("fin_wait2_timeout"), Sysctls{}, Sysctls{});
        QCOMPARE(line(data, QStringLiteral("client.orphans"))->maximum(), 1.0);
    }

    void populationGivesSocketsPerState()
    {
        RunConfig c;
        c.scenario = "tw_bucket_overflow";
        PopulationConfig w;
        QVERIFY(populationPreset(c.scenario, c, w));
        w.duration = 3;
        w.tail = 2;
        const PopulationResult result = simulatePopulation(c, w);
        const TimelineData data = timelineFromPopulation(result);
        QVERIFY(data.population);
        bool timeWait = false;
        for (const OccupancyLine &l : data.occupancy) {
            QVERIFY(!l.name.contains(QLatin1String("Overflows")));
            if (l.name == QLatin1String("client.TIME_WAIT")) {
                timeWait = true;
                QVERIFY(l.maximum() > 100);
                QCOMPARE(l.limitKey, QStringLiteral("tcp_max_tw_buckets"));
            }
        }
        QVERIFY(timeWait);
    }

    void decimationKeepsEveryExtreme_data()
    {
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("logarithmic");
        QTest::newRow("whole run") << 0.0 << 60.0 << 1000 << false;
        QTest::newRow("narrow plot") << 0.0 << 60.0 << 97 << false;
        QTest::newRow("zoomed in") << 12.5 << 14.0 << 800 << false;
        QTest::newRow("range beyond the data") << -5.0 << 100.0 << 640 << false;
        QTest::newRow("logarithmic") << 1e-4 << 60.0 << 900 << true;
    }

    void decimationKeepsEveryExtreme()
    {
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(int, count);
        QFETCH(bool, logarithmic);
        const OccupancyLine raw = noisyLine(100000);
        QVERIFY(raw.t.back() > 50);
        const PixelColumns columns{lower, upper, count, logarithmic};
        const OccupancyLine shown = decimated(raw, columns);
        QVERIFY(shown.t.size() < raw.t.size());
        QVERIFY(shown.t.size() <= 4 * count + 2);
        QCOMPARE(shown.t.size(), shown.value.size());
        QCOMPARE(shown.name, raw.name);
        // Every point shown is a point of the data, in time order.
        QVERIFY(std::is_sorted(shown.t.cbegin(), shown.t.cend()));
        for (int i = 0; i < shown.t.size(); ++i) {
            const auto it = std::lower_bound(raw.t.cbegin(), raw.t.cend(), shown.t[i]);
            QVERIFY(it != raw.t.cend() && *it == shown.t[i]);
            QCOMPARE(raw.value[std::distance(raw.t.cbegin(), it)], shown.value[i]);
        }
        // Each pixel column keeps the raw data's lowest, highest, first and last value.
        const QVector<ColumnExtremes> want = extremesPerColumn(raw, columns);
        const QVector<ColumnExtremes> got = extremesPerColumn(shown, columns);
        int spikes = 0;
        for (int c = 0; c < count; ++c) {
            if (std::isnan(want[c].first)) {
                QVERIFY(std::isnan(got[c].first));
                continue;
            }
            QCOMPARE(got[c].min, want[c].min);
            QCOMPARE(got[c].max, want[c].max);
            QCOMPARE(got[c].first, want[c].first);
            QCOMPARE(got[c].last, want[c].last);
            spikes += want[c].max >= 5000;
        }
        QVERIFY(spikes > 0);
        // The step carried into the range (the last point before it) and the first point after it stay.
        const auto before = std::upper_bound(raw.t.cbegin(), raw.t.cend(), lower);
        if (before != raw.t.cbegin())
            QVERIFY(shown.t.contains(*(before - 1)));
        const auto after = std::lower_bound(raw.t.cbegin(), raw.t.cend(), upper);
        if (after != raw.t.cend())
            QVERIFY(shown.t.contains(*after));
    }

    void shortLinesAreNotDecimated()
    {
        const OccupancyLine raw = noisyLine(3000);
        const OccupancyLine shown = decimated(raw, PixelColumns{0, 10, 1000, false});
        QCOMPARE(shown.t, raw.t);
        QCOMPARE(shown.value, raw.value);
    }

    void chartsDecimateAndFollowTheZoom()
    {
        PopulationResult fake;
        fake.series.names = {"client.TIME_WAIT"};
        fake.series.columns.assign(1, {});
        for (int i = 0; i < 50000; ++i) {
            fake.series.t.push_back(i * 0.01);
            fake.series.columns[0].push_back(i == 31337 ? 9000 : (i * 7) % 300);
        }
        TimelineChartsView view;
        view.resize(1000, 500);
        view.show(); // the plot takes its size
        view.setPopulation(std::make_shared<const PopulationResult>(fake));
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(view.data().pointCount(), 50000);
        QCPGraph *graph = nullptr;
        for (int i = 0; i < view.plot()->graphCount(); ++i) {
            if (view.plot()->graph(i)->valueAxis()->axisRect() == view.plot()->axisRects().last())
                graph = view.plot()->graph(i);
        }
        QVERIFY(graph);
        const int whole = graph->data()->size();
        QVERIFY2(whole > 1000 && whole < 5000, qPrintable(QString::number(whole)));
        bool found = false;
        QCOMPARE(graph->data()->valueRange(found).upper, 9000.0); // the one spike survives
        // Zoomed to 2 s (200 samples): every sample of the range is drawn.
        QCPAxis *time = view.plot()->axisRects().first()->axis(QCPAxis::atBottom);
        const QCPRange all = time->range();
        time->setRange(100, 102);
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY2(graph->data()->size() >= 200 && graph->data()->size() < whole, qPrintable(QString::number(graph->data()->size())));
        // Export at another width re-decimates for that width, and the screen gets its own back.
        time->setRange(all);
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(graph->data()->size(), whole);
        QTemporaryDir dir;
        QCOMPARE(view.saveImage(dir.filePath(QStringLiteral("wide.png")), 3000, 500), QString());
        QVERIFY2(graph->data()->size() > whole, qPrintable(QString::number(graph->data()->size())));
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(graph->data()->size(), whole);
    }

    // Issue 17: timer-lane labels printed on top of each other (syn_flood: a black smear), the legend
    // covered the CLOSE_WAIT series and cut its last entry, limit labels overlapped; then the axes'
    // tick numbers ("100" over "0" on a short population chart at 200 %, RTO "2 / 1.5 / 1").
    // On geometry: every library scenario (population runs shortened) at the sizes the charts dock
    // gets (a third of the window's height and two thirds of its width, a quarter of the height
    // across the whole width, and very short docks whose charts are 10-60 px tall) at two zooms,
    // 13 sizes × 2 zooms × 33 scenarios = 858 frames:
    // no two text rectangles (placed labels, legends, every tick label drawn) intersect, none leaves
    // the plot, no legend, lane or tick label covers a chart's data area.
    // Regression cases: syn_flood at 1280×720 (each of its hundreds of rows was labelled, and both
    // legends sat inside the data areas); the tick labels (before they followed the room, 31 of the
    // 33 scenarios failed: last_ack_lost 426×133 at 200 % printed "0" over "1", syn_flood 426×133
    // at 100 % "100" over "0", the population runs drew a "0" above the plot).
    void noTextOverlaps_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const ScenarioInfo &info : scenarioLibrary())
            QTest::newRow(info.name.data()) << QString::fromLatin1(info.name.data(), qsizetype(info.name.size()));
    }

    void noTextOverlaps()
    {
        QFETCH(QString, scenario);
        const std::string name = scenario.toStdString();
        TimelineChartsView view;
        RunConfig c;
        c.scenario = name;
        PopulationConfig w;
        if (populationPreset(name, c, w)) {
            w.duration = std::min(w.duration, 3.0);
            w.tail = std::min(w.tail, 3.0);
            view.setPopulation(std::make_shared<const PopulationResult>(simulatePopulation(c, w)));
        } else {
            view.setTrace(std::make_shared<const Trace>(simulate(c)), c.sysctls, c.sysctls);
        }
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        std::vector<QSize> sizes;
        for (const QSize window : {QSize(640, 400), QSize(1024, 600), QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)}) {
            sizes.emplace_back(window.width() * 2 / 3, window.height() / 3);
            if (window.width() > 640 && window.width() < 3840)
                sizes.emplace_back(window.width(), window.height() / 4);
        }
        // Very short docks: at 200 % each chart is 10-60 px tall.
        for (const int height : {120, 150, 180, 210})
            sizes.emplace_back(height == 150 ? 640 : 1280, height);
        int ticks = 0;
        for (double zoom : {1.0, 2.0}) {
            view.setZoom(zoom);
            for (const QSize &size : sizes) {
                view.resize(size);
                view.layout()->activate();
                QCOMPARE(view.plot()->width(), view.width());
                view.plot()->replot();
                view.plot()->replot(); // the legends' wrap settles after one layout
                std::vector<QRectF> texts = view.textRects();
                const QString where = QStringLiteral("%1 %2x%3 zoom %4").arg(scenario).arg(size.width()).arg(size.height()).arg(zoom);
                QVERIFY2(!texts.empty(), qPrintable(where));
                QVERIFY2(!anyOverlap(texts), qPrintable(where));
                const QRectF plot(QPointF(0, 0), QSizeF(view.plot()->size()));
                for (const QRectF &r : texts)
                    QVERIFY2(plot.adjusted(-1, -1, 1, 1).contains(r), qPrintable(where));
                // The tick labels, one by one against everything else (names the culprit).
                std::vector<QRectF> lanes;
                const auto tickLabels = allTickLabels(view.plot(), &lanes);
                // The row labels drawn are the ones the layout placed (so they are checked above).
                for (const QRectF &lane : lanes) {
                    QVERIFY2(std::any_of(texts.cbegin(), texts.cend(), [&](const QRectF &r) { return r.adjusted(-2, -2, 2, 2).contains(lane); }),
                             qPrintable(where + QStringLiteral(": a row label not placed by the layout at (%1, %2 %3x%4)").arg(lane.x()).arg(lane.y()).arg(lane.width()).arg(lane.height())));
                }
                for (std::size_t i = 0; i < tickLabels.size(); ++i) {
                    const auto &[rect, label] = tickLabels[i];
                    const QString what = QStringLiteral("%1: tick \"%2\" at (%3, %4 %5x%6)").arg(where, label).arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
                    QVERIFY2(!label.contains(QRegularExpression(QStringLiteral("\\de[-+]?\\d"))), qPrintable(what)); // 1e+06 is no number for a classroom
                    QVERIFY2(plot.contains(rect), qPrintable(what));
                    for (const QRectF &other : texts)
                        QVERIFY2(!anyOverlap({rect, other}), qPrintable(what));
                    for (std::size_t j = 0; j < i; ++j)
                        QVERIFY2(!anyOverlap({rect, tickLabels[j].first}), qPrintable(what + QStringLiteral(" and \"%1\"").arg(tickLabels[j].second)));
                }
                ticks += int(tickLabels.size());
                texts.reserve(texts.size() + tickLabels.size());
                for (const auto &tick : tickLabels)
                    texts.push_back(tick.first);
                for (const QRectF &data : view.dataRects()) {
                    for (const QRectF &r : texts) {
                        // Duration and limit labels live inside a chart by design; legends, lane
                        // and tick labels must stay outside.
                        if (!data.adjusted(-1, -1, 1, 1).contains(r))
                            QVERIFY2(!anyOverlap({r, data}), qPrintable(where));
                    }
                }
            }
        }
        QVERIFY(ticks > 0);
    }

    void legendBoxesKeepOffThePlotsEdges_data()
    {
        // The charts' plot in the 1280x720 and 1920x1080 windows' shared right column, at 100 %
        // (387x369, 486x535) and 200 % (545x550, 747x910), measured in a grab of the window.
        QTest::addColumn<bool>("population");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QSize>("size");
        for (const bool population : {false, true}) {
            const char *what = population ? "syn_flood population" : "fin_unacked";
            QTest::addRow("%s 1280x720 100 %%", what) << population << 1.0 << QSize(387, 369);
            QTest::addRow("%s 1920x1080 100 %%", what) << population << 1.0 << QSize(486, 535);
            QTest::addRow("%s 1280x720 200 %%", what) << population << 2.0 << QSize(545, 550);
            QTest::addRow("%s 1920x1080 200 %%", what) << population << 2.0 << QSize(747, 910);
        }
    }

    void legendBoxesKeepOffThePlotsEdges()
    {
        // At 1280x720 the legends' boxes filled their layout cells: the top one's border lay on the
        // plot's top edge and both ran to its right edge. A box begins level with its chart's top,
        // ends at least a third of a line from the plot's right edge and lies beside its chart.
        QFETCH(bool, population);
        QFETCH(double, zoom);
        QFETCH(QSize, size);
        TimelineChartsView view;
        if (population)
            view.setPopulation(synFlood3s());
        else
            view.setTrace(std::make_shared<const Trace>(run("fin_unacked")), Sysctls{}, Sysctls{});
        view.setZoom(zoom);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.resize(size.width(), size.height() + view.height() - view.plot()->height());
        view.layout()->activate();
        QCOMPARE(view.plot()->size(), size);
        view.plot()->replot();
        view.plot()->replot(); // the legends' wrap and place settle after one layout
        const std::vector<QRectF> charts = view.dataRects();
        const QList<QCPLegend *> legends = view.plot()->findChildren<QCPLegend *>();
        int shown = 0;
        for (const QCPLegend *legend : legends) {
            if (!legend->visible())
                continue;
            ++shown;
            const QRect box = legend->outerRect();
            const double line = QFontMetricsF(legend->font()).height();
            const auto chart = std::find_if(charts.cbegin(), charts.cend(), [&](const QRectF &c) { return box.top() < c.bottom() && box.bottom() > c.top() - 1; });
            const QString where = QStringLiteral("box (%1, %2 %3x%4) in %5x%6").arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height()).arg(size.width()).arg(size.height());
            if (view.legendsInRows()) {
                // In a row of its own: over the charts or under them, inside the plot.
                QVERIFY2(box.bottom() < charts.front().top() || box.top() > charts.back().bottom(), qPrintable(where));
                QVERIFY2(box.top() > 0 && box.bottom() < size.height(), qPrintable(where));
                QVERIFY2(box.right() + 1 <= size.width() - line / 3, qPrintable(where));
                continue;
            }
            QVERIFY2(chart != charts.cend(), qPrintable(where));
            QVERIFY2(std::abs(box.top() - chart->top()) <= 1, qPrintable(where + QStringLiteral(": chart's top %1").arg(chart->top())));
            QVERIFY2(box.top() > 0, qPrintable(where));
            QVERIFY2(box.right() + 1 <= size.width() - line / 3, qPrintable(where));
            QVERIFY2(box.left() >= chart->right(), qPrintable(where));
            QVERIFY2(box.bottom() <= chart->bottom() + 1, qPrintable(where));
        }
        // Both beside their charts; in rows, the occupancy's at least (the retransmissions' where
        // the charts can spare its line).
        if (view.legendsInRows())
            QVERIFY(shown >= 1);
        else
            QCOMPARE(shown, 2);
    }

    void ticksFollowTheRoom_data()
    {
        // A vertical axis of `pixels` (pixel 0 at the top, the lower end at the bottom), labels 26 px
        // tall, 13 px apart: neighbours' centres at least 26 + 13 + 2 (a pixel of slack each) apart,
        // every label 14 px (half a label and the slack) clear of both ends.
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<bool>("logarithmic");
        QTest::addColumn<double>("pixels");
        QTest::addColumn<QStringList>("labels");
        // 200 px for 0..115: 20 is 34.8 px (< 41), 50 is 87 px; 0 sticks out below, 100 is 26 px from the top.
        QTest::newRow("tall counts") << 0.0 << 115.0 << false << 200.0 << QStringList{u"50"_qs, u"100"_qs};
        // 35 px (a chart at 200 % in a short dock): one label, centred 14..21 px above the bottom,
        // i.e. 46..69: 100 does not fit, 50 does (issue 17: "100" was printed over "0").
        QTest::newRow("short counts") << 0.0 << 115.0 << false << 35.0 << QStringList{u"50"_qs};
        // 20 px: not even one 26 px label.
        QTest::newRow("no room") << 0.0 << 115.0 << false << 20.0 << QStringList{};
        // RTO 0.02..2 s over 35 px (17.5 px a decade): 1 is 5.3 px from the top and 0.1 is 12.2 px
        // from the bottom (< 14); 0.2 is 17.5 px from both ends.
        QTest::newRow("short RTO") << 0.02 << 2.0 << true << 35.0 << QStringList{u"0.2"_qs};
        // Over 300 px (150 px a decade) both decades, never "1.5 / 1.75".
        QTest::newRow("tall RTO") << 0.02 << 2.0 << true << 300.0 << QStringList{u"0.1"_qs, u"1"_qs};
        // Four decades over 120 px (30 px a decade < 41): every second decade, the two that fit
        // (1e-4 and 1 stick out at the ends).
        QTest::newRow("log, every second decade") << 1e-4 << 1.0 << true << 120.0 << QStringList{u"0.001"_qs, u"0.1"_qs};
        QTest::newRow("seconds") << 0.0 << 0.0012 << false << 300.0 << QStringList{u"0.0002"_qs, u"0.0004"_qs, u"0.0006"_qs, u"0.0008"_qs, u"0.0010"_qs};
    }

    void ticksFollowTheRoom()
    {
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(bool, logarithmic);
        QFETCH(double, pixels);
        QFETCH(QStringList, labels);
        TickRoom room;
        room.lower = lower;
        room.upper = upper;
        room.logarithmic = logarithmic;
        room.toPixel = [&](double v) {
            const double f = logarithmic ? std::log10(v / lower) / std::log10(upper / lower) : (v - lower) / (upper - lower);
            return pixels * (1 - f);
        };
        room.minPixel = 0;
        room.maxPixel = pixels;
        room.extent = [](const QString &) { return 26.0; };
        room.gap = 13;
        const TickPlan plan = planTicks(room);
        QCOMPARE(plan.labels, labels);
        QCOMPARE(plan.values.size(), std::size_t(labels.size()));
    }

    // Timer rows name their connection as the population bar does ("connection #1 of N" is connection 0):
    // connection c is "#c+1", the sample's own rows included; a one-connection run numbers none.
    void timerRowsNumberConnectionsFromOne()
    {
        TimelineChartsView view;
        view.setPopulation(synFlood3s());
        view.resize(853, 480);
        view.show(); // the plot and its rows are made when first shown
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QList<TimerRow> &rows = view.data().timerRows;
        QCOMPARE(view.timerRowLabels().size(), rows.size());
        bool sampleRow = false, otherRow = false;
        for (int r = 0; r < rows.size(); ++r) {
            const QString &label = view.timerRowLabels()[r];
            if (rows[r].conn == kListenerConn) {
                QVERIFY2(!label.contains(QLatin1Char('#')), qPrintable(label));
                continue;
            }
            QVERIFY2(label.endsWith(QStringLiteral(" #%1").arg(qulonglong(rows[r].conn) + 1)), qPrintable(label));
            (rows[r].conn == 0 ? sampleRow : otherRow) = true;
        }
        QVERIFY(sampleRow && otherRow);

        TimelineChartsView single;
        RunConfig one;
        one.scenario = "last_ack_lost";
        single.setTrace(std::make_shared<const Trace>(simulate(one)), one.sysctls, one.sysctls);
        single.resize(853, 480);
        single.show();
        QVERIFY(QTest::qWaitForWindowExposed(&single));
        QVERIFY(!single.timerRowLabels().isEmpty());
        for (const QString &label : single.timerRowLabels())
            QVERIFY2(!label.contains(QLatin1Char('#')), qPrintable(label));
    }

    void synFloodLanesAreThinnedNotSmeared()
    {
        TimelineChartsView view;
        view.setPopulation(synFlood3s());
        view.resize(853, 240);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.layout()->activate();
        view.plot()->replot();
        // Many more timer rows than a 240 px dock can label: some are labelled, none overlap.
        QVERIFY(view.data().timerRows.size() > 20);
        QVERIFY(!view.shownTimerLanes().isEmpty());
        QVERIFY(view.shownTimerLanes().size() < view.data().timerRows.size());
        QVERIFY(!anyOverlap(view.textRects()));
    }

    // Start-up: the plot and its widgets are made when first needed; made late, the charts draw
    // the same pixels as charts made first and told the same things.
    void widgetsAreMadeWhenFirstNeeded_data()
    {
        QTest::addColumn<bool>("population");
        QTest::newRow("last_ack_lost") << false;
        QTest::newRow("syn_flood") << true;
    }
    void widgetsAreMadeWhenFirstNeeded()
    {
        QFETCH(bool, population);
        std::shared_ptr<const PopulationResult> result;
        if (population) {
            RunConfig c;
            c.scenario = "syn_flood";
            PopulationConfig w;
            QVERIFY(populationPreset(c.scenario, c, w));
            w.duration = 3;
            w.tail = 3;
            result = std::make_shared<const PopulationResult>(simulatePopulation(c, w));
        }
        const auto trace = std::make_shared<const Trace>(run(population ? "normal_close" : "last_ack_lost"));
        TimelineChartsView first;
        first.buildContent();
        TimelineChartsView late;
        QVERIFY(!late.hasContent());
        for (TimelineChartsView *view : {&first, &late}) {
            view->resize(760, 430);
            view->setTrace(trace, Sysctls{}, Sysctls{});
            view->setPopulation(result);
            view->setZoom(1.5);
            view->setTime(qint64(3e9));
            view->setLogTime(!population);
        }
        QVERIFY(!late.hasContent());
        QVERIFY(late.findChildren<QWidget *>().isEmpty());
        QCOMPARE(late.data().population, population);
        for (TimelineChartsView *view : {&first, &late}) {
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view));
        }
        QVERIFY(late.hasContent());
        QVERIFY(late.plot()->isVisible());
        QCOMPARE(late.plot()->geometry(), first.plot()->geometry());
        QVERIFY(late.plottedPointCount() > 0);
        QCOMPARE(late.plottedPointCount(), first.plottedPointCount());
        const QImage a = first.grab().toImage();
        QCOMPARE(late.grab().toImage(), a);
    }

    void chartsFollowTheData()
    {
        TimelineChartsView view;
        view.resize(900, 500);
        view.setTrace(std::make_shared<const Trace>(run("fin_unacked")), Sysctls{}, Sysctls{});
        const int before = view.plottedPointCount();
        QVERIFY(before > 0);
        view.setTrace(std::make_shared<const Trace>(run("fin_unacked", "net.ipv4.tcp_orphan_retries=2")), Sysctls{}, Sysctls{});
        QVERIFY(view.plottedPointCount() < before);
        QVERIFY(view.plot()->layer(QStringLiteral("playhead")));
        QCOMPARE(view.plot()->layer(QStringLiteral("playhead"))->mode(), QCPLayer::lmBuffered);
    }

    void zoomIsShared()
    {
        TimelineChartsView view;
        view.setTrace(std::make_shared<const Trace>(run("normal_close")), Sysctls{}, Sysctls{});
        const QList<QCPAxisRect *> rects = view.plot()->axisRects(); // a copy: .data() of the temporary dangled
        rects.first()->axis(QCPAxis::atBottom)->setRange(1, 2);
        for (QCPAxisRect *rect : view.plot()->axisRects())
            QCOMPARE(rect->axis(QCPAxis::atBottom)->range().lower, 1.0);
        view.setLogTime(true);
        for (QCPAxisRect *rect : view.plot()->axisRects())
            QCOMPARE(rect->axis(QCPAxis::atBottom)->scaleType(), QCPAxis::stLogarithmic);
    }

    void hoverShowsValues()
    {
        TimelineChartsView view;
        view.setTrace(std::make_shared<const Trace>(run("normal_close")), Sysctls{}, Sysctls{});
        const QString text = view.valuesAt(10.0);
        QVERIFY2(text.contains(QStringLiteral("TIME_WAIT")), qPrintable(text));
    }

    void savesPngAndPdf()
    {
        QTemporaryDir dir;
        TimelineChartsView view;
        view.resize(800, 400);
        view.setTrace(std::make_shared<const Trace>(run("normal_close")), Sysctls{}, Sysctls{});
        const QString png = dir.filePath(QStringLiteral("charts.png"));
        QCOMPARE(view.saveImage(png, 800, 400), QString());
        QImage image(png);
        QCOMPARE(image.size(), QSize(800, 400));
        const QString pdf = dir.filePath(QStringLiteral("charts.pdf"));
        QCOMPARE(view.saveImage(pdf, 800, 400), QString());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(!view.saveImage(dir.filePath(QStringLiteral("charts.bmpx"))).isEmpty());
    }
};

QTEST_MAIN(TestTimelineCharts)
#include "tst_timelinechartsview.moc"
