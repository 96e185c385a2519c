// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scenariochoice.h"

#include "app/experimentcontroller.h"
#include "app/playhead.h"
#include "core/sysctltable.h"

#include <QStatusBar>
#include <QStringList>

ScenarioChoice::ScenarioChoice(ExperimentController *controller, Playhead *playhead, QStatusBar *status, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_playhead(playhead)
    , m_status(status)
{
}

QString ScenarioChoice::changedParameters(const ExperimentController &controller)
{
    QStringList out;
    const closelab::RunConfig &config = controller.config();
    for (const closelab::SysctlInfo &info : closelab::sysctlTable()) {
        if (config.sysctls.isExplicit(info.id))
            out << QString::fromStdString(std::string(info.key) + "=" + config.sysctls.valueText(info.key));
    }
    return out.join(QStringLiteral(", "));
}

void ScenarioChoice::choose(const QString &scenario)
{
    if (m_controller->config().scenario == scenario.toStdString())
        return;
    if (!m_controller->setScenario(scenario).isEmpty())
        return; // runFailed() has said why
    // The story's moment: 0 is the call the scenario is about (a population run starts there too).
    m_playhead->seek(0);
    if (const QString carried = changedParameters(*m_controller); !carried.isEmpty()) {
        m_status->showMessage(tr("%1: your changed parameters carry over (%2). Edit > Undo goes back.").arg(scenario, carried), 12000);
    }
}
