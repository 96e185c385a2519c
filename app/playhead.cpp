// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/playhead.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr int frameIntervalMs = 16;
constexpr double minSpeed = 0.001;
constexpr double maxSpeed = 1000.0;
} // namespace

QList<double> Playhead::standardSpeeds()
{
    return {0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0};
}

Playhead::Playhead(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(frameIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Playhead::advance);
}

void Playhead::setDuration(qint64 ns)
{
    ns = std::max<qint64>(ns, 0);
    if (ns == m_duration)
        return;
    m_duration = ns;
    emit durationChanged(m_duration);
    if (m_time > m_duration)
        seek(m_duration);
}

void Playhead::setEventTimes(QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    m_eventTimes = std::move(times);
}

void Playhead::seek(qint64 ns)
{
    ns = std::clamp<qint64>(ns, 0, m_duration);
    if (ns == m_time)
        return;
    m_time = ns;
    emit timeChanged(m_time);
}

void Playhead::play()
{
    if (isPlaying())
        return;
    if (m_time >= m_duration)
        seek(0);
    m_wallClock.start();
    m_timer.start();
    emit playingChanged(true);
}

void Playhead::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void Playhead::togglePlaying()
{
    if (isPlaying())
        pause();
    else
        play();
}

void Playhead::setSpeed(double speed)
{
    if (!std::isfinite(speed))
        return;
    speed = std::clamp(speed, minSpeed, maxSpeed);
    if (speed == m_speed)
        return;
    m_speed = speed;
    emit speedChanged(m_speed);
}

void Playhead::stepForward()
{
    pause();
    const auto next = std::upper_bound(m_eventTimes.cbegin(), m_eventTimes.cend(), m_time);
    seek(next != m_eventTimes.cend() ? *next : m_time + defaultStepNs);
}

void Playhead::stepBackward()
{
    pause();
    const auto previous = std::lower_bound(m_eventTimes.cbegin(), m_eventTimes.cend(), m_time);
    seek(previous != m_eventTimes.cbegin() ? *std::prev(previous) : m_time - defaultStepNs);
}

void Playhead::goToStart()
{
    pause();
    seek(0);
}

void Playhead::goToEnd()
{
    pause();
    seek(m_duration);
}

void Playhead::advance()
{
    const qint64 wallNs = m_wallClock.nsecsElapsed();
    m_wallClock.start();
    seek(m_time + static_cast<qint64>(std::llround(static_cast<double>(wallNs) * m_speed)));
    if (m_time >= m_duration)
        pause();
}
