// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dockchrome.h"

#include "views/zoom.h"

#include <QChildEvent>
#include <QDockWidget>
#include <QEvent>
#include <QFontMetrics>
#include <QMainWindow>
#include <QStyle>
#include <QStyleOptionTab>
#include <QTabBar>

#include <algorithm>

namespace {
// The tab bars QMainWindow makes for its tab groups are its direct children (QMainWindowTabBar).
bool isDockTabBar(const QObject *object, const QMainWindow *window)
{
    return object->parent() == window && qobject_cast<const QTabBar *>(object) != nullptr;
}
} // namespace

DockChrome::DockChrome(QMainWindow *window) : QObject(window), m_window(window)
{
    m_window->installEventFilter(this);
    for (QTabBar *bar : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        bar->installEventFilter(this);
}

void DockChrome::setZoom(double factor)
{
    factor = closelab::zoom::clamped(factor);
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    m_zoomed = true;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        dress(dock);
    for (QTabBar *bar : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        dress(bar);
}

void DockChrome::dress(QWidget *widget) const
{
    // Until the zoom leaves 100 % nothing is touched: the first frame is the one Qt draws.
    if (!m_zoomed)
        return;
    widget->setFont(closelab::zoom::font(m_zoom));
}

int DockChrome::titleBarHeight(double zoom)
{
    // QDockWidgetLayout::titleHeight(): the font's height and the style's title margin each side.
    const QFontMetrics fm(closelab::zoom::font(zoom));
    return fm.height() + 6;
}

int DockChrome::tabBarHeight(double zoom)
{
    // QTabBar::tabSizeHint(): the font's height and the style's vertical tab space, and the frame.
    const QFontMetrics fm(closelab::zoom::font(zoom));
    return fm.height() + 12;
}

QList<DockChrome::TabLabel> DockChrome::tabLabels(const QTabBar *bar)
{
    QList<TabLabel> labels;
    for (int i = 0; i < bar->count(); ++i) {
        QStyleOptionTab option;
        option.initFrom(bar);
        option.rect = bar->tabRect(i);
        option.text = bar->tabText(i);
        option.shape = bar->shape();
        option.documentMode = bar->documentMode();
        // The style pads the text's rectangle across the tab as well; the text is centred in the tab.
        const QRect text = bar->style()->subElementRect(QStyle::SE_TabBarTabText, &option, bar);
        const QRect rect(text.left(), option.rect.top(), text.width(), option.rect.height());
        labels << TabLabel{rect, bar->tabText(i), bar->tabToolTip(i)};
    }
    return labels;
}

void DockChrome::setToolTips(QTabBar *bar)
{
    for (int i = 0; i < bar->count(); ++i)
        if (bar->tabToolTip(i) != bar->tabText(i))
            bar->setTabToolTip(i, bar->tabText(i));
}

bool DockChrome::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::ChildPolished) {
        QObject *child = static_cast<QChildEvent *>(event)->child();
        if (auto *dock = qobject_cast<QDockWidget *>(child)) {
            dress(dock);
        } else if (isDockTabBar(child, m_window)) {
            auto *bar = static_cast<QTabBar *>(child);
            bar->installEventFilter(this);
            dress(bar);
        }
    } else if (event->type() == QEvent::Polish && isDockTabBar(watched, m_window)) {
        setToolTips(static_cast<QTabBar *>(watched));
    } else if (event->type() == QEvent::ToolTip && isDockTabBar(watched, m_window)) {
        // Qt names a tab after its dock when it lays the group out; the tooltip follows the name.
        setToolTips(static_cast<QTabBar *>(watched));
    }
    return QObject::eventFilter(watched, event);
}
