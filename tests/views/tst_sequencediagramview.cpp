// SPDX-License-Identifier: GPL-3.0-or-later
#include "handtrace.h"
#include "core/scenario.h"
#include "views/sequencediagramview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace closelab;
using namespace closelab::testing;

namespace {
constexpr SimTime d = 500 * kUs;
}

class TestSequenceDiagramView : public QObject {
    Q_OBJECT
private slots:
    void arrowsInFlight_data()
    {
        QTest::addColumn<qint64>("t");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("before the close") << qint64(-d / 2) << QList<int>{2};
        QTest::newRow("the FIN in flight") << qint64(d / 4) << QList<int>{3};
        QTest::newRow("the ACK of the FIN") << qint64(3 * d / 2) << QList<int>{4};
        QTest::newRow("idle in FIN_WAIT2") << qint64(100 * kMs) << QList<int>{};
        QTest::newRow("the server's FIN") << qint64(500 * kMs + 3 * d / 2) << QList<int>{5};
        QTest::newRow("during TIME_WAIT") << qint64(30 * kSec) << QList<int>{};
    }

    void arrowsInFlight()
    {
        QFETCH(qint64, t);
        QFETCH(QList<int>, expected);
        SequenceDiagramView view;
        view.resize(1200, 800);
        view.setTrace(std::make_shared<Trace>(normalCloseTrace()));
        view.setTime(t);
        const std::vector<int> flying = view.arrowsInFlight();
        QCOMPARE(QList<int>(flying.begin(), flying.end()), expected);
        // Each one is drawn at the playhead's height, between its two lifelines.
        for (int s : flying) {
            const auto &arrow = view.layout().arrows()[std::size_t(s)];
            const QPointF head = view.layout().headAt(arrow, t);
            QCOMPARE(head.y(), view.layout().timeMap().y(t));
            QVERIFY(head.x() > view.layout().columns().clientX && head.x() < view.layout().columns().serverX);
        }
    }

    void nextAndPreviousEvent()
    {
        SequenceDiagramView view;
        view.resize(1200, 800);
        view.setTrace(std::make_shared<Trace>(normalCloseTrace()));
        view.setTime(d / 4);
        QSignalSpy seek(&view, &SequenceDiagramView::seekRequested);
        QTest::keyClick(&view, Qt::Key_N);
        QTest::keyClick(&view, Qt::Key_P);
        QCOMPARE(seek.size(), 2);
        QCOMPARE(seek.at(0).at(0).toLongLong(), d);   // the FIN arrives
        QCOMPARE(seek.at(1).at(0).toLongLong(), 0LL); // the close()
    }

    // A population's sample (syn_flood records all 60 connections): N and P move between the sample's
    // moments only. At 5 s the sample's last was its server's socket closing at 3.53 ms, and nothing
    // of it comes before the run ends (its TIME_WAIT lasts until 60 s): N stays, P goes back to that.
    // The old keys went to another connection's events at 5.0005 s and before 5 s.
    void nextAndPreviousEventOfThePopulationSample()
    {
        RunConfig c;
        c.scenario = "syn_flood";
        const auto trace = std::make_shared<Trace>(simulate(c));
        QVERIFY(trace->populationSample);
        SimTime last = trace->start;
        bool othersAfter = false;
        for (const TraceEvent &e : trace->events) {
            if ((e.conn == 0 || e.conn == kListenerConn) && e.t <= 5 * kSec)
                last = e.t;
            othersAfter |= e.conn != 0 && e.conn != kListenerConn && e.t > 5 * kSec;
        }
        QVERIFY(othersAfter);
        SequenceDiagramView view;
        view.resize(1200, 800);
        view.setTrace(trace);
        view.setTime(5 * kSec);
        QSignalSpy seek(&view, &SequenceDiagramView::seekRequested);
        QTest::keyClick(&view, Qt::Key_N);
        QTest::keyClick(&view, Qt::Key_P);
        QCOMPARE(seek.size(), 2);
        QCOMPARE(seek.at(0).at(0).toLongLong(), 5 * kSec);
        QCOMPARE(seek.at(1).at(0).toLongLong(), last);
    }

    void clickOnAnArrowSeeksToItsSending()
    {
        SequenceDiagramView view;
        view.resize(1200, 800);
        view.setTrace(std::make_shared<Trace>(normalCloseTrace()));
        view.setFollowPlayhead(false);
        view.show();
        const auto &fin = view.layout().arrows()[3];
        const QPointF mid = (fin.start + fin.end) / 2;
        QCOMPARE(view.timeForClick(QPoint(int(mid.x()), int(mid.y())) - QPoint(0, view.verticalScrollBar()->value())), SimTime(0));
    }

