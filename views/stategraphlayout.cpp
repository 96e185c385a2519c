// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/stategraphlayout.h"

#include "views/codetexts.h"
#include "views/textwidth.h"
#include "views/zoom.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QScreen>

#include <algorithm>
#include <array>
#include <cmath>

namespace closelab {

namespace {

struct Place {
    TcpState state;
    double x, y;        // of the node, as fractions of the size
    double exitX, exitY; // of its "socket gone" terminal
};

// The classic diagram's arrangement (RFC 9293 figure 5), top to bottom.
constexpr Place kPlaces[] = {
    {TcpState::Closed, 0.50, 0.04, 0, 0},
    {TcpState::Listen, 0.50, 0.17, 0.80, 0.09},
    {TcpState::SynRecv, 0.20, 0.30, 0.03, 0.40},
    {TcpState::SynSent, 0.80, 0.30, 0.97, 0.40},
    {TcpState::Established, 0.50, 0.43, 0.50, 0.52},
    {TcpState::FinWait1, 0.20, 0.58, 0.03, 0.66},
    {TcpState::CloseWait, 0.80, 0.58, 0.97, 0.66},
    {TcpState::Closing, 0.50, 0.72, 0.70, 0.71},
    {TcpState::FinWait2, 0.20, 0.85, 0.03, 0.79},
    {TcpState::LastAck, 0.80, 0.85, 0.97, 0.79},
    {TcpState::TimeWait, 0.50, 0.98, 0.72, 0.91},
};

// Where the straight line from c toward `to` leaves a w x h box centred on c.
QPointF boxBorder(QPointF c, QPointF to, double w, double h)
{
    const QPointF d = to - c;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9)
        return c;
    const double sx = std::abs(d.x()) > 1e-9 ? (w / 2) / std::abs(d.x()) : 1e9;
    const double sy = std::abs(d.y()) > 1e-9 ? (h / 2) / std::abs(d.y()) : 1e9;
    return c + std::min(sx, sy) * d;
}

// Sizes at a factor, from the fonts' metrics: a state box holds the widest state name with
// half an em on each side; terminals, tokens and margins are fractions of an em.
struct Sizes {
    double em, nodeWidth, nodeHeight, terminalRadius, tokenRadius, marginX, marginY;
};

QFont stateFontAt(double scale)
{
    QFont f = zoom::font(1.0, 1.05 * scale);
    f.setBold(true);
    return f;
}

QFont labelFontAt(double scale)
{
    return zoom::font(1.0, 0.9 * scale);
}

QFont badgeFontAt(double scale)
{
    return zoom::font(1.0, 0.85 * scale);
}

Sizes measureSizesAt(double scale)
{
    const QFont stateFont = stateFontAt(scale);
    const QFontMetricsF state(stateFont);
    double widest = 0;
    for (TcpState s : kAllStates) // shaped once for this and for drawing the name (views/textwidth.h)
        widest = std::max(widest, textWidth(stateFont, text::stateName(s)));
    const double em = zoom::em(labelFontAt(scale));
    Sizes z{};
    z.em = em;
    z.nodeWidth = widest + 1.1 * em;
    z.nodeHeight = state.height() + 0.75 * em;
    z.terminalRadius = 0.5 * em;
    z.tokenRadius = 0.5 * zoom::em(badgeFontAt(scale)) + 0.2 * em;
    z.marginX = z.nodeWidth / 2 + 0.6 * em;
    z.marginY = z.nodeHeight / 2 + z.tokenRadius * 2 + 0.3 * em;
    return z;
}

// The sizes at a factor, remembered: measuring the eleven state names at a new factor loads three
// fonts of new sizes, and start-up asks for the same factors again (fitScale()'s unit on every
// layout, DockLayout's sizeFor()). The answer depends on the factor, the application font and the
// DPI its points are converted at; a change of either misses the cache.
Sizes sizesAt(double scale)
{
    struct Entry {
        double scale;
        QFont font;
        qreal dpi;
        Sizes sizes;
    };
    static std::vector<Entry> cache;
    const QFont font = QGuiApplication::font();
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal dpi = screen ? screen->logicalDotsPerInchY() : 0;
    for (auto it = cache.begin(); it != cache.end(); ++it) {
        if (it->scale == scale && it->dpi == dpi && it->font == font) {
            std::rotate(it, it + 1, cache.end()); // the most recently used last
            return cache.back().sizes;
        }
    }
    if (cache.size() >= 16) // a dock being resized asks for a new factor at every size
        cache.erase(cache.begin());
    cache.push_back({scale, font, dpi, measureSizesAt(scale)});
    return cache.back().sizes;
}

// The rows and columns of kPlaces need, between the centres of two states side by side (0.6 of
// the width: SYN_RECV and SYN_SENT), a box and two tokens; between two rows (at least 0.13 of the
// height) a box and a token. The width and height that needs at a factor grows linearly with it.
QSizeF neededAt(double scale)
{
    const Sizes z = sizesAt(scale);
    const double w = (z.nodeWidth + 4 * z.tokenRadius) / 0.6 + 2 * z.marginX;
    const double h = (z.nodeHeight + 2 * z.tokenRadius) / 0.13 + 2 * z.marginY;
    return {w, h};
}

} // namespace

