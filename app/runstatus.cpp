// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runstatus.h"

#include "app/experimentcontroller.h"

#include <QCoreApplication> // the texts keep the main window's translation context
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

#include <algorithm>
#include <cmath>

RunStatus::RunStatus(QMainWindow *window, ExperimentController *controller, std::function<bool()> otherShown)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
    , m_otherShown(std::move(otherShown))
{
    QStatusBar *bar = m_window->statusBar();
    // Shown only while it has something to say: a run in progress or a message.
    bar->hide();
    connect(bar, &QStatusBar::messageChanged, this, [this, bar](const QString &message) {
        bar->setVisible(!message.isEmpty() || (m_progress && m_progress->isVisible()) || m_otherShown());
    });
    connect(m_controller, &ExperimentController::populationStarted, this, &RunStatus::started);
    connect(m_controller, &ExperimentController::populationProgress, this, &RunStatus::progress);
    connect(m_controller, &ExperimentController::populationFinished, this, &RunStatus::finished);
}

void RunStatus::build()
{
    if (m_progress)
        return;
    m_progress = new QProgressBar(m_window);
    m_cancelButton = new QPushButton(m_window);
    m_progress->setObjectName(QStringLiteral("populationProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(260);
    m_cancelButton->setObjectName(QStringLiteral("cancelPopulationButton"));
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &ExperimentController::cancel);
    // First on the bar, before a permanent widget added since (the recovery note).
    QStatusBar *bar = m_window->statusBar();
    bar->insertPermanentWidget(0, m_progress);
    bar->insertPermanentWidget(1, m_cancelButton);
    m_progress->hide();
    m_cancelButton->hide();
    retranslateUi();
}

void RunStatus::retranslateUi()
{
    if (!m_progress)
        return;
    m_cancelButton->setText(QCoreApplication::translate("MainWindow", "Cancel"));
    m_progress->setToolTip(QCoreApplication::translate("MainWindow", "Population run in progress"));
}

void RunStatus::started()
{
    build();
    m_progress->setValue(0);
    m_window->statusBar()->show();
    m_progress->show();
    m_cancelButton->show();
    const closelab::PopulationConfig &w = m_controller->workload();
    m_window->statusBar()->showMessage(QCoreApplication::translate("MainWindow", "Population run: %1 connections per second for %2 s…").arg(w.rate).arg(w.duration));
}

void RunStatus::progress(double fraction)
{
    if (m_progress)
        m_progress->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
}

void RunStatus::finished(bool cancelled)
{
    if (m_progress) {
        m_progress->hide();
        m_cancelButton->hide();
    }
    if (cancelled) {
        m_window->statusBar()->showMessage(QCoreApplication::translate("MainWindow", "Population run cancelled."), 5000);
    } else {
        m_window->statusBar()->clearMessage();
        m_window->statusBar()->setVisible(m_otherShown());
    }
}
