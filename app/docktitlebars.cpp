// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/docktitlebars.h"

#include <QChildEvent>
#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QLayout>
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
            // A dock behind its group's current tab keeps the size it had when it went there (Qt only
            // moves it out of the window): made smaller by its title bar, it is as tall as its contents
            // whatever the zoom its title bar had (a window made at 200 % and one zoomed to 200 % after it
            // was made have the same docks: tst_startzoom). The current tab's dock is laid out anew.
            const QSize was = dock->size();
            const QSize least = dock->minimumSize();
            const int title = dock->widget() ? dock->widget()->geometry().top() : 0;
            auto *empty = new QWidget(dock);
            empty->setObjectName(kHiddenTitle);
            dock->setTitleBarWidget(empty);
            if (title > 0) {
                // Its minimum size without the title bar first (QLayout::activate() sets it); a dock as
                // narrow as the title bar's buttons made it stays as narrow as it may be.
                dock->layout()->activate();
                const int width = was.width() <= least.width() ? dock->minimumWidth() : was.width();
                dock->resize(width, std::max(0, was.height() - title));
            }
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
