// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"
#include "views/timemap.h"

#include <QImage>
#include <QString>

/// The sequence diagram of a whole run, or of a time range, as one picture for slides and print:
/// laid out afresh at a chosen width and zoom and painted through SequencePainter onto a QImage,
/// QSvgGenerator or QPdfWriter, whatever the window's size and scroll position.
namespace DiagramExport {

struct Options {
    closelab::SimTime from = closelab::kNever; ///< kNever: from the start of the run
    closelab::SimTime to = closelab::kNever;   ///< kNever: to its end
    double width = 1600;     ///< logical pixels
    double zoom = 1.0;       ///< views/zoom.h factor
    double scale = 2.0;      ///< PNG device pixels per logical pixel (2: about 190 dpi on a 1600 px slide)
    closelab::TimeMap::Mode mode = closelab::TimeMap::Mode::Compressed;
};

/// The picture (logical size; a PNG is `scale` times larger). Null if the trace is empty.
QImage render(const closelab::Trace &trace, const Options &options);
/// Its logical size.
QSizeF sizeOf(const closelab::Trace &trace, const Options &options);
/// Writes PNG, SVG or PDF by the suffix, atomically; "" or a translated reason.
QString save(const closelab::Trace &trace, const QString &path, const Options &options);

} // namespace DiagramExport
