// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/soak.h"

#include "app/experimentcontroller.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "core/population.h"

#include <QCoreApplication>

#include <cstdio>

int Soak::minutesRequested()
{
    bool ok = false;
    const int minutes = qEnvironmentVariableIntValue("CLOSELAB_SOAK_MINUTES", &ok);
    return ok && minutes > 0 ? minutes : 0;
}

Soak::Soak(MainWindow *window, int minutes, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_minutes(minutes)
{
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(tickMs);
    connect(&m_ticker, &QTimer::timeout, this, &Soak::tick);
    bool ok = false;
    const int rerunSeconds = qEnvironmentVariableIntValue("CLOSELAB_SOAK_RERUN_S", &ok);
    m_rerunTimer.setInterval((ok && rerunSeconds > 0 ? rerunSeconds : 120) * 1000);
    connect(&m_rerunTimer, &QTimer::timeout, this, &Soak::rerun);
    // The playhead wraps to the start at the end of the run: one loop more.
    connect(m_window->playhead(), &Playhead::timeChanged, this, [this](qint64 t) {
        if (t < m_lastTime)
            ++m_loops;
        m_lastTime = t;
    });
}

int Soak::exec()
{
    const QString scenario = qEnvironmentVariableIsSet("CLOSELAB_SOAK_SCENARIO")
        ? qEnvironmentVariable("CLOSELAB_SOAK_SCENARIO") : QStringLiteral("tw_bucket_overflow");
    if (!closelab::isPopulationScenario(scenario.toStdString())) {
        std::fprintf(stderr, "closelab soak: %s is not a population scenario\n", qPrintable(scenario));
        return 2;
    }
    m_window->resize(1600, 1000);
    m_window->show();
    rerun();
    m_clock.start();
    m_ticker.start();
    m_rerunTimer.start();
    QTimer::singleShot(std::chrono::minutes(m_minutes), this, &Soak::finish);
    return QCoreApplication::exec();
}

void Soak::rerun()
{
    closelab::RunConfig config;
    config.scenario = qEnvironmentVariableIsSet("CLOSELAB_SOAK_SCENARIO")
        ? qEnvironmentVariable("CLOSELAB_SOAK_SCENARIO").toStdString() : std::string("tw_bucket_overflow");
    config.seed = m_seed++;
    m_window->showRun(config);
    ++m_reruns;
    Playhead *playhead = m_window->playhead();
    playhead->setLooping(true);
    playhead->setSpeed(Playhead::maximumSpeed);
    playhead->play();
}

void Soak::tick()
{
    const qint64 now = m_clock.elapsed();
    if (m_lastTick >= 0) {
        const qint64 gap = now - m_lastTick;
        if (gap > m_maxGapMs) {
            m_maxGapMs = gap;
            m_maxGapAtMs = now;
        }
        if (gap > stallMs)
            ++m_stalls;
    }
    m_lastTick = now;
    ++m_ticks;
    // A population run finishes in the background; play it once it is shown.
    if (!m_window->playhead()->isPlaying() && m_window->trace())
        m_window->playhead()->play();
}

void Soak::finish()
{
    m_ticker.stop();
    m_rerunTimer.stop();
    std::printf("closelab soak: %d min, %lld ticks of %d ms, longest gap %lld ms (at %.1f s), gaps over %d ms: %lld, "
                "loops %lld, runs %d\n",
                m_minutes, static_cast<long long>(m_ticks), tickMs, static_cast<long long>(m_maxGapMs), m_maxGapAtMs / 1000.0,
                stallMs, static_cast<long long>(m_stalls), static_cast<long long>(m_loops), m_reruns);
    std::fflush(stdout);
    QCoreApplication::quit();
}
