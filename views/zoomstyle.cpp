// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/zoomstyle.h"

#include "views/zoom.h"

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

} // namespace closelab
