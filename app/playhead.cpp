// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/playhead.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr int frameIntervalMs = 16;
} // namespace

QList<double> Playhead::standardSpeeds()
{
    return {0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 100.0, 1000.0};
}

Playhead::Playhead(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(frameIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Playhead::advance);
    rebuildMap();
}

void Playhead::setRange(qint64 start, qint64 end)
{
    end = std::max(start, end);
    if (start == m_start && end == m_end)
        return;
    m_start = start;
    m_end = end;
    rebuildMap();
    if (m_time < m_start || m_time > m_end)
        seek(m_time);
}

void Playhead::setDuration(qint64 ns)
{
    setRange(0, std::max<qint64>(ns, 0));
}

void Playhead::setEventTimes(QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    m_eventTimes = std::move(times);
    m_hasStepTimes = false;
    m_stepTimes.clear();
    rebuildMap();
}

void Playhead::setStepTimes(QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    m_stepTimes = std::move(times);
    m_hasStepTimes = true;
}

void Playhead::setKnots(std::vector<closelab::SimTime> knots)
{
    m_knots = std::move(knots);
    rebuildMap();
}

void Playhead::rebuildMap()
{
    std::vector<closelab::SimTime> knots = m_knots;
    if (knots.empty())
        knots.assign(m_eventTimes.cbegin(), m_eventTimes.cend());
    // The ends of the run are knots too, so the axis covers all of it (a horizon after the last
    // event, a set-up before t = 0).
    std::erase_if(knots, [this](closelab::SimTime t) { return t < m_start || t > m_end; });
    knots.push_back(m_start);
    knots.push_back(m_end);
    m_map = closelab::TimeMap(std::move(knots), closelab::TimeMap::Params{});
    m_position = m_map.y(m_time);
    emit rangeChanged(m_start, m_end);
}

double Playhead::positionOf(qint64 t) const
{
    if (duration() <= 0)
        return 0;
    t = std::clamp(t, m_start, m_end);
    const double height = m_map.bottom() - m_map.top();
    if (m_clock == Clock::Compressed && height > 0)
        return (m_map.y(t) - m_map.top()) / height;
    return static_cast<double>(t - m_start) / static_cast<double>(duration());
}

qint64 Playhead::timeAtPosition(double position) const
{
    if (!std::isfinite(position))
        return m_time;
    position = std::clamp(position, 0.0, 1.0);
    const double height = m_map.bottom() - m_map.top();
    qint64 t = 0;
    if (m_clock == Clock::Compressed && height > 0)
        t = m_map.timeAt(m_map.top() + position * height);
    else
        t = m_start + static_cast<qint64>(std::llround(position * static_cast<double>(duration())));
    return std::clamp(t, m_start, m_end);
}

void Playhead::setTime(qint64 ns)
{
    if (ns == m_time)
        return;
    m_time = ns;
    emit timeChanged(m_time);
}

void Playhead::seek(qint64 ns)
{
    ns = std::clamp(ns, m_start, m_end);
    m_position = m_map.y(ns);
    setTime(ns);
}

void Playhead::play()
{
    if (isPlaying())
        return;
    if (m_time >= m_end)
        seek(m_start);
    m_position = m_map.y(m_time);
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
    speed = std::clamp(speed, minimumSpeed, maximumSpeed);
    if (speed == m_speed)
        return;
    m_speed = speed;
    emit speedChanged(m_speed);
}

void Playhead::setClock(Clock clock)
{
    if (clock == m_clock)
        return;
    m_clock = clock;
    m_position = m_map.y(m_time);
    emit clockChanged(m_clock);
    // Slider positions depend on the clock.
    emit rangeChanged(m_start, m_end);
}

void Playhead::setLooping(bool looping)
{
    if (looping == m_looping)
        return;
    m_looping = looping;
    emit loopingChanged(m_looping);
}

void Playhead::stepForward()
{
    pause();
    const QList<qint64> &times = stepTimes();
    const auto next = std::upper_bound(times.cbegin(), times.cend(), m_time);
    // Past the last stop: the end of the run (a TIME_WAIT still counting), then the default step.
    seek(next != times.cend() ? *next : times.isEmpty() ? m_time + defaultStepNs : m_end);
}

void Playhead::stepBackward()
{
    pause();
    const QList<qint64> &times = stepTimes();
    const auto previous = std::lower_bound(times.cbegin(), times.cend(), m_time);
    seek(previous != times.cbegin() ? *std::prev(previous) : times.isEmpty() ? m_time - defaultStepNs : m_start);
}

void Playhead::goToStart()
{
    pause();
    seek(m_start);
}

void Playhead::goToEnd()
{
    pause();
    seek(m_end);
}

void Playhead::advanceBy(qint64 wallNs)
{
    wallNs = std::max<qint64>(wallNs, 0);
    bool atEnd = false;
    if (m_clock == Clock::Compressed && m_map.bottom() > m_map.top()) {
        m_position += static_cast<double>(wallNs) / 1e9 * m_speed * compressedPixelsPerSecond;
        atEnd = m_position >= m_map.bottom();
        if (!atEnd)
            setTime(std::clamp<qint64>(m_map.timeAt(m_position), m_start, m_end));
    } else {
        const qint64 t = m_time + static_cast<qint64>(std::llround(static_cast<double>(wallNs) * m_speed));
        atEnd = t >= m_end;
        if (!atEnd)
            seek(t);
    }
    if (!atEnd)
        return;
    if (m_looping && duration() > 0) {
        seek(m_start);
        return;
    }
    seek(m_end);
    pause();
}

void Playhead::advance()
{
    const qint64 wallNs = m_wallClock.nsecsElapsed();
    m_wallClock.start();
    advanceBy(wallNs);
}
