// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/docktabscrollbuttons.h"

#include <algorithm>
#include <cmath>

int DockTabScrollButtons::buttonWidth(int base, double zoom, int barWidth)
{
    const int zoomed = int(std::lround(base * std::max(1.0, zoom)));
    return barWidth > 0 ? std::max(base, std::min(zoomed, barWidth / 6)) : zoomed;
}

QRectF DockTabScrollButtons::arrow(const QRectF &button, double zoom)
{
    const double z = std::max(1.0, zoom);
    // The largest arrow of Fusion's proportions inside the button less its margins.
    const double fit = std::min((button.height() * 0.8) / kArrowHeight, (button.width() * 0.8) / kArrowWidth);
    const double scale = std::max(0.0, std::min(z, fit));
    const QSizeF size(kArrowWidth * scale, kArrowHeight * scale);
    return QRectF(button.center() - QPointF(size.width() / 2, size.height() / 2), size);
}
