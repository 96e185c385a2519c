// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/stategraphlabelplan.h"

#include "views/codetexts.h"
#include "views/labelplacer.h"
#include "views/shapedtext.h"
#include "views/stategraphlabels.h"

#include <QSet>

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

QStringList stateGraphEdgeItems(const StateGraphLayout &layout, int edge)
{
    QStringList lines;
    const auto table = transitionTable();
    const auto &e = layout.edges()[std::size_t(edge)];
    const bool exit = layout.nodes()[std::size_t(e.toNode)].terminal;
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

QSizeF StateGraphLabelPlan::boxSize(const QString &text, const QFont &font, double em)
{
    auto it = m_sizes.constFind(text);
    if (it == m_sizes.cend())
        it = m_sizes.insert(text, QRectF(QPointF(0, 0), textBoxSize(font, text)).adjusted(-0.2 * em, -0.07 * em, 0.2 * em, 0.07 * em).size());
    return *it;
}

std::vector<StateGraphLabelPlan::Label> StateGraphLabelPlan::place(const StateGraphLayout &layout, const Scene &scene)
{
    const double em = layout.em();
    const QFont font = layout.labelFont();
    if (m_sizesFont != font || m_sizesEm != em || m_sizesDpi != scene.dpi) {
        m_sizes.clear();
        m_sizesFont = font;
        m_sizesEm = em;
        m_sizesDpi = scene.dpi;
    }
    const auto isTaken = [&scene](int e, int side) {
        return std::find(scene.taken[std::size_t(side)].begin(), scene.taken[std::size_t(side)].end(), e) != scene.taken[std::size_t(side)].end();
    };
    QSet<int> visited[2];
    for (int side = 0; side < 2; ++side) {
        for (int edge : scene.taken[std::size_t(side)]) {
            visited[side].insert(layout.edges()[std::size_t(edge)].fromNode);
            visited[side].insert(layout.edges()[std::size_t(edge)].toNode);
        }
        visited[side].insert(scene.tokenNodes[std::size_t(side)]);
    }
    std::vector<QRectF> obstacles;
    for (const QRectF &r : scene.markers)
        obstacles.push_back(r.adjusted(-0.15 * em, -0.15 * em, 0.15 * em, 0.15 * em));
    struct EdgeText {
        int edge;
        QStringList forms; ///< what the label may say, in order of preference
        std::vector<int> formOf; ///< per rectangle (rect, then the alternatives): the form it holds
    };
    std::vector<LabelCandidate> candidates;
    std::vector<EdgeText> texts;
    std::vector<QRectF> nodeBoxes; // what a leader line must not pass
    for (int n = 0; n < int(layout.nodes().size()); ++n)
        nodeBoxes.push_back(layout.nodeRect(n).adjusted(-0.3 * em, -0.3 * em, 0.3 * em, 0.3 * em));
    for (int i = 0; i < int(layout.edges().size()); ++i) {
        const auto &e = layout.edges()[std::size_t(i)];
        const bool highlighted = isTaken(i, 0) || isTaken(i, 1);
        const bool terminal = layout.nodes()[std::size_t(e.toNode)].terminal;
        // A state's ways out to CLOSED are listed only once a token has been in that state (the
        // terminal's tooltip lists them always): the whole list at once would bury the diagram.
        if (terminal && !highlighted && !visited[0].contains(e.fromNode) && !visited[1].contains(e.fromNode))
            continue;
        const QStringList lines = stateGraphEdgeItems(layout, i);
        // The whole list in as few lines as fit 9 em, else one item a line; only where neither finds
        // room, its first items and how many more.
        const QStringList forms = edgeLabelForms(lines, font, terminal ? 9 * em : 0);
        std::vector<QRectF> rects;
        const double radius = layout.terminalRadius() + 0.2 * em;
        const auto centresFor = [&](QSizeF size, int ring) {
            std::vector<QPointF> centres;
            if (terminal) {
                centres = terminalLabelCentres(e.labelAt, radius, size, ring, 1.2 * em, scene.bounds);
            } else {
                for (double f : {0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8})
                    centres.push_back(layout.pointOnEdge(i, f));
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
        QSet<quint64> tried; // a form's places: far rings slide along the widget's edge onto the same ones
        const auto add = [&](qsizetype form, int ring) {
            for (const QRectF &r : centresFor(boxSize(forms[form], font, em), ring)) {
                const quint64 place = quint64(form) << 48 | quint64(qRound(r.x() * 4) & 0xffffff) << 24 | quint64(qRound(r.y() * 4) & 0xffffff);
                if (ring > 0 && tried.contains(place))
                    continue;
                tried.insert(place);
                // A leader line that passed a state or another ⊗ would tie the list to it.
                if (ring > 0 && leaderCrossesNodes(nodeBoxes, leaderLine(e.labelAt, layout.terminalRadius(), r, 0.6 * em), e.fromNode, e.toNode))
                    continue;
                rects.push_back(r);
                formOf.push_back(int(form));
            }
        };
        // Out to the widget's far side: a list of four ways out in a graph short for its width (1920×1080,
        // ESTABLISHED's between FIN_WAIT1 and CLOSE_WAIT) finds room only well away from its ⊗.
        const int rings = terminal ? int(std::ceil(std::max(scene.bounds.width(), scene.bounds.height()) / (1.2 * em))) : 0;
        for (int ring = 0; ring <= rings; ++ring)
            for (qsizetype form = 0; form < forms.size(); ++form)
                if (whole(forms[form]))
                    add(form, ring);
        // Never its first items and "+N": from the back of a room nobody reads the ⊗'s tooltip. A list
        // with no room for all of its items is left out (that ⊗ has its tooltip).
        if (rects.empty())
            continue;
        LabelCandidate c;
        c.rect = rects.front();
        c.alternatives.assign(rects.begin() + 1, rects.end());
        // The edges taken first; then what may happen next to a state a token is in now (its changes
        // and its list of ways out, which finds room only away from its ⊗ in a short graph); then the
        // other transitions; last the ways out of states left.
        const bool occupiedNow = e.fromNode == scene.tokenNodes[0] || e.fromNode == scene.tokenNodes[1];
        c.priority = highlighted ? 3 : occupiedNow ? 2 : terminal ? 0 : 1;
        candidates.push_back(c);
        texts.push_back({i, forms, std::move(formOf)});
    }
    const std::vector<int> choice = placeLabels(candidates, scene.bounds, obstacles);
    std::vector<Label> out;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        if (choice[k] < 0)
            continue;
        const EdgeText &t = texts[k];
        Label label;
        label.edge = t.edge;
        label.box = placedRect(candidates[k], choice[k]);
        label.text = t.forms[t.formOf[std::size_t(choice[k])]];
        label.highlighted = isTaken(t.edge, 0) || isTaken(t.edge, 1);
        if (const auto &to = layout.nodes()[std::size_t(layout.edges()[std::size_t(t.edge)].toNode)]; to.terminal)
            label.leader = leaderLine(to.center, layout.terminalRadius(), label.box, 0.6 * em);
        out.push_back(label);
    }
    return out;
}

} // namespace closelab
