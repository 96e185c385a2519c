// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPainter;
class QStyle;
class QStyleOption;
class QStyleOptionComplex;
class QWidget;

/// FlatStyle's (views/flatstyle.h) tool bars, header sections, group box frames and scroll bars: flat, in opaque colours of the palette, on
/// the desktop style's geometry (the same sizes, handle and arrow places).
///
/// Why not the desktop style's: Fusion paints them with translucent lines and gradients. Qt's
/// raster engine hands a translucent or gradient fill of more than 95 spans (a row of a fill, a
/// pixel of a thin line, each is one) to its GUI thread pool (qdrawhelper.cpp:
/// QT_THREAD_PARALLEL_FILLS); an opaque colour is written on the spot. The main window's first frame
/// (1280 px tool bar lines, 650 px scroll bar grooves) started two threads and waited on them 88
/// times, about 4 ms of a 70 ms start-up.
namespace closelab::flatchrome {

/// CE_ToolBar: a tool bar of a main window, with a line on its side towards the central widget.
void paintToolBar(const QStyleOption *option, QPainter *painter, const QWidget *widget);
/// CE_HeaderSection: a table header's section, with lines between sections and under them.
void paintHeaderSection(const QStyleOption *option, QPainter *painter);
/// PE_FrameGroupBox: a group box's frame, under its title, on Fusion's rectangle. Fusion draws it from
/// a translucent image (fusion_groupbox.png) stretched over the box: every row of the box is a
/// blended span, and a box taller than 95 rows went to the thread pool (the Parameters panel's
/// first frame at 1920x1080: 108 hand-offs).
void paintGroupBoxFrame(const QStyle *style, const QStyleOption *option, QPainter *painter, const QWidget *widget);
/// CC_ScrollBar: the groove, a rounded handle and the two arrows, at `style`'s sub-control rectangles.
void paintScrollBar(const QStyle *style, const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget);

} // namespace closelab::flatchrome
