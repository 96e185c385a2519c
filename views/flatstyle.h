// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

class QStyleOptionMenuItem;

namespace closelab {

/// The desktop style with its tool bars, table header sections, group box frames and scroll bars
/// painted flat, in opaque colours, on the desktop style's geometry (views/flatchrome.h says why:
/// Fusion's translucent ones send the first frame's fills to Qt's GUI thread pool).
///
/// The base of every style the application sets: AppStyle (the application's), ZoomStyle (controls
/// at the zoom), the playback tool bar's. A QProxyStyle made without a base style wraps a new
/// Fusion of its own, not the application's style, so a style that is not a FlatStyle would bring
/// Fusion's chrome back on the widgets it is set on.
///
/// The chrome is measured with proxy(): a ZoomStyle's wider scroll bar is painted at its own width.
///
/// A menu drawn larger than the application's menus (app/menubarzoom.h) has its check boxes, radio
/// marks and submenu arrows at its zoom, where views/menuitemlayout.h places them; at 100 % its
/// items are the desktop style's.
class FlatStyle : public QProxyStyle {
    Q_OBJECT

public:
    FlatStyle() = default;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &contents,
                           const QWidget *widget = nullptr) const override;

private:
    /// CE_MenuItem in a zoomed menu: the base style's item without its marks, then the marks at the zoom.
    void drawZoomedMenuItem(const QStyleOptionMenuItem &item, double zoom, QPainter *painter, const QWidget *widget) const;
};

} // namespace closelab
