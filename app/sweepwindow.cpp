// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sweepwindow.h"

#include "app/experimentcontroller.h"
#include "app/screenfit.h"
#include "app/sweeprunner.h"
#include "views/sweeppanel.h"

#include <QEvent>
#include <QVBoxLayout>

#include <cmath>

SweepWindow::SweepWindow(ExperimentController *controller, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_controller(controller)
    , m_panel(new closelab::SweepPanel(this))
    , m_runner(new SweepRunner(this))
{
    setObjectName(QStringLiteral("sweepWindow"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_panel);
    fitToScreen(this, QSize(1100, 720));

    m_panel->setConfig(controller->config(), controller->effectiveConfig());
    connect(controller, &ExperimentController::configChanged, m_panel, &closelab::SweepPanel::setConfig);
    connect(m_panel, &closelab::SweepPanel::runRequested, m_runner, &SweepRunner::start);
    connect(m_panel, &closelab::SweepPanel::cancelRequested, m_runner, &SweepRunner::cancel);
    connect(m_runner, &SweepRunner::started, m_panel, [this] { m_panel->setRunning(true); });
    connect(m_runner, &SweepRunner::progress, m_panel, &closelab::SweepPanel::setProgress);
    connect(m_runner, &SweepRunner::finished, m_panel, &closelab::SweepPanel::setResult);
    connect(m_runner, &SweepRunner::cancelled, m_panel, &closelab::SweepPanel::showCancelled);
    connect(m_runner, &SweepRunner::failed, m_panel, &closelab::SweepPanel::showError);
    // A click on a point: the value goes to the experiment as one undoable edit.
    connect(m_panel, &closelab::SweepPanel::applyRequested, this, [this](const QString &option, const QString &value) {
        if (m_controller)
            m_controller->applyRunOption(option, value);
    });
    retranslateUi();
}

QString SweepWindow::runSweep(const closelab::SweepSpec &spec)
{
    if (const auto error = closelab::validateSweep(spec))
        return QString::fromStdString(*error);
    // The panel speaks in steps: a count becomes the step between its values.
    const std::vector<double> values = closelab::sweepValues(spec);
    const double step = spec.step ? *spec.step : values.size() > 1 ? std::abs(values[1] - values[0]) : 1.0;
    m_panel->setSweep(spec.parameter, spec.host, spec.from, spec.to, step);
    m_runner->start(m_panel->spec());
    return {};
}

void SweepWindow::retranslateUi()
{
    setWindowTitle(tr("Parameter Sweep — CloseLab"));
}

void SweepWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
