// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sweep.h"

#include <QPointer>
#include <QWidget>

class ExperimentController;
class SweepRunner;
namespace closelab {
class SweepPanel;
}

/// The Parameter Sweep window: a SweepPanel on the controller's current experiment, sweeps run by a
/// SweepRunner off the UI thread. Clicking a point applies its value to the experiment through the
/// controller (one undo step). A separate top-level window, so the main window stays usable.
class SweepWindow : public QWidget {
    Q_OBJECT

public:
    SweepWindow(ExperimentController *controller, QWidget *parent = nullptr);

    closelab::SweepPanel *panel() const { return m_panel; }
    SweepRunner *runner() const { return m_runner; }

    /// Sets the panel's parameter and range and runs it (the command line's --sweep).
    QString runSweep(const closelab::SweepSpec &spec);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QPointer<ExperimentController> m_controller;
    closelab::SweepPanel *m_panel;
    SweepRunner *m_runner;
};
