// SPDX-License-Identifier: GPL-3.0-or-later
#include "handtrace.h"
#include "core/scenario.h"
#include "views/labelplacer.h"
#include "views/stategraphview.h"

#include <QFontMetricsF>
#include <QPicture>
#include <QTest>

using namespace closelab;
using namespace closelab::testing;

namespace {
constexpr SimTime d = 500 * kUs;
}

class TestStateGraphView : public QObject {
    Q_OBJECT
private slots:
    void everyTableRowIsDrawn()
    {
        const StateGraphLayout layout(QSizeF(600, 640));
        std::size_t rows = 0;
        for (const auto &e : layout.edges()) {
            rows += e.transitions.size();
            QVERIFY(e.fromNode >= 0 && e.toNode >= 0);
        }
        QCOMPARE(rows, transitionTable().size());
        for (TcpState s : kAllStates)
            QVERIFY(layout.nodeOf(s) >= 0);
        // Every node lies inside the widget.
        for (int i = 0; i < int(layout.nodes().size()); ++i)
            QVERIFY(QRectF(0, 0, 600, 640).contains(layout.nodeRect(i)));
    }

    // Issue 17: sizes come from the font's metrics times the zoom, not pixel constants; a widget
    // with no room for the factor gets the largest that fits, with no two states touching.
    void zoomScalesEveryBox()
    {
        const StateGraphLayout one(QSizeF(4000, 4000), 1.0);
        const StateGraphLayout two(QSizeF(4000, 4000), 2.0);
        QCOMPARE(two.scale(), 2.0);
        QCOMPARE(two.stateFont().pointSizeF(), 2 * one.stateFont().pointSizeF());
        for (const StateGraphLayout *l : {&one, &two}) {
            const QFontMetricsF fm(l->stateFont());
            for (TcpState s : kAllStates)
                QVERIFY(l->nodeWidth() > fm.horizontalAdvance(QString::fromLatin1(stateName(s).data())));
            QVERIFY(l->nodeHeight() > fm.height());
        }
        QVERIFY(two.nodeWidth() > 1.8 * one.nodeWidth() && two.nodeWidth() < 2.2 * one.nodeWidth());
        QVERIFY(two.terminalRadius() > 1.8 * one.terminalRadius());

        for (QSizeF size : {QSizeF(385, 350), QSizeF(427, 600), QSizeF(640, 540), QSizeF(1280, 1080)}) {
            for (double zoom : {0.75, 1.0, 2.0, 3.0}) {
                const StateGraphLayout l(size, zoom);
                QVERIFY(l.scale() <= zoom);
                QVERIFY(l.scale() == zoom || l.scale() == std::max(StateGraphLayout::kMinScale, StateGraphLayout::fitScale(size)));
                const QString where = QStringLiteral("%1x%2 at %3").arg(size.width()).arg(size.height()).arg(zoom);
                std::vector<QRectF> boxes;
                for (int i = 0; i < int(l.nodes().size()); ++i) {
                    QVERIFY2(QRectF(QPointF(0, 0), size).contains(l.nodeRect(i)), qPrintable(where));
                    if (!l.nodes()[std::size_t(i)].terminal)
                        boxes.push_back(l.nodeRect(i));
                }
                if (l.scale() > StateGraphLayout::kMinScale)
                    QVERIFY2(!anyOverlap(boxes), qPrintable(where));
            }
        }
        // 200 % in a dock of 1280×720 has no room for twice the 100 % boxes: fitted, not overflowing.
        QVERIFY(StateGraphLayout(QSizeF(385, 350), 2.0).scale() < 1.5);
        StateGraphView view;
        view.resize(1200, 1300);
        view.setZoom(2.0);
        QCOMPARE(view.zoom(), 2.0);
        QCOMPARE(view.layout().scale(), 2.0);
        view.setZoom(9.0);
        QCOMPARE(view.zoom(), 3.0);
    }

