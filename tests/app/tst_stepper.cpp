// SPDX-License-Identifier: GPL-3.0-or-later
// The "Step by" choice: the playhead's steps, the toolbar's box, the settings per context.
#include "app/experimentcontroller.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playbacktoolbar.h"
#include "app/playhead.h"
#include "app/stepper.h"
#include "core/scenario.h"

#include <QComboBox>
#include <QSettings>
#include <QTest>

#include <set>

using namespace closelab;

class TestStepper : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void stepsBySegmentsThroughTheWindow()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        RunConfig config;
        window.showRun(config);
        const Trace &trace = *window.trace();
        Stepper *stepper = window.stepper();
        QCOMPARE(stepper->stepBy(), StepBy::Events); // the window's default
        auto *box = window.findChild<QComboBox *>(QStringLiteral("stepByBox"));
        QVERIFY(box);
        box->setCurrentIndex(box->findData(int(StepBy::Segments)));
        emit box->activated(box->currentIndex());
        QCOMPARE(stepper->stepBy(), StepBy::Segments);
        QCOMPARE(QSettings().value(Stepper::windowKey).toString(), QStringLiteral("segments"));

        // Expected stops from the segments' own records: where each journey ends.
        QList<qint64> expected;
        for (const SegmentRecord &s : trace.segments)
            expected << std::min(s.arrivesAt, s.droppedAt);
        std::sort(expected.begin(), expected.end());
        expected.erase(std::unique(expected.begin(), expected.end()), expected.end());

        Playhead *playhead = window.playhead();
        playhead->goToStart();
        QList<qint64> visited;
        for (int i = 0; i < expected.size(); ++i) {
            playhead->stepForward();
            visited << playhead->time();
        }
        QCOMPARE(visited, expected);
        // Past the last segment: the end of the run (TIME_WAIT's expiry), then back through the stops.
        playhead->stepForward();
        QCOMPARE(playhead->time(), trace.end);
        playhead->stepBackward();
        QCOMPARE(playhead->time(), expected.back());
        playhead->stepBackward();
        QCOMPARE(playhead->time(), expected.at(expected.size() - 2));
    }

    // A population's sample (syn_flood: 60 connections recorded, the diagram draws #1): every kind of
    // step stops only where the sample or its listener does something, and the time slider marks those
    // moments only. At 5 s the sample has long been in TIME_WAIT (until 60 s, after the run's 30 s):
    // a step forward goes to the end, a step back to the sample's last moment. The old steps went to
    // another connection's SYN at 5.0005 s and back to 4.5035 s.
    void populationStepsFollowTheSample()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        RunConfig config;
        config.scenario = "syn_flood";
        window.showRun(config);
        QVERIFY(window.controller()->waitForIdle(60000));
        QVERIFY(window.trace() && window.trace()->populationSample);
        const Trace &trace = *window.trace();
        // The sample's moments, from the records: its events, its segments' journeys' ends.
        std::set<qint64> events, changes;
        for (const TraceEvent &e : trace.events)
            if (e.conn == 0 || e.conn == kListenerConn)
                events.insert(e.t);
        changes = events;
        for (const SegmentRecord &s : trace.segments)
            if (s.conn == 0)
                changes.insert(std::min(s.arrivesAt, s.droppedAt));
        QVERIFY(*events.rbegin() < 5 * kSec);
        Playhead *playhead = window.playhead();
        QCOMPARE(QList<qint64>(playhead->eventTimes()), QList<qint64>(events.begin(), events.end()));
        for (StepBy by : {StepBy::Segments, StepBy::StateChanges, StepBy::Events}) {
            window.stepper()->setStepBy(by);
            playhead->goToStart();
            int steps = 0;
            for (playhead->stepForward(); playhead->time() < playhead->end() && steps < 1000; playhead->stepForward(), ++steps)
                QVERIFY2(changes.count(playhead->time()), qPrintable(QStringLiteral("%1 s").arg(toSeconds(playhead->time()), 0, 'f', 6)));
            if (by == StepBy::Events)
                QCOMPARE(steps, int(std::count_if(events.begin(), events.end(), [&](qint64 t) { return t > playhead->start(); })));
            playhead->seek(5 * kSec);
            playhead->stepForward();
            QCOMPARE(playhead->time(), playhead->end());
            playhead->seek(5 * kSec);
            playhead->stepBackward();
            QVERIFY(changes.count(playhead->time()));
        }
        QCOMPARE(playhead->time(), *events.rbegin());
    }

    void presentationRemembersItsOwnChoice()
    {
        Playhead playhead;
        Stepper stepper(&playhead);
        stepper.useSettingsKey(Stepper::presentationKey);
        QCOMPARE(stepper.stepBy(), StepBy::Segments);
        stepper.setStepBy(StepBy::StateChanges);
        stepper.useSettingsKey(Stepper::windowKey);
        QCOMPARE(stepper.stepBy(), StepBy::Events);
        stepper.useSettingsKey(Stepper::presentationKey);
        QCOMPARE(stepper.stepBy(), StepBy::StateChanges);
        // A value from a newer or damaged settings file: the default.
        QSettings().setValue(Stepper::windowKey, QStringLiteral("frames"));
        stepper.useSettingsKey(Stepper::windowKey);
        QCOMPARE(stepper.stepBy(), StepBy::Events);
    }
};

QTEST_MAIN(TestStepper)
#include "tst_stepper.moc"
