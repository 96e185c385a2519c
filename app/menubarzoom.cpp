// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/menubarzoom.h"

#include "views/zoom.h"

#include <QAction>
#include <QActionEvent>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionMenuItem>
#include <QFontMetrics>

#include <algorithm>

MenuBarZoom::MenuBarZoom(QMenuBar *bar) : QObject(bar), m_bar(bar)
{
}

double MenuBarZoom::barFactor(double zoom)
{
    zoom = closelab::zoom::clamped(zoom);
    return zoom <= 2.0 ? zoom : 2.0 + (zoom - 2.0) / 2;
}

int MenuBarZoom::height() const
{
    // QMenuBarPrivate::calcActionRects() and QMenuBar::sizeHint().
    const QFontMetrics fm(m_bar->font());
    const QStyle *style = m_bar->style();
    int tallest = 0;
    for (QAction *action : m_bar->actions()) {
        if (!action->isVisible())
            continue;
        QStyleOptionMenuItem option;
        option.initFrom(m_bar);
        option.text = action->text();
        tallest = std::max(tallest, style->sizeFromContents(QStyle::CT_MenuBarItem, &option, fm.size(Qt::TextShowMnemonic, action->text()), m_bar).height());
    }
    const int margin = style->pixelMetric(QStyle::PM_MenuBarVMargin, nullptr, m_bar) + style->pixelMetric(QStyle::PM_MenuBarPanelWidth, nullptr, m_bar);
    return tallest + 2 * margin;
}

QFont MenuBarZoom::fontAt(double factor) const
{
    // The bar's font when nothing is set on it: QApplication's for its class (a platform theme may
    // give menus their own), as closelab::zoom::font() scales the application's.
    QFont font = QApplication::font(m_bar);
    if (font.pointSizeF() <= 0)
        return closelab::zoom::font(factor);
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

void MenuBarZoom::setZoom(double factor)
{
    factor = closelab::zoom::clamped(factor);
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    if (!m_zoomed) {
        m_zoomed = true;
        // A menu added to the bar later is dressed as it comes.
        m_bar->installEventFilter(this);
    }
    // Back at 100 %: inherited again, as before the first zoom.
    m_bar->setFont(m_zoom == 1.0 ? QFont() : fontAt(barFactor(m_zoom)));
    for (QMenu *menu : menus())
        dress(menu);
}

QList<QMenu *> MenuBarZoom::menus() const
{
    QList<QMenu *> found;
    QList<QAction *> actions = m_bar->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (QMenu *menu = actions[i]->menu(); menu && !found.contains(menu)) {
            found << menu;
            actions << menu->actions();
        }
    }
    return found;
}

void MenuBarZoom::fit(QMenu *menu) const
{
    if (m_zoom == 1.0) {
        menu->setFont(QFont());
        return;
    }
    const QScreen *screen = m_bar->screen();
    const QSize room = screen ? screen->availableGeometry().size() : QSize();
    double factor = m_zoom;
    menu->setFont(fontAt(factor));
    while (room.isValid() && factor > 1.0 && (menu->sizeHint().height() > room.height() || menu->sizeHint().width() > room.width())) {
        factor = std::max(1.0, closelab::zoom::stepOut(factor));
        menu->setFont(fontAt(factor));
    }
}

void MenuBarZoom::dress(QMenu *menu)
{
    fit(menu);
    if (m_watched.contains(menu))
        return;
    m_watched << menu;
    connect(menu, &QObject::destroyed, this, [this, menu] { m_watched.removeOne(menu); });
    // Fitted again when it opens (its items may have changed: a language, a recent file), and a
    // submenu filled or added after the zoom changed set before it can open itself (QMenu measures
    // its items after aboutToShow).
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        fit(menu);
        for (QAction *action : menu->actions())
            if (QMenu *sub = action->menu())
                dress(sub);
    });
}

bool MenuBarZoom::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bar && event->type() == QEvent::ActionAdded)
        if (QMenu *menu = static_cast<QActionEvent *>(event)->action()->menu())
            dress(menu);
    return QObject::eventFilter(watched, event);
}
