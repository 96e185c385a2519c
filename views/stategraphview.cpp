// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/stategraphview.h"

#include "views/codetexts.h"
#include "views/palette.h"
#include "views/shapedtext.h"
#include "views/sidestate.h"
#include "views/textwidth.h"
#include "views/zoom.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace closelab {

StateGraphView::StateGraphView(QWidget *parent)
    : QWidget(parent), m_animation(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("stateGraphView"));
    setMouseTracking(true);
    // paintEvent() fills the whole widget with opaque paper: what is under it need not be painted first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_animation->setDuration(450);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::InOutQuad);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        for (Token &t : m_tokens)
            if (t.movingEdge >= 0)
                t.progress = v.toDouble();
        update();
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        for (Token &t : m_tokens)
            t.movingEdge = -1;
        update();
    });
}

StateGraphView::~StateGraphView() = default;

const StateGraphLayout &StateGraphView::layout() const
{
    if (m_layoutStale) {
        m_layout = StateGraphLayout(size(), m_zoom);
        m_layoutStale = false;
    }
    return m_layout;
}

void StateGraphView::setZoom(double factor)
{
    factor = zoom::clamped(factor);
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    m_layoutStale = true;
    updateTokens(false);
    update();
}

void StateGraphView::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    updateTokens(false);
    update();
}

void StateGraphView::setTime(qint64 t)
{
    if (t == m_time)
        return;
    // Animate only a forward step that crosses transitions (playing or stepping), not a jump back.
    const bool forward = t > m_time;
    m_time = t;
    updateTokens(forward);
    update();
}

void StateGraphView::setStateCounts(const std::array<std::int64_t, 11> &counts)
{
    m_counts = counts;
    update();
}

void StateGraphView::clearStateCounts()
{
    m_counts.reset();
    update();
}

int StateGraphView::lastTransitionEvent(Side s) const
{
    if (!m_trace)
        return -1;
    const int last = m_trace->eventIndexAt(m_time);
    for (int i = last; i >= 0; --i) {
        const TraceEvent &e = m_trace->events[std::size_t(i)];
        if (e.type == EventType::State && e.host == s && e.conn == 0)
            return i;
    }
    return -1;
}

TcpState StateGraphView::tokenState(Side s) const
{
    // The state the header and the narration show too (views/sidestate.h).
    return m_trace ? sideStateAt(*m_trace, s, m_time) : TcpState::Closed;
}

int StateGraphView::tokenNode(Side s) const
{
    const int i = lastTransitionEvent(s);
    if (i >= 0) {
        const TraceEvent &e = m_trace->events[std::size_t(i)];
        if (e.to == TcpState::Closed && e.from != TcpState::Closed) {
            const int terminal = m_layout.terminalOf(e.from);
            if (terminal >= 0)
                return terminal;
        }
    }
    return m_layout.nodeOf(tokenState(s));
}

std::vector<int> StateGraphView::takenEdges(Side s) const
{
    std::vector<int> out;
    if (!m_trace)
        return out;
    const int last = m_trace->eventIndexAt(m_time);
    for (int i = 0; i <= last; ++i) {
        const TraceEvent &e = m_trace->events[std::size_t(i)];
        if (e.type != EventType::State || e.host != s || e.conn != 0)
            continue;
        const int edge = m_layout.edgeFor(e.from, e.to);
        if (edge >= 0 && std::find(out.begin(), out.end(), edge) == out.end())
            out.push_back(edge);
    }
    return out;
}

QStringList StateGraphView::edgeLabel(int edge) const
{
    return stateGraphEdgeItems(m_layout, edge);
}

void StateGraphView::updateTokens(bool animate)
{
    bool moving = false;
    for (Side s : {Side::Client, Side::Server}) {
        Token &tok = m_tokens[s == Side::Client ? 0 : 1];
        const int node = tokenNode(s);
        if (animate && tok.node >= 0 && node != tok.node) {
            const auto &from = m_layout.nodes()[std::size_t(tok.node)];
            const int i = lastTransitionEvent(s);
            const int edge = i >= 0 ? m_layout.edgeFor(m_trace->events[std::size_t(i)].from, m_trace->events[std::size_t(i)].to) : -1;
            if (edge >= 0 && m_layout.edges()[std::size_t(edge)].fromNode == m_layout.nodeOf(from.state) && !from.terminal) {
                tok.movingEdge = edge;
                tok.progress = 0;
                moving = true;
            }
        } else if (!animate) {
            tok.movingEdge = -1;
        }
        tok.node = node;
    }
    if (moving) {
        m_animation->stop();
        m_animation->start();
    }
}

