// SPDX-License-Identifier: GPL-3.0-or-later
// The "Step by" choice: the playhead's steps, the toolbar's box, the settings per context.
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playbacktoolbar.h"
#include "app/playhead.h"
#include "app/stepper.h"
#include "core/scenario.h"

#include <QComboBox>
#include <QSettings>
#include <QTest>

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
