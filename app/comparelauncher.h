// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class CompareWindow;
class ExperimentController;
class QAction;
class QWidget;

/// The "Compare with a Copy (A/B)…" action (Ctrl+B): opens the A/B window on the controller's
/// experiment, or brings it to the front when it is open. The window belongs to `window` (it
/// closes with it) and is deleted when the user closes it.
class CompareLauncher : public QObject {
    Q_OBJECT

public:
    CompareLauncher(ExperimentController *controller, QWidget *window);

    QAction *action() const { return m_action; }
    /// The open A/B window, or nullptr.
    CompareWindow *compareWindow() const;
    /// Opens (or raises) the A/B window and returns it.
    CompareWindow *open();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    QPointer<ExperimentController> m_controller;
    QWidget *m_window;
    QAction *m_action;
    QPointer<CompareWindow> m_compare;
};
