// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"
#include "views/sequencelabels.h"
#include "views/timemap.h"

#include <QPointF>
#include <QString>

#include <vector>

namespace closelab {

/// Where everything of a sequence diagram goes, for one trace, width, time map and zoom.
/// Pure geometry: no painting. Every size comes from the fonts of SequenceMetrics (the zoom factor
/// and the application font), none is a pixel constant. Text rectangles are placed here, with
/// collision avoidance (SequenceLabels); frame() adds what moves with the playhead, and
/// paintEvent() only draws the result.
///
/// Columns, left to right: time axis | client timers | client state names and calls | client
/// lifeline | arrows | server lifeline | server state names and calls | server timers.
/// The client is always left of the server, however narrow the view.
class SequenceLayout {
public:
    struct Columns {
        double axisRight = 0;   ///< right edge of the time axis
        double clientX = 0;     ///< client lifeline
        double serverX = 0;     ///< server lifeline
        double stateWidth = 0;  ///< room for a state name beside a lifeline
        double laneWidth = 0;   ///< distance between timer lanes
        double width = 0;       ///< the whole diagram
        bool operator==(const Columns &) const = default;
    };

    /// One segment's arrow. For a dropped segment `end` is where it was lost.
    struct Arrow {
        int segment = -1;
        Side from = Side::Client;
        SimTime t0 = 0;         ///< sent
        SimTime t1 = 0;         ///< arrived or dropped
        QPointF start;
        QPointF end;
        bool dropped = false;
        QString label;          ///< segmentLabel(): "FIN", or "F. seq 1 ack 1" in tcpdump notation
        QString shortLabel;     ///< where `label` does not fit: "FIN #3" for "retransmitted FIN (2nd)"; else empty
    };

    /// A stretch of one lifeline in one state.
    struct StateBand {
        Side side = Side::Client;
        TcpState state = TcpState::Closed;
        SimTime from = 0;
        SimTime to = 0;
        double y0 = 0;
        double y1 = 0;
    };

    /// A state change, where the new state's name is written.
    struct StateMark {
        int event = -1;
        Side side = Side::Client;
        TcpState state = TcpState::Closed;
        SimTime t = 0;
        double y = 0;
    };

    /// A timer bar beside a lifeline.
    struct TimerBar {
        int timer = -1;
        Side side = Side::Client;
        int lane = 0;
        double x = 0;
        double yArmed = 0;
        double yEnd = 0;        ///< fired / cancelled / end of run
        double yExpires = 0;    ///< where it would fire
        bool continued = false; ///< the next timer in its lane starts as it ends (an RTO re-armed): no end label
    };

    /// An application call on a lifeline.
    struct AppMark {
        int event = -1;
        Side side = Side::Client;
        SimTime t = 0;
        QPointF at;
        QString label;          ///< "close()", "read() = 0"…
    };

    /// Each side's title, "client · 10.0.0.1:40312": where one line does not fit the side's half of
    /// the header, it is broken after its " · " into two (the role, then address:port), and the
    /// header is a line taller; only what fits in neither way is elided.
    struct Titles {
        QString client;
        QString server;
    };

    SequenceLayout() = default;
    SequenceLayout(const Trace &trace, const TimeMap &map, double width, double zoom = 1.0, const Titles &titles = {});
    /// The part of the layout a scroll range needs: the metrics, columns, header height and time map,
    /// exactly as the whole layout has them; no arrows, bands, marks, timers, texts or markers. A view
    /// being resized makes this at each size and the whole layout only at the size it paints.
    static SequenceLayout outline(const Trace &trace, const TimeMap &map, double width, double zoom = 1.0,
                                  const Titles &titles = {});

    const SequenceMetrics &metrics() const { return m_metrics; }
    /// The header band's height: SequenceMetrics::headerHeight(), a title line more where a title
    /// takes two lines (the time map begins that much lower).
    double headerHeight() const { return m_headerHeight; }
    const Columns &columns() const { return m_columns; }
    const TimeMap &timeMap() const { return m_map; }
    double lifelineX(Side s) const { return s == Side::Client ? m_columns.clientX : m_columns.serverX; }
    /// +1 when "outside" (state names, timers) is to the right of the lifeline, -1 to the left.
    static double outward(Side s) { return s == Side::Client ? -1.0 : 1.0; }
    double laneX(Side s, int lane) const;

