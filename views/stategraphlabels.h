// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <vector>

namespace closelab {

/// Lines of at most maxWidth, broken only between items: a term such as 主机崩溃 or
/// tcp_max_tw_buckets is never split.
QString wrapItems(const QStringList &items, const QString &separator, const QFont &font, double maxWidth);

/// What a state graph's edge label of several items may be drawn as, in order of preference, each
/// whole (never cut with "…"): the items wrapped to `maxWidth` (a list of ways out to CLOSED,
/// "tcp_synack_retries · RST"; maxWidth 0: one item a line, as a transition's triggers are); wrapped
/// to 1.6 × maxWidth (fewer, longer lines); one item a line; the first items and how many more ("tcp_synack_retries +1", "RST · tcp_syn_retries
/// +1"; the ⊗ terminal's tooltip lists them all). One item: itself alone. Never one item of
/// several alone: it would read as the only way out.
QStringList edgeLabelForms(const QStringList &items, const QFont &font, double maxWidth);

/// Centres where a box of `size` may go beside a ⊗ terminal at `centre` (`radius`: the symbol's and
/// a gap), best first. Ring 0 touches it: below, above, below or above to either side, beside it
/// (level, hanging from its top, standing on its bottom). Ring k ≥ 1: the eight directions and the eight
/// between them, k × `step` farther out, for a list that finds no room at the symbol (drawn with leaderLine()). Each
/// slid inside `bounds` where it would leave them.
std::vector<QPointF> terminalLabelCentres(QPointF centre, double radius, QSizeF size, int ring, double step, const QRectF &bounds);

/// A thin line from the circle (centre, radius) to the nearest point of `box`, for a label placed
/// away from its ⊗; a null line where the box is within `near` of the circle.
QLineF leaderLine(QPointF centre, double radius, const QRectF &box, double near);

/// Whether a leader line passes one of `nodeBoxes` (the states' and ⊗s' rectangles, with a margin)
/// other than those of its own edge's ends: it would tie the list to them.
bool leaderCrossesNodes(const std::vector<QRectF> &nodeBoxes, const QLineF &leader, int fromNode, int toNode);

} // namespace closelab
