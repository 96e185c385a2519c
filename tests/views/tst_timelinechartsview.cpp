// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/population.h"
#include "views/timelinechartsview.h"
#include "views/timelinedata.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

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

const OccupancyLine *line(const TimelineData &data, const QString &name)
{
    for (const OccupancyLine &l : data.occupancy) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
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
