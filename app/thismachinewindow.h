// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/plots.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QVector>
#include <QWidget>

#include <string>

class ExperimentController;
class QLabel;
class QTimer;
namespace closelab {
class ServerHealthView;
}

/// View → This Machine: every second reads /proc/net/tcp{,6}, netstat, snmp, sockstat and the
/// engine's sysctls (read only, unprivileged: core/server/machinereader.h), plots sockets per state and
/// the counters' increase over time, and shows the same health view and findings as an import.
/// Sampling runs only while the window is shown.
class ThisMachineWindow : public QWidget {
    Q_OBJECT

public:
    ThisMachineWindow(ExperimentController *controller, QWidget *mainWindow, const std::string &procRoot = "/proc");

    /// Takes one sample now at `seconds` since the window opened (the timer calls it with the elapsed time).
    void sampleNow(double seconds);
    const QVector<closelab::MachineSample> &samples() const { return m_samples; }
    closelab::ServerHealthView *view() const { return m_view; }
    /// The chart (a MachineChartView from the plots module), or nullptr where the module could not be loaded.
    closelab::MachinePlot *chart() const { return m_chart; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QPointer<ExperimentController> m_controller;
    std::string m_procRoot;
    QLabel *m_note;
    closelab::MachinePlot *m_chart;
    QWidget *m_chartWidget; // the chart, or why it is missing
    closelab::ServerHealthView *m_view;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    QVector<closelab::MachineSample> m_samples;
};
