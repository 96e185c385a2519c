// SPDX-License-Identifier: GPL-3.0-or-later
#include "handtrace.h"
#include "core/scenario.h"
#include "views/eventlogmodel.h"
#include "views/narration.h"
#include "views/narrationpanel.h"
#include "views/timeformat.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace closelab;
using namespace closelab::testing;

namespace {
constexpr SimTime d = 500 * kUs;
}

class TestEventLogModel : public QObject {
    Q_OBJECT
private slots:
    void modelIsSound()
    {
        EventLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrace(std::make_shared<Trace>(normalCloseTrace()));
        model.setTime(30 * kSec);
        model.setTrace(nullptr);
    }

    void currentRow_data()
    {
        QTest::addColumn<qint64>("t");
        QTest::addColumn<QString>("what");
        QTest::newRow("before anything") << qint64(-kSec) << QString();
        QTest::newRow("the FIN leaves") << qint64(d / 4) << u"RTO armed (200 ms)"_qs;
        QTest::newRow("the FIN arrives") << qint64(d) << u"read() = 0"_qs;
        QTest::newRow("TIME_WAIT") << qint64(30 * kSec) << u"socket gone: the last ACK arrived"_qs;
    }

    void currentRow()
    {
        QFETCH(qint64, t);
        QFETCH(QString, what);
        const auto trace = std::make_shared<Trace>(normalCloseTrace());
        NarrationPanel panel;
        panel.setTrace(trace);
        panel.setTime(t);
        QCOMPARE(panel.currentRow(), trace->eventIndexAt(t));
        if (what.isEmpty()) {
            QCOMPARE(panel.currentRow(), -1);
            return;
        }
        const QModelIndex index = panel.model()->index(panel.currentRow(), EventLogModel::WhatColumn);
        QCOMPARE(index.data().toString(), what);
        QVERIFY(panel.logView()->selectionModel()->isRowSelected(panel.currentRow(), {}));
        // The explanation tells the event the story is about at that instant (an app call or a segment
        // before the timers it arms, issue 17): at "the FIN leaves" the log's row is the RTO armed with
        // it, the explanation is the FIN.
        const int story = storyEventAt(*trace, t);
        QVERIFY(story >= 0 && story <= panel.currentRow());
        QCOMPARE(trace->events[std::size_t(story)].t, trace->events[std::size_t(panel.currentRow())].t);
        QVERIFY(trace->events[std::size_t(story)].type != EventType::Timer);
        const QString told = panel.model()->index(story, EventLogModel::WhatColumn).data().toString();
        QVERIFY2(panel.explanationHtml().contains(told.toHtmlEscaped()), qPrintable(told));
        if (trace->events[std::size_t(panel.currentRow())].type == EventType::Timer)
            QVERIFY(!panel.explanationHtml().contains(what.toHtmlEscaped()));
    }

