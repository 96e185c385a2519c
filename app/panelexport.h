// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>
#include <QString>

namespace closelab {
class StateGraphView;
class TimelineChartsPanel;
}

/// The state graph and the timeline charts as whole pictures for slides and print (File > Export):
/// drawn afresh by a view of their own, laid out at the picture's size and zoom, whatever the
/// window's size, the docks' sizes or the charts' pan and zoom of the time axis, onto a PNG at
/// `scale`, an SVG or a PDF (Exporter::savePicture).
namespace PanelExport {

struct Options {
    QSizeF size;         ///< logical pixels; empty: the panel's default at this zoom (pictureSize())
    double zoom = 1.5;   ///< views/zoom.h factor (the panel's own zoom if larger)
    double scale = 2.0;  ///< PNG device pixels per logical pixel (2: 192 dpi)
};

/// The default picture sizes: the state graph with room for its labels at `zoom`; the charts 16:10.
QSizeF stateGraphSize(double zoom);
QSizeF chartsSize(double zoom);

/// The state graph as `shown` shows it (run, time, population counts); "" or a translated reason.
QString saveStateGraph(const closelab::StateGraphView &shown, const QString &path, Options options = {});
/// The three charts of the run `shown` shows, over the whole run; "" or a translated reason.
QString saveCharts(closelab::TimelineChartsPanel &shown, const QString &path, Options options = {});

} // namespace PanelExport
