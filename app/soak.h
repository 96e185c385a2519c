// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class MainWindow;

/// The long-run check behind scripts/soak.sh (a developer tool, not a feature): with the environment
/// variable CLOSELAB_SOAK_MINUTES=N, closelab shows a population run, plays it at the highest speed in a
/// loop for N minutes (running it again with the next seed every CLOSELAB_SOAK_RERUN_S seconds, default
/// 120, so the engine and the views rebuild too), and measures the event loop: a timer expected every
/// 16 ms records the longest gap between its ticks and how many gaps exceed 100 ms. At the end it
/// prints one line of figures on stdout and quits. CLOSELAB_SOAK_SCENARIO picks another population
/// scenario (default tw_bucket_overflow).
class Soak : public QObject
{
    Q_OBJECT

public:
    static constexpr int tickMs = 16;
    static constexpr int stallMs = 100;

    /// CLOSELAB_SOAK_MINUTES as a positive whole number, else 0 (no soak).
    static int minutesRequested();

    Soak(MainWindow *window, int minutes, QObject *parent = nullptr);

    /// Shows the window, plays until the time is up, prints the figures; the process's exit code.
    int exec();

private:
    void tick();
    void rerun();
    void finish();

    MainWindow *m_window;
    int m_minutes;
    QTimer m_ticker;
    QTimer m_rerunTimer;
    QElapsedTimer m_clock;
    qint64 m_lastTick = -1;
    qint64 m_maxGapMs = 0;
    qint64 m_maxGapAtMs = 0;
    qint64 m_ticks = 0;
    qint64 m_stalls = 0;
    qint64 m_loops = 0;
    qint64 m_lastTime = 0;
    int m_reruns = 0;
    quint64 m_seed = 1;
};
