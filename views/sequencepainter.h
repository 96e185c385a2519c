// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"
#include "views/sequencelayout.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace closelab {

/// Paints a SequenceLayout at time t. Consumes the layout's geometry; computes none of its own
/// beyond text placement. Separate from the widget so that a benchmark can time it alone.
class SequencePainter {
public:
    struct Options {
        SimTime t = 0;
        bool wholeRun = false;  ///< draw what has not happened yet, faded
        double scrollY = 0;     ///< content y at the top of the viewport
        QRectF viewport;        ///< in widget coordinates
        QString clientTitle;    ///< "client · 10.0.0.1:40000"
        QString serverTitle;
    };

    static constexpr double kHeaderHeight = 66;

    SequencePainter(const Trace &trace, const SequenceLayout &layout);
    void paint(QPainter &p, const Options &o) const;

private:
    void paintBreaks(QPainter &p, const Options &o, double y0, double y1) const;
    void paintAxis(QPainter &p, const Options &o, double y0, double y1) const;
    void paintLifelines(QPainter &p, const Options &o, double y0, double y1) const;
    void paintTimers(QPainter &p, const Options &o, double y0, double y1) const;
    void paintMarks(QPainter &p, const Options &o, double y0, double y1) const;
    void paintArrows(QPainter &p, const Options &o, double y0, double y1) const;
    void paintPlayhead(QPainter &p, const Options &o) const;
    void paintHeader(QPainter &p, const Options &o) const;

    const Trace &m_trace;
    const SequenceLayout &m_layout;
};

} // namespace closelab
