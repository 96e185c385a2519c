// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

/// The one playback clock. It holds the simulated time t (nanoseconds) that every view shows,
/// and moves it: play/pause at a speed, step between event times, seek.
///
/// The engine has already computed the whole run (simulate first, then animate), so the
/// playhead only moves a number; views redraw from (trace, t) on timeChanged().
///
/// Today 1x speed is real time. Idle compression (showing "... 58.8 s later ..." breaks) belongs
/// here too: map wall-clock progress to simulated time in advance(), nowhere else.
class Playhead : public QObject
{
    Q_OBJECT

public:
    /// Step size used by stepForward()/stepBackward() while no event times are known.
    static constexpr qint64 defaultStepNs = 1'000'000;
    /// Speeds offered by the toolbar, as multiples of real time.
    static QList<double> standardSpeeds();

    explicit Playhead(QObject *parent = nullptr);

    qint64 time() const { return m_time; }
    /// End of the run being shown; time() stays within [0, duration()].
    qint64 duration() const { return m_duration; }
    double speed() const { return m_speed; }
    bool isPlaying() const { return m_timer.isActive(); }

    void setDuration(qint64 ns);
    /// The trace's event times (any order). Steps jump to the next/previous one.
    void setEventTimes(QList<qint64> times);

public slots:
    void seek(qint64 ns);
    void play();
    void pause();
    void togglePlaying();
    void setSpeed(double speed);
    void stepForward();
    void stepBackward();
    void goToStart();
    void goToEnd();

signals:
    void timeChanged(qint64 ns);
    void durationChanged(qint64 ns);
    void speedChanged(double speed);
    void playingChanged(bool playing);

private:
    void advance();

    qint64 m_time = 0;
    qint64 m_duration = 0;
    double m_speed = 1.0;
    QList<qint64> m_eventTimes; // sorted, unique
    QTimer m_timer;
    QElapsedTimer m_wallClock;
};
