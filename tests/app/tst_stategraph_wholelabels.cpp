// SPDX-License-Identifier: GPL-3.0-or-later
// At 100 % in the default layouts of the two projector sizes, 1280×720 and 1920×1080, no label of the
// state graph is elided with "…" at any moment a class stops on (a reader at the back of the room
// cannot know what was cut), in English and in Chinese; at the start-up frame a state's list of ways
// out is whole (each of its items, in some arrangement of lines, moved away from its ⊗ with a leader
// line where it has no room beside it), and at 1280×720 every label of that frame is.
#include "app/experimentcontroller.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "views/stategraphview.h"

#include <QPicture>
#include <QSettings>
#include <QTest>

#include <algorithm>

using namespace closelab;

namespace {

// The items a drawn label shows: its lines, each split at " · ".
QStringList itemsOf(const QString &text)
{
    QStringList items;
    for (const QString &line : text.split(QLatin1Char('\n')))
        for (const QString &item : line.split(QStringLiteral(" · ")))
            items << item;
    std::sort(items.begin(), items.end());
    return items;
}

} // namespace

class TestStateGraphWholeLabels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_stategraph_wholelabels"));
    }
    void init() { QSettings().clear(); }

    void itemsOfSplitsLinesAndSeparators()
    {
        // What the check below relies on, checked on its own.
        QCOMPARE(itemsOf(QStringLiteral("tcp_synack_retries · RST\nhost crash")),
                 (QStringList{QStringLiteral("RST"), QStringLiteral("host crash"), QStringLiteral("tcp_synack_retries")}));
        QVERIFY(itemsOf(QStringLiteral("tcp_synack_retries +3")) != itemsOf(QStringLiteral("tcp_synack_retries · RST")));
    }

    void wholeAtTheDefaultSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
            for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
                QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(language)) << size << language;
    }

    void wholeAtTheDefaultSizes()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        LanguageSwitcher languages;
        languages.setLanguage(language);
        MainWindow window(&languages, nullptr, size, 1.0);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.controller()->waitForIdle();
        QCoreApplication::processEvents();
        StateGraphView *view = window.stateGraph();
        QVERIFY(view->isVisible());
        const std::shared_ptr<const Trace> trace = window.trace();
        QVERIFY(trace);
        // The start-up frame, then every state change of the run (where a class stops).
        std::vector<qint64> times{window.playhead()->time()};
        for (const TraceEvent &e : trace->events)
            if (e.type == EventType::State && e.conn == 0)
                times.push_back(e.t);
        // Every edge's items, to tell a drawn label's edge.
        std::vector<QStringList> edgeItems;
        for (int i = 0; i < int(view->layout().edges().size()); ++i) {
            QStringList items = view->edgeLabel(i);
            std::sort(items.begin(), items.end());
            edgeItems.push_back(items);
        }
        const qint64 startUp = times.front();
        const int synRecvExit = view->layout().edgeFor(TcpState::SynRecv, TcpState::Closed);
        QVERIFY(synRecvExit >= 0);
        QStringList synRecvItems = view->edgeLabel(synRecvExit);
        std::sort(synRecvItems.begin(), synRecvItems.end());
        bool synRecvShown = false;
        int labels = 0;
        for (const qint64 t : times) {
            window.playhead()->seek(t);
            view->setTrace(trace); // settles the tokens (no animation frame in between)
            QPicture picture;
            view->render(&picture);
            for (const QString &text : view->texts()) {
                const QString where = QStringLiteral("%1 at t = %2 ns: \"%3\"").arg(language).arg(t).arg(text);
                QVERIFY2(!text.contains(QStringLiteral("…")), qPrintable(where + QStringLiteral(" is elided")));
                const bool whole = std::find(edgeItems.begin(), edgeItems.end(), itemsOf(text)) != edgeItems.end();
                if (t == startUp) {
                    // The list the 100 % frame cut to "tcp_synack_retries …" before.
                    const bool synRecv = text.contains(QStringLiteral("tcp_synack_retries"));
                    synRecvShown = synRecvShown || synRecv;
                    QVERIFY2(!synRecv || itemsOf(text) == synRecvItems, qPrintable(where + QStringLiteral(" is not SYN_RECV's whole list")));
                    QVERIFY2(whole || size.width() > 1280, qPrintable(where + QStringLiteral(" shows only its first items")));
                }
                ++labels;
            }
        }
        QVERIFY(synRecvShown); // the server has been in SYN_RECV: its ways out are listed
        QVERIFY(labels > 10);
    }
};

QTEST_MAIN(TestStateGraphWholeLabels)
#include "tst_stategraph_wholelabels.moc"
