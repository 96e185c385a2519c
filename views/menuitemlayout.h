// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>

class QStyleOptionMenuItem;
class QWidget;

namespace closelab {

/// Where a menu item's check box or radio mark and its submenu arrow go in a menu drawn larger than
/// the application's menus (app/menubarzoom.h sets a menu's font at the zoom), for FlatStyle to draw
/// them at that zoom. Fusion draws them at one size whatever the font (qfusionstyle.cpp,
/// drawControl(CE_MenuItem)): a 14 px box in a check column of 21 px, a 6 px dot, an arrow at most
/// 8 px tall (qt_fusion_draw_arrow()); at 200 % that is a box half the height of a capital letter
/// beside 28 px text. Here each grows with the zoom, the check column (the base style's room left of
/// the text: QStyleOptionMenuItem::maxIconWidth) with them, so the text moves right with its box,
/// and a submenu item is wider by what its arrow and margin grew.
///
/// At 100 % (a menu whose font is the application's) nothing applies: the menu is Fusion's to the pixel.
class MenuItemLayout {
public:
    /// The zoom `menu` is drawn at: its font's point size over the application's font for menus; 1
    /// for anything that is not a QMenu, or a font in pixels.
    static double zoomOf(const QWidget *menu);

    /// The check column given to the base style at `zoom` (Fusion's 21 px scaled).
    static int checkColumn(double zoom);
    /// How much wider every item is made at `zoom` than the base style makes it with the zoomed check
    /// column: Fusion measures an item with a column of 12 px and draws it with 21, and those 9 px
    /// hold the 7 before the text; given a wider column it measures and draws with it, so the 9 px
    /// (at the zoom) are added back.
    static int columnExtra(double zoom);
    /// How much wider a submenu item is made at `zoom` than the base style makes it: its arrow and
    /// the arrow's margin grown.
    static int arrowExtra(double zoom);

    struct Rects {
        QRect indicator; ///< the check box (a radio mark's dot is centred in it); empty when not checkable
        QRect label;     ///< where the base style draws the item's text (up to a tab: the shortcut is apart)
        QRect arrow;     ///< the submenu arrow; empty when the item opens no submenu
    };
    /// The rectangles of `item` (rect, checkType, menuItemType, text, fontMetrics, direction as
    /// QMenu gives them) drawn at `zoom` (> 1) in the item's rectangle.
    static Rects rects(const QStyleOptionMenuItem &item, double zoom);
};

} // namespace closelab
