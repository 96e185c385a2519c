// SPDX-License-Identifier: GPL-3.0-or-later
// CompareView and CompareChart on real engine runs: the differences listed for a known pair, the
// settings table, one time axis for both diagrams (same heights, scrolled and zoomed together),
// the overlaid step lines and the playhead.

#include "core/runoptions.h"
#include "core/scenario.h"
#include "core/tracecompare.h"
#include "views/comparechart.h"
#include "views/comparetexts.h"
#include "views/compareview.h"
#include "views/sequencediagramview.h"

#include <QCheckBox>
#include <QLineSeries>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QChart>
#include <QTableWidget>
#include <QTest>
#include <QWheelEvent>

using namespace closelab;

namespace {
RunConfig config(const std::string &scenario, const std::vector<std::string> &options = {})
{
    RunConfig c;
    c.scenario = scenario;
    for (const std::string &o : options) {
        const auto eq = o.find('=');
        if (auto err = applyRunOption(c, o.substr(0, eq), o.substr(eq + 1)))
            qFatal("bad option %s: %s", o.c_str(), err->c_str());
    }
    return c;
}

std::shared_ptr<const Trace> run(const RunConfig &c)
{
    return std::make_shared<const Trace>(simulate(c));
}
} // namespace

class TestCompareView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void orphanRetriesListed();
    void identicalRuns();
    void oneTimeAxis();
    void scrollAndZoomTogether();
    void proportionalBoth();
    void playheadAndSeek();
    void chartSeries();
    void unavailable();
    void narrowChartsBecomeTabs();

private:
    RunConfig m_configA;
    RunConfig m_configB;
    std::shared_ptr<const Trace> m_a;
    std::shared_ptr<const Trace> m_b;
};

void TestCompareView::initTestCase()
{
    usePlotFactory(builtInPlotFactory()); // the chart is this program's CompareChart
    m_configA = config("fin_unacked");
    m_configB = config("fin_unacked", {"set=net.ipv4.tcp_orphan_retries=2"});
    m_a = run(m_configA);
    m_b = run(m_configB);
}

void TestCompareView::orphanRetriesListed()
{
    CompareView view;
    view.setRunA(m_a, m_configA);
    view.setRunB(m_b, m_configB);

    const QStringList texts = view.differenceTexts();
    QVERIFY(!texts.isEmpty());
    // First the client's end: gone earlier by the difference of the two summaries' times.
    const TraceDifference &first = view.differences().front();
    QCOMPARE(first.kind, TraceDifference::Kind::GoneTime);
    QCOMPARE(first.delta, *m_b->side(Side::Client).goneAt - *m_a->side(Side::Client).goneAt);
    QCOMPARE(texts.front(), text::differenceSentence(first));
    QVERIFY2(texts.front().startsWith(QStringLiteral("Client: B's socket is gone ")), qPrintable(texts.front()));
    QVERIFY2(texts.front().contains(QStringLiteral("earlier")), qPrintable(texts.front()));

    const int finA = m_a->side(Side::Client).retransmissions[static_cast<int>(RetransKind::Fin)];
    const int finB = m_b->side(Side::Client).retransmissions[static_cast<int>(RetransKind::Fin)];
    // (No translator here: the plural's English forms come with the application's .qm.)
    const QString fins = QStringLiteral("Client: B sends %1 FIN retransmission").arg(finA - finB);
    const QString finCounts = QStringLiteral("fewer (%1 instead of %2).").arg(finB).arg(finA);
    QCOMPARE(texts.at(1).left(fins.size()), fins);
    QVERIFY2(texts.at(1).endsWith(finCounts), qPrintable(texts.at(1)));
    QVERIFY(view.headlineText().startsWith(QStringLiteral("B's client gives up")));
    QVERIFY(view.headlineText().contains(QStringLiteral("; %1 FIN retransmission").arg(finA - finB)));
    // The server's CLOSE_WAIT lasts to the end of both runs: its shorter time only echoes the run's
    // end and is not listed; the run's end is.
    for (const QString &t : texts)
        QVERIFY2(!t.contains(QStringLiteral("CLOSE_WAIT")), qPrintable(t));
    QVERIFY(texts.back().startsWith(QStringLiteral("B's run ends")));
    // The segment count that only echoes the retransmissions is not listed again.
    for (const QString &t : texts)
        QVERIFY2(!t.startsWith(QStringLiteral("Client: B sends")) || !t.contains(QStringLiteral("segment")), qPrintable(t));

    QCOMPARE(view.settingsTable()->rowCount(), 1);
    QCOMPARE(view.settingsTable()->item(0, 0)->text(), QStringLiteral("net.ipv4.tcp_orphan_retries"));
    QVERIFY(view.settingsTable()->item(0, 1)->text().startsWith(QStringLiteral("0")));
    QVERIFY(view.settingsTable()->item(0, 2)->text().startsWith(QStringLiteral("2")));
}