QSizeF StateGraphLayout::sizeFor(double scale)
{
    return neededAt(scale);
}

double StateGraphLayout::fitScale(QSizeF size)
{
    const QSizeF unit = neededAt(1.0);
    return std::min(size.width() / unit.width(), size.height() / unit.height());
}

QFont StateGraphLayout::stateFont() const
{
    return stateFontAt(m_scale);
}

QFont StateGraphLayout::labelFont() const
{
    return labelFontAt(m_scale);
}

QFont StateGraphLayout::badgeFont() const
{
    return badgeFontAt(m_scale);
}

namespace {
int g_laidOut = 0; // StateGraphLayout::laidOutCount()
} // namespace

template <typename At>
void StateGraphLayout::placeNodesAndEdges(const At &at)
{
    for (const Place &pl : kPlaces)
        m_nodes.push_back({pl.state, at(pl.x, pl.y), false, pl.state});

    // Group the table's rows into drawn edges.
    const auto table = transitionTable();
    for (std::size_t i = 0; i < table.size(); ++i) {
        const Transition &t = table[i];
        int from = nodeOf(t.from);
        int to = nodeOf(t.to);
        if (t.to == TcpState::Closed && t.from != TcpState::Closed) {
            to = terminalOf(t.from);
            if (to < 0) {
                for (const Place &pl : kPlaces) {
                    if (pl.state == t.from)
                        m_nodes.push_back({TcpState::Closed, at(pl.exitX, pl.exitY), true, t.from});
                }
                to = int(m_nodes.size()) - 1;
            }
        }
        auto e = std::find_if(m_edges.begin(), m_edges.end(), [&](const Edge &x) { return x.fromNode == from && x.toNode == to; });
        if (e == m_edges.end()) {
            m_edges.push_back(Edge{from, to, {}, {}, {}, {}, {}, true});
            e = m_edges.end() - 1;
        }
        e->transitions.push_back(int(i));
        e->linuxOnly = e->linuxOnly && t.linuxOnly;
    }
}

int StateGraphLayout::laidOutCount()
{
    return g_laidOut;
}

StateGraphLayout::StateGraphLayout()
{
    placeNodesAndEdges([](double, double) { return QPointF(); });
}

StateGraphLayout::StateGraphLayout(QSizeF size, double zoom)
    : m_zoom(zoom::clamped(zoom))
{
    ++g_laidOut;
    m_scale = std::max(kMinScale, std::min(m_zoom, fitScale(size)));
    const Sizes z = sizesAt(m_scale);
    m_em = z.em;
    m_nodeWidth = z.nodeWidth;
    m_nodeHeight = z.nodeHeight;
    m_terminalRadius = z.terminalRadius;
    m_tokenRadius = z.tokenRadius;
    const double mx = z.marginX;
    const double my = z.marginY;
    placeNodesAndEdges([&](double fx, double fy) {
        return QPointF(mx + fx * std::max(1.0, size.width() - 2 * mx), my + fy * std::max(1.0, size.height() - 2 * my));
    });
    // A terminal stands apart from every state's box, its arrow visible: half an em from each.
    // Where its place (a fraction of the size) is nearer one, it moves out from its state's box the
    // way its place lies (up or down to half an em from the box, or level with the state beside
    // it), else the other way, else level on the other side. CLOSING's, 0.2 of the width right of
    // its centre, was on its box's right edge in a dock of 1920×1080 and over it at 200 % in
    // 1280×720; TIME_WAIT's touched LAST_ACK's corner, LAST_ACK's its own.
    const double reach = m_terminalRadius + 0.5 * m_em;
    std::vector<QRectF> boxes;
    for (const Node &n : m_nodes)
        if (!n.terminal)
            boxes.emplace_back(n.center.x() - m_nodeWidth / 2, n.center.y() - m_nodeHeight / 2, m_nodeWidth, m_nodeHeight);
    const auto apart = [&](QPointF c) {
        const QRectF room(c.x() - reach, c.y() - reach, 2 * reach, 2 * reach);
        const QRectF inside(m_terminalRadius, m_terminalRadius, size.width() - 2 * m_terminalRadius, size.height() - 2 * m_terminalRadius);
        return inside.contains(c) && std::none_of(boxes.begin(), boxes.end(), [&](const QRectF &b) { return b.intersects(room); });
    };
    for (Node &n : m_nodes) {
        if (!n.terminal || apart(n.center))
            continue;
        const QPointF state = m_nodes[std::size_t(nodeOf(n.terminalOf))].center;
        const QPointF d = n.center - state;
        const QPointF vertical(n.center.x(), state.y() + (d.y() < 0 ? -1 : 1) * (m_nodeHeight / 2 + reach));
        const QPointF side(state.x() + (d.x() < 0 ? -1 : 1) * (m_nodeWidth / 2 + reach), state.y());
        const QPointF other(state.x() - (d.x() < 0 ? -1 : 1) * (m_nodeWidth / 2 + reach), state.y());
        const bool aboveOrBelow = std::abs(d.y()) * m_nodeWidth > std::abs(d.x()) * m_nodeHeight;
        for (QPointF c : aboveOrBelow ? std::array{vertical, side, other} : std::array{side, vertical, other}) {
            if (apart(c)) {
                n.center = c;
                break;
            }
        }
    }

    // Curves: straight for short hops, bowed outward for the long TIME_WAIT -> SYN_SENT reuse edge.
    for (Edge &e : m_edges) {
        const Node &a = m_nodes[std::size_t(e.fromNode)];
        const Node &b = m_nodes[std::size_t(e.toNode)];
        QPointF control = (a.center + b.center) / 2;
        if (a.state == TcpState::TimeWait && b.state == TcpState::SynSent)
            control = QPointF(size.width() - 0.3 * m_em, (a.center.y() + b.center.y()) / 2);
        else if (a.state == TcpState::SynSent && b.state == TcpState::SynRecv)
            control += QPointF(0, -1.3 * m_em);
        e.control = control;
        e.p0 = boxBorder(a.center, control, a.terminal ? 2 * m_terminalRadius : m_nodeWidth, a.terminal ? 2 * m_terminalRadius : m_nodeHeight);
        e.p1 = b.terminal ? b.center + (control - b.center) * (m_terminalRadius / std::max(1e-6, std::hypot(control.x() - b.center.x(), control.y() - b.center.y())))
                          : boxBorder(b.center, control, m_nodeWidth, m_nodeHeight);
        e.labelAt = b.terminal ? b.center : pointOnEdgeOf(e, 0.5);
    }
}

