// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"
#include "views/sequencelayout.h"
#include "views/timemap.h"

#include <QAbstractScrollArea>

#include <memory>

class QAction;

namespace closelab {

/// The centre view: two lifelines, time running downward, one arrow per segment, states on the
/// lifelines, timers beside them. A passive renderer of (trace, t): setTrace()/setTime() in,
/// seekRequested() out. Geometry comes from SequenceLayout and TimeMap; painting from SequencePainter.
///
/// Keys: N / P next / previous event, + / - zoom, arrows and Page Up/Down scroll. Ctrl+wheel zooms.
class SequenceDiagramView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit SequenceDiagramView(QWidget *parent = nullptr);
    ~SequenceDiagramView() override;

    void setTrace(std::shared_ptr<const Trace> trace);
    const Trace *trace() const { return m_trace.get(); }
    SimTime time() const { return m_time; }

    void setTimeMode(TimeMap::Mode mode);
    TimeMap::Mode timeMode() const { return m_mode; }
    /// The zoom factor for people (views/zoom.h): text, strokes, badges, margins and the time
    /// axis's heights grow together. Clamped to 75–300 %.
    void setZoom(double factor);
    double zoom() const { return m_zoom; }
    /// Height of the header band (titles and states) at the current zoom.
    double headerHeight() const;
    void setShowWholeRun(bool show);
    /// Predict, then reveal: while on, nothing after the current time is drawn (whatever Show the Whole
    /// Run says) and a running timer does not tell how long it has left.
    void setConcealFuture(bool conceal);
    bool concealsFuture() const { return m_concealFuture; }
    bool showsWholeRun() const { return m_wholeRun; }
    /// Whether the view scrolls to keep the playhead visible (on by default).
    void setFollowPlayhead(bool follow) { m_follow = follow; }
    /// Times placed on the time axis besides the trace's own (the other run of an A/B comparison):
    /// two diagrams of the same size given the union of both runs' knots map every time alike.
    void setSharedKnots(std::vector<SimTime> knots);

    /// Checkable actions for menus and toolbars: "Show the whole run", "Proportional time".
    QAction *wholeRunAction() const { return m_wholeRunAction; }
    QAction *proportionalAction() const { return m_proportionalAction; }

    /// The layout at the view's size (made whole when first asked for after a change: a resize only
    /// makes its outline, which the scroll range needs, and start-up resizes the view several times
    /// before it paints).
    const SequenceLayout &layout() const;
    /// What a repaint now shows: every text rectangle, placed without overlap.
    SequenceFrame currentFrame() const;
    /// How many layouts (outlines and whole ones) the views of this process have made: tests count
    /// what start-up makes before the first paint.
    static int layoutsMade();
    /// The layout this view makes of a trace at a size, zoom and time mode (exports use it too).
    static SequenceLayout layoutFor(const Trace &trace, double width, double height, double zoomFactor,
                                    TimeMap::Mode mode, const std::vector<SimTime> &sharedKnots = {});
    /// "client · 10.0.0.1:40312".
    static QString sideTitle(const Trace &trace, Side side);
    /// Segments drawn in flight at the current time (indices into trace()->segments).
    std::vector<int> arrowsInFlight() const;
    /// The next / previous distinct event time after / before the current time, or the current time.
    SimTime nextEventTime() const;
    SimTime previousEventTime() const;
    /// What the view would seek to for a click at this viewport point.
    SimTime timeForClick(QPoint viewportPos) const;

public slots:
    void setTime(qint64 t);

signals:
    void seekRequested(qint64 t);
    /// The zoom changed (setZoom, Ctrl+wheel, +/−/0 keys).
    void zoomChanged(double factor);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// layoutFor(), or only the layout's outline (SequenceLayout::outline()).
    static SequenceLayout makeLayout(const Trace &trace, double width, double height, double zoomFactor, TimeMap::Mode mode,
                                     const std::vector<SimTime> &sharedKnots, bool outline);
    /// Makes the layout's outline anew and the scroll range, unless the view has not been shown
    /// yet: start-up gives it a trace (and a zoom) before the window has its size, and the first
    /// show sends the resize event that lays it out then (relayoutNow()).
    void relayout();
    void relayoutNow();
    /// A relayout the view put off (before its first show), made now: whoever reads the layout first.
    void ensureLaidOut() const;
    void updateScrollRange();
    /// Scrolls to keep the playhead in view; `force` places it at its resting height.
    void followPlayhead(bool force = false);
    void retranslateUi();
    QString segmentToolTip(int segment) const;
    SequenceFrame::Request frameRequest() const;

    std::shared_ptr<const Trace> m_trace;
    /// The whole layout, or while m_outlineOnly its outline (SequenceLayout::outline()) at
    /// m_layoutSize, made whole by layout().
    mutable SequenceLayout m_layout;
    mutable bool m_outlineOnly = false;
    /// A relayout asked for before the first show, not made yet (relayout()).
    bool m_relayoutPending = false;
    bool m_shown = false; ///< shown at least once
    QSize m_layoutSize;
    SequenceFrame m_frame; ///< the last painted frame (for tooltips of elided text)
    SimTime m_time = 0;
    TimeMap::Mode m_mode = TimeMap::Mode::Compressed;
    double m_zoom = 1.0;
    bool m_wholeRun = false;
    bool m_concealFuture = false;
    bool m_follow = true;
    std::vector<SimTime> m_sharedKnots;
    QAction *m_wholeRunAction;
    QAction *m_proportionalAction;
};

} // namespace closelab
