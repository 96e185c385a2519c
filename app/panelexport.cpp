// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/panelexport.h"

#include "app/exporter.h"
#include "views/stategraphview.h"
#include "views/timelinechartspanel.h"
#include "views/zoom.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace closelab;

namespace PanelExport {

QSizeF stateGraphSize(double zoom)
{
    // The room the eleven states need at this factor, and a third more for the labels around them.
    const QSizeF needed = StateGraphLayout::sizeFor(zoom) * 1.35;
    return QSizeF(std::ceil(needed.width()), std::ceil(needed.height()));
}

QSizeF chartsSize(double zoom)
{
    return QSizeF(std::ceil(1100 * zoom), std::ceil(1100 * zoom * 10 / 16));
}

QString saveStateGraph(const StateGraphView &shown, const QString &path, Options options)
{
    options.zoom = zoom::clamped(std::max(options.zoom, shown.zoom()));
    if (options.size.isEmpty())
        options.size = stateGraphSize(options.zoom);
    StateGraphView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(options.size.toSize());
    view.setZoom(options.zoom);
    view.setTrace(shown.trace());
    view.setTime(shown.time());
    view.setTrace(shown.trace()); // the tokens where they are, not on their way
    if (shown.stateCounts())
        view.setStateCounts(*shown.stateCounts());
    return Exporter::savePicture(path, options.size, options.scale, [&view](QPaintDevice *device, double scale, bool) {
        QPainter painter(device);
        painter.scale(scale, scale);
        view.render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground);
    });
}

QString saveCharts(TimelineChartsPanel &shown, const QString &path, Options options)
{
    options.zoom = zoom::clamped(std::max(options.zoom, shown.zoom()));
    if (options.size.isEmpty())
        options.size = chartsSize(options.zoom);
    QString error;
    const auto paint = shown.picture(options.size.toSize(), options.zoom, &error);
    if (!paint)
        return error;
    return Exporter::savePicture(path, options.size, options.scale, paint);
}

} // namespace PanelExport
