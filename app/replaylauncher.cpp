// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/replaylauncher.h"

#include "app/capturelauncher.h"
#include "app/comparewindow.h"
#include "core/capture/capturetrace.h"
#include "core/capture/replay.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

ReplayLauncher::ReplayLauncher(CaptureLauncher *captures, QWidget *window)
    : QObject(captures),
      m_captures(captures),
      m_window(window),
      m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("replayOnEngineAction"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, [this] { open(); });
    m_window->installEventFilter(this);
    retranslateUi();
}

CompareWindow *ReplayLauncher::compareWindow() const
{
    return m_compare;
}

void ReplayLauncher::setAvailable(bool available)
{
    m_action->setEnabled(available);
}

CompareWindow *ReplayLauncher::open()
{
    const std::shared_ptr<const CaptureData> data = m_captures->capture();
    const std::optional<quint32> chosen = m_captures->chosenConnection();
    if (!data || !chosen || *chosen >= data->connections.size())
        return nullptr;
    if (m_compare && m_shown != qint64(*chosen))
        m_compare->close();
    if (!m_compare) {
        const closelab::capture::Connection &conn = data->connections[*chosen];
        auto capture = std::make_shared<const closelab::Trace>(closelab::capture::connectionTrace(data->index, conn));
        m_compare = new CompareWindow(capture, closelab::capture::planReplay(data->index, conn), m_window);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
        m_shown = *chosen;
    }
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
    return m_compare;
}

bool ReplayLauncher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void ReplayLauncher::retranslateUi()
{
    m_action->setText(tr("&Replay on the Engine"));
    m_action->setToolTip(tr("Turn the chosen connection of the capture into an experiment (calls, lost segments, delay, "
                            "sysctls) and compare the engine's run with the capture"));
    m_action->setStatusTip(m_action->toolTip());
}
