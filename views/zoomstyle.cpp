// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/zoomstyle.h"

#include "views/zoom.h"

#include <QStyleOptionSpinBox>

#include <cmath>

namespace closelab {

ZoomStyle::ZoomStyle(double factor) : m_factor(zoom::clamped(factor)) {}

int ZoomStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_SliderThickness:
    case PM_SliderControlThickness:
    case PM_SliderLength:
    case PM_SliderTickmarkOffset:
    case PM_ScrollBarExtent:
    case PM_ScrollBarSliderMin:
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        return int(std::lround(base * m_factor));
    default:
        return base;
    }
}

int ZoomStyle::spinButtonsExtra(const QStyleOptionComplex *option, const QWidget *widget) const
{
    if (m_factor <= 1.0)
        return 0;
    const QRect up = QProxyStyle::subControlRect(CC_SpinBox, option, SC_SpinBoxUp, widget);
    return int(std::lround(up.width() * (m_factor - 1)));
}

QRect ZoomStyle::subControlRect(ComplexControl control, const QStyleOptionComplex *option, SubControl sub, const QWidget *widget) const
{
    QRect rect = QProxyStyle::subControlRect(control, option, sub, widget);
    if (control != CC_SpinBox || option->direction == Qt::RightToLeft || rect.isNull())
        return rect;
    const int extra = spinButtonsExtra(option, widget);
    if (sub == SC_SpinBoxUp || sub == SC_SpinBoxDown)
        rect.setLeft(rect.left() - extra);
    else if (sub == SC_SpinBoxEditField && QProxyStyle::subControlRect(CC_SpinBox, option, SC_SpinBoxUp, widget).isValid())
        rect.setRight(rect.right() - extra);
    return rect;
}

QSize ZoomStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &contents, const QWidget *widget) const
{
    QSize size = QProxyStyle::sizeFromContents(type, option, contents, widget);
    if (type == CT_SpinBox)
        if (const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option))
            size.rwidth() += spinButtonsExtra(spin, widget);
    return size;
}

} // namespace closelab
