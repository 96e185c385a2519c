// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/flatstyle.h"

namespace closelab {

/// The application's chrome (FlatStyle) with the controls' handles at the zoom for people (views/zoom.h): a
/// slider's handle and groove, a scroll bar's width, a check box's box grow with the text, so a
/// control stays as easy to see and to hit as its label is to read. Set on the controls of a panel
/// that follows the zoom (QWidget::setStyle(); it does not pass to their children).
class ZoomStyle : public FlatStyle {
    Q_OBJECT

public:
    explicit ZoomStyle(double factor);
    double factor() const { return m_factor; }
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
    /// A spin box's arrow buttons widen with the factor (the edit field gives up the room).
    QRect subControlRect(ComplexControl control, const QStyleOptionComplex *option, SubControl sub, const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &contents, const QWidget *widget = nullptr) const override;

private:
    /// How much wider a spin box's buttons are than the base style's.
    int spinButtonsExtra(const QStyleOptionComplex *option, const QWidget *widget) const;

    double m_factor;
};

} // namespace closelab