QPointF StateGraphView::tokenPosition(Side s) const
{
    const Token &tok = m_tokens[s == Side::Client ? 0 : 1];
    // Client token on the node's left half, server token on its right half.
    const double dx = s == Side::Client ? -1 : 1;
    const double gap = 0.15 * layout().em();
    if (tok.movingEdge >= 0 && tok.progress < 1.0)
        return layout().pointOnEdge(tok.movingEdge, tok.progress) + QPointF(dx * 0.8 * layout().tokenRadius(), 0);
    if (tok.node < 0)
        return {};
    const auto &n = layout().nodes()[std::size_t(tok.node)];
    const double beside = layout().terminalRadius() + 0.5 * layout().tokenRadius();
    if (n.terminal)
        return n.center + QPointF(dx * beside, beside);
    return n.center + QPointF(dx * (layout().nodeWidth() / 2 + gap), -layout().nodeHeight() / 2 - gap);
}

void StateGraphView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette::paper());
    const double em = layout().em();
    const QFont labelFont = layout().labelFont();
    const std::vector<int> taken[2] = {takenEdges(Side::Client), takenEdges(Side::Server)};
    const auto isTaken = [&](int e, int side) { return std::find(taken[side].begin(), taken[side].end(), e) != taken[side].end(); };

    // Edges, then their labels above every edge.
    for (std::size_t i = 0; i < layout().edges().size(); ++i) {
        const auto &e = layout().edges()[i];
        const bool c = isTaken(int(i), 0);
        const bool s = isTaken(int(i), 1);
        QColor col = c ? palette::sideColor(Side::Client) : s ? palette::sideColor(Side::Server) : QColor(0xb4, 0xb9, 0xc0);
        QPen pen(col, zoom::stroke(labelFont, (c || s) ? 0.19 : 0.09), e.linuxOnly ? Qt::DashLine : Qt::SolidLine);
        QPainterPath path(e.p0);
        path.quadTo(e.control, e.p1);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (c && s) { // both sides took it: a second, offset stroke
            p.setPen(QPen(palette::sideColor(Side::Server), zoom::stroke(labelFont, 0.1), e.linuxOnly ? Qt::DashLine : Qt::SolidLine));
            p.drawPath(path.translated(0.18 * em, 0.18 * em));
        }
        // Arrow head at p1.
        const QPointF dir = e.p1 - layout().pointOnEdge(int(i), 0.9);
        const double a = std::atan2(dir.y(), dir.x());
        const double sz = 0.57 * em;
        p.setPen(Qt::NoPen);
        p.setBrush(col);
        p.drawPolygon(QPolygonF({e.p1, e.p1 - QPointF(std::cos(a - 0.4) * sz, std::sin(a - 0.4) * sz),
                                 e.p1 - QPointF(std::cos(a + 0.4) * sz, std::sin(a + 0.4) * sz)}));
    }
    // The labels' places (views/stategraphlabelplan.h), around the states, ⊗ terminals, count
    // badges and tokens.
    m_markerRects.clear();
    m_textRects.clear();
    m_texts.clear();
    m_labelEdges.clear();
    for (std::size_t i = 0; i < layout().nodes().size(); ++i) {
        m_markerRects.push_back(layout().nodeRect(int(i)));
        if (const QRectF badge = countBadgeRect(int(i)); !badge.isEmpty())
            m_markerRects.push_back(badge);
    }
    if (m_trace) {
        m_markerRects.push_back(tokenRect(Side::Client));
        m_markerRects.push_back(tokenRect(Side::Server));
    }
    StateGraphLabelPlan::Scene scene;
    scene.bounds = QRectF(rect()).adjusted(1, 1, -1, -1);
    scene.markers = m_markerRects;
    scene.taken = {taken[0], taken[1]};
    scene.tokenNodes = {m_tokens[0].node, m_tokens[1].node};
    scene.dpi = logicalDpiY();
    p.setFont(labelFont);
    for (const StateGraphLabelPlan::Label &label : m_labelPlan.place(layout(), scene)) {
        if (!label.leader.isNull()) {
            p.setPen(QPen(palette::mutedInk(), zoom::stroke(labelFont, 0.08), Qt::DotLine));
            p.drawLine(label.leader);
        }
        // Opaque: a translucent box of more than 95 rows (a list of ways out on three lines) is a
        // blended fill that Qt's raster engine hands to its GUI thread pool (qdrawhelper.cpp:
        // QT_THREAD_PARALLEL_FILLS): two threads started for one label in the first frame.
        p.setPen(Qt::NoPen);
        p.setBrush(palette::paper());
        p.drawRoundedRect(label.box, 0.2 * em, 0.2 * em);
        p.setPen(label.highlighted ? palette::ink() : palette::mutedInk());
        drawShapedText(p, label.box, Qt::AlignCenter, label.text);
        m_textRects.push_back(label.box);
        m_texts << label.text;
        m_labelEdges.push_back(label.edge);
    }

    // Nodes.
    const int occupied[2] = {m_tokens[0].node, m_tokens[1].node};
    for (std::size_t i = 0; i < layout().nodes().size(); ++i) {
        const auto &n = layout().nodes()[i];
        const QRectF r = layout().nodeRect(int(i));
        const bool here = occupied[0] == int(i) || occupied[1] == int(i);
        if (n.terminal) {
            p.setPen(QPen(here ? palette::ink() : palette::mutedInk(), zoom::stroke(labelFont, 0.11)));
            p.setBrush(here ? palette::stateColor(TcpState::Closed) : palette::paper());
            p.drawEllipse(r);
            const double k = layout().terminalRadius() * 0.6;
            p.drawLine(n.center + QPointF(-k, -k), n.center + QPointF(k, k));
            p.drawLine(n.center + QPointF(-k, k), n.center + QPointF(k, -k));
            continue;
        }
        const QColor sc = palette::stateColor(n.state);
        p.setPen(QPen(sc.darker(here ? 130 : 105), zoom::stroke(labelFont, here ? 0.17 : 0.1)));
        p.setBrush(here ? sc : sc.lighter(175));
        p.drawRoundedRect(r, 0.5 * em, 0.5 * em);
        p.setFont(layout().stateFont());
        p.setPen(here ? palette::stateTextColor(n.state) : palette::ink());
        drawShapedText(p, r, Qt::AlignCenter, text::stateName(n.state));
        if (const QRectF b = countBadgeRect(int(i)); !b.isEmpty()) {
            const std::int64_t count = (*m_counts)[std::size_t(n.state)];
            const QString badge = QLocale().toString(count);
            p.setFont(layout().badgeFont());
            p.setPen(Qt::NoPen);
            p.setBrush(palette::ink());
            p.drawRoundedRect(b, b.height() / 2, b.height() / 2);
            p.setPen(Qt::white);
            drawShapedText(p, b, Qt::AlignCenter, badge);
        }
    }

    // Tokens.
    if (m_trace) {
        p.setFont(layout().badgeFont());
        const double radius = layout().tokenRadius();
        for (Side s : {Side::Client, Side::Server}) {
            const QPointF c = tokenPosition(s);
            p.setPen(QPen(Qt::white, zoom::stroke(labelFont, 0.14)));
            p.setBrush(palette::sideColor(s));
            p.drawEllipse(c, radius, radius);
            p.setPen(Qt::white);
            //: One-letter token on the state graph: C = client, S = server.
            drawShapedText(p, tokenRect(s), Qt::AlignCenter, s == Side::Client ? QCoreApplication::translate("StateGraphView", "C") : QCoreApplication::translate("StateGraphView", "S"));
        }
    }
}

