// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

#include <vector>

namespace closelab {

/// One label a layout would like to draw: where (rect), where else it may go (alternatives, in
/// order of preference) and how much it matters (priority: higher is placed first).
struct LabelCandidate {
    QRectF rect;
    std::vector<QRectF> alternatives;
    int priority = 0;
};

/// Collision avoidance for text, as a pure function of rectangles (so tests assert on geometry,
/// not pixels). In priority order (ties: the given order), each label takes the first of its
/// rectangles (rect, then the alternatives) that lies inside `bounds` and intersects neither a
/// label already placed nor an obstacle (badges, markers, bars a label must not cover); a label
/// with no such rectangle is left out. Returns per candidate the index taken (0: rect,
/// 1…: alternatives) or -1.
std::vector<int> placeLabels(const std::vector<LabelCandidate> &candidates, const QRectF &bounds,
                             const std::vector<QRectF> &obstacles = {});

/// The rectangle a candidate took (an empty rectangle when it was left out).
QRectF placedRect(const LabelCandidate &candidate, int choice);

/// True when two rectangles of `rects` overlap by more than `tolerance` pixels in both directions
/// (touching edges are not an overlap); for tests and assertions.
bool anyOverlap(const std::vector<QRectF> &rects, double tolerance = 0.5);

} // namespace closelab
