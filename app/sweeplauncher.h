// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class ExperimentController;
class QAction;
class QWidget;
class SweepWindow;

/// The "Parameter Sweep…" action (Ctrl+Shift+P): opens the sweep window on the controller's
/// experiment, or brings it to the front. The window belongs to `window` and lives as long as it
/// (closing only hides it, so the last sweep is still there when it opens again).
class SweepLauncher : public QObject {
    Q_OBJECT

public:
    SweepLauncher(ExperimentController *controller, QWidget *window);

    QAction *action() const { return m_action; }
    /// The sweep window, or nullptr before it was first opened.
    SweepWindow *sweepWindow() const;
    /// Opens (or raises) the sweep window and returns it.
    SweepWindow *open();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    QPointer<ExperimentController> m_controller;
    QWidget *m_window;
    QAction *m_action;
    QPointer<SweepWindow> m_sweep;
};
