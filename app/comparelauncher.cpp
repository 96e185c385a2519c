// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/comparelauncher.h"

#include "app/comparewindow.h"
#include "app/experimentcontroller.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

CompareLauncher::CompareLauncher(ExperimentController *controller, QWidget *window)
    : QObject(window),
      m_controller(controller),
      m_window(window),
      m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("compareAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_action, &QAction::triggered, this, [this] { open(); });
    m_window->installEventFilter(this);
    retranslateUi();
}

CompareWindow *CompareLauncher::compareWindow() const
{
    return m_compare;
}

CompareWindow *CompareLauncher::open()
{
    if (!m_compare) {
        m_compare = new CompareWindow(m_controller, m_window);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
    return m_compare;
}

bool CompareLauncher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void CompareLauncher::retranslateUi()
{
    m_action->setText(tr("&Compare with a Copy (A/B)…"));
    m_action->setToolTip(tr("Duplicate the experiment as B, change B's parameters and see A and B side by side"));
    m_action->setStatusTip(m_action->toolTip());
}
