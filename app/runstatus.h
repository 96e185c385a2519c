// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class ExperimentController;
class QMainWindow;
class QProgressBar;
class QPushButton;

/// The main window's status bar while a population run goes on in the background: its progress, a
/// Cancel button and a line saying what runs. The bar is shown only while it has something to say
/// (a run, a message, or another permanent widget that `otherShown` reports, e.g. the recovery note).
/// The progress bar and the button are made when the first population run starts.
class RunStatus : public QObject {
    Q_OBJECT

public:
    RunStatus(QMainWindow *window, ExperimentController *controller, std::function<bool()> otherShown);
    void retranslateUi();

private:
    void build();
    void started();
    void progress(double fraction);
    void finished(bool cancelled);

    QMainWindow *m_window;
    ExperimentController *m_controller;
    std::function<bool()> m_otherShown;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
