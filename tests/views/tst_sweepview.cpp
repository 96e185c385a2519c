// SPDX-License-Identifier: GPL-3.0-or-later
// The sweep chart and its panel: the series hold exactly the core's table, the current value line,
// points without a value, the Y axis of states, clicks become run options, range checks in the panel.
#include "core/runoptions.h"
#include "core/sweep.h"
#include "views/sweeppanel.h"
#include "views/sweepview.h"

#include <QCategoryAxis>
#include <QClipboard>
#include <QGuiApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace closelab;

namespace {

RunConfig finUnacked()
{
    RunConfig c;
    c.scenario = "fin_unacked";
    return c;
}

std::shared_ptr<const SweepResult> orphanRetriesSweep()
{
    SweepSpec s;
    s.config = finUnacked();
    s.parameter = SysctlId::TcpOrphanRetries;
    s.from = 0;
    s.to = 8;
    return std::make_shared<const SweepResult>(runSweep(s));
}

} // namespace

// The panel's chart: this program's SweepView (initTestCase()).
SweepView *sweepView(const SweepPanel &panel)
{
    return dynamic_cast<SweepView *>(panel.plot());
}

class TestSweepView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { usePlotFactory(builtInPlotFactory()); }

    void seriesEqualTheTable_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<int>("side");
        QTest::addColumn<int>("kind"); // -1: all
        QTest::newRow("client gone") << int(SweepMetric::GoneTime) << int(Side::Client) << -1;
        QTest::newRow("client FIN retransmissions") << int(SweepMetric::Retransmissions) << int(Side::Client) << int(RetransKind::Fin);
        QTest::newRow("client retransmissions") << int(SweepMetric::Retransmissions) << int(Side::Client) << -1;
        QTest::newRow("server RSTs") << int(SweepMetric::RstsSent) << int(Side::Server) << -1;
    }

    void seriesEqualTheTable()
    {
        QFETCH(int, metric);
        QFETCH(int, side);
        QFETCH(int, kind);
        SweepOutcome o;
        o.metric = SweepMetric(metric);
        o.side = Side(side);
        if (kind >= 0)
            o.kind = RetransKind(kind);
        const auto result = orphanRetriesSweep();
        SweepView view;
        view.setOutcome(o);
        view.setResult(result);
        const QList<QPointF> points = view.pointSeries()->points();
        QCOMPARE(points.size(), qsizetype(result->points.size()));
        QCOMPARE(points.size(), 9);
        for (qsizetype i = 0; i < points.size(); ++i) {
            const SweepPoint &p = result->points[std::size_t(i)];
            QCOMPARE(points[i].x(), p.value);
            QCOMPARE(points[i].y(), outcomeValue(p, o, false));
        }
        QVERIFY(view.missingSeries()->points().isEmpty());
        // Integer parameter too: markers joined by straight lines through exactly the sampled points
        // (no steps showing values between them that were never computed); ticks on whole values.
        QCOMPARE(view.lineSeries()->points(), points);
        QCOMPARE(view.xAxis()->min(), -0.5);
        QCOMPARE(view.xAxis()->max(), 8.5);
        QCOMPARE(view.xAxis()->tickInterval(), 1.0);
        QVERIFY(view.xAxis()->titleText().contains(QLatin1String("net.ipv4.tcp_orphan_retries")));
        // Every value fits under the top of the axis.
        const auto *y = qobject_cast<QValueAxis *>(view.yAxis());
        QVERIFY(y);
        for (const QPointF &p : points)
            QVERIFY(p.y() >= y->min() && p.y() < y->max());
    }

    void outcomeChangeNeedsNoRun()
    {
        const auto result = orphanRetriesSweep();
        SweepView view;
        view.setResult(result);
        // Gone time by default: 107.1 s at 0 and at 8 (0 means 8).
        QCOMPARE(view.pointSeries()->points().first().y(), view.pointSeries()->points().last().y());
        QVERIFY(view.pointSeries()->points().last().y() > 100);
        view.setOutcome({SweepMetric::Retransmissions, Side::Client, RetransKind::Fin});
        QCOMPARE(view.result(), result);
        QCOMPARE(view.pointSeries()->points().at(1).y(), 3.0);
        QCOMPARE(view.pointSeries()->points().at(8).y(), 9.0);
    }

    void missingValuesSitOnTop()
    {
        // The server stays in CLOSE_WAIT: never gone, every point hollow on the top edge.
        const auto result = orphanRetriesSweep();
        SweepView view;
        view.setOutcome({SweepMetric::GoneTime, Side::Server, std::nullopt});
        view.setResult(result);
        QVERIFY(view.pointSeries()->points().isEmpty());
        const QList<QPointF> missing = view.missingSeries()->points();
        QCOMPARE(missing.size(), 9);
        const auto *y = qobject_cast<QValueAxis *>(view.yAxis());
        for (const QPointF &p : missing)
            QCOMPARE(p.y(), y->max());
        QVERIFY(view.pointToolTip(3).contains(QLatin1String("still there at the end of the run")));
    }

    void finalStateAxisNamesStates()
    {
        const auto result = orphanRetriesSweep();
        SweepView view;
        view.setOutcome({SweepMetric::FinalState, Side::Server, std::nullopt});
        view.setResult(result);
        auto *axis = qobject_cast<QCategoryAxis *>(view.yAxis());
        QVERIFY(axis);
        QVERIFY(axis->categoriesLabels().contains(QLatin1String("CLOSE_WAIT")));
        for (const QPointF &p : view.pointSeries()->points())
            QCOMPARE(p.y(), double(int(TcpState::CloseWait)));
        // And back to values.
        view.setOutcome({SweepMetric::GoneTime, Side::Client, std::nullopt});
        QVERIFY(qobject_cast<QValueAxis *>(view.yAxis()));
    }

    void currentValueLine()
    {
        SweepView view;
        view.setResult(orphanRetriesSweep());
        view.setCurrentValue(3);
        const QList<QPointF> line = view.currentValueSeries()->points();
        QCOMPARE(line.size(), 2);
        QCOMPARE(line[0].x(), 3.0);
        QCOMPARE(line[1].x(), 3.0);
        QVERIFY(line[1].y() > line[0].y());
        QVERIFY(view.currentValueSeries()->name().contains(QLatin1String("3")));
        view.setCurrentValue(std::nullopt);
        QVERIFY(view.currentValueSeries()->points().isEmpty());
    }

    void probabilitiesInPercent()
    {
        SweepSpec s;
        s.config = finUnacked();
        s.parameter = NetworkField::Loss;
        s.from = 0;
        s.to = 0.2;
        s.step = 0.1;
        auto result = std::make_shared<const SweepResult>(runSweep(s));
        SweepView view;
        view.setResult(result);
        const QList<QPointF> points = view.pointSeries()->points();
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[2].x(), 20.0);
        QCOMPARE(view.lineSeries()->points().size(), 3); // a line, not steps
        QCOMPARE(view.pointNear(19), 2);
        QVERIFY(view.pointToolTip(2).contains(QLatin1String("loss = 20%")));
    }

    void panelEmitsSpecAndRunOptions()
    {
        qRegisterMetaType<SweepSpec>();
        SweepPanel panel;
        panel.setConfig(finUnacked(), finUnacked());
        QVERIFY(panel.setSweep(SysctlId::TcpOrphanRetries, SweepHost::Client, 1, 4, 1.0));
        QSignalSpy runs(&panel, &SweepPanel::runRequested);
        QSignalSpy cancels(&panel, &SweepPanel::cancelRequested);
        panel.runButton()->click();
        QCOMPARE(runs.count(), 1);
        const auto spec = runs.first().first().value<SweepSpec>();
        QCOMPARE(spec.from, 1.0);
        QCOMPARE(spec.to, 4.0);
        QCOMPARE(spec.host, SweepHost::Client);
        QCOMPARE(spec.config.scenario, std::string("fin_unacked"));
        QCOMPARE(sweepValues(spec).size(), std::size_t(4));
        // While running the button cancels.
        panel.setRunning(true);
        QVERIFY(panel.progressBar()->isVisibleTo(&panel));
        panel.runButton()->click();
        QCOMPARE(cancels.count(), 1);
        QCOMPARE(runs.count(), 1);

        // A result; a click on the point at 3 asks for set-client with that value.
        auto result = std::make_shared<const SweepResult>(runSweep(spec));
        panel.setResult(result, 12);
        QVERIFY(!panel.progressBar()->isVisibleTo(&panel));
        QCOMPARE(sweepView(panel)->pointSeries()->points().size(), 4);
        QVERIFY(panel.copyButton()->isEnabled());
        panel.copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromStdString(sweepToCsv(*result)));
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("net.ipv4.tcp_orphan_retries,client.gone_time,")));
        QSignalSpy applies(&panel, &SweepPanel::applyRequested);
        emit sweepView(panel)->valueChosen(3);
        QCOMPARE(applies.count(), 1);
        QCOMPARE(applies.first().at(0).toString(), QStringLiteral("set-client"));
        QCOMPARE(applies.first().at(1).toString(), QStringLiteral("net.ipv4.tcp_orphan_retries=3"));

        // The experiment moves to 3 on the client: the line follows, the sweep still describes it.
        RunConfig moved = finUnacked();
        QVERIFY(!applyRunOption(moved, "set-client", "net.ipv4.tcp_orphan_retries=3"));
        panel.setConfig(moved, moved);
        QCOMPARE(sweepView(panel)->currentValueSeries()->points().first().x(), 3.0);
        QVERIFY(!panel.statusLabel()->text().contains(QLatin1String("changed")));
        // Another parameter changes: the chart is out of date.
        QVERIFY(!applyRunOption(moved, "delay", "0.01"));
        panel.setConfig(moved, moved);
        QVERIFY(panel.statusLabel()->text().contains(QLatin1String("changed since this sweep")));
    }

    void panelRejectsABadRange()
    {
        SweepPanel panel;
        panel.setConfig(finUnacked(), finUnacked());
        QVERIFY(panel.setSweep(SysctlId::TcpMaxTwBuckets, SweepHost::Both, 0, 16777216, 1.0));
        QSignalSpy runs(&panel, &SweepPanel::runRequested);
        panel.runButton()->click();
        QCOMPARE(runs.count(), 0);
        QVERIFY(panel.statusLabel()->text().startsWith(QLatin1String("net.ipv4.tcp_max_tw_buckets: ")));
        QVERIFY(panel.statusLabel()->text().contains(QLatin1String("too many")));
    }

    void outcomesFollowTheScenario()
    {
        SweepPanel panel;
        panel.setConfig(finUnacked(), finUnacked());
        QCOMPARE(panel.metricBox()->count(), 4);
        RunConfig population;
        population.scenario = "tw_bucket_overflow";
        panel.setConfig(population, population);
        QCOMPARE(panel.metricBox()->count(), kSweepMetricCount - 4);
        QCOMPARE(panel.outcome().metric, SweepMetric::TimeWaitPlateau);
        QVERIFY(panel.sideBox()->isHidden());
        // The default range of tcp_max_tw_buckets goes around the scenario's own 5000.
        QVERIFY(panel.setSweep(SysctlId::TcpMaxTwBuckets, SweepHost::Both, 0, 10000, 2500.0));
        QCOMPARE(sweepValues(panel.spec()), (std::vector<double>{0, 2500, 5000, 7500, 10000}));
    }
};

QTEST_MAIN(TestSweepView)
#include "tst_sweepview.moc"
