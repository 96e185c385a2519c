// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/diagnosis.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <string>
#include <utility>
#include <vector>

class ExperimentController;
class QAction;
class QWidget;
class ServerHealthWindow;
class ThisMachineWindow;

/// File → Import Server Snapshot… and View → This Machine: the actions, the import dialog and the two
/// windows (they belong to `window` and close with it).
class ServerMenus : public QObject {
    Q_OBJECT

public:
    ServerMenus(ExperimentController *controller, QWidget *window);

    QAction *importAction() const { return m_import; }
    QAction *thisMachineAction() const { return m_thisMachine; }
    /// The import dialog; on "Diagnose", the Server Health window.
    void importSnapshot();
    /// Reads these inputs as one snapshot and shows its Server Health window.
    ServerHealthWindow *openSnapshot(const std::vector<std::pair<std::string, std::string>> &inputs,
                                     const closelab::server::DiagnosisOptions &options = {});
    ServerHealthWindow *healthWindow() const;
    ThisMachineWindow *openThisMachine();
    /// closelab --server-snapshot FILE… / --this-machine: opens the window asked for and returns it
    /// (nullptr: none asked). A file that cannot be read, or nothing understood, sets `error`.
    /// `sampleSeveral`: This Machine takes six samples a second apart first (for a screenshot).
    QWidget *openFromCommandLine(const QStringList &files, bool thisMachine, bool sampleSeveral, QString *error);
    ThisMachineWindow *thisMachineWindow() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    QPointer<ExperimentController> m_controller;
    QWidget *m_window;
    QAction *m_import;
    QAction *m_thisMachine;
    QPointer<ServerHealthWindow> m_health;
    QPointer<ThisMachineWindow> m_machine;
};
