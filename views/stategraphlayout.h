// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transitiontable.h"

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace closelab {

/// Where the state graph's nodes and edges go in a given size: the classic TCP state diagram
/// (CLOSED on top, the active closer on the left, the passive closer on the right, TIME_WAIT at
/// the bottom), built from the engine's transition table. Every change to CLOSED ends in a small
/// "socket gone" terminal beside the state it leaves, so that each state's ways out (RST, timeouts,
/// sysctl limits) are listed next to it instead of crossing the whole diagram.
///
/// Every size (fonts, boxes, terminals, tokens, margins) derives from the application font and a
/// zoom factor (views/zoom.h), never a pixel constant. The factor used, scale(), is the one asked
/// for as far as the size has room for the eleven states without their boxes touching (the
/// graph shrinks to fit a small dock rather than overflow it), and never below kMinScale.
class StateGraphLayout {
public:
    struct Node {
        TcpState state = TcpState::Closed;
        QPointF center;
        bool terminal = false;         ///< a "socket gone" terminal (its state is Closed)
        TcpState terminalOf = TcpState::Closed; ///< for a terminal: the state it is the exit of
    };

    /// One drawn edge: every table row with the same (from node, to node).
    struct Edge {
        int fromNode = -1;
        int toNode = -1;
        std::vector<int> transitions;  ///< indices into transitionTable()
        QPointF p0, control, p1;       ///< a quadratic curve from the source's border to the target's
        QPointF labelAt;               ///< centre of the label
        bool linuxOnly = true;         ///< every row is Linux-specific: drawn dashed
    };

    /// The smallest factor the graph shrinks to in a small widget (text smaller than that is not
    /// worth drawing; below it the boxes may touch).
    static constexpr double kMinScale = 0.6;

    /// The nodes and edges only, with no geometry (every centre and curve at the origin, the sizes
    /// unmeasured): their indices are those of every layout, so a view keeps its tokens on them
    /// before it is first laid out at its size. Measures no font.
    StateGraphLayout();
    explicit StateGraphLayout(QSizeF size, double zoom = 1.0);

    /// How many layouts with geometry (the constructor above) this process has made: start-up makes
    /// one, at the view's size when it paints (tests count them; measuring loads fonts).
    static int laidOutCount();

    /// The zoom asked for, and the factor used (see the class comment).
    double zoom() const { return m_zoom; }
    double scale() const { return m_scale; }
    /// The largest factor at which the graph fits `size` (its boxes and tokens apart).
    static double fitScale(QSizeF size);
    /// The smallest size in which the graph has its boxes and tokens apart at a factor.
    static QSizeF sizeFor(double scale);

    /// The fonts of the state names, of the edge labels, and of the count badges and C/S tokens.
    QFont stateFont() const;
    QFont labelFont() const;
    QFont badgeFont() const;
    /// The unit margins and strokes are measured in: the height of a line of labelFont().
    double em() const { return m_em; }
    double nodeWidth() const { return m_nodeWidth; }
    double nodeHeight() const { return m_nodeHeight; }
    double terminalRadius() const { return m_terminalRadius; }
    double tokenRadius() const { return m_tokenRadius; }

    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Edge> &edges() const { return m_edges; }
    /// The node of a state (the top CLOSED for Closed).
    int nodeOf(TcpState s) const;
    /// The terminal a state's changes to CLOSED end in, or -1.
    int terminalOf(TcpState from) const;
    /// The edge drawn for a change (from -> to), or -1.
    int edgeFor(TcpState from, TcpState to) const;
    /// A point on an edge's curve, f in [0, 1].
    QPointF pointOnEdge(int edge, double f) const;
    QRectF nodeRect(int node) const;
    /// The node under p, or -1.
    int nodeAt(QPointF p) const;

    /// Where a label goes: the first of `candidates` (centres, best first) where a box of `size`,
    /// kept inside `bounds`, overlaps none of `obstacles`; else the candidate overlapping them least.
    static QRectF placeLabel(const std::vector<QPointF> &candidates, QSizeF size,
                             const std::vector<QRectF> &obstacles, const QRectF &bounds);

private:
    static QPointF pointOnEdgeOf(const Edge &e, double f);
    /// The nodes, placed by `at` (fractions of the size to a point), and the edges grouping the table's rows.
    template <typename At>
    void placeNodesAndEdges(const At &at);

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    double m_zoom = 1.0;
    double m_scale = 1.0;
    double m_em = 14;
    double m_nodeWidth = 112;
    double m_nodeHeight = 28;
    double m_terminalRadius = 7;
    double m_tokenRadius = 10;
};

} // namespace closelab
