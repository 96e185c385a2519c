// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"
#include "views/sequencelayout.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace closelab {

/// Paints a SequenceLayout at time t: the lines and shapes from the layout's geometry, the text
/// where the layout's frame() placed it. Computes no positions of its own. Separate from the widget
/// so that a benchmark can time it alone and an export can paint the whole run at any size.
class SequencePainter {
public:
    using Options = SequenceFrame::Request;

    SequencePainter(const Trace &trace, const SequenceLayout &layout);
    /// Places the frame and paints it; returns the frame (its text rectangles).
    SequenceFrame paint(QPainter &p, const Options &o) const;
    void paint(QPainter &p, const Options &o, const SequenceFrame &frame) const;

private:
    void paintBreaks(QPainter &p, const Options &o, double y0, double y1) const;
    void paintLifelines(QPainter &p, const Options &o, double y0, double y1) const;
    void paintTimers(QPainter &p, const Options &o, double y0, double y1) const;
    void paintArrows(QPainter &p, const Options &o, double y0, double y1) const;
    void paintMarkers(QPainter &p, const Options &o, const SequenceFrame &frame) const;
    void paintText(QPainter &p, const Options &o, const PlacedText &text) const;
    void paintHeader(QPainter &p, const Options &o, const SequenceFrame &frame) const;

    const Trace &m_trace;
    const SequenceLayout &m_layout;
};

} // namespace closelab