// A count badge sits centred on the top edge of its state, between the C and S tokens (which sit on
// the corners): at the right corner it hid under a token. A state with no socket has none: eleven
// grey "0" discs were noise a projector blurred into the boxes.
QRectF StateGraphView::countBadgeRect(int node) const
{
    if (!m_counts || node < 0 || layout().nodes()[std::size_t(node)].terminal)
        return {};
    const QRectF r = layout().nodeRect(node);
    const std::int64_t count = (*m_counts)[std::size_t(layout().nodes()[std::size_t(node)].state)];
    if (count <= 0)
        return {};
    const QFont font = layout().badgeFont();
    const double em = layout().em();
    const double h = QFontMetricsF(font).height() + 0.1 * em;
    const double w = textWidth(font, QLocale().toString(count)) + 0.7 * em;
    return {r.center().x() - w / 2, r.top() - 0.65 * h, w, h};
}

QRectF StateGraphView::tokenRect(Side s) const
{
    const QPointF c = tokenPosition(s);
    const double r = layout().tokenRadius();
    return {c.x() - r, c.y() - r, 2 * r, 2 * r};
}

void StateGraphView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_layoutStale = true;
    updateTokens(false);
}

bool StateGraphView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int node = layout().nodeAt(help->pos());
        if (node >= 0)
            QToolTip::showText(help->globalPos(), nodeToolTip(node), this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::ApplicationFontChange) {
        m_layoutStale = true;
        update();
    }
    return QWidget::event(event);
}

QString StateGraphView::nodeToolTip(int node) const
{
    const auto &n = layout().nodes()[std::size_t(node)];
    if (n.terminal)
        return QStringLiteral("<b>CLOSED</b><br>%1").arg(QCoreApplication::translate("StateGraphView", "The socket is gone. Ways out of %1:").arg(text::stateName(n.terminalOf)).toHtmlEscaped())
            + QStringLiteral("<br>") + [&] {
                  for (std::size_t i = 0; i < layout().edges().size(); ++i)
                      if (layout().edges()[i].toNode == node)
                          return edgeLabel(int(i)).join(QStringLiteral("<br>")).toHtmlEscaped().replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>"));
                  return QString();
              }();
    return QStringLiteral("<b>%1</b><p style='white-space:pre-wrap'>%2</p>")
        .arg(text::stateName(n.state), text::stateExplanation(n.state).toHtmlEscaped());
}

} // namespace closelab