    void linuxEdgesAreLabelledWithTheirSysctl()
    {
        StateGraphView view;
        view.resize(600, 640);
        const int fw2 = view.layout().edgeFor(TcpState::FinWait2, TcpState::Closed);
        QVERIFY(fw2 >= 0);
        QVERIFY(view.edgeLabel(fw2).contains(QStringLiteral("tcp_fin_timeout")));
        const int fw1 = view.layout().edgeFor(TcpState::FinWait1, TcpState::Closed);
        QVERIFY(view.edgeLabel(fw1).contains(QStringLiteral("tcp_orphan_retries")));
        const int est = view.layout().edgeFor(TcpState::Established, TcpState::CloseWait);
        QCOMPARE(view.edgeLabel(est), QStringList{QStringLiteral("rcv FIN / snd ACK")});
        const int tw = view.layout().edgeFor(TcpState::TimeWait, TcpState::Closed);
        QVERIFY(view.edgeLabel(tw).contains(QStringLiteral("60 s")));
    }

    void tokens_data()
    {
        QTest::addColumn<qint64>("t");
        QTest::addColumn<int>("client");
        QTest::addColumn<int>("server");
        QTest::addColumn<int>("clientEdges"); // edges the client has taken so far
        QTest::newRow("handshake") << qint64(-2 * d) << int(TcpState::SynSent) << int(TcpState::SynRecv) << 1;
        QTest::newRow("FIN in flight") << qint64(d / 2) << int(TcpState::FinWait1) << int(TcpState::Established) << 3;
        QTest::newRow("half-closed") << qint64(100 * kMs) << int(TcpState::FinWait2) << int(TcpState::CloseWait) << 4;
        QTest::newRow("TIME_WAIT") << qint64(30 * kSec) << int(TcpState::TimeWait) << int(TcpState::Closed) << 5;
        QTest::newRow("all gone") << qint64(61 * kSec) << int(TcpState::Closed) << int(TcpState::Closed) << 6;
    }

    void tokens()
    {
        QFETCH(qint64, t);
        QFETCH(int, client);
        QFETCH(int, server);
        QFETCH(int, clientEdges);
        StateGraphView view;
        view.resize(600, 640);
        view.setTrace(std::make_shared<Trace>(normalCloseTrace()));
        view.setTime(t);
        QCOMPARE(int(view.tokenState(Side::Client)), client);
        QCOMPARE(int(view.tokenState(Side::Server)), server);
        QCOMPARE(int(view.takenEdges(Side::Client).size()), clientEdges);
        // A gone socket's token sits on the terminal of the state it left.
        if (TcpState(server) == TcpState::Closed)
            QCOMPARE(view.tokenNode(Side::Server), view.layout().terminalOf(TcpState::LastAck));
        QVERIFY(!view.grab().isNull());
    }

