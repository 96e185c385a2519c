// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/flatstyle.h"

#include "views/flatchrome.h"
#include "views/menuitemlayout.h"

#include <QPainter>
#include <QPolygonF>
#include <QStyleOptionMenuItem>

#include <algorithm>

namespace closelab {

void FlatStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (option && painter && element == PE_FrameGroupBox)
        flatchrome::paintGroupBoxFrame(proxy(), option, painter, widget);
    else
        QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void FlatStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (option && painter && element == CE_ToolBar) {
        flatchrome::paintToolBar(option, painter, widget);
    } else if (option && painter && element == CE_HeaderSection) {
        flatchrome::paintHeaderSection(option, painter);
    } else if (const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option);
               item && painter && element == CE_MenuItem && item->menuItemType != QStyleOptionMenuItem::Separator
               && MenuItemLayout::zoomOf(widget) > 1.0) {
        drawZoomedMenuItem(*item, MenuItemLayout::zoomOf(widget), painter, widget);
    } else {
        QProxyStyle::drawControl(element, option, painter, widget);
    }
}

void FlatStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const
{
    if (option && painter && control == CC_ScrollBar)
        flatchrome::paintScrollBar(proxy(), option, painter, widget);
    else
        QProxyStyle::drawComplexControl(control, option, painter, widget);
}

QSize FlatStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &contents, const QWidget *widget) const
{
    const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option);
    const double zoom = MenuItemLayout::zoomOf(widget);
    if (type != CT_MenuItem || !item || zoom <= 1.0)
        return QProxyStyle::sizeFromContents(type, option, contents, widget);
    // The check column at the zoom (the text moves right by what it grew), and a submenu's arrow.
    QStyleOptionMenuItem zoomed = *item;
    zoomed.maxIconWidth = std::max(item->maxIconWidth, MenuItemLayout::checkColumn(zoom));
    QSize size = QProxyStyle::sizeFromContents(type, &zoomed, contents, widget);
    size.rwidth() += MenuItemLayout::columnExtra(zoom);
    if (item->menuItemType == QStyleOptionMenuItem::SubMenu)
        size.rwidth() += MenuItemLayout::arrowExtra(zoom);
    return size;
}

void FlatStyle::drawZoomedMenuItem(const QStyleOptionMenuItem &item, double zoom, QPainter *painter, const QWidget *widget) const
{
    // The base style draws the highlight, icon, text and shortcut in the zoomed check column, without
    // the marks it would draw at their 100 % size.
    QStyleOptionMenuItem plain = item;
    plain.maxIconWidth = std::max(item.maxIconWidth, MenuItemLayout::checkColumn(zoom));
    plain.checkType = QStyleOptionMenuItem::NotCheckable;
    if (plain.menuItemType == QStyleOptionMenuItem::SubMenu)
        plain.menuItemType = QStyleOptionMenuItem::Normal;
    QProxyStyle::drawControl(CE_MenuItem, &plain, painter, widget);

    const MenuItemLayout::Rects rects = MenuItemLayout::rects(item, zoom);
    const bool enabled = item.state & State_Enabled;
    const bool selected = (item.state & State_Selected) && enabled;
    const bool on = item.checked || (item.state & State_On);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (item.checkType == QStyleOptionMenuItem::Exclusive && on) {
        // A radio item's dot, in the text's colour (Fusion: the box less 4 px of 14 each side).
        const QPalette::ColorRole role = !enabled ? QPalette::Text : selected ? QPalette::HighlightedText : QPalette::ButtonText;
        const qreal inset = rects.indicator.width() * 4.0 / 14;
        painter->setPen(Qt::NoPen);
        painter->setBrush(item.palette.brush(item.palette.currentColorGroup(), role));
        painter->drawEllipse(QRectF(rects.indicator).adjusted(inset, inset, -inset, -inset));
    } else if (item.checkType == QStyleOptionMenuItem::NonExclusive && item.icon.isNull()) {
        // The style's check box, drawn in the larger box.
        QStyleOptionButton box;
        box.QStyleOption::operator=(item);
        box.rect = rects.indicator;
        box.state |= on ? State_On : State_Off;
        proxy()->drawPrimitive(PE_IndicatorCheckBox, &box, painter, widget);
    }
    if (!rects.arrow.isEmpty()) {
        // The submenu arrow: a triangle pointing where the submenu opens, in the text's colour
        // softened as Fusion's arrows are.
        QColor colour = selected ? item.palette.highlightedText().color() : item.palette.windowText().color();
        colour.setAlpha(160);
        const QRectF a(rects.arrow);
        const bool left = item.direction == Qt::RightToLeft;
        const QPolygonF triangle{left ? a.topRight() : a.topLeft(), left ? a.bottomRight() : a.bottomLeft(),
                                 QPointF(left ? a.left() : a.right(), a.center().y())};
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(triangle);
    }
    painter->restore();
}

} // namespace closelab
