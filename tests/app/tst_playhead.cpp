// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/playhead.h"

#include <QSignalSpy>
#include <QtGlobal>

#include <cmath>
#include <cstdlib>
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
    void rangeMayStartBeforeZero();
    void stepping_data();
    void stepping();
    void loopWrapsToStart_data();
    void loopWrapsToStart();
    void speedScalesAdvance_data();
    void speedScalesAdvance();
    void compressedClockPassesBreaksAtScreenPace_data();
    void compressedClockPassesBreaksAtScreenPace();
    void compressedSlowSpeedStillMoves();
    void positionsRoundTrip_data();
    void positionsRoundTrip();
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
    playhead.setClock(Playhead::Clock::RealTime);
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

void TestPlayhead::rangeMayStartBeforeZero()
{
    Playhead playhead;
    QSignalSpy range(&playhead, &Playhead::rangeChanged);
    playhead.setRange(-300, 1000);
    QCOMPARE(range.size(), 1);
    QCOMPARE(playhead.duration(), qint64(1300));
    playhead.seek(-1000);
    QCOMPARE(playhead.time(), qint64(-300));
    playhead.goToEnd();
    QCOMPARE(playhead.time(), qint64(1000));
    playhead.goToStart();
    QCOMPARE(playhead.time(), qint64(-300));
    playhead.play(); // not at the end: plays from here
    QCOMPARE(playhead.time(), qint64(-300));
    playhead.pause();
}

