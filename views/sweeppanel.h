// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sweep.h"
#include "views/plots.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace closelab {

/// The sweep window's contents: which parameter (the sysctl table with the parameter panel's names,
/// then the network), on which host, the range (from, to, step), the outcome to plot, Run/Cancel with
/// a progress bar, and the chart. A passive view: Run emits the whole SweepSpec (runRequested), a click
/// on a point emits the run option that applies its value (applyRequested); the engine runs elsewhere.
class SweepPanel : public QWidget {
    Q_OBJECT

public:
    explicit SweepPanel(QWidget *parent = nullptr);

    /// The experiment the sweep varies (`effective` gives the current value of a population scenario's
    /// own defaults). A result that no longer describes it is marked as out of date.
    void setConfig(const RunConfig &config, const RunConfig &effective);
    /// The sweep the controls describe, on the current experiment.
    SweepSpec spec() const;
    /// Sets the parameter and a range; false (nothing changes) when the key is unknown.
    bool setSweep(const SweepParameter &parameter, SweepHost host, double from, double to, std::optional<double> step);
    SweepOutcome outcome() const;
    void setOutcome(const SweepOutcome &outcome);

    /// Run in progress: the button says Cancel, the progress bar shows.
    void setRunning(bool running);
    void setProgress(double fraction);
    /// A finished sweep; `elapsedMs` (wall clock) for the status line, or -1.
    void setResult(std::shared_ptr<const SweepResult> result, qint64 elapsedMs = -1);
    /// The sweep was cancelled: the chart keeps the previous result.
    void showCancelled();
    void showError(const QString &message);

    /// The chart (a SweepView from the plots module), or nullptr where the module could not be loaded.
    SweepPlot *plot() const { return m_plot; }
    /// The sweep shown (the last setResult()).
    std::shared_ptr<const SweepResult> result() const { return m_result; }
    QComboBox *parameterBox() const { return m_parameter; }
    QComboBox *hostBox() const { return m_host; }
    QDoubleSpinBox *fromBox() const { return m_from; }
    QDoubleSpinBox *toBox() const { return m_to; }
    QDoubleSpinBox *stepBox() const { return m_step; }
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *sideBox() const { return m_side; }
    QComboBox *kindBox() const { return m_kind; }
    QPushButton *runButton() const { return m_run; }
    /// Copies the shown sweep's table to the clipboard as CSV (sweepToCsv()).
    QPushButton *copyButton() const { return m_copy; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    bool isRunning() const { return m_running; }

signals:
    void runRequested(const closelab::SweepSpec &spec);
    void cancelRequested();
    /// A point was clicked: apply its value with this run option (`set`, `set-client`, `delay`…).
    void applyRequested(const QString &option, const QString &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillParameters();
    void fillOutcomes();
    void parameterChosen();
    void outcomeChosen();
    void updatePointCount();
    void updateStatus();
    void runClicked();
    void pointChosen(double value);
    SweepParameter currentParameter() const;
    void setStatus(const QString &text, bool error = false);

    RunConfig m_config;
    RunConfig m_effective;
    bool m_population = false;
    bool m_running = false;
    QString m_finishedText;
    QComboBox *m_parameter;
    QComboBox *m_host;
    QDoubleSpinBox *m_from;
    QDoubleSpinBox *m_to;
    QDoubleSpinBox *m_step;
    QLabel *m_points;
    QComboBox *m_metric;
    QComboBox *m_side;
    QComboBox *m_kind;
    QPushButton *m_run;
    QPushButton *m_copy;
    QProgressBar *m_progress;
    QLabel *m_status;
    SweepPlot *m_plot = nullptr;
    std::shared_ptr<const SweepResult> m_result;
    QLabel *m_parameterLabel;
    QLabel *m_hostLabel;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_stepLabel;
    QLabel *m_outcomeLabel;
    QLabel *m_unitLabel;
};

} // namespace closelab

Q_DECLARE_METATYPE(closelab::SweepSpec)
