// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

// One zoom factor for people (View → Zoom In / Out / Actual Size, closelab --zoom, presentation mode).
// Every zoomable view has `void setZoom(double factor)` and `double zoom() const`, and derives every
// size it draws (fonts, pens, badges, margins) from zoom::font() and zoom::em(), never a pixel constant.
// The base is the application font in points, so the screen's DPI and QT_SCALE_FACTOR are honoured.
namespace closelab::zoom {

inline constexpr double kMin = 0.75;
inline constexpr double kMax = 3.0;
inline constexpr double kDefault = 1.0;
/// The default of presentation mode (issue 13): large text for a projector.
inline constexpr double kPresentationDefault = 2.0;

/// factor limited to [kMin, kMax]; a non-finite factor gives kDefault.
double clamped(double factor);
/// The next step up / down of the ladder 75, 90, 100, 110, 125, 150, 175, 200, 250, 300 %.
double stepIn(double factor);
double stepOut(double factor);

/// The application font scaled by factor × relative (relative: 1 body text, 0.85 small print, 1.2 titles).
QFont font(double factor, double relative = 1.0);
/// The height of font's "M" box in pixels: the unit margins, badges and strokes are measured in.
double em(const QFont &font);
/// A stroke width: fraction of em, never thinner than 1 px.
double stroke(const QFont &font, double fraction = 0.08);

} // namespace closelab::zoom
