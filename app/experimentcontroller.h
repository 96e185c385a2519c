// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/population.h"
#include "core/scenario.h"
#include "core/trace.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThread;
class QTimer;
class QUndoStack;
struct ParameterPreset;

/// Owns the current experiment (RunConfig, and the population workload its scenario implies) and
/// re-runs the engine on every change. Views never run the engine: their intents arrive here.
///
/// Single-connection runs (microseconds) happen synchronously inside edit(), so every view is
/// updated before the next frame. Population runs go to a worker thread with progress and cancel;
/// each run carries a generation number and a result older than the newest request is dropped.
/// Parameter changes are undoable (undoStack()).
class ExperimentController : public QObject {
    Q_OBJECT

public:
    explicit ExperimentController(QObject *parent = nullptr);
    ~ExperimentController() override;

    const closelab::RunConfig &config() const { return m_config; }
    /// What the engine runs: the config with the population scenario's own defaults.
    const closelab::RunConfig &effectiveConfig() const { return m_effective; }
    const closelab::PopulationConfig &workload() const { return m_workload; }
    bool isPopulation() const { return m_population; }
    std::shared_ptr<const closelab::Trace> trace() const { return m_trace; }
    std::shared_ptr<const closelab::PopulationResult> populationResult() const { return m_result; }
    QUndoStack *undoStack() const { return m_undo; }
    quint64 generation() const { return m_generation; }
    bool isRunning() const { return m_running; }

    /// Where the playhead goes when a run replaces another: the same event index when the playhead
    /// sat on an event and the new run has that many, else the same fraction of the run.
    static qint64 keptPlace(const closelab::Trace *before, qint64 time, const closelab::Trace &after);

    /// Checks a config without running it: "" or a one-line message naming what is wrong.
    static QString check(const closelab::RunConfig &config);

public slots:
    /// The user's intent: this is the experiment now (undoable). On a bad config nothing changes and
    /// runFailed() says why. Returns the message, or "" on success.
    QString edit(const closelab::RunConfig &config);
    /// Same, with the undo text given.
    QString editWithText(const closelab::RunConfig &config, const QString &undoText);
    /// Another scenario; parameters and network stay, the options go back to the scenario's defaults.
    QString setScenario(const QString &name);
    /// Applies a preset on top of (or instead of) the current parameters.
    QString applyPreset(const ParameterPreset &preset);
    /// One `closelab-cli run` option (`set`, `opt`, `loss-s2c`, `delay`, …) on the current experiment.
    QString applyRunOption(const QString &name, const QString &value);
    /// Replaces the experiment without an undo step (opening a file); clears the undo history.
    QString load(const closelab::RunConfig &config);
    /// The time the playhead shows (connect Playhead::timeChanged): kept across re-runs.
    void setPlayheadTime(qint64 time) { m_lastTime = time; }
    /// Stops a population run in progress (its result is dropped).
    void cancel();
    /// Blocks until no population run is in progress (tests, benchmarks). False on timeout.
    bool waitForIdle(int timeoutMs = 60000);

signals:
    void configChanged(const closelab::RunConfig &config, const closelab::RunConfig &effective);
    /// A new run to show; `time` is where the playhead should be (keptPlace()).
    void traceChanged(std::shared_ptr<const closelab::Trace> trace, qint64 time);
    void populationChanged(std::shared_ptr<const closelab::PopulationResult> result);
    void populationStarted();
    void populationProgress(double fraction);
    void populationFinished(bool cancelled);
    void runFailed(const QString &message);

private:
    friend class ConfigCommand;
    /// Makes `config` current and runs it (the undo commands call this).
    void apply(const closelab::RunConfig &config);
    void startPopulation();
    void populationDone(quint64 generation, std::shared_ptr<const closelab::PopulationResult> result, bool cancelled);
    void pollProgress();

    closelab::RunConfig m_config;
    closelab::RunConfig m_effective;
    closelab::PopulationConfig m_workload;
    bool m_population = false;
    std::shared_ptr<const closelab::Trace> m_trace;
    std::shared_ptr<const closelab::PopulationResult> m_result;
    QUndoStack *m_undo;
    quint64 m_generation = 0;
    bool m_running = false;
    qint64 m_lastTime = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<double>> m_progress;
    struct Worker {
        QThread *thread;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    std::vector<Worker> m_workers;
    QTimer *m_progressTimer;
};
