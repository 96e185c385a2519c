// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class CaptureLauncher;
class CompareWindow;
class QAction;
class QWidget;

/// File > Replay on the Engine (and `closelab FILE.pcap --replay`): the capture's chosen connection
/// turned into an experiment (core/capture/replay.h), run on the engine and shown against the capture
/// in the A/B window, the differences in words. Enabled while a capture's connection is shown.
class ReplayLauncher : public QObject {
    Q_OBJECT

public:
    ReplayLauncher(CaptureLauncher *captures, QWidget *window);

    QAction *action() const { return m_action; }
    /// The open capture-vs-engine window, or nullptr.
    CompareWindow *compareWindow() const;
    /// Replays the chosen connection (a new window for each connection; the same one is raised).
    /// nullptr when no capture is open.
    CompareWindow *open();
    /// Enables the action when a capture's connection is shown (CaptureLauncher calls it).
    void setAvailable(bool available);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    CaptureLauncher *m_captures;
    QWidget *m_window;
    QAction *m_action;
    QPointer<CompareWindow> m_compare;
    qint64 m_shown = -1; ///< the connection m_compare replays
};
