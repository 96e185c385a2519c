// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sweep.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

class QThread;
class QTimer;

/// Runs sweeps on a worker thread, one at a time as far as anyone can tell: a new start() cancels the
/// run in progress, and every run carries a generation number so that a result older than the newest
/// request is dropped. Progress is polled from an atomic (the worker never signals the UI per point).
/// The destructor cancels and joins every worker.
class SweepRunner : public QObject {
    Q_OBJECT

public:
    explicit SweepRunner(QObject *parent = nullptr);
    ~SweepRunner() override;

    bool isRunning() const { return m_running; }
    quint64 generation() const { return m_generation; }

public slots:
    /// Starts a sweep (validated here: a bad spec emits failed() and nothing runs).
    void start(const closelab::SweepSpec &spec);
    /// Stops the sweep in progress; its result is dropped and finished() is not emitted for it.
    void cancel();
    /// Blocks until no sweep is in progress (tests, screenshots). False on timeout.
    bool waitForIdle(int timeoutMs = 60000);

signals:
    void started();
    void progress(double fraction);
    /// The newest sweep's result and how long it took (wall clock, ms).
    void finished(std::shared_ptr<const closelab::SweepResult> result, qint64 elapsedMs);
    void cancelled();
    void failed(const QString &message);

private:
    void done(quint64 generation, std::shared_ptr<const closelab::SweepResult> result);
    void pollProgress();

    struct Worker {
        QThread *thread;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    std::vector<Worker> m_workers;
    std::shared_ptr<std::atomic<double>> m_progress;
    quint64 m_generation = 0;
    bool m_running = false;
    QTimer *m_progressTimer;
    QElapsedTimer m_clock;
};
