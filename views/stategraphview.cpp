// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/stategraphview.h"

#include "views/codetexts.h"
#include "views/labelplacer.h"
#include "views/palette.h"
#include "views/shapedtext.h"
#include "views/sidestate.h"
#include "views/stategraphlabels.h"
#include "views/textwidth.h"
#include "views/zoom.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QToolTip>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {

QString shortSysctl(std::string_view key)
{
    QString k = QString::fromLatin1(key.data(), qsizetype(key.size()));
    const qsizetype dot = k.lastIndexOf(QLatin1Char('.'));
    return dot >= 0 ? k.mid(dot + 1) : k;
}

} // namespace

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
    QStringList lines;
    const auto table = transitionTable();
    const auto &e = m_layout.edges()[std::size_t(edge)];
    const bool exit = m_layout.nodes()[std::size_t(e.toNode)].terminal;
    for (int row : e.transitions) {
        const Transition &t = table[std::size_t(row)];
        // Linux-specific edges are labelled with the sysctl that governs them. A state's ways out
        // to CLOSED are listed compactly: resets and crashes by a single word each.
        QString line = t.linuxOnly && !t.sysctl.empty() ? shortSysctl(t.sysctl) : text::causeLabel(t.cause, t.from);
        if (exit && (t.cause == Cause::RcvRst || t.cause == Cause::SendRst) && t.sysctl.empty())
            line = QStringLiteral("RST");
        else if (exit && t.cause == Cause::HostCrash)
            line = text::causeLabel(Cause::HostCrash);
        if (!lines.contains(line))
            lines << line;
    }
    return lines;
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
    QSet<int> visited[2];
    for (int side = 0; side < 2; ++side) {
        for (int edge : taken[side]) {
            visited[side].insert(layout().edges()[std::size_t(edge)].fromNode);
            visited[side].insert(layout().edges()[std::size_t(edge)].toNode);
        }
        visited[side].insert(m_tokens[std::size_t(side)].node);
    }
    p.setFont(labelFont);
    const QFont font = p.font();
    if (m_labelSizesFont != p.font() || m_labelSizesEm != em || m_labelSizesDpi != logicalDpiY()) {
        m_labelSizes.clear();
        m_labelSizesFont = p.font();
        m_labelSizesEm = em;
        m_labelSizesDpi = logicalDpiY();
    }
    // Labels avoid the state boxes, the ⊗ terminals, the count badges, the tokens and each other
    // (views/labelplacer.h): the edges the tokens took first, then the transitions between states,
    // then the lists of ways out, which yield to them. A list that finds no room is drawn one item
    // a line, else as its first items and how many more ("tcp_synack_retries +1"; the terminal's
    // tooltip has them all), else left out: never drawn over, and zoomed in never cut with "…".
    m_markerRects.clear();
    m_textRects.clear();
    m_texts.clear();
    for (std::size_t i = 0; i < layout().nodes().size(); ++i) {
        m_markerRects.push_back(layout().nodeRect(int(i)));
        if (const QRectF badge = countBadgeRect(int(i)); !badge.isEmpty())
            m_markerRects.push_back(badge);
    }
    if (m_trace) {
        m_markerRects.push_back(tokenRect(Side::Client));
        m_markerRects.push_back(tokenRect(Side::Server));
    }
    std::vector<QRectF> obstacles;
    for (const QRectF &r : m_markerRects)
        obstacles.push_back(r.adjusted(-0.15 * em, -0.15 * em, 0.15 * em, 0.15 * em));
    std::vector<int> order(layout().edges().size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    struct EdgeText {
        int edge;
        QStringList forms; ///< what the label may say, in order of preference
        std::vector<int> formOf; ///< per rectangle (rect, then the alternatives): the form it holds
    };
    std::vector<LabelCandidate> candidates;
    std::vector<EdgeText> texts;
    std::vector<QRectF> nodeBoxes; // what a leader line must not pass
    for (int n = 0; n < int(layout().nodes().size()); ++n)
        nodeBoxes.push_back(layout().nodeRect(n).adjusted(-0.3 * em, -0.3 * em, 0.3 * em, 0.3 * em));
    const QRectF bounds = QRectF(rect()).adjusted(1, 1, -1, -1);
    for (int i : order) {
        const auto &e = layout().edges()[std::size_t(i)];
        const bool highlighted = isTaken(i, 0) || isTaken(i, 1);
        const bool terminal = layout().nodes()[std::size_t(e.toNode)].terminal;
        // A state's ways out to CLOSED are listed only once a token has been in that state (the
        // terminal's tooltip lists them always): the whole list at once would bury the diagram.
        if (terminal && !highlighted && !visited[0].contains(e.fromNode) && !visited[1].contains(e.fromNode))
            continue;
        const QStringList lines = edgeLabel(i);
        // The whole list in as few lines as fit 9 em, else one item a line; only where neither finds
        // room, its first items and how many more.
        const QStringList forms = edgeLabelForms(lines, labelFont, terminal ? 9 * em : 0);
        const auto sizeOf = [this, &font, em](const QString &text) {
            auto it = m_labelSizes.constFind(text);
            if (it == m_labelSizes.cend())
                it = m_labelSizes.insert(text, QRectF(QPointF(0, 0), textBoxSize(font, text))
                                                   .adjusted(-0.2 * em, -0.07 * em, 0.2 * em, 0.07 * em).size());
            return *it;
        };
        std::vector<QRectF> rects;
        // A list of ways out tries every whole form at its ⊗, then farther out (with a leader line),
        // and only then its first items and how many more.
        const double radius = layout().terminalRadius() + 0.2 * em;
        const auto centresFor = [&](QSizeF size, int ring) {
            std::vector<QPointF> centres;
            if (terminal) {
                centres = terminalLabelCentres(e.labelAt, radius, size, ring, 1.2 * em, bounds);
            } else {
                for (double f : {0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8})
                    centres.push_back(layout().pointOnEdge(i, f));
            }
            std::vector<QRectF> out;
            for (const QPointF &c : centres)
                out.emplace_back(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(), size.height());
            return out;
        };
        const auto whole = [&lines](const QString &form) {
            return std::all_of(lines.begin(), lines.end(), [&form](const QString &item) { return form.contains(item); });
        };
        std::vector<int> formOf;
        const auto add = [&](qsizetype form, int ring) {
            for (const QRectF &r : centresFor(sizeOf(forms[form]), ring)) {
                // A leader line that passed a state or another ⊗ would tie the list to it.
                if (ring > 0 && leaderCrossesNodes(nodeBoxes, leaderLine(e.labelAt, layout().terminalRadius(), r, 0.6 * em), e.fromNode, e.toNode))
                    continue;
                rects.push_back(r);
                formOf.push_back(int(form));
            }
        };
        for (int ring = 0; ring <= (terminal ? 6 : 0); ++ring)
            for (qsizetype form = 0; form < forms.size(); ++form)
                if (whole(forms[form]))
                    add(form, ring);
        for (qsizetype form = 0; form < forms.size(); ++form)
            if (!whole(forms[form]))
                add(form, 0);
        LabelCandidate c;
        c.rect = rects.front();
        c.alternatives.assign(rects.begin() + 1, rects.end());
        // The ways out of a state a token is in now matter as much as the transitions.
        const bool occupiedNow = e.fromNode == m_tokens[0].node || e.fromNode == m_tokens[1].node;
        c.priority = highlighted ? 2 : terminal && !occupiedNow ? 0 : 1;
        candidates.push_back(c);
        texts.push_back({i, forms, std::move(formOf)});
    }
    const std::vector<int> choice = placeLabels(candidates, bounds, obstacles);
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        if (choice[k] < 0)
            continue;
        const EdgeText &t = texts[k];
        const QRectF box = placedRect(candidates[k], choice[k]);
        const bool highlighted = isTaken(t.edge, 0) || isTaken(t.edge, 1);
        const auto &edge = layout().edges()[std::size_t(t.edge)];
        if (const auto &to = layout().nodes()[std::size_t(edge.toNode)]; to.terminal) {
            const QLineF leader = leaderLine(to.center, layout().terminalRadius(), box, 0.6 * em);
            if (!leader.isNull()) {
                p.setPen(QPen(palette::mutedInk(), zoom::stroke(labelFont, 0.08), Qt::DotLine));
                p.drawLine(leader);
            }
        }
        // Opaque: a translucent box of more than 95 rows (a list of ways out on three lines) is a
        // blended fill that Qt's raster engine hands to its GUI thread pool (qdrawhelper.cpp:
        // QT_THREAD_PARALLEL_FILLS): two threads started for one label in the first frame.
        p.setPen(Qt::NoPen);
        p.setBrush(palette::paper());
        p.drawRoundedRect(box, 0.2 * em, 0.2 * em);
        p.setPen(highlighted ? palette::ink() : palette::mutedInk());
        const QString &text = t.forms[t.formOf[std::size_t(choice[k])]];
        drawShapedText(p, box, Qt::AlignCenter, text);
        m_textRects.push_back(box);
        m_texts << text;
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
