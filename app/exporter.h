// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario.h"
#include "core/trace.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <functional>

class QPaintDevice;

/// Exports of the current experiment. Every file is written atomically (QSaveFile); each function
/// returns "" or a translated reason.
namespace Exporter {

/// A picture of `size` logical pixels as PNG (`scale` device pixels per logical pixel, the DPI
/// recorded accordingly), SVG or PDF by the suffix. `paint` opens its own painter on the device
/// (a QPainter, or QCustomPlot's QCPPainter) and scales it by the factor it is given, so that one
/// unit is one logical pixel; `vector` tells it whether the device is SVG or PDF.
using PictureSource = std::function<void(QPaintDevice *device, double scale, bool vector)>;
QString savePicture(const QString &path, QSizeF size, double scale, const PictureSource &paint);
/// Raw bytes (CSV, JSON, sysctl.conf).
QString saveBytes(const QString &path, const QByteArray &bytes);
/// The trace's events as CSV: a header, then one row per event.
QByteArray traceCsv(const closelab::Trace &trace);
/// The parameters that differ from the Linux defaults as a sysctl.conf snippet, a comment per line.
QByteArray sysctlConf(const closelab::RunConfig &config);

} // namespace Exporter
