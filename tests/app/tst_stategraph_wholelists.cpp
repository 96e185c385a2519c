// SPDX-License-Identifier: GPL-3.0-or-later
// In the default layouts of the two projector sizes, 1280×720 and 1920×1080, at 100 % and 200 %, in
// English and in Chinese, every list of ways out the state graph draws is whole, in every library
// scenario at every state change: all of the state's ways out (written out below from the transition
// table, core/transitiontable.cpp), no "+N", no "…"; and nothing overlaps: no two labels, no label over
// a state, ⊗, badge or token, none past the widget. A list with no room for all of its items is left
// out (its ⊗'s tooltip lists them). (Before, at 1920×1080 ESTABLISHED's read "RST +3" from the first
// stop of the default run on, and CLOSE_WAIT's "RST +1" at 1280×720.)
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "core/scenario.h"
#include "views/labelplacer.h"
#include "views/stategraphview.h"

#include <QPicture>
#include <QSettings>
#include <QTest>

#include <map>

using namespace closelab;

namespace {

struct WaysOut {
    int items;              ///< how many the list has
    QStringList untranslated; ///< those that read the same in every language (RST, sysctls, calls)
};

// Each state's changes to CLOSED in the transition table, one item per row, a reset received or sent
// being one "RST" and a Linux limit its sysctl's last part; host crash and the timers are words.
const std::map<TcpState, WaysOut> &waysOut()
{
    using S = TcpState;
    static const std::map<TcpState, WaysOut> table{
        {S::Listen, {2, {u"close()"_qs}}},                                                   // + host crash
        {S::SynSent, {3, {u"RST"_qs, u"tcp_syn_retries"_qs, u"close()"_qs}}},
        {S::SynRecv, {4, {u"tcp_synack_retries"_qs, u"RST"_qs, u"tcp_abort_on_overflow"_qs}}}, // + host crash
        {S::Established, {4, {u"RST"_qs, u"tcp_retries2"_qs, u"tcp_keepalive_probes"_qs}}},   // + host crash
        {S::FinWait1, {4, {u"tcp_max_tw_buckets"_qs, u"tcp_orphan_retries"_qs, u"RST"_qs, u"tcp_max_orphans"_qs}}},
        {S::FinWait2, {4, {u"tcp_max_tw_buckets"_qs, u"tcp_fin_timeout"_qs, u"RST"_qs, u"tcp_max_orphans"_qs}}},
        {S::Closing, {4, {u"tcp_max_tw_buckets"_qs, u"tcp_orphan_retries"_qs, u"RST"_qs, u"tcp_max_orphans"_qs}}},
        {S::TimeWait, {3, {u"tcp_rfc1337"_qs, u"tcp_tw_reuse"_qs}}},                           // + TIME_WAIT's timer
        {S::CloseWait, {2, {u"RST"_qs, u"tcp_retries2"_qs}}},
        {S::LastAck, {4, {u"RST"_qs, u"tcp_orphan_retries"_qs, u"tcp_max_orphans"_qs}}},      // + the ACK of the FIN
    };
    return table;
}

// The items a drawn label shows: its lines, each split at " · ".
QStringList itemsOf(const QString &text)
{
    QStringList items;
    for (const QString &line : text.split(QLatin1Char('\n')))
        items << line.split(QStringLiteral(" · "));
    return items;
}

} // namespace

class TestStateGraphWholeLists : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_stategraph_wholelists"));
    }
    void init() { QSettings().clear(); }

    void itemsOfSplitsLinesAndSeparators()
    {
        QCOMPARE(itemsOf(QStringLiteral("RST · tcp_retries2\ntcp_keepalive_probes")),
                 (QStringList{QStringLiteral("RST"), QStringLiteral("tcp_retries2"), QStringLiteral("tcp_keepalive_probes")}));
        QCOMPARE(itemsOf(QStringLiteral("RST +3")).size(), 1);
    }

    void whole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QString>("language");
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
            for (double zoom : {1.0, 2.0})
                for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
                    QTest::addRow("%dx%d %d%% %s", size.width(), size.height(), int(zoom * 100), qPrintable(language))
                        << size << zoom << language;
    }

    void whole()
    {
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(QString, language);
        LanguageSwitcher languages;
        languages.setLanguage(language);
        // The window's state graph at its default place and size.
        QSize graphSize;
        {
            MainWindow window(&languages, nullptr, size, zoom);
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCoreApplication::processEvents();
            QVERIFY(window.stateGraph()->isVisible());
            graphSize = window.stateGraph()->size();
            QCOMPARE(window.stateGraph()->zoom(), zoom);
        }
        StateGraphView view;
        view.setZoom(zoom);
        view.resize(graphSize);
        int lists = 0;
        for (const ScenarioInfo &info : scenarioLibrary()) {
            if (info.group == ScenarioGroup::Population)
                continue;
            RunConfig c;
            c.scenario = std::string(info.name);
            auto trace = std::make_shared<const Trace>(simulate(c));
            std::vector<SimTime> times{trace->start};
            for (const TraceEvent &e : trace->events)
                if (e.type == EventType::State && e.conn == 0)
                    times.push_back(e.t);
            for (const SimTime t : times) {
                view.setTime(t);
                view.setTrace(trace); // settles the tokens (no animation frame in between)
                QPicture picture;
                view.render(&picture);
                const QString where = QStringLiteral("%1 at t = %2 ns in %3x%4").arg(QString::fromLatin1(info.name.data(), qsizetype(info.name.size()))).arg(t).arg(graphSize.width()).arg(graphSize.height());
                QVERIFY2(!anyOverlap(view.textRects()), qPrintable(where + u": labels overlap"_qs));
                for (const QRectF &r : view.textRects()) {
                    QVERIFY2(QRectF(view.rect()).adjusted(-1, -1, 1, 1).contains(r), qPrintable(where + u": a label past the widget"_qs));
                    for (const QRectF &m : view.markerRects())
                        QVERIFY2(!anyOverlap({r, m}), qPrintable(where + u": a label over a marker"_qs));
                }
                QCOMPARE(view.labelEdges().size(), std::size_t(view.texts().size()));
                for (qsizetype i = 0; i < view.texts().size(); ++i) {
                    const QString &text = view.texts()[i];
                    const QString what = where + u": \""_qs + text + u'"';
                    QVERIFY2(!text.contains(u"…"_qs), qPrintable(what + u" is elided"_qs));
                    const auto &edge = view.layout().edges()[std::size_t(view.labelEdges()[std::size_t(i)])];
                    const auto &to = view.layout().nodes()[std::size_t(edge.toNode)];
                    if (!to.terminal)
                        continue;
                    const WaysOut &expected = waysOut().at(to.terminalOf);
                    const QStringList items = itemsOf(text);
                    QVERIFY2(items.size() == expected.items, qPrintable(what + QStringLiteral(" shows %1 of %2 ways out").arg(items.size()).arg(expected.items)));
                    for (const QString &item : expected.untranslated)
                        QVERIFY2(items.contains(item), qPrintable(what + u" lacks "_qs + item));
                    ++lists;
                }
            }
        }
        QVERIFY(lists > 50);
    }
};

QTEST_MAIN(TestStateGraphWholeLists)
#include "tst_stategraph_wholelists.moc"