QPointF StateGraphLayout::pointOnEdgeOf(const Edge &e, double f)
{
    const double g = 1 - f;
    return g * g * e.p0 + 2 * g * f * e.control + f * f * e.p1;
}

int StateGraphLayout::nodeOf(TcpState s) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (!m_nodes[i].terminal && m_nodes[i].state == s)
            return int(i);
    return -1;
}

int StateGraphLayout::terminalOf(TcpState from) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].terminal && m_nodes[i].terminalOf == from)
            return int(i);
    return -1;
}

int StateGraphLayout::edgeFor(TcpState from, TcpState to) const
{
    const int a = nodeOf(from);
    const int b = to == TcpState::Closed && from != TcpState::Closed ? terminalOf(from) : nodeOf(to);
    for (std::size_t i = 0; i < m_edges.size(); ++i)
        if (m_edges[i].fromNode == a && m_edges[i].toNode == b)
            return int(i);
    return -1;
}

QPointF StateGraphLayout::pointOnEdge(int edge, double f) const
{
    return pointOnEdgeOf(m_edges[std::size_t(edge)], std::clamp(f, 0.0, 1.0));
}

QRectF StateGraphLayout::nodeRect(int node) const
{
    const Node &n = m_nodes[std::size_t(node)];
    if (n.terminal)
        return QRectF(n.center.x() - m_terminalRadius, n.center.y() - m_terminalRadius, 2 * m_terminalRadius, 2 * m_terminalRadius);
    return QRectF(n.center.x() - m_nodeWidth / 2, n.center.y() - m_nodeHeight / 2, m_nodeWidth, m_nodeHeight);
}

int StateGraphLayout::nodeAt(QPointF p) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (nodeRect(int(i)).adjusted(-0.2 * m_em, -0.2 * m_em, 0.2 * m_em, 0.2 * m_em).contains(p))
            return int(i);
    return -1;
}

QRectF StateGraphLayout::placeLabel(const std::vector<QPointF> &candidates, QSizeF size,
                                    const std::vector<QRectF> &obstacles, const QRectF &bounds)
{
    QRectF best;
    double bestOverlap = -1;
    for (const QPointF &c : candidates) {
        QRectF box(QPointF(0, 0), size);
        box.moveCenter(c);
        box.moveLeft(std::clamp(box.left(), bounds.left(), std::max(bounds.left(), bounds.right() - box.width())));
        box.moveTop(std::clamp(box.top(), bounds.top(), std::max(bounds.top(), bounds.bottom() - box.height())));
        double overlap = 0;
        for (const QRectF &o : obstacles) {
            const QRectF i = box.intersected(o);
            if (!i.isEmpty())
                overlap += i.width() * i.height();
        }
        if (overlap == 0)
            return box;
        if (bestOverlap < 0 || overlap < bestOverlap) {
            bestOverlap = overlap;
            best = box;
        }
    }
    return best;
}

} // namespace closelab
