// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"
#include "views/stategraphlabelplan.h"
#include "views/stategraphlayout.h"

#include <QRectF>
#include <QSizeF>
#include <QStringList>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QVariantAnimation;

namespace closelab {

/// The TCP state diagram drawn from the engine's transition table, with a client token and a
/// server token on their states at time t. Edges taken so far are highlighted in the side's
/// colour; a token glides along its edge when a transition happens. Hovering a state explains it.
/// A passive renderer of (trace, t).
class StateGraphView : public QWidget {
    Q_OBJECT

public:
    explicit StateGraphView(QWidget *parent = nullptr);
    ~StateGraphView() override;

    void setTrace(std::shared_ptr<const Trace> trace);
    std::shared_ptr<const Trace> trace() const { return m_trace; }
    SimTime time() const { return m_time; }
    /// One zoom factor for every text, stroke, box and badge (views/zoom.h); the graph shrinks
    /// below it where the widget has no room (StateGraphLayout::scale()).
    void setZoom(double factor);
    double zoom() const { return m_zoom; }

    /// Population runs: how many sockets are in each state at t (indexed by TcpState).
    void setStateCounts(const std::array<std::int64_t, 11> &counts);
    void clearStateCounts();
    const std::optional<std::array<std::int64_t, 11>> &stateCounts() const { return m_counts; }

    /// Where everything goes at the widget's present size and zoom (laid out when first asked for
    /// after a resize or a zoom change: start-up resizes the widget several times before it paints).
    const StateGraphLayout &layout() const;
    /// The state a side's token is on at the current time.
    TcpState tokenState(Side s) const;
    /// The node the token sits on (a "socket gone" terminal once the socket is gone).
    int tokenNode(Side s) const;
    /// Edges taken by a side at or before the current time.
    std::vector<int> takenEdges(Side s) const;
    /// The label of an edge, as drawn (one line per trigger).
    QStringList edgeLabel(int edge) const;

    /// What the last paint drew, in widget pixels (for the collision tests): every label's box,
    /// and the markers text must not cover (state boxes, ⊗ terminals, count badges, C/S tokens).
    const std::vector<QRectF> &textRects() const { return m_textRects; }
    /// The text drawn in each of textRects() (an edge's label, a list of ways out in some form).
    const QStringList &texts() const { return m_texts; }
    /// The edge each of texts() labels.
    const std::vector<int> &labelEdges() const { return m_labelEdges; }
    const std::vector<QRectF> &markerRects() const { return m_markerRects; }
    /// The count badge of a node (population runs) and a token's disc.
    QRectF countBadgeRect(int node) const;
    QRectF tokenRect(Side s) const;

    QSize sizeHint() const override { return {560, 620}; }
    QSize minimumSizeHint() const override { return {200, 150}; }

public slots:
    void setTime(qint64 t);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Token {
        int node = -1;
        int movingEdge = -1;   ///< edge being travelled, or -1
        double progress = 1.0; ///< along movingEdge
    };
    int lastTransitionEvent(Side s) const;
    void updateTokens(bool animate);
    QPointF tokenPosition(Side s) const;
    QString nodeToolTip(int node) const;

    std::shared_ptr<const Trace> m_trace;
    /// The nodes and edges, and their geometry at the size and zoom of the last layout() (stale
    /// when m_layoutStale: its nodes' and edges' indices, which do not depend on the size, remain
    /// right and are what the tokens use). Until the first layout(), the nodes and edges alone
    /// (StateGraphLayout()): the constructor measures no font for a size the view never has.
    mutable StateGraphLayout m_layout;
    mutable bool m_layoutStale = true;
    SimTime m_time = 0;
    double m_zoom = 1.0;
    std::array<Token, 2> m_tokens;
    std::optional<std::array<std::int64_t, 11>> m_counts;
    /// Where the edge labels go (it remembers their boxes' sizes for the next frame).
    StateGraphLabelPlan m_labelPlan;
    std::vector<QRectF> m_textRects;
    QStringList m_texts;
    std::vector<int> m_labelEdges;
    std::vector<QRectF> m_markerRects;
    QVariantAnimation *m_animation;
};

} // namespace closelab
