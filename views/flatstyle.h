// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

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
};

} // namespace closelab
