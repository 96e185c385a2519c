// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/diagnosis.h"
#include "core/server/snapshot.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class ExperimentController;
namespace closelab {
class ServerHealthView;
}

/// The Server Health window of an imported snapshot: the health view and its findings; "Open scenario"
/// makes the library scenario the experiment with the snapshot's sysctls, "Simulate this" a population
/// run that resembles the snapshot (core/server/snapshotsimulation.h). Both are undoable edits of the
/// main window's experiment.
class ServerHealthWindow : public QWidget {
    Q_OBJECT

public:
    ServerHealthWindow(ExperimentController *controller, QWidget *mainWindow);

    void setSnapshot(const closelab::server::Snapshot &snapshot, const closelab::server::DiagnosisOptions &options);
    closelab::ServerHealthView *view() const { return m_view; }
    /// Returns "" or the reason the controller refused.
    QString openScenario(const QString &scenario);
    QString simulate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void report(const QString &error);

    QPointer<ExperimentController> m_controller;
    QWidget *m_mainWindow;
    closelab::ServerHealthView *m_view;
    closelab::server::Snapshot m_snapshot;
};