    // Issue 17: exit-reason texts overlapped each other, edge labels, ⊗ markers and the C/S tokens;
    // the count badge hid under a token. On geometry: every library scenario at five playhead
    // times, in docks of five window sizes, with and without population counts: no two labels
    // intersect, none leaves the widget, none covers a state, terminal, badge or token; no badge
    // under a token. (Before, a label with no free place took the least-overlapping one.)
    void noTextOverlaps_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const ScenarioInfo &info : scenarioLibrary())
            if (info.group != ScenarioGroup::Population)
                QTest::newRow(info.name.data()) << QString::fromLatin1(info.name.data(), qsizetype(info.name.size()));
    }

    void noTextOverlaps()
    {
        QFETCH(QString, scenario);
        RunConfig c;
        c.scenario = scenario.toStdString();
        auto trace = std::make_shared<const Trace>(simulate(c));
        StateGraphView view;
        view.setTrace(trace);
        const QSize windows[] = {{640, 400}, {1024, 600}, {1280, 720}, {1920, 1080}, {3840, 2160}};
        const SimTime span = trace->end - trace->start;
        std::array<std::int64_t, 11> counts{};
        counts[std::size_t(TcpState::TimeWait)] = 40000;
        counts[std::size_t(TcpState::Established)] = 123;
        for (bool population : {false, true}) {
            if (population)
                view.setStateCounts(counts);
            for (const QSize &window : windows) {
                // The state graph dock: about a third of the width, half the height.
                view.resize(std::max(220, window.width() / 3), std::max(180, window.height() / 2));
                for (int k = 0; k <= 4; ++k) {
                    view.setTime(trace->start + span * k / 4);
                    view.setTrace(trace); // settles the tokens (no animation frame in between)
                    // Painting into a QPicture records the layout without rasterising it (fast).
                    QPicture picture;
                    view.render(&picture);
                    const QString where = QStringLiteral("%1 %2x%3 t%4 %5").arg(scenario).arg(window.width()).arg(window.height()).arg(k).arg(population);
                    const std::vector<QRectF> &texts = view.textRects();
                    QVERIFY2(!anyOverlap(texts), qPrintable(where));
                    for (const QRectF &t : texts) {
                        QVERIFY2(QRectF(view.rect()).adjusted(-1, -1, 1, 1).contains(t), qPrintable(where));
                        for (const QRectF &m : view.markerRects())
                            QVERIFY2(!anyOverlap({t, m}), qPrintable(where));
                    }
                    if (population) {
                        for (int n = 0; n < int(view.layout().nodes().size()); ++n) {
                            if (view.layout().nodes()[std::size_t(n)].terminal)
                                continue;
                            // The tokens on this state (at its corners) leave its badge free.
                            for (Side s : {Side::Client, Side::Server})
                                if (view.tokenNode(s) == n)
                                    QVERIFY2(!anyOverlap({view.countBadgeRect(n), view.tokenRect(s)}), qPrintable(where));
                        }
                    }
                }
            }
        }
    }

    // A state's "socket gone" terminal (⊗) stands beside its state, touching no state box: CLOSING's
    // was drawn over the right edge of its box at every size (0.2 of the width from its centre, less
    // than half a box in a dock of 1920×1080). At the sizes and zooms the tests above use, and the
    // docks of 1280×720 and 1920×1080 at 100-300 %; at kMinScale the boxes themselves may touch.
    void terminalsTouchNoState_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<double>("zoom");
        const auto add = [](QSizeF size, double zoom) {
            QTest::addRow("%gx%g at %d %%", size.width(), size.height(), int(zoom * 100)) << size << zoom;
        };
        for (QSizeF size : {QSizeF(385, 350), QSizeF(427, 600), QSizeF(640, 540), QSizeF(1280, 1080), QSizeF(600, 640), QSizeF(700, 800), QSizeF(486, 325)})
            for (double zoom : {0.75, 1.0, 2.0, 3.0})
                add(size, zoom);
        for (QSize window : {QSize(640, 400), QSize(1024, 600), QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)})
            add(QSizeF(std::max(220, window.width() / 3), std::max(180, window.height() / 2)), 1.0);
        add(QSizeF(545, 580), 2.0);
        add(QSizeF(545, 560), 3.0);
    }

    void terminalsTouchNoState()
    {
        QFETCH(QSizeF, size);
        QFETCH(double, zoom);
        const StateGraphLayout l(size, zoom);
        std::vector<QRectF> boxes;
        for (int i = 0; i < int(l.nodes().size()); ++i)
            if (!l.nodes()[std::size_t(i)].terminal)
                boxes.push_back(l.nodeRect(i));
        if (anyOverlap(boxes))
            QSKIP("the states' boxes touch each other at this size (kMinScale)");
        int terminals = 0;
        for (int i = 0; i < int(l.nodes().size()); ++i) {
            const StateGraphLayout::Node &n = l.nodes()[std::size_t(i)];
            if (!n.terminal)
                continue;
            ++terminals;
            // With room for its arrow: half an em round it.
            const double gap = 0.5 * l.em() - 0.01;
            const QRectF mark = l.nodeRect(i).adjusted(-gap, -gap, gap, gap);
            QVERIFY2(QRectF(QPointF(0, 0), size).contains(l.nodeRect(i)), qPrintable(QString::fromLatin1(stateName(n.terminalOf).data())));
            for (TcpState s : kAllStates) {
                const QRectF box = l.nodeRect(l.nodeOf(s));
                QVERIFY2(!mark.intersects(box),
                         qPrintable(QStringLiteral("the ⊗ of %1 (%2,%3 %4x%5) on %6 (%7,%8 %9x%10)")
                                        .arg(QString::fromLatin1(stateName(n.terminalOf).data())).arg(mark.x()).arg(mark.y()).arg(mark.width()).arg(mark.height())
                                        .arg(QString::fromLatin1(stateName(s).data())).arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())));
            }
        }
        // One for each state the transition table leaves for CLOSED.
        int exits = 0;
        for (TcpState s : kAllStates)
            exits += s != TcpState::Closed && std::any_of(transitionTable().begin(), transitionTable().end(), [s](const Transition &t) {
                return t.from == s && t.to == TcpState::Closed;
            });
        QCOMPARE(terminals, exits);
    }

    void edgeLabelsWholeWhenZoomed_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QSize>("size");
        for (const ScenarioInfo &info : scenarioLibrary()) {
            if (info.group == ScenarioGroup::Population)
                continue;
            // The State Graph dock of a 1280x720 window (measured on closelab --screenshot): 545x580
            // at 200 %, 545x560 at 300 %.
            const QString name = QString::fromLatin1(info.name.data(), qsizetype(info.name.size()));
            QTest::addRow("%s 200 %%", info.name.data()) << name << 2.0 << QSize(545, 580);
            QTest::addRow("%s 300 %%", info.name.data()) << name << 3.0 << QSize(545, 560);
        }
    }

    void edgeLabelsWholeWhenZoomed()
    {
        // At 200 % in a 1280x720 window the lists of ways out read "tcp_synack_retries …" and
        // "RST …". Zoomed in, every edge label is whole: no "…", its lines inside its box, none
        // over another; a list's items are its edge's (StateGraphView::edgeLabel), all of them,
        // or the first ones and "+N" with N the number left out.
        QFETCH(QString, scenario);
        QFETCH(double, zoom);
        QFETCH(QSize, size);
        RunConfig c;
        c.scenario = scenario.toStdString();
        auto trace = std::make_shared<const Trace>(simulate(c));
        StateGraphView view;
        view.setZoom(zoom);
        view.resize(size);
        const SimTime span = trace->end - trace->start;
        int labels = 0;
        for (int k = 0; k <= 4; ++k) {
            view.setTime(trace->start + span * k / 4);
            view.setTrace(trace);
            QPicture picture;
            view.render(&picture);
            const QString when = QStringLiteral("t%1").arg(k);
            QCOMPARE(view.texts().size(), qsizetype(view.textRects().size()));
            QVERIFY2(!anyOverlap(view.textRects()), qPrintable(when));
            const QFontMetricsF fm(view.layout().labelFont());
            // Every label any edge may show, as its items.
            std::vector<QStringList> lists;
            for (int e = 0; e < int(view.layout().edges().size()); ++e)
                lists.push_back(view.edgeLabel(e));
            for (qsizetype i = 0; i < view.texts().size(); ++i) {
                const QString &text = view.texts()[i];
                const QRectF &box = view.textRects()[std::size_t(i)];
                const QString where = when + u": "_qs + text;
                QVERIFY2(!text.contains(u"…"_qs), qPrintable(where));
                const QRectF need = fm.boundingRect(QRectF(0, 0, 1e4, 1e4), Qt::AlignCenter, text);
                QVERIFY2(need.width() <= box.width() + 1e-6 && need.height() <= box.height() + 1e-6, qPrintable(where));
                // The items and the "+N" of a shortened list.
                QString body = text;
                int more = 0;
                const qsizetype plus = body.lastIndexOf(u" +"_qs);
                if (plus > 0 && body.mid(plus + 2).toInt() > 0) {
                    more = body.mid(plus + 2).toInt();
                    body.truncate(plus);
                }
                QStringList items;
                for (const QString &line : body.split(u'\n'))
                    items << line.split(u" · "_qs);
                const bool known = std::any_of(lists.begin(), lists.end(), [&](const QStringList &list) {
                    return list.size() == items.size() + more && list.mid(0, items.size()) == items;
                });
                QVERIFY2(known, qPrintable(where));
                ++labels;
            }
        }
        QVERIFY(labels > 0);
    }

    void populationCounts()
    {
        StateGraphView view;
        view.resize(600, 640);
        std::array<std::int64_t, 11> counts{};
        counts[std::size_t(TcpState::TimeWait)] = 40000;
        view.setStateCounts(counts);
        QVERIFY(!view.grab().isNull());
        // A badge on the state with sockets, none on the empty ones.
        QVERIFY(!view.countBadgeRect(view.layout().nodeOf(TcpState::TimeWait)).isEmpty());
        QVERIFY(view.countBadgeRect(view.layout().nodeOf(TcpState::Established)).isEmpty());
        view.clearStateCounts();
        QVERIFY(view.countBadgeRect(view.layout().nodeOf(TcpState::TimeWait)).isEmpty());
    }

    // The view lays itself out when first asked after a resize or a zoom change: what it gives is
    // the layout made afresh at its size and zoom, and its tokens sit on the same nodes.
    void layoutFollowsEveryResize()
    {
        StateGraphView view;
        view.setTrace(std::make_shared<Trace>(normalCloseTrace()));
        view.setTime(30 * kSec);
        view.resize(385, 350);
        view.show();
        const auto check = [&](const char *where) {
            const StateGraphLayout expected(QSizeF(view.size()), view.zoom());
            const StateGraphLayout &l = view.layout();
            QVERIFY2(l.scale() == expected.scale(), where);
            QCOMPARE(l.nodes().size(), expected.nodes().size());
            for (int i = 0; i < int(l.nodes().size()); ++i)
                QCOMPARE(l.nodeRect(i), expected.nodeRect(i));
            for (std::size_t i = 0; i < l.edges().size(); ++i)
                QCOMPARE(l.edges()[i].labelAt, expected.edges()[i].labelAt);
            // At 30 s the client is in TIME_WAIT, the server gone from LAST_ACK.
            QCOMPARE(view.tokenNode(Side::Client), expected.nodeOf(TcpState::TimeWait));
            QCOMPARE(view.tokenNode(Side::Server), expected.terminalOf(TcpState::LastAck));
            QCOMPARE(view.tokenRect(Side::Server).width(), 2 * expected.tokenRadius());
        };
        check("shown");
        view.resize(700, 640);
        check("larger");
        view.setZoom(2);
        check("zoom 200 %");
        view.resize(300, 260);
        check("smaller at 200 %");
        QVERIFY(!view.grab().isNull());
    }

    // Issue 16 (start-up): the view made one layout at a size it never had (560×620) in its
    // constructor, measuring the state names at a scale its first paint may not use; its tokens
    // need only the nodes' and edges' indices. Now it lays out once, when it paints at its size.
    void laysOutOnlyWhenItPaints()
    {
        // The unmeasured layout has the nodes and edges, in the same order, of any measured one.
        const StateGraphLayout bare;
        for (const StateGraphLayout &l : {StateGraphLayout(QSizeF(600, 640)), StateGraphLayout(QSizeF(385, 350), 2.0)}) {
            QCOMPARE(bare.nodes().size(), l.nodes().size());
            for (std::size_t i = 0; i < l.nodes().size(); ++i) {
                QCOMPARE(bare.nodes()[i].state, l.nodes()[i].state);
                QCOMPARE(bare.nodes()[i].terminal, l.nodes()[i].terminal);
                QCOMPARE(bare.nodes()[i].terminalOf, l.nodes()[i].terminalOf);
            }
            QCOMPARE(bare.edges().size(), l.edges().size());
            for (std::size_t i = 0; i < l.edges().size(); ++i) {
                QCOMPARE(bare.edges()[i].fromNode, l.edges()[i].fromNode);
                QCOMPARE(bare.edges()[i].toNode, l.edges()[i].toNode);
                QCOMPARE(bare.edges()[i].transitions, l.edges()[i].transitions);
                QCOMPARE(bare.edges()[i].linuxOnly, l.edges()[i].linuxOnly);
            }
        }

        const int before = StateGraphLayout::laidOutCount();
        StateGraphView view;
        view.setTrace(std::make_shared<Trace>(normalCloseTrace()));
        view.setTime(30 * kSec);
        view.resize(600, 640);
        view.setZoom(2);
        view.resize(700, 800);
        QCOMPARE(StateGraphLayout::laidOutCount(), before);
        // The tokens are on their nodes all the same (client in TIME_WAIT, server gone from LAST_ACK).
        const StateGraphLayout expected(QSizeF(700, 800), 2.0);
        QCOMPARE(StateGraphLayout::laidOutCount(), before + 1);
        QCOMPARE(view.tokenNode(Side::Client), expected.nodeOf(TcpState::TimeWait));
        QCOMPARE(view.tokenNode(Side::Server), expected.terminalOf(TcpState::LastAck));
        QVERIFY(!view.grab().isNull());
        QCOMPARE(StateGraphLayout::laidOutCount(), before + 2);
        QCOMPARE(view.layout().nodeRect(0), expected.nodeRect(0));
        QCOMPARE(StateGraphLayout::laidOutCount(), before + 2);
    }
};

QTEST_MAIN(TestStateGraphView)
#include "tst_stategraphview.moc"
