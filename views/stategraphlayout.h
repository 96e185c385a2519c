// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transitiontable.h"

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

    static constexpr double kNodeWidth = 112;
    static constexpr double kNodeHeight = 28;
    static constexpr double kTerminalRadius = 7;

    StateGraphLayout() = default;
    explicit StateGraphLayout(QSizeF size);

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

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
};

} // namespace closelab
