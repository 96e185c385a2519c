// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
class CompareWindow : public QMainWindow {
    Q_OBJECT

public:
    /// B starts as a copy of the controller's current experiment.
    explicit CompareWindow(ExperimentController *controllerA, QWidget *parent = nullptr);

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
    void followA();
    void runB();
    void updateRange();
    void retranslateUi();

    QPointer<ExperimentController> m_controller;
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
