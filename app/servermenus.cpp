// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/servermenus.h"

#include "app/serverhealthwindow.h"
#include "app/experimentcontroller.h"
#include "app/serverimportdialog.h"
#include "app/thismachinewindow.h"

#include "core/server/snapshotreader.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QWidget>

ServerMenus::ServerMenus(ExperimentController *controller, QWidget *window)
    : QObject(window),
      m_controller(controller),
      m_window(window),
      m_import(new QAction(this)),
      m_thisMachine(new QAction(this))
{
    m_import->setObjectName(QStringLiteral("importServerSnapshotAction"));
    m_thisMachine->setObjectName(QStringLiteral("thisMachineAction"));
    connect(m_import, &QAction::triggered, this, &ServerMenus::importSnapshot);
    connect(m_thisMachine, &QAction::triggered, this, [this] { openThisMachine(); });
    m_window->installEventFilter(this);
    retranslateUi();
}

void ServerMenus::importSnapshot()
{
    ServerImportDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted) return;
    openSnapshot(dialog.inputs(), dialog.options());
}

ServerHealthWindow *ServerMenus::openSnapshot(const std::vector<std::pair<std::string, std::string>> &inputs,
                                              const closelab::server::DiagnosisOptions &options)
{
    closelab::server::SnapshotReader reader;
    for (const auto &[name, text] : inputs) reader.add(name, text);
    if (!m_health) {
        m_health = new ServerHealthWindow(m_controller, m_window);
        m_health->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_health->setSnapshot(reader.snapshot(), options);
    m_health->show();
    m_health->raise();
    m_health->activateWindow();
    return m_health;
}

ThisMachineWindow *ServerMenus::openThisMachine()
{
    if (!m_machine) {
        m_machine = new ThisMachineWindow(m_controller, m_window);
        m_machine->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_machine->show();
    m_machine->raise();
    m_machine->activateWindow();
    return m_machine;
}

QWidget *ServerMenus::openFromCommandLine(const QStringList &files, bool thisMachine, bool sampleSeveral, QString *error)
{
    if (!files.isEmpty()) {
        std::vector<std::pair<std::string, std::string>> inputs;
        std::int64_t understood = 0;
        closelab::server::SnapshotReader reader;
        for (const QString &path : files) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = tr("--server-snapshot: cannot read %1: %2").arg(path, f.errorString());
                return nullptr;
            }
            inputs.emplace_back(QFileInfo(path).fileName().toStdString(), f.readAll().toStdString());
            const auto &in = reader.add(inputs.back().first, inputs.back().second);
            understood += in.lines - in.unrecognised;
        }
        if (understood == 0) {
            *error = tr("--server-snapshot: nothing understood in %1").arg(files.join(QStringLiteral(", ")));
            return nullptr;
        }
        return openSnapshot(inputs);
    }
    if (!thisMachine) return nullptr;
    ThisMachineWindow *w = openThisMachine();
    if (sampleSeveral) {
        for (int i = 1; i <= 6; ++i) {
            QThread::msleep(1000);
            w->sampleNow(double(i));
        }
    }
    return w;
}

ServerHealthWindow *ServerMenus::healthWindow() const { return m_health; }
ThisMachineWindow *ServerMenus::thisMachineWindow() const { return m_machine; }

bool ServerMenus::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) retranslateUi();
    return QObject::eventFilter(watched, event);
}

void ServerMenus::retranslateUi()
{
    m_import->setText(tr("Import Server &Snapshot…"));
    m_import->setToolTip(tr("Paste or open ss, netstat, nstat, /proc/net and sysctl output and get a diagnosis"));
    m_import->setStatusTip(m_import->toolTip());
    m_thisMachine->setText(tr("This &Machine"));
    m_thisMachine->setToolTip(tr("Sockets and counters of this machine, sampled every second (read only)"));
    m_thisMachine->setStatusTip(m_thisMachine->toolTip());
}