void TestCompareView::identicalRuns()
{
    CompareView view;
    view.setRunA(m_a, m_configA);
    view.setRunB(m_a, m_configA);
    QVERIFY(view.differences().empty());
    QVERIFY(view.settingDifferences().empty());
    QCOMPARE(view.differenceTexts().size(), 1); // the "no difference" line
    QVERIFY(view.headlineText().startsWith(QStringLiteral("A and B run alike")));
}

void TestCompareView::oneTimeAxis()
{
    CompareView view;
    view.resize(1400, 900);
    view.setRunA(m_a, m_configA);
    view.setRunB(m_b, m_configB);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const TimeMap &ma = view.diagramA()->layout().timeMap();
    const TimeMap &mb = view.diagramB()->layout().timeMap();
    QCOMPARE(view.diagramA()->viewport()->height(), view.diagramB()->viewport()->height());
    QCOMPARE(ma.knots(), mb.knots());
    QCOMPARE(ma.bottom(), mb.bottom());
    for (const Trace *t : {m_a.get(), m_b.get()}) {
        for (SimTime k : TimeMap::knotsOf(*t))
            QCOMPARE(ma.y(k), mb.y(k));
    }
    // Without the shared knots B alone would end far higher: B's run is shorter.
    const TimeMap alone(TimeMap::knotsOf(*m_b), ma.params());
    QVERIFY(alone.bottom() < mb.bottom());
    // B's socket is gone where A's is still retransmitting: the same height in both diagrams.
    const SimTime goneB = *m_b->side(Side::Client).goneAt;
    QCOMPARE(ma.y(goneB), mb.y(goneB));
}

void TestCompareView::scrollAndZoomTogether()
{
    CompareView view;
    view.resize(1400, 700);
    view.setRunA(m_a, m_configA);
    view.setRunB(m_b, m_configB);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QScrollBar *sa = view.diagramA()->verticalScrollBar();
    QScrollBar *sb = view.diagramB()->verticalScrollBar();
    QVERIFY(sa->maximum() > 0);
    QCOMPARE(sa->maximum(), sb->maximum());
    sa->setValue(sa->maximum() / 2);
    QCOMPARE(sb->value(), sa->value());
    sb->setValue(sb->maximum() / 3);
    QCOMPARE(sa->value(), sb->value());

    // Ctrl+wheel over B zooms both.
    QWidget *viewport = view.diagramB()->viewport();
    const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
    QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    QVERIFY(view.diagramA()->zoom() > 1.0);
    QCOMPARE(view.diagramB()->zoom(), view.diagramA()->zoom());
    // "-" on A zooms both back out.
    QTest::keyClick(view.diagramA(), Qt::Key_Minus);
    QCOMPARE(view.diagramB()->zoom(), view.diagramA()->zoom());
    QVERIFY(view.diagramA()->zoom() < 1.2);
}

void TestCompareView::proportionalBoth()
{
    CompareView view;
    view.resize(1200, 800);
    view.setRunA(m_a, m_configA);
    view.setRunB(m_b, m_configB);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.proportionalBox()->setChecked(true);
    QCOMPARE(view.diagramA()->timeMode(), TimeMap::Mode::Proportional);
    QCOMPARE(view.diagramB()->timeMode(), TimeMap::Mode::Proportional);
    const TimeMap &ma = view.diagramA()->layout().timeMap();
    const TimeMap &mb = view.diagramB()->layout().timeMap();
    QCOMPARE(ma.params().pxPerSecond, mb.params().pxPerSecond);
    QCOMPARE(ma.y(50 * kSec), mb.y(50 * kSec));
}

void TestCompareView::playheadAndSeek()
{
    CompareView view;
    view.setRunA(m_a, m_configA);
    view.setRunB(m_b, m_configB);
    view.setTime(2 * kSec);
    QCOMPARE(view.diagramA()->time(), 2 * kSec);
    QCOMPARE(view.diagramB()->time(), 2 * kSec);
    auto *chart = dynamic_cast<CompareChart *>(view.chart());
    QVERIFY(chart);
    QCOMPARE(chart->playheadSeconds(), 2.0);

    QSignalSpy seek(&view, &CompareView::seekRequested);
    emit view.diagramB()->seekRequested(5 * kSec);
    emit chart->seekRequested(7 * kSec);
    QCOMPARE(seek.count(), 2);
    QCOMPARE(seek.at(0).at(0).toLongLong(), 5 * kSec);
    QCOMPARE(seek.at(1).at(0).toLongLong(), 7 * kSec);
}

