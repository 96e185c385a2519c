// SPDX-License-Identifier: GPL-3.0-or-later
// The event log's Time and Host columns resize to their contents. EventLogView measures only the
// rows that stand for all the others; its widths must be those Qt's QTableView measures over every
// row: for several runs, times (the bold current row moves), zooms and languages, asked directly and
// as the columns come out in a shown table.
#include "core/scenario.h"
#include "views/eventlogdelegate.h"
#include "views/eventlogmodel.h"
#include "views/eventlogview.h"
#include "views/zoom.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace closelab;

namespace {

// Chinese host names and headers (the glyphs and widths matter here, not the words).
class ChineseHosts : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QString key = QString::fromUtf8(context) + u'/' + QString::fromUtf8(source);
        if (key == u"CodeTexts/client")
            return u"客户端"_qs;
        if (key == u"CodeTexts/server")
            return u"服务器"_qs;
        if (key == u"EventLogModel/Time")
            return u"时间"_qs;
        if (key == u"EventLogModel/Host")
            return u"主机"_qs;
        return {};
    }
};

// QTableView makes it protected; QAbstractItemView's is public.
int hint(const QAbstractItemView &view, int column)
{
    return view.sizeHintForColumn(column);
}

// A log as the narration panel sets it up (views/narrationpanel.cpp), with Qt's table or ours.
void setUp(QTableView &view, EventLogModel *model, double factor)
{
    view.setModel(model);
    view.setItemDelegate(new EventLogDelegate(&view));
    view.verticalHeader()->hide();
    view.setShowGrid(false);
    view.setWordWrap(false);
    view.horizontalHeader()->setStretchLastSection(true);
    view.horizontalHeader()->setSectionResizeMode(EventLogModel::TimeColumn, QHeaderView::ResizeToContents);
    view.horizontalHeader()->setSectionResizeMode(EventLogModel::HostColumn, QHeaderView::ResizeToContents);
    view.setFont(zoom::font(factor));
    view.horizontalHeader()->setFont(zoom::font(factor));
}
} // namespace

class TestEventLogView : public QObject {
    Q_OBJECT
private slots:
    void widthsAreQtsOwn_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("chinese");
        for (const char *scenario : {"normal_close", "fin_unacked", "last_ack_lost", "simultaneous_close"}) {
            for (double factor : {1.0, 2.0, 3.0}) {
                for (bool chinese : {false, true}) {
                    QTest::addRow("%s %d%% %s", scenario, int(factor * 100), chinese ? "zh" : "en")
                        << QString::fromLatin1(scenario) << factor << chinese;
                }
            }
        }
    }

    void widthsAreQtsOwn()
    {
        QFETCH(QString, scenario);
        QFETCH(double, zoom);
        QFETCH(bool, chinese);
        ChineseHosts hosts;
        if (chinese)
            QCoreApplication::installTranslator(&hosts);
        RunConfig c;
        c.scenario = scenario.toStdString();
        const auto trace = std::make_shared<Trace>(simulate(c));
        EventLogModel model;
        model.setTrace(trace);
        QTableView qt;
        EventLogView ours;
        setUp(qt, &model, zoom);
        setUp(ours, &model, zoom);
        QVERIFY(model.rowCount() > 10);
        // Before the first event (no row bold), at the first, in the middle, at the last; each
        // time both measured directly.
        const SimTime first = trace->events.front().t;
        const SimTime last = trace->events.back().t;
        for (SimTime t : {first - 1, first, first + (last - first) / 2, last}) {
            model.setTime(t);
            for (int column : {int(EventLogModel::TimeColumn), int(EventLogModel::HostColumn)})
                QCOMPARE(hint(ours, column), hint(qt, column));
        }
        // Shown: the columns as the header sizes them (with the header's own hint), at a time whose
        // bold row is among the widest.
        model.setTime(last);
        for (QTableView *view : {&qt, static_cast<QTableView *>(&ours)}) {
            view->resize(500, 300);
            view->show();
        }
        QVERIFY(QTest::qWaitForWindowExposed(&ours));
        QCoreApplication::processEvents();
        for (int column : {int(EventLogModel::TimeColumn), int(EventLogModel::HostColumn)}) {
            QVERIFY(qt.horizontalHeader()->sectionSize(column) > 0);
            QCOMPARE(ours.horizontalHeader()->sectionSize(column), qt.horizontalHeader()->sectionSize(column));
        }
        // A new run and a zoom reach the columns as they reach Qt's.
        RunConfig other;
        other.scenario = "fin_unacked";
        model.setTrace(std::make_shared<Trace>(simulate(other)));
        model.setTime(kSec);
        for (QTableView *view : {&qt, static_cast<QTableView *>(&ours)}) {
            view->setFont(zoom::font(zoom * 1.25));
            view->horizontalHeader()->setFont(zoom::font(zoom * 1.25));
        }
        QCoreApplication::processEvents();
        for (int column : {int(EventLogModel::TimeColumn), int(EventLogModel::HostColumn)})
            QCOMPARE(ours.horizontalHeader()->sectionSize(column), qt.horizontalHeader()->sectionSize(column));
        if (chinese)
            QCoreApplication::removeTranslator(&hosts);
    }

    // With more rows than the header's precision Qt measures only some of them; so does the view.
    void precisionIsQts()
    {
        RunConfig c;
        c.scenario = "fin_unacked";
        EventLogModel model;
        model.setTrace(std::make_shared<Trace>(simulate(c)));
        model.setTime(kSec);
        QTableView qt;
        EventLogView ours;
        for (QTableView *view : {&qt, static_cast<QTableView *>(&ours)}) {
            setUp(*view, &model, 1.0);
            view->horizontalHeader()->setResizeContentsPrecision(3);
            view->resize(400, 200);
        }
        for (int column : {int(EventLogModel::TimeColumn), int(EventLogModel::HostColumn)})
            QCOMPARE(hint(ours, column), hint(qt, column));
    }
};

QTEST_MAIN(TestEventLogView)
#include "tst_eventlogview.moc"