    const std::vector<Arrow> &arrows() const { return m_arrows; }
    const std::vector<StateBand> &bands() const { return m_bands; }
    const std::vector<StateMark> &stateMarks() const { return m_marks; }
    const std::vector<TimerBar> &timerBars() const { return m_timers; }
    const std::vector<AppMark> &appMarks() const { return m_apps; }
    int laneCount(Side s) const { return m_lanes[s == Side::Client ? 0 : 1]; }
    /// The text placed once for the whole run (tags, arrow labels, timer ends, breaks, ticks), sorted
    /// by top, in content coordinates; and the markers text keeps clear of.
    const std::vector<PlacedText> &texts() const { return m_texts; }
    const std::vector<Marker> &markers() const { return m_markers; }

    /// What one picture shows at time t, scrolled to `scrollY`, in a viewport: the static text that
    /// is visible then, plus the header, the playhead label and the running timers' labels, all
    /// placed so that none overlaps another or a marker, in viewport coordinates.
    SequenceFrame frame(const Trace &trace, const SequenceFrame::Request &request) const;

    /// The playhead's clock at t in `width` pixels (the bold small font): as many decimals as the
    /// time map's scale at t makes worth reading (a pixel of the playhead's path changes the last
    /// one; on an event, the event's own time as its tick reads), fewer, rounded, where that is
    /// wider than `width`; elided only where not even whole seconds fit.
    QString playheadClock(SimTime t, double width) const;

    /// Where the head of an arrow is at time t: on the arrow, at the playhead's height.
    QPointF headAt(const Arrow &arrow, SimTime t) const;
    /// Index into arrows() of the arrow nearest to p within `tolerance` pixels, or -1.
    int arrowAt(QPointF p, double tolerance) const;
    /// Indices into arrows() of arrows that intersect [y0, y1] (arrows are sorted by their start).
    std::vector<int> arrowsBetween(double y0, double y1) const;

private:
    struct OutlineOnly {};
    SequenceLayout(OutlineOnly, const Trace &trace, const TimeMap &map, double width, double zoom, const Titles &titles);
    void placeColumns(const Trace &trace, double width);
    void placeTimers(const Trace &trace);
    void placeTexts(const Trace &trace);
    /// The column a label beside / between lifelines may use (x range).
    std::pair<double, double> outerColumn(Side s) const;
    std::pair<double, double> middleColumn() const;
    /// The part of the header a side's title and state may use (x range, content coordinates).
    std::pair<double, double> headerColumn(Side s) const;
    /// A title as the header shows it: one line, or two (role, address) where `twoLines` allows and
    /// one does not fit, or always where `split`; each line elided to the column only where even
    /// that does not fit.
    QStringList titleLines(Side s, const QString &title, bool twoLines, bool split = false) const;
    /// The header of a frame: each side's title (one or two lines) and state now, in viewport
    /// coordinates.
    std::vector<PlacedText> headerTexts(const Trace &trace, const SequenceFrame::Request &request) const;

    SequenceMetrics m_metrics;
    TimeMap m_map;
    Columns m_columns;
    std::vector<Arrow> m_arrows;
    std::vector<StateBand> m_bands;
    std::vector<StateMark> m_marks;
    std::vector<TimerBar> m_timers;
    std::vector<AppMark> m_apps;
    std::vector<PlacedText> m_texts;
    std::vector<Marker> m_markers;
    double m_headerHeight = 0;
    double m_maxTextHeight = 0;
    double m_maxMarkerHeight = 0;
    int m_lanes[2] = {0, 0};
    double m_maxArrowHeight = 0;
    double m_laneOffset = 0; ///< lifeline to the first timer lane
};

} // namespace closelab
