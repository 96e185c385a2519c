// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/timemap.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <vector>

/// The one playback clock. It holds the simulated time t (nanoseconds) that every view shows,
/// and moves it: play/pause at a speed, step between event times, seek, loop.
///
/// The engine has already computed the whole run (simulate first, then animate), so the
/// playhead only moves a number; views redraw from (trace, t) on timeChanged().
///
/// Two clocks. Compressed (the default): playback moves at a constant pace along the same
/// compressed time axis the sequence diagram draws (closelab::TimeMap with its default
/// parameters), so a 0.5 ms segment in flight takes about a second at 1x and a 60 s TIME_WAIT
/// passes as a break in about as long, while t (and every timer shown) stays real simulated
/// time. Real time: t advances with the wall clock times the speed.
class Playhead : public QObject
{
    Q_OBJECT

public:
    enum class Clock { Compressed, RealTime };
    Q_ENUM(Clock)

    /// Step size used by stepForward()/stepBackward() while no event times are known.
    static constexpr qint64 defaultStepNs = 1'000'000;
    /// Compressed clock at 1x: pixels of the (unzoomed) compressed time axis per wall-clock second.
    static constexpr double compressedPixelsPerSecond = 60.0;
    static constexpr double minimumSpeed = 0.1;
    static constexpr double maximumSpeed = 1000.0;
    /// Speeds offered by the toolbar, as multiples of the clock's pace.
    static QList<double> standardSpeeds();

    explicit Playhead(QObject *parent = nullptr);

    qint64 time() const { return m_time; }
    /// The run being shown; time() stays within [start(), end()].
    qint64 start() const { return m_start; }
    qint64 end() const { return m_end; }
    qint64 duration() const { return m_end - m_start; }
    double speed() const { return m_speed; }
    Clock clock() const { return m_clock; }
    bool isLooping() const { return m_looping; }
    bool isPlaying() const { return m_timer.isActive(); }
    const QList<qint64> &eventTimes() const { return m_eventTimes; }

    /// The run goes from `start` (may be negative: the set-up before the call a scenario is
    /// about) to `end`.
    void setRange(qint64 start, qint64 end);
    /// setRange(0, ns).
    void setDuration(qint64 ns);
    /// The trace's event times (any order). Steps jump to the next/previous one; they are also
    /// the knots of the compressed clock (see closelab::TimeMap::knotsOf for a trace's knots).
    void setEventTimes(QList<qint64> times);
    /// Where stepForward()/stepBackward() stop (any order), e.g. the segment arrivals of
    /// closelab::stepPoints(); setEventTimes() drops them (steps use the event times until given again).
    void setStepTimes(QList<qint64> times);
    const QList<qint64> &stepTimes() const { return m_hasStepTimes ? m_stepTimes : m_eventTimes; }
    /// Knots of the compressed clock when they are more than the event times (segment arrivals
    /// and drops); any order. Without them the event times are used.
    void setKnots(std::vector<closelab::SimTime> knots);

    /// Where t lies along the run, 0 to 1: along the compressed axis (Compressed clock) or in
    /// proportion to time (Real time). The time slider uses it, so breaks stay narrow.
    double positionOf(qint64 t) const;
    /// Inverse of positionOf().
    qint64 timeAtPosition(double position) const;
    /// The compressed axis the clock moves along.
    const closelab::TimeMap &timeMap() const { return m_map; }

    /// Moves the clock as if `wallNs` nanoseconds of wall-clock time had passed while playing
    /// (the frame timer calls it; tests call it directly). Loops or stops at the end.
    void advanceBy(qint64 wallNs);

public slots:
    void seek(qint64 ns);
    void play();
    void pause();
    void togglePlaying();
    void setSpeed(double speed);
    void setClock(Clock clock);
    void setRealTime(bool realTime) { setClock(realTime ? Clock::RealTime : Clock::Compressed); }
    void setLooping(bool looping);
    void stepForward();
    void stepBackward();
    void goToStart();
    void goToEnd();

signals:
    void timeChanged(qint64 ns);
    /// The run's extent or its compressed axis changed (positions of times moved).
    void rangeChanged(qint64 start, qint64 end);
    void speedChanged(double speed);
    void clockChanged(Playhead::Clock clock);
    void loopingChanged(bool looping);
    void playingChanged(bool playing);

private:
    void advance();
    void rebuildMap();
    void setTime(qint64 ns);

    qint64 m_time = 0;
    qint64 m_start = 0;
    qint64 m_end = 0;
    double m_speed = 1.0;
    Clock m_clock = Clock::Compressed;
    bool m_looping = false;
    QList<qint64> m_eventTimes; // sorted, unique
    QList<qint64> m_stepTimes;  // sorted, unique
    bool m_hasStepTimes = false;
    std::vector<closelab::SimTime> m_knots;
    closelab::TimeMap m_map;
    // Position on the compressed axis while playing: kept apart from m_time so that slow speeds
    // still move through gaps a few nanoseconds wide.
    double m_position = 0;
    QTimer m_timer;
    QElapsedTimer m_wallClock;
};
