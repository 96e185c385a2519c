// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sweeplauncher.h"

#include "app/experimentcontroller.h"
#include "app/sweepwindow.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

SweepLauncher::SweepLauncher(ExperimentController *controller, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("sweepAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_action, &QAction::triggered, this, [this] { open(); });
    m_window->installEventFilter(this);
    retranslateUi();
}

SweepWindow *SweepLauncher::sweepWindow() const
{
    return m_sweep;
}

SweepWindow *SweepLauncher::open()
{
    if (!m_sweep && m_controller)
        m_sweep = new SweepWindow(m_controller, m_window);
    if (m_sweep) {
        m_sweep->show();
        m_sweep->raise();
        m_sweep->activateWindow();
    }
    return m_sweep;
}

bool SweepLauncher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void SweepLauncher::retranslateUi()
{
    m_action->setText(tr("Parameter &Sweep…"));
    m_action->setToolTip(tr("Run the experiment over a range of one parameter and plot an outcome against it"));
    m_action->setStatusTip(m_action->toolTip());
}