    void modesAndZoom()
    {
        SequenceDiagramView view;
        view.resize(1200, 800);
        view.setTrace(std::make_shared<Trace>(normalCloseTrace()));
        const double compressed = view.layout().timeMap().bottom();
        view.proportionalAction()->trigger();
        QCOMPARE(view.timeMode(), TimeMap::Mode::Proportional);
        QVERIFY(view.layout().timeMap().breaks().empty());
        view.proportionalAction()->trigger();
        QCOMPARE(view.layout().timeMap().bottom(), compressed);
        view.setZoom(2);
        QVERIFY(view.layout().timeMap().bottom() > compressed);
        view.wholeRunAction()->trigger();
        QVERIFY(view.showsWholeRun());
        // Painting in every mode does not crash.
        QVERIFY(!view.grab().isNull());
    }

    // A resize (or a new trace, zoom or time mode) makes only the layout's outline (what the scroll
    // range needs); layout() makes the whole layout at the view's size. Both must be what a layout
    // made afresh at that size is: the outline's header, columns and time map, the whole layout's
    // arrows and texts.
    void layoutFollowsEveryResize()
    {
        const auto trace = std::make_shared<Trace>(normalCloseTrace());
        SequenceDiagramView view;
        view.resize(300, 200);
        view.setTrace(trace);
        view.show();
        const auto fresh = [&] {
            return SequenceDiagramView::layoutFor(*trace, view.viewport()->width(), view.viewport()->height(), view.zoom(),
                                                  view.timeMode());
        };
        const auto check = [&](const char *where) {
            const SequenceLayout expected = fresh();
            // The outline first (headerHeight() and the scroll range read it), then the whole layout.
            QCOMPARE(view.headerHeight(), expected.headerHeight());
            const SequenceLayout &l = view.layout();
            QVERIFY2(l.columns() == expected.columns(), where);
            QCOMPARE(l.headerHeight(), expected.headerHeight());
            QCOMPARE(l.timeMap().bottom(), expected.timeMap().bottom());
            QCOMPARE(l.arrows().size(), expected.arrows().size());
            QCOMPARE(l.texts().size(), expected.texts().size());
            for (std::size_t i = 0; i < l.texts().size(); ++i) {
                QCOMPARE(l.texts()[i].text, expected.texts()[i].text);
                QCOMPARE(l.texts()[i].rect, expected.texts()[i].rect);
            }
        };
        check("shown");
        view.resize(1200, 800);
        check("wider");
        view.resize(420, 900);
        check("narrow");
        view.setZoom(2);
        check("zoom 200 %");
        view.proportionalAction()->trigger();
        check("proportional");
        // The outline is the whole layout's frame, and only that.
        const SequenceLayout whole = fresh();
        const SequenceLayout outline = SequenceLayout::outline(*trace, whole.timeMap(), 420, 2.0);
        QVERIFY(outline.arrows().empty() && outline.texts().empty() && outline.markers().empty());
        const SequenceLayout made(*trace, whole.timeMap(), 420, 2.0);
        QVERIFY(outline.columns() == made.columns());
        QCOMPARE(outline.headerHeight(), made.headerHeight());
        QCOMPARE(outline.timeMap().bottom(), made.timeMap().bottom());
    }

    // Issue 16 (start-up): the window gives the view its trace, zoom and time before it has its size;
    // each made an outline at the size the view did not keep (and at 100 % before the zoom came),
    // which the resize event of the first show made again. Now nothing is laid out before that show,
    // and what is shown is what a view given the same after it was shown shows.
    void nothingIsLaidOutBeforeTheFirstShow()
    {
        const auto trace = std::make_shared<Trace>(normalCloseTrace());
        const int before = SequenceDiagramView::layoutsMade();
        SequenceDiagramView early;
        early.resize(500, 400);
        early.setTrace(trace);
        early.setZoom(2);
        early.setTime(30 * kSec);
        early.proportionalAction()->trigger();
        early.proportionalAction()->trigger();
        QCOMPARE(SequenceDiagramView::layoutsMade(), before);
        early.show();
        QVERIFY(SequenceDiagramView::layoutsMade() > before);

        SequenceDiagramView late;
        late.resize(500, 400);
        late.show();
        late.setTime(30 * kSec);
        late.setZoom(2);
        late.setTrace(trace);
        QCOMPARE(early.viewport()->size(), late.viewport()->size());
        QCOMPARE(early.verticalScrollBar()->maximum(), late.verticalScrollBar()->maximum());
        QCOMPARE(early.verticalScrollBar()->value(), late.verticalScrollBar()->value());
        QVERIFY(early.verticalScrollBar()->value() > 0); // followed the playhead down to 30 s
        QCOMPARE(early.headerHeight(), late.headerHeight());
        QCOMPARE(early.grab().toImage(), late.grab().toImage());

        // A view never shown lays itself out when asked (exports, tests).
        SequenceDiagramView hidden;
        hidden.resize(500, 400);
        hidden.setTrace(trace);
        QCOMPARE(hidden.headerHeight(), SequenceDiagramView::layoutFor(*trace, hidden.viewport()->width(), hidden.viewport()->height(), 1.0,
                                                                       TimeMap::Mode::Compressed).headerHeight());
        QVERIFY(!hidden.layout().arrows().empty());
    }
};

QTEST_MAIN(TestSequenceDiagramView)
#include "tst_sequencediagramview.moc"
