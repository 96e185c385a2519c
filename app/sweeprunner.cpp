// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sweeprunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

SweepRunner::SweepRunner(QObject *parent)
    : QObject(parent)
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &SweepRunner::pollProgress);
}

SweepRunner::~SweepRunner()
{
    for (Worker &w : m_workers)
        w.cancel->store(true);
    for (Worker &w : m_workers) {
        w.thread->wait();
        delete w.thread;
    }
}

void SweepRunner::start(const closelab::SweepSpec &spec)
{
    if (const auto error = closelab::validateSweep(spec)) {
        emit failed(QString::fromStdString(*error));
        return;
    }
    cancel();
    const quint64 generation = ++m_generation;
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_progress = std::make_shared<std::atomic<double>>(0.0);
    auto progressValue = m_progress;
    QThread *thread = QThread::create([this, spec, cancelFlag, progressValue, generation] {
        auto result = std::make_shared<const closelab::SweepResult>(closelab::runSweep(
            spec, cancelFlag.get(), [progressValue](double f) { progressValue->store(f, std::memory_order_relaxed); }));
        QMetaObject::invokeMethod(this, [this, generation, result] { done(generation, result); }, Qt::QueuedConnection);
    });
    m_workers.push_back({thread, cancelFlag});
    connect(thread, &QThread::finished, this, [this, thread] {
        std::erase_if(m_workers, [thread](const Worker &w) { return w.thread == thread; });
        thread->deleteLater();
    });
    m_running = true;
    m_clock.start();
    thread->start(QThread::LowPriority);
    m_progressTimer->start();
    emit started();
    emit progress(0.0);
}

void SweepRunner::done(quint64 generation, std::shared_ptr<const closelab::SweepResult> result)
{
    if (generation != m_generation || !m_running)
        return; // a newer request or a cancel replaced this run
    m_running = false;
    m_progressTimer->stop();
    if (result->cancelled) {
        emit cancelled();
        return;
    }
    emit progress(1.0);
    emit finished(std::move(result), m_clock.elapsed());
}

void SweepRunner::pollProgress()
{
    if (m_running && m_progress)
        emit progress(m_progress->load(std::memory_order_relaxed));
}

void SweepRunner::cancel()
{
    for (Worker &w : m_workers)
        w.cancel->store(true);
    if (m_running) {
        m_running = false;
        m_progressTimer->stop();
        ++m_generation; // whatever the cancelled run delivers is stale now
        emit cancelled();
    }
}

bool SweepRunner::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while ((m_running || !m_workers.empty()) && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return !m_running;
}
