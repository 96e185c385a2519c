// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoom.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace closelab::zoom {

namespace {
constexpr std::array kLadder{0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
}

double clamped(double factor)
{
    if (!std::isfinite(factor))
        return kDefault;
    return std::clamp(factor, kMin, kMax);
}

double stepIn(double factor)
{
    const double f = clamped(factor);
    for (double step : kLadder)
        if (step > f + 1e-9)
            return step;
    return kMax;
}

double stepOut(double factor)
{
    const double f = clamped(factor);
    for (auto it = kLadder.rbegin(); it != kLadder.rend(); ++it)
        if (*it < f - 1e-9)
            return *it;
    return kMin;
}

QFont font(double factor, double relative)
{
    QFont f = QGuiApplication::font();
    const double base = f.pointSizeF() > 0 ? f.pointSizeF() : 9.0;
    f.setPointSizeF(base * clamped(factor) * relative);
    return f;
}

double em(const QFont &font)
{
    return QFontMetricsF(font).height();
}

double stroke(const QFont &font, double fraction)
{
    return std::max(1.0, em(font) * fraction);
}

} // namespace closelab::zoom