void TestPlayhead::stepping_data()
{
    QTest::addColumn<QList<qint64>>("events");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<bool>("forward");
    QTest::addColumn<qint64>("expected");
    const QList<qint64> events{-500, 0, 500, 43'568, 62'000'000};
    QTest::newRow("forward from an event") << events << qint64(0) << true << qint64(500);
    QTest::newRow("forward from between events") << events << qint64(600) << true << qint64(43'568);
    QTest::newRow("forward across a long gap") << events << qint64(43'568) << true << qint64(62'000'000);
    QTest::newRow("forward after the last event: a default step, clamped") << events << qint64(62'000'000) << true
                                                                            << qint64(62'000'000);
    QTest::newRow("backward from an event") << events << qint64(500) << false << qint64(0);
    QTest::newRow("backward from between events") << events << qint64(600) << false << qint64(500);
    QTest::newRow("backward into the set-up") << events << qint64(0) << false << qint64(-500);
    QTest::newRow("backward before the first event: clamped") << events << qint64(-500) << false << qint64(-500);
    QTest::newRow("no events: default step") << QList<qint64>{} << qint64(0) << true << Playhead::defaultStepNs;
}

void TestPlayhead::stepping()
{
    QFETCH(QList<qint64>, events);
    QFETCH(qint64, from);
    QFETCH(bool, forward);
    QFETCH(qint64, expected);
    Playhead playhead;
    playhead.setRange(-500, 62'000'000);
    playhead.setEventTimes(events);
    playhead.play();
    playhead.seek(from);
    if (forward)
        playhead.stepForward();
    else
        playhead.stepBackward();
    QVERIFY(!playhead.isPlaying()); // a step pauses
    QCOMPARE(playhead.time(), expected);
}

void TestPlayhead::loopWrapsToStart_data()
{
    QTest::addColumn<Playhead::Clock>("clock");
    QTest::addColumn<bool>("looping");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("stillPlaying");
    QTest::newRow("real time, loop") << Playhead::Clock::RealTime << true << qint64(-1000) << true;
    QTest::newRow("real time, no loop") << Playhead::Clock::RealTime << false << qint64(9000) << false;
    QTest::newRow("compressed, loop") << Playhead::Clock::Compressed << true << qint64(-1000) << true;
    QTest::newRow("compressed, no loop") << Playhead::Clock::Compressed << false << qint64(9000) << false;
}

void TestPlayhead::loopWrapsToStart()
{
    QFETCH(Playhead::Clock, clock);
    QFETCH(bool, looping);
    QFETCH(qint64, expected);
    QFETCH(bool, stillPlaying);
    Playhead playhead;
    playhead.setRange(-1000, 9000);
    playhead.setEventTimes({0, 5000});
    playhead.setClock(clock);
    QSignalSpy loopSpy(&playhead, &Playhead::loopingChanged);
    playhead.setLooping(looping);
    QCOMPARE(loopSpy.size(), looping ? 1 : 0);
    playhead.seek(8000);
    playhead.play();
    playhead.advanceBy(3600LL * 1'000'000'000); // an hour of wall clock: past the end at any pace
    QCOMPARE(playhead.time(), expected);
    QCOMPARE(playhead.isPlaying(), stillPlaying);
    playhead.pause();
}

void TestPlayhead::speedScalesAdvance_data()
{
    QTest::addColumn<double>("speed");
    QTest::addColumn<double>("expectedSpeed");
    QTest::addColumn<qint64>("wallNs");
    QTest::addColumn<qint64>("expectedTime");
    QTest::newRow("1x: real time") << 1.0 << 1.0 << qint64(16'000'000) << qint64(16'000'000);
    QTest::newRow("0.1x") << 0.1 << 0.1 << qint64(16'000'000) << qint64(1'600'000);
    QTest::newRow("1000x") << 1000.0 << 1000.0 << qint64(16'000'000) << qint64(16'000'000'000);
    QTest::newRow("below 0.1x: clamped") << 0.001 << 0.1 << qint64(10'000'000) << qint64(1'000'000);
    QTest::newRow("above 1000x: clamped") << 1e6 << 1000.0 << qint64(1'000'000) << qint64(1'000'000'000);
}

void TestPlayhead::speedScalesAdvance()
{
    QFETCH(double, speed);
    QFETCH(double, expectedSpeed);
    QFETCH(qint64, wallNs);
    QFETCH(qint64, expectedTime);
    Playhead playhead;
    playhead.setClock(Playhead::Clock::RealTime);
    playhead.setDuration(100'000'000'000);
    playhead.setSpeed(speed);
    QCOMPARE(playhead.speed(), expectedSpeed);
    playhead.advanceBy(wallNs);
    QCOMPARE(playhead.time(), expectedTime);
}

void TestPlayhead::compressedClockPassesBreaksAtScreenPace_data()
{
    // A FIN in flight (0 to 0.5 ms), then nothing until TIME_WAIT ends at 60 s.
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::newRow("segment in flight (0.5 ms)") << qint64(0) << qint64(500'000);
    QTest::newRow("idle break (60 s)") << qint64(500'000) << qint64(60'000'000'000);
}

void TestPlayhead::compressedClockPassesBreaksAtScreenPace()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    Playhead playhead;
    playhead.setRange(0, 60'000'000'000);
    playhead.setEventTimes({0, 500'000, 60'000'000'000});
    const closelab::TimeMap &map = playhead.timeMap();
    // Wall-clock time to cross the stretch at 1x follows its height on the compressed axis.
    const double pixels = map.y(to) - map.y(from);
    QVERIFY(pixels > 0);
    const double seconds = pixels / Playhead::compressedPixelsPerSecond;
    QVERIFY2(seconds > 0.5 && seconds < 3, qPrintable(QString::number(seconds))); // watchable, not tedious
    playhead.seek(from);
    playhead.advanceBy(qint64(seconds / 2 * 1e9));
    // Half the wall time: half way along the axis, and between the two times.
    QVERIFY(std::abs(map.y(playhead.time()) - (map.y(from) + pixels / 2)) < 1.0);
    QVERIFY(playhead.time() > from && playhead.time() < to);
    playhead.advanceBy(qint64(seconds / 2 * 1e9) + 1'000'000);
    QVERIFY2(playhead.time() >= to, qPrintable(QString::number(playhead.time())));
    // The same stretch in real time would take `to - from` of wall time.
    playhead.setClock(Playhead::Clock::RealTime);
    playhead.seek(from);
    playhead.advanceBy(qint64(seconds / 2 * 1e9));
    QCOMPARE(playhead.time(), from + qint64(seconds / 2 * 1e9));
}

void TestPlayhead::compressedSlowSpeedStillMoves()
{
    // Gaps of a few nanoseconds are still several pixels tall: 0.1x must cross them, frame by frame.
    Playhead playhead;
    playhead.setRange(0, 1000);
    playhead.setEventTimes({0, 3, 6, 1000});
    playhead.setSpeed(0.1);
    qint64 last = playhead.time();
    for (int frame = 0; frame < 400 && playhead.time() < 6; ++frame) {
        playhead.advanceBy(16'000'000);
        QVERIFY(playhead.time() >= last);
        last = playhead.time();
    }
    QVERIFY(playhead.time() >= 6);
}

void TestPlayhead::positionsRoundTrip_data()
{
    QTest::addColumn<Playhead::Clock>("clock");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<double>("minPosition");
    QTest::addColumn<double>("maxPosition");
    // Compressed: the close at t = 0 sits well inside the slider although the run lasts 62 s.
    QTest::newRow("compressed, set-up") << Playhead::Clock::Compressed << qint64(-300'000'000) << 0.0 << 0.5;
    QTest::newRow("compressed, FIN in flight") << Playhead::Clock::Compressed << qint64(250'000) << 0.3 << 0.95;
    QTest::newRow("compressed, end") << Playhead::Clock::Compressed << qint64(62'000'000'000) << 1.0 << 1.0;
    QTest::newRow("real time, FIN in flight") << Playhead::Clock::RealTime << qint64(250'000) << 0.0 << 0.02;
    QTest::newRow("real time, half way") << Playhead::Clock::RealTime << qint64(30'500'000'000) << 0.5 << 0.5;
}

void TestPlayhead::positionsRoundTrip()
{
    QFETCH(Playhead::Clock, clock);
    QFETCH(qint64, time);
    QFETCH(double, minPosition);
    QFETCH(double, maxPosition);
    Playhead playhead;
    playhead.setRange(-1'000'000'000, 62'000'000'000);
    playhead.setEventTimes({-1'000'000'000, -300'000'000, 0, 500'000, 43'568'000, 51'010'000, 62'000'000'000});
    playhead.setClock(clock);
    const double position = playhead.positionOf(time);
    QVERIFY2(position >= minPosition - 1e-9 && position <= maxPosition + 1e-9, qPrintable(QString::number(position)));
    QVERIFY(std::llabs(playhead.timeAtPosition(position) - time) <= 1);
    QCOMPARE(playhead.timeAtPosition(-1.0), playhead.start());
    QCOMPARE(playhead.timeAtPosition(2.0), playhead.end());
}

QTEST_GUILESS_MAIN(TestPlayhead)
#include "tst_playhead.moc"
