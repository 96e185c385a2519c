// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/docktitlebars.h"

#include <QChildEvent>
#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>

#include <algorithm>

namespace {
// The empty title bar widget that hides a tabbed dock's title bar.
const QString kHiddenTitle = QStringLiteral("closelab_hiddenDockTitle");
} // namespace

DockTitleBars::DockTitleBars(QMainWindow *window) : QObject(window), m_window(window)
{
    m_later.setSingleShot(true);
    m_later.setInterval(0);
    connect(&m_later, &QTimer::timeout, this, &DockTitleBars::update);
    // Without a title bar, a tabbed dock leaves its group by its tab: QMainWindowTabBar drags a
    // dock out of its group only with GroupedDragging (qmainwindowlayout.cpp).
    m_window->setDockOptions(m_window->dockOptions() | QMainWindow::GroupedDragging);
    m_window->installEventFilter(this);
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        follow(dock);
}

void DockTitleBars::follow(QDockWidget *dock)
{
    if (dock->property("closelab_titleBarsFollowed").toBool())
        return;
    dock->setProperty("closelab_titleBarsFollowed", true);
    dock->installEventFilter(this);
    connect(dock, &QDockWidget::topLevelChanged, &m_later, qOverload<>(&QTimer::start));
    connect(dock, &QDockWidget::dockLocationChanged, &m_later, qOverload<>(&QTimer::start));
}

bool DockTitleBars::tabbed(const QMainWindow *window, const QDockWidget *dock)
{
    if (dock->isFloating() || dock->isHidden())
        return false;
    const QList<QDockWidget *> others = window->tabifiedDockWidgets(const_cast<QDockWidget *>(dock));
    return std::any_of(others.begin(), others.end(), [](const QDockWidget *other) { return !other->isHidden() && !other->isFloating(); });
}

bool DockTitleBars::hidesTitle(const QDockWidget *dock)
{
    const QWidget *title = dock->titleBarWidget();
    return title && title->objectName() == kHiddenTitle;
}

void DockTitleBars::update()
{
    // A floating dock under the mouse may be being dragged: changing its title bar re-creates its
    // window. Once the button is up.
    if (QGuiApplication::mouseButtons() != Qt::NoButton) {
        m_later.start(50);
        return;
    }
    m_later.setInterval(0);
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        follow(dock);
        const bool hide = tabbed(m_window, dock);
        if (hide == hidesTitle(dock) || (!hide && dock->titleBarWidget() && !hidesTitle(dock)))
            continue; // as it should be, or a title bar of someone else's
        if (hide) {
            auto *empty = new QWidget(dock);
            empty->setObjectName(kHiddenTitle);
            dock->setTitleBarWidget(empty);
        } else {
            QWidget *empty = dock->titleBarWidget();
            dock->setTitleBarWidget(nullptr);
            delete empty;
        }
    }
}

bool DockTitleBars::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::ChildPolished) {
        if (auto *dock = qobject_cast<QDockWidget *>(static_cast<QChildEvent *>(event)->child())) {
            follow(dock);
            m_later.start();
        }
    } else if (watched != m_window && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)) {
        // A dock shown or closed: its group's others may now be alone, or no longer.
        m_later.start();
    }
    return QObject::eventFilter(watched, event);
}