void TestCompareView::chartSeries()
{
    const CompareSeries s = CompareSeries::build(*m_a, *m_b);
    QCOMPARE(s.from, toSeconds(std::min(m_a->start, m_b->start)));
    QCOMPARE(s.to, toSeconds(std::max(m_a->end, m_b->end)));
    QCOMPARE(s.states.front(), TcpState::Closed);
    QVERIFY(std::find(s.states.begin(), s.states.end(), TcpState::FinWait1) != s.states.end());
    QVERIFY(std::find(s.states.begin(), s.states.end(), TcpState::TimeWait) == s.states.end()); // never reached
    const int fw1 = int(std::find(s.states.begin(), s.states.end(), TcpState::FinWait1) - s.states.begin());

    // Each run's client leaves FIN_WAIT1 for CLOSED where its socket is gone; B lies above A.
    for (int run = 0; run < 2; ++run) {
        const Trace &t = run == 0 ? *m_a : *m_b;
        const auto &line = s.state[run][0];
        const double offset = run == 0 ? -CompareSeries::kOffset : CompareSeries::kOffset;
        const double gone = toSeconds(*t.side(Side::Client).goneAt);
        auto it = std::find_if(line.begin(), line.end(), [&](QPointF p) { return p.x() == gone && p.y() == fw1 + offset; });
        QVERIFY(it != line.end() && std::next(it) != line.end());
        QCOMPARE(std::next(it)->y(), 0 + offset);
        // The cumulative retransmissions end at the run's total.
        QCOMPARE(int(s.retransmissions[run].back().y()),
                 endpointOutcome(t, Side::Client).totalRetransmissions() + endpointOutcome(t, Side::Server).totalRetransmissions());
    }
    QCOMPARE(s.maxRetransmissions, int(s.retransmissions[0].back().y()));

    CompareChart chart;
    chart.setTraces(m_a, m_b);
    QCOMPARE(chart.stateSeries(1, Side::Client)->count(), int(s.state[1][0].size()));
    QCOMPARE(chart.retransSeries(0)->count(), int(s.retransmissions[0].size()));
    QVERIFY(chart.stateSeries(1, Side::Client)->pen().style() == Qt::DashLine);
    QVERIFY(chart.stateSeries(0, Side::Client)->pen().style() == Qt::SolidLine);
}

void TestCompareView::unavailable()
{
    CompareView view;
    view.setUnavailable(QStringLiteral("population"));
    QVERIFY(!view.isAvailable());
    view.setRunA(m_a, m_configA);
    QVERIFY(view.isAvailable());
    QVERIFY(view.differenceTexts().isEmpty()); // no B yet: nothing compared
}

void TestCompareView::narrowChartsBecomeTabs()
{
    // In a 1280×720 A/B window the charts get about 340 px: side by side, each was ~190 px wide,
    // its legend lost its words and its ticks read "… 0 … …". Under kSideBySideEm ems they are
    // tabs, each as wide as the widget; wide again, side by side, both visible at once.
    CompareChart chart;
    chart.setTraces(m_a, m_b);
    const int em = chart.fontMetrics().height();
    auto *tabs = chart.findChild<QTabWidget *>(QStringLiteral("compareChartTabs"));
    QVERIFY(tabs);
    auto *stateView = chart.findChild<QWidget *>(QStringLiteral("compareStateChart"));
    auto *retransView = chart.findChild<QWidget *>(QStringLiteral("compareRetransChart"));
    QVERIFY(stateView && retransView);

    chart.resize(int(CompareChart::kSideBySideEm * em) + 2 * em, 20 * em);
    chart.show();
    QCoreApplication::processEvents();
    QVERIFY(!chart.tabbed());
    QVERIFY(stateView->isVisible() && retransView->isVisible());
    QVERIFY(!stateView->geometry().intersects(retransView->geometry()));
    QVERIFY(!chart.stateChart()->title().isEmpty());

    const int narrow = 340;
    QVERIFY(narrow < CompareChart::kSideBySideEm * em);
    chart.resize(narrow, 20 * em);
    QCoreApplication::processEvents();
    QVERIFY(chart.tabbed());
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("State of each endpoint (A solid, B dashed)"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Retransmissions so far"));
    QVERIFY(chart.stateChart()->title().isEmpty()); // the tab says it
    QVERIFY(stateView->isVisible());
    QVERIFY2(stateView->width() >= narrow - em, qPrintable(QString::number(stateView->width())));
    tabs->setCurrentIndex(1);
    QCoreApplication::processEvents();
    QVERIFY(retransView->isVisible() && retransView->width() >= narrow - em);

    chart.resize(int(CompareChart::kSideBySideEm * em) + 4 * em, 20 * em);
    QCoreApplication::processEvents();
    QVERIFY(!chart.tabbed());
    QCOMPARE(tabs->count(), 0);
    QVERIFY(stateView->isVisible() && retransView->isVisible());
    QCOMPARE(chart.retransChart()->title(), QStringLiteral("Retransmissions so far"));
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
