// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/serverhealthwindow.h"

#include "app/experimentcontroller.h"
#include "views/serverhealthview.h"

#include "core/server/snapshotsimulation.h"

#include <QEvent>
#include <QMessageBox>
#include <QVBoxLayout>

ServerHealthWindow::ServerHealthWindow(ExperimentController *controller, QWidget *mainWindow)
    : QWidget(mainWindow, Qt::Window),
      m_controller(controller),
      m_mainWindow(mainWindow),
      m_view(new closelab::ServerHealthView(this))
{
    setObjectName(QStringLiteral("serverHealthWindow"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &closelab::ServerHealthView::openScenarioRequested, this, [this](const QString &s) { report(openScenario(s)); });
    connect(m_view, &closelab::ServerHealthView::simulateRequested, this, [this] { report(simulate()); });
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 45);
    retranslateUi();
}

void ServerHealthWindow::setSnapshot(const closelab::server::Snapshot &snapshot, const closelab::server::DiagnosisOptions &options)
{
    m_snapshot = snapshot;
    m_view->setSnapshot(snapshot, closelab::server::diagnose(snapshot, options));
}

QString ServerHealthWindow::openScenario(const QString &scenario)
{
    if (!m_controller) return tr("The main window is gone.");
    closelab::RunConfig config = m_controller->config();
    config.scenario = scenario.toStdString();
    config.options.clear();
    config.serverSysctls.reset();
    config.until.reset();
    config.sysctls = closelab::Sysctls();
    closelab::server::applySnapshotSysctls(m_snapshot, config.sysctls);
    const QString error = m_controller->editWithText(config, tr("Open %1 with the snapshot's sysctls").arg(scenario));
    if (error.isEmpty() && m_mainWindow) {
        m_mainWindow->raise();
        m_mainWindow->activateWindow();
    }
    return error;
}

QString ServerHealthWindow::simulate()
{
    if (!m_controller) return tr("The main window is gone.");
    const closelab::server::SimulationPlan plan = closelab::server::planSimulation(m_snapshot);
    const QString error = m_controller->editWithText(plan.config, tr("Simulate the server snapshot"));
    if (error.isEmpty() && m_mainWindow) {
        m_mainWindow->raise();
        m_mainWindow->activateWindow();
    }
    return error;
}

void ServerHealthWindow::report(const QString &error)
{
    if (!error.isEmpty()) QMessageBox::warning(this, windowTitle(), error);
}

void ServerHealthWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void ServerHealthWindow::retranslateUi()
{
    setWindowTitle(tr("Server Health"));
}
