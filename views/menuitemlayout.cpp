// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/menuitemlayout.h"

#include <QApplication>
#include <QFontMetrics>
#include <QMenu>
#include <QStyle>
#include <QStyleOptionMenuItem>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {
// Fusion's menu item at 100 % (qfusionstyle.cpp, drawControl(CE_MenuItem) and sizeFromContents(CT_MenuItem), Qt 6.4).
constexpr int kCheckColumn = 21;    // checkcol = qMax(maxIconWidth, 21)
constexpr int kMeasuredColumn = 12; // sizeFromContents(CT_MenuItem): qMax(maxIconWidth, 12)
constexpr int kColumnOffset = 4;    // checkColHOffset: windowsItemHMargin 3 + windowsItemFrame 2 - 1
constexpr int kTextMargin = 3;      // the text starts windowsItemHMargin after the check column
constexpr double kBox = 14;         // the check box: the column less 3.5 px each side
constexpr double kArrowHeight = 8;  // qt_fusion_draw_arrow(): 14 x 8, turned for a right arrow
constexpr double kArrowWidth = 8.0 * 8 / 14;
constexpr double kArrowMargin = 5;  // from the arrow to the item's right edge

int scaled(double length, double zoom)
{
    return int(std::lround(length * zoom));
}
} // namespace

double MenuItemLayout::zoomOf(const QWidget *menu)
{
    if (!qobject_cast<const QMenu *>(menu))
        return 1.0;
    const double own = menu->font().pointSizeF();
    const double base = QApplication::font(menu).pointSizeF();
    return own > 0 && base > 0 ? own / base : 1.0;
}

int MenuItemLayout::checkColumn(double zoom)
{
    return scaled(kCheckColumn, std::max(1.0, zoom));
}

int MenuItemLayout::columnExtra(double zoom)
{
    return scaled(kCheckColumn - kMeasuredColumn, std::max(1.0, zoom));
}

int MenuItemLayout::arrowExtra(double zoom)
{
    const auto room = [](double z) { return scaled(kArrowWidth, z) + scaled(kArrowMargin, z); };
    return std::max(0, room(zoom) - room(1.0));
}

MenuItemLayout::Rects MenuItemLayout::rects(const QStyleOptionMenuItem &item, double zoom)
{
    const QRect r = item.rect;
    const int column = std::max(item.maxIconWidth, checkColumn(zoom));
    Rects rects;
    if (item.checkType != QStyleOptionMenuItem::NotCheckable) {
        // Centred in the check column, no taller than the item less a pixel each side.
        const int side = std::min(scaled(kBox, zoom), r.height() - 2);
        const QRect box(r.left() + kColumnOffset + (column - side) / 2, r.top() + (r.height() - side) / 2, side, side);
        rects.indicator = QStyle::visualRect(item.direction, r, box);
    }
    const QString text = item.text.section(QLatin1Char('\t'), 0, 0);
    const QSize textSize = item.fontMetrics.size(Qt::TextShowMnemonic, text);
    const QRect label(r.left() + kColumnOffset + column + kTextMargin, r.top() + (r.height() - textSize.height()) / 2,
                      textSize.width(), textSize.height());
    rects.label = QStyle::visualRect(item.direction, r, label);
    if (item.menuItemType == QStyleOptionMenuItem::SubMenu) {
        const int height = std::min(scaled(kArrowHeight, zoom), r.height() - 2);
        const int width = scaled(kArrowWidth, zoom);
        const QRect arrow(r.right() + 1 - scaled(kArrowMargin, zoom) - width, r.top() + (r.height() - height) / 2, width, height);
        rects.arrow = QStyle::visualRect(item.direction, r, arrow);
    }
    return rects;
}

} // namespace closelab
