// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/experimentcontroller.h"
#include "app/presets.h"
#include "views/parameterpanel.h"
#include "views/parameterrow.h"
#include "views/timelinechartsview.h"

#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QUndoStack>

using namespace closelab;

class TestExperimentController : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<std::shared_ptr<const Trace>>(); }

    void anEditReRunsSynchronously()
    {
        ExperimentController controller;
        QSignalSpy traces(&controller, &ExperimentController::traceChanged);
        RunConfig c = controller.config();
        c.scenario = "fin_unacked";
        QCOMPARE(controller.edit(c), QString());
        QCOMPARE(traces.count(), 1);
        const auto before = controller.trace();
        c.sysctls.set(SysctlId::TcpOrphanRetries, 2);
        controller.edit(c);
        QCOMPARE(traces.count(), 2);
        QVERIFY(controller.trace() != before);
        QVERIFY(controller.trace()->events.size() < before->events.size());
    }

    void aBadEditChangesNothing()
    {
        ExperimentController controller;
        QSignalSpy failed(&controller, &ExperimentController::runFailed);
        QSignalSpy traces(&controller, &ExperimentController::traceChanged);
        RunConfig c = controller.config();
        c.sysctls.set(SysctlId::IpLocalPortRangeLow, 50000);
        c.sysctls.set(SysctlId::IpLocalPortRangeHigh, 40000);
        QVERIFY(!controller.edit(c).isEmpty());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(traces.count(), 0);
        QVERIFY(controller.config() == RunConfig{});
        QVERIFY(!controller.applyRunOption(QStringLiteral("opt"), QStringLiteral("nonsense=1")).isEmpty());
        QVERIFY(controller.config() == RunConfig{});
    }

    // The whole loop: a slider moves, the engine re-runs, the charts get new data.
    void sliderToChartsInOneGo()
    {
        ExperimentController controller;
        ParameterPanel panel;
        TimelineChartsView charts;
        controller.setScenario(QStringLiteral("fin_unacked"));
        connect(&panel, &ParameterPanel::configEdited, &controller, &ExperimentController::edit);
        connect(&controller, &ExperimentController::traceChanged, &charts,
                [&](std::shared_ptr<const Trace> trace, qint64) {
                    charts.setTrace(trace, controller.effectiveConfig().sysctls, controller.effectiveConfig().sysctls);
                });
        panel.setConfig(controller.config());
        charts.setTrace(controller.trace(), Sysctls{}, Sysctls{});
        const int before = charts.data().retransmissions.size();
        QSignalSpy traces(&controller, &ExperimentController::traceChanged);
        ParameterRow *row = panel.row(SysctlId::TcpOrphanRetries);
        row->slider()->setValue(2);
        QCOMPARE(traces.count(), 1);
        QCOMPARE(controller.config().sysctls.get(SysctlId::TcpOrphanRetries), 2);
        QVERIFY(charts.data().retransmissions.size() < before);
    }

    void undoRedoAndMerging()
    {
        ExperimentController controller;
        RunConfig c = controller.config();
        for (int v : {50, 40, 30}) {
            c.sysctls.set(SysctlId::TcpFinTimeout, v);
            controller.edit(c);
        }
        QCOMPARE(controller.undoStack()->count(), 1); // one drag, one step
        c.network.lossS2C = 0.1;
        controller.edit(c);
        QCOMPARE(controller.undoStack()->count(), 2);
        controller.undoStack()->undo();
        QCOMPARE(controller.config().network.lossS2C, 0.0);
        QCOMPARE(controller.config().sysctls.get(SysctlId::TcpFinTimeout), 30);
        controller.undoStack()->undo();
        QCOMPARE(controller.config().sysctls.get(SysctlId::TcpFinTimeout), 60);
        controller.undoStack()->redo();
        QCOMPARE(controller.config().sysctls.get(SysctlId::TcpFinTimeout), 30);
    }

    void keptPlace_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("eventIndex");
        QTest::newRow("same index") << "fin_unacked" << "net.ipv4.tcp_orphan_retries=3" << 3;
        QTest::newRow("past the end: same fraction") << "fin_unacked" << "net.ipv4.tcp_orphan_retries=1" << -1;
    }

    void keptPlace()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, set);
        QFETCH(int, eventIndex);
        RunConfig c;
        c.scenario = scenario.toStdString();
        const Trace before = simulate(c);
        (void)c.sysctls.setFromText(set.toStdString());
        const Trace after = simulate(c);
        if (eventIndex >= 0) {
            // An event after the set-up (which runs at negative times).
            while (before.events[std::size_t(eventIndex)].t <= 0)
                ++eventIndex;
            const qint64 t = before.events[std::size_t(eventIndex)].t;
            const int index = before.eventIndexAt(t); // the last of the events at that time
            QCOMPARE(ExperimentController::keptPlace(&before, t, after), after.events[std::size_t(index)].t);
        } else {
            const qint64 t = before.end / 2 + 1;
            const qint64 kept = ExperimentController::keptPlace(&before, t, after);
            QVERIFY(qAbs(double(kept) / double(after.end) - 0.5) < 0.01);
        }
    }

    // A population's sample keeps its place among its own events: at the sample's TIME_WAIT expiry
    // (62.05 s, its last events) a change of the arrival rate from 20/s to 30/s leaves it there, though
    // 2,100 other connections' events came before it and 3,200 do now (the old k-th event of all was
    // another connection's, at another time).
    void keptPlaceFollowsThePopulationSample()
    {
        RunConfig c;
        c.scenario = "population";
        c.options = {{"rate", "20"}, {"duration", "2"}};
        const Trace before = simulate(c);
        c.options = {{"rate", "30"}, {"duration", "2"}};
        const Trace after = simulate(c);
        QVERIFY(before.populationSample && after.populationSample);
        // The sample's events (connection 0's and the listener's), counted here.
        const auto sample = [](const Trace &t) {
            std::vector<std::size_t> out;
            for (std::size_t i = 0; i < t.events.size(); ++i)
                if (t.events[i].conn == 0 || t.events[i].conn == kListenerConn)
                    out.push_back(i);
            return out;
        };
        const std::vector<std::size_t> b = sample(before), a = sample(after);
        QVERIFY(!b.empty() && b.size() == a.size());
        const qint64 t = before.events[b.back()].t;
        QVERIFY(b.back() != a.back()); // other connections' events before it differ in number
        QCOMPARE(ExperimentController::keptPlace(&before, t, after), after.events[a.back()].t);
    }

    void populationRunsOffTheUiThread()
    {
        ExperimentController controller;
        QSignalSpy started(&controller, &ExperimentController::populationStarted);
        QSignalSpy finished(&controller, &ExperimentController::populationFinished);
        QSignalSpy results(&controller, &ExperimentController::populationChanged);
        RunConfig c;
        c.scenario = "tw_bucket_overflow";
        c.options = {{"duration", "3"}, {"tail", "1"}};
        QCOMPARE(controller.edit(c), QString());
        QCOMPARE(started.count(), 1);
        QVERIFY(controller.isRunning());
        QVERIFY(controller.waitForIdle());
        QVERIFY(controller.populationResult());
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(controller.trace());
        QCOMPARE(controller.effectiveConfig().sysctls.get(SysctlId::TcpMaxTwBuckets), 5000);
    }

    void staleResultsAreDropped()
    {
        ExperimentController controller;
        RunConfig c;
        c.scenario = "tw_bucket_overflow";
        c.options = {{"duration", "4"}, {"tail", "1"}};
        controller.edit(c);
        c.options["rate"] = "20";
        controller.edit(c); // replaces the first run before it finishes
        QVERIFY(controller.waitForIdle());
        QVERIFY(controller.populationResult());
        // Only the newest run's result is shown: 20 connections/s for 4 s.
        QVERIFY(controller.populationResult()->totals.connectsAttempted <= 100);
    }

    void cancelStopsARun()
    {
        ExperimentController controller;
        QSignalSpy finished(&controller, &ExperimentController::populationFinished);
        RunConfig c;
        c.scenario = "tw_bucket_overflow";
        c.options = {{"duration", "600"}, {"rate", "5000"}};
        controller.edit(c);
        controller.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!controller.isRunning());
        QVERIFY(!controller.populationResult());
    }

    void presetsApply()
    {
        ExperimentController controller;
        for (const ParameterPreset &preset : seedPresets()) {
            QCOMPARE(controller.applyPreset(preset), QString());
            for (const auto &[key, value] : preset.assignments)
                QCOMPARE(QString::fromStdString(controller.config().sysctls.valueText(key)).simplified(),
                         QString::fromStdString(value).replace(QLatin1Char('-'), QLatin1Char(' ')));
        }
        QCOMPARE(controller.applyPreset(linuxDefaultsPreset()), QString());
        QVERIFY(controller.config().sysctls == Sysctls{});
    }
};

QTEST_MAIN(TestExperimentController)
#include "tst_experimentcontroller.moc"
