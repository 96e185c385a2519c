// SPDX-License-Identifier: GPL-3.0-or-later
#include "handtrace.h"
#include "views/timemap.h"

#include <QTest>

using namespace closelab;
using namespace closelab::testing;

Q_DECLARE_METATYPE(closelab::TimeMap::Params)

namespace {

TimeMap::Params simpleParams()
{
    TimeMap::Params p;
    p.top = 0;
    p.minGapPx = 0;
    p.pxPerDoubling = 10;
    p.logUnit = kMs;
    p.breakThreshold = kSec;
    p.breakPx = 50;
    return p;
}

const std::vector<SimTime> kKnots = {4 * kMs, 0, kMs, 4 * kMs, 2004 * kMs};

} // namespace

class TestTimeMap : public QObject {
    Q_OBJECT
private slots:
    void y_data()
    {
        QTest::addColumn<TimeMap::Params>("params");
        QTest::addColumn<qint64>("t");
        QTest::addColumn<double>("expected");

        const TimeMap::Params p = simpleParams();
        // Gaps: 1 ms -> 10 px (one doubling), 3 ms -> 20 px (two), 2 s -> a 50 px break.
        QTest::newRow("first knot") << p << qint64(0) << 0.0;
        QTest::newRow("1 ms") << p << qint64(kMs) << 10.0;
        QTest::newRow("inside a gap is linear") << p << qint64(kMs / 2) << 5.0;
        QTest::newRow("4 ms") << p << qint64(4 * kMs) << 30.0;
        QTest::newRow("halfway through the break") << p << qint64(1004 * kMs) << 55.0;
        QTest::newRow("last knot") << p << qint64(2004 * kMs) << 80.0;
        QTest::newRow("before the first knot clamps") << p << qint64(-5 * kMs) << 0.0;
        QTest::newRow("after the last knot clamps") << p << qint64(10 * kSec) << 80.0;

        TimeMap::Params zoomed = p;
        zoomed.zoom = 2;
        QTest::newRow("zoom doubles heights") << zoomed << qint64(4 * kMs) << 60.0;

        TimeMap::Params floor = p;
        floor.minGapPx = 6;
        QTest::newRow("minimum gap is added per gap") << floor << qint64(4 * kMs) << 42.0;

        TimeMap::Params shifted = p;
        shifted.top = 100;
        QTest::newRow("top offsets everything") << shifted << qint64(kMs) << 110.0;

        TimeMap::Params prop = p;
        prop.mode = TimeMap::Mode::Proportional;
        prop.pxPerSecond = 1000;
        QTest::newRow("proportional 4 ms") << prop << qint64(4 * kMs) << 4.0;
        QTest::newRow("proportional 2004 ms") << prop << qint64(2004 * kMs) << 2004.0;
        QTest::newRow("proportional extends before") << prop << qint64(-kMs) << -1.0;
    }

    void y()
    {
        QFETCH(TimeMap::Params, params);
        QFETCH(qint64, t);
        QFETCH(double, expected);
        const TimeMap map(kKnots, params);
        QCOMPARE(map.y(t), expected);
    }

    void timeAt_data()
    {
        QTest::addColumn<TimeMap::Params>("params");
        QTest::addColumn<double>("y");
        QTest::addColumn<qint64>("expected");
        const TimeMap::Params p = simpleParams();
        QTest::newRow("top") << p << 0.0 << qint64(0);
        QTest::newRow("inside a gap") << p << 5.0 << qint64(kMs / 2);
        QTest::newRow("inside the break") << p << 55.0 << qint64(1004 * kMs);
        QTest::newRow("above the top") << p << -10.0 << qint64(0);
        QTest::newRow("below the bottom") << p << 1000.0 << qint64(2004 * kMs);
        TimeMap::Params prop = p;
        prop.mode = TimeMap::Mode::Proportional;
        prop.pxPerSecond = 1000;
        QTest::newRow("proportional") << prop << 1000.0 << qint64(1000 * kMs);
    }

    void timeAt()
    {
        QFETCH(TimeMap::Params, params);
        QFETCH(double, y);
        QFETCH(qint64, expected);
        const TimeMap map(kKnots, params);
        QCOMPARE(map.timeAt(y), expected);
    }

    void breaks()
    {
        const TimeMap map(kKnots, simpleParams());
        QCOMPARE(map.breaks().size(), std::size_t(1));
        QCOMPARE(map.breaks().front(), (TimeMap::Break{4 * kMs, 2004 * kMs, 30.0, 80.0}));
        QCOMPARE(map.bottom(), 80.0);

        TimeMap::Params prop = simpleParams();
        prop.mode = TimeMap::Mode::Proportional;
        QVERIFY(TimeMap(kKnots, prop).breaks().empty());
    }

    void gapHeight_data()
    {
        QTest::addColumn<qint64>("gap");
        QTest::addColumn<double>("expected");
        QTest::newRow("zero") << qint64(0) << 0.0;
        QTest::newRow("negative") << qint64(-5) << 0.0;
        QTest::newRow("one unit") << qint64(kMs) << 10.0;
        QTest::newRow("seven units") << qint64(7 * kMs) << 30.0;
        QTest::newRow("just under the threshold") << qint64(kSec - kMs) << 10.0 * std::log2(1000.0);
        QTest::newRow("at the threshold is a break") << qint64(kSec) << 50.0;
        QTest::newRow("an hour is still a break") << qint64(3600 * kSec) << 50.0;
    }

    void gapHeight()
    {
        QFETCH(qint64, gap);
        QFETCH(double, expected);
        QCOMPARE(TimeMap::gapHeight(gap, simpleParams()), expected);
    }

    void monotonic()
    {
        // y never decreases, over a trace mixing 500 µs flights and a 60 s TIME_WAIT.
        const Trace trace = normalCloseTrace();
        const TimeMap map(TimeMap::knotsOf(trace), TimeMap::Params{});
        double last = map.y(trace.start);
        for (SimTime t = trace.start; t <= trace.end; t += 7 * kMs) {
            const double y = map.y(t);
            QVERIFY2(y >= last, qPrintable(QStringLiteral("y(%1) = %2 < %3").arg(t).arg(y).arg(last)));
            last = y;
        }
    }

    void roundTripAndTimeWaitFitOneScreen()
    {
        // The default compressed map puts the whole normal close (incl. the 60 s TIME_WAIT) in
        // less than 900 px, with the 500 µs flights still at least 40 px tall.
        const Trace trace = normalCloseTrace();
        const TimeMap map(TimeMap::knotsOf(trace), TimeMap::Params{});
        QVERIFY2(map.bottom() - map.top() < 900, qPrintable(QString::number(map.bottom())));
        const SegmentRecord &fin = trace.segments[3];
        QVERIFY(map.y(fin.arrivesAt) - map.y(fin.sentAt) >= 40);
        QCOMPARE(map.breaks().size(), std::size_t(1));
        // From the last ACK's arrival to the end of TIME_WAIT.
        QCOMPARE(map.breaks().front().to - map.breaks().front().from, 60000 * kMs - 500 * kUs);
    }
};

QTEST_APPLESS_MAIN(TestTimeMap)
#include "tst_timemap.moc"
