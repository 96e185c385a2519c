// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class ExperimentController;
class Playhead;
class QStatusBar;

/// A scenario chosen in the library (click, Enter in the search box): the controller switches to it
/// (one undo step), the playhead goes to the moment its story is about (time 0: every library
/// scenario puts the call it is about at 0 — close(), shutdown(), the crash — and its set-up before),
/// and parameters changed earlier that carry over to the new scenario are announced in the status
/// bar, with Undo (Ctrl+Z) to go back.
class ScenarioChoice : public QObject {
    Q_OBJECT

public:
    ScenarioChoice(ExperimentController *controller, Playhead *playhead, QStatusBar *status, QObject *parent);

    /// The parameters `controller`'s experiment sets explicitly, "key=value" joined by ", ";
    /// "" when none.
    static QString changedParameters(const ExperimentController &controller);

public slots:
    void choose(const QString &scenario);

private:
    ExperimentController *m_controller;
    Playhead *m_playhead;
    QStatusBar *m_status;
};
