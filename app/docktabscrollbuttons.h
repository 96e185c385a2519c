// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

/// Where a dock tab bar's scroll buttons and their arrows go at the zoom for people (views/zoom.h),
/// for DockChrome's tab style to size and draw them. A tab bar whose tabs do not fit (app/dockchrome.h)
/// shows two buttons at its end; Qt makes each PM_TabBarScrollButtonWidth wide (16 px) and as tall
/// as the bar, and Fusion draws its arrow at most 8 px tall whatever the button's size
/// (qfusionstyle.cpp, qt_fusion_draw_arrow()): at 200 % a bar of 40 px ended in two 16 px slivers
/// with 5x8 px arrows, hard to hit with a projector's mouse. Here both grow with the zoom.
///
/// At 100 % nothing changes: the buttons and arrows are Fusion's.
class DockTabScrollButtons {
public:
    /// A scroll button's width at `zoom` in a bar `barWidth` wide (0: unknown): the base style's width
    /// (`base`) times the zoom, but the two buttons no more than a third of the bar (a dock column
    /// of 125 px at 300 % had room for no tab beside two 48 px buttons), never less than `base`.
    static int buttonWidth(int base, double zoom, int barWidth = 0);
    /// The arrow's bounding box (a triangle pointing left or right) in a button of `button` at `zoom`:
    /// Fusion's 8 px tall and 8x8/14 wide times the zoom, no larger than the button less a tenth of
    /// its height each side, centred.
    static QRectF arrow(const QRectF &button, double zoom);

    static constexpr double kArrowHeight = 8;              ///< Fusion's at 100 %
    static constexpr double kArrowWidth = 8.0 * 8.0 / 14.0; ///< its 14 x 8 arrow turned to point sideways
};
