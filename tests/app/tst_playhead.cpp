// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/playhead.h"

#include <QSignalSpy>
#include <QTest>

class TestPlayhead : public QObject
{
    Q_OBJECT

private slots:
    void seekClampsToRun_data();
    void seekClampsToRun();
    void shorterDurationPullsTimeBack();
    void stepsBetweenEventTimes();
    void stepsByDefaultWithoutEvents();
    void speedIsClampedAndSignalled();
    void playAdvancesAndStopsAtEnd();
    void playAtEndRestarts();
};

void TestPlayhead::seekClampsToRun_data()
{
    QTest::addColumn<qint64>("target");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("inside") << qint64(400) << qint64(400);
    QTest::newRow("before start") << qint64(-5) << qint64(0);
    QTest::newRow("after end") << qint64(5000) << qint64(1000);
}

void TestPlayhead::seekClampsToRun()
{
    QFETCH(qint64, target);
    QFETCH(qint64, expected);
    Playhead playhead;
    playhead.setDuration(1000);
    playhead.seek(target);
    QCOMPARE(playhead.time(), expected);
}

void TestPlayhead::shorterDurationPullsTimeBack()
{
    Playhead playhead;
    playhead.setDuration(1000);
    playhead.seek(900);
    QSignalSpy timeSpy(&playhead, &Playhead::timeChanged);
    playhead.setDuration(500);
    QCOMPARE(playhead.time(), qint64(500));
    QCOMPARE(timeSpy.size(), 1);
}

void TestPlayhead::stepsBetweenEventTimes()
{
    Playhead playhead;
    playhead.setDuration(10'000'000);
    playhead.setEventTimes({300, 100, 200, 200});
    playhead.stepForward();
    QCOMPARE(playhead.time(), qint64(100));
    playhead.stepForward();
    QCOMPARE(playhead.time(), qint64(200));
    playhead.stepForward();
    QCOMPARE(playhead.time(), qint64(300));
    playhead.stepBackward();
    QCOMPARE(playhead.time(), qint64(200));
    playhead.seek(250);
    playhead.stepBackward();
    QCOMPARE(playhead.time(), qint64(200));
}

void TestPlayhead::stepsByDefaultWithoutEvents()
{
    Playhead playhead;
    playhead.setDuration(10 * Playhead::defaultStepNs);
    playhead.stepForward();
    QCOMPARE(playhead.time(), Playhead::defaultStepNs);
    playhead.stepBackward();
    playhead.stepBackward();
    QCOMPARE(playhead.time(), qint64(0));
    playhead.goToEnd();
    QCOMPARE(playhead.time(), 10 * Playhead::defaultStepNs);
    playhead.goToStart();
    QCOMPARE(playhead.time(), qint64(0));
}

void TestPlayhead::speedIsClampedAndSignalled()
{
    Playhead playhead;
    QSignalSpy spy(&playhead, &Playhead::speedChanged);
    playhead.setSpeed(2.0);
    QCOMPARE(playhead.speed(), 2.0);
    playhead.setSpeed(2.0);
    QCOMPARE(spy.size(), 1);
    playhead.setSpeed(-1.0);
    QVERIFY(playhead.speed() > 0.0);
    playhead.setSpeed(qQNaN());
    QVERIFY(playhead.speed() > 0.0);
}

void TestPlayhead::playAdvancesAndStopsAtEnd()
{
    Playhead playhead;
    playhead.setDuration(50'000'000); // 50 ms at 1x
    QSignalSpy playing(&playhead, &Playhead::playingChanged);
    playhead.play();
    QVERIFY(playhead.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!playhead.isPlaying(), 5000);
    QCOMPARE(playhead.time(), playhead.duration());
    QCOMPARE(playing.size(), 2);
    QCOMPARE(playing.at(1).at(0).toBool(), false);
}

void TestPlayhead::playAtEndRestarts()
{
    Playhead playhead;
    playhead.setDuration(1'000'000'000);
    playhead.goToEnd();
    playhead.play();
    QCOMPARE(playhead.time(), qint64(0));
    QVERIFY(playhead.isPlaying());
    playhead.togglePlaying();
    QVERIFY(!playhead.isPlaying());
}

QTEST_GUILESS_MAIN(TestPlayhead)
#include "tst_playhead.moc"
