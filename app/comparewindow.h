// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/replay.h"
#include "core/scenario.h"
#include "core/trace.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class ExperimentController;
class PlaybackToolBar;
class Playhead;
class QLabel;
class QPushButton;
namespace closelab {
class CompareView;
class ParameterPanel;
}

/// The A/B window: A is the main window's experiment (it follows every change there), B a copy
/// whose parameters are edited here, in its own parameter panel. B re-runs on each change (single
/// connections run in microseconds, synchronously), A only when the main window's experiment
/// changes. Both runs are shown side by side in a CompareView, driven by this window's own
/// playhead, whose range covers both runs.
///
/// A/B covers single-connection scenarios: for a population scenario the view says so instead.
///
/// Capture vs engine ("Replay on the Engine"): A is a capture's connection and stays; B is the experiment
/// read off it (core/capture/replay.h) run on the engine. B's panel edits that experiment's parameters,
/// and the differences are told as the capture's and the engine's (ReplayTexts).
class CompareWindow : public QMainWindow {
    Q_OBJECT

public:
    /// B starts as a copy of the controller's current experiment.
    explicit CompareWindow(ExperimentController *controllerA, QWidget *parent = nullptr);
    /// A is `capture` (a capture's connection as a trace), B `plan` replayed on the engine.
    CompareWindow(std::shared_ptr<const closelab::Trace> capture, const closelab::capture::ReplayPlan &plan, QWidget *parent = nullptr);

    /// The replayed experiment, or nullptr for an A/B of the main window's experiment.
    const closelab::capture::ReplayPlan *replayPlan() const { return m_plan.get(); }
    /// Capture vs engine: how the engine's run differs from the capture.
    const std::vector<closelab::capture::ReplayDifference> &replayDifferences() const { return m_replayDiffs; }

    const closelab::RunConfig &configB() const { return m_configB; }
    std::shared_ptr<const closelab::Trace> traceA() const { return m_traceA; }
    std::shared_ptr<const closelab::Trace> traceB() const { return m_traceB; }
    /// Runs of A and B so far (each setRun counts one).
    int runsOfA() const { return m_runsA; }
    int runsOfB() const { return m_runsB; }

    closelab::CompareView *view() const { return m_view; }
    closelab::ParameterPanel *panelB() const { return m_panelB; }
    Playhead *playhead() const { return m_playhead; }
    QPushButton *copyAgainButton() const { return m_copyAgain; }

public slots:
    /// B is this experiment now (must have A's scenario); "" or why not (then B is unchanged).
    QString setConfigB(const closelab::RunConfig &config);
    /// One `closelab-cli run` option (`set`, `opt`, `delay`, …) applied to B.
    QString applyRunOptionB(const QString &name, const QString &value);
    /// B becomes a copy of A again.
    void copyA();

signals:
    void runAChanged();
    void runBChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The widgets both kinds of window share (setUpUi()); the public constructors then say what A is.
    explicit CompareWindow(QWidget *parent);
    void setUpUi();
    void followA();
    void showReplayWords();
    void runB();
    void updateRange();
    void retranslateUi();

    QPointer<ExperimentController> m_controller;
    std::unique_ptr<closelab::capture::ReplayPlan> m_plan;
    std::vector<closelab::capture::ReplayDifference> m_replayDiffs;
    closelab::RunConfig m_configA;
    closelab::RunConfig m_configB;
    std::shared_ptr<const closelab::Trace> m_traceA;
    std::shared_ptr<const closelab::Trace> m_traceB;
    bool m_population = false;
    int m_runsA = 0;
    int m_runsB = 0;

    Playhead *m_playhead;
    PlaybackToolBar *m_toolBar;
    closelab::CompareView *m_view;
    closelab::ParameterPanel *m_panelB;
    QLabel *m_panelTitle;
    QLabel *m_message;
    QPushButton *m_copyAgain;
};