    // However short its dock, the panel cuts no row in half, at every zoom: squeezed to its minimum,
    // the log is folded to its heading (tests/app/tst_narrationfold) and the explanation shows two
    // lines; unfolded there by the user, the log shows its header and one whole row (the current event).
    void aSqueezedPanelShowsAWholeRow_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("100 %") << 1.0;
        QTest::newRow("200 %") << 2.0;
        QTest::newRow("300 %") << 3.0;
    }

    void aSqueezedPanelShowsAWholeRow()
    {
        QFETCH(double, zoom);
        NarrationPanel panel;
        panel.setZoom(zoom);
        panel.setTrace(std::make_shared<Trace>(normalCloseTrace()));
        panel.setTime(0);
        // Its minimum size is its widgets' (made when first needed: a panel not made yet has none).
        panel.buildContent();
        const auto squeeze = [&panel] {
            panel.resize(panel.minimumSizeHint().expandedTo(QSize(400, 0)).width(), panel.minimumSizeHint().height());
            QCoreApplication::processEvents();
        };
        squeeze();
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        squeeze();
        const auto *explanation = panel.findChild<QWidget *>(QStringLiteral("explanation"));
        QVERIFY(explanation);
        QVERIFY(!panel.isLogShown());
        QVERIFY(explanation->height() >= 2 * QFontMetricsF(explanation->font()).lineSpacing());
        panel.setLogShown(true);
        squeeze();
        QTableView *log = panel.logView();
        QVERIFY(log->isVisible());
        const int row = log->verticalHeader()->defaultSectionSize();
        QVERIFY2(log->viewport()->height() >= row, qPrintable(QStringLiteral("viewport %1 px, a row %2 px").arg(log->viewport()->height()).arg(row)));
        // The row's height comes from the zoomed font: at 200 % it is about twice 100 %'s.
        QVERIFY(row >= std::floor(1.4 * zoom * QFontMetricsF(QGuiApplication::font()).height() * 0.9));
        QVERIFY(explanation->height() >= 2 * QFontMetricsF(explanation->font()).lineSpacing());
    }

    void clickingARowSeeks()
    {
        const auto trace = std::make_shared<Trace>(normalCloseTrace());
        NarrationPanel panel;
        panel.resize(500, 700);
        panel.setTrace(trace);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy seek(&panel, &NarrationPanel::seekRequested);
        const int row = 10;
        QTableView *log = panel.logView();
        log->scrollTo(panel.model()->index(row, 0));
        const QRect cell = log->visualRect(panel.model()->index(row, EventLogModel::WhatColumn));
        QTest::mouseClick(log->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(seek.size(), 1);
        QCOMPARE(seek.at(0).at(0).toLongLong(), trace->events[row].t);
    }

    // A population's sample: syn_flood records all its 60 connections, the sequence diagram draws
    // connection 0 (and its listener), and so do the log and the explanation. At 5 s a new connection's
    // SYN leaves with its RTO armed; the sample has been in TIME_WAIT since 3 ms. On the old log (every
    // connection's events, 3,126 rows) the current row and the explanation were that other RTO.
    void populationLogFollowsTheSample()
    {
        RunConfig c;
        c.scenario = "syn_flood";
        const auto trace = std::make_shared<Trace>(simulate(c));
        QVERIFY(trace->populationSample);
        // Counted from the records here, not asked of the trace: connection 0's and the listener's.
        const auto sample = [](const TraceEvent &e) { return e.conn == 0 || e.conn == kListenerConn; };
        const auto sampleEvents = std::count_if(trace->events.begin(), trace->events.end(), sample);
        QVERIFY(sampleEvents > 0 && std::size_t(sampleEvents) < trace->events.size());
        const SimTime t = 5 * kSec;
        // The last of the sample's events at or before 5 s, and the other connection's that is later.
        int last = -1;
        for (std::size_t i = 0; i < trace->events.size() && trace->events[i].t <= t; ++i)
            if (sample(trace->events[i]))
                last = int(i);
        QVERIFY(last >= 0);
        const SimTime lastAt = trace->events[std::size_t(last)].t;
        QVERIFY(trace->eventIndexAt(t) > last); // other connections' events come after it, or this proves nothing

        NarrationPanel panel;
        panel.setTrace(trace);
        panel.setTime(t);
        EventLogModel *model = panel.model();
        QCOMPARE(model->rowCount(), int(sampleEvents));
        // Every row is one of the sample's events, in order, each once.
        int previous = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const int e = model->eventOfRow(row);
            QVERIFY(e > previous && sample(trace->events[std::size_t(e)]));
            QCOMPARE(model->timeOfRow(row), trace->events[std::size_t(e)].t);
            previous = e;
        }
        // The current row is the sample's last event at or before 5 s (bold, selected), in words.
        QCOMPARE(model->eventOfRow(panel.currentRow()), last);
        QCOMPARE(model->timeOfRow(panel.currentRow()), lastAt);
        QCOMPARE(model->index(panel.currentRow(), EventLogModel::WhatColumn).data().toString(), narrate(*trace, last).headline);
        QVERIFY(panel.logView()->selectionModel()->isRowSelected(panel.currentRow(), {}));
        // The explanation tells one of the sample's events at that instant, and says when.
        const QString html = panel.explanationHtml();
        QVERIFY2(html.contains(formatClock(lastAt)), qPrintable(html));
        QVERIFY(!html.contains(formatClock(t)));
        bool told = false;
        for (std::size_t i = 0; i < trace->events.size(); ++i)
            if (sample(trace->events[i]) && trace->events[i].t == lastAt)
                told |= html.contains(narrate(*trace, int(i)).what.toHtmlEscaped());
        QVERIFY(told);
        const int story = storyEventAt(*trace, t);
        QVERIFY(story >= 0 && sample(trace->events[std::size_t(story)]));
        // Clicking a row seeks to its event's time.
        QSignalSpy seek(&panel, &NarrationPanel::seekRequested);
        panel.resize(500, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int row = model->rowCount() - 1;
        panel.logView()->scrollTo(model->index(row, 0));
        QTest::mouseClick(panel.logView()->viewport(), Qt::LeftButton, {},
                          panel.logView()->visualRect(model->index(row, EventLogModel::WhatColumn)).center());
        QCOMPARE(seek.size(), 1);
        QCOMPARE(seek.at(0).at(0).toLongLong(), trace->events[std::size_t(model->eventOfRow(row))].t);
    }

    // Not a population: stale_segment's second connection is the same 4-tuple again, on the same
    // lifelines, and the log lists every event.
    void aSecondIncarnationIsLogged()
    {
        RunConfig c;
        c.scenario = "stale_segment";
        const auto trace = std::make_shared<Trace>(simulate(c));
        QVERIFY(!trace->populationSample);
        QVERIFY(std::any_of(trace->events.begin(), trace->events.end(), [](const TraceEvent &e) { return e.conn == 1; }));
        EventLogModel model;
        model.setTrace(trace);
        QCOMPARE(model.rowCount(), int(trace->events.size()));
        model.setTime(trace->end);
        QCOMPARE(model.currentRow(), int(trace->events.size()) - 1);
    }

    void sysctlLinkIsOffered()
    {
        const auto trace = std::make_shared<Trace>(finUnackedTrace());
        NarrationPanel panel;
        panel.setTrace(trace);
        panel.setTime(trace->end);
        QVERIFY(panel.explanationHtml().contains(QStringLiteral("sysctl:net.ipv4.tcp_orphan_retries")));
    }
};

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
