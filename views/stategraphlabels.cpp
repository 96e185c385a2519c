// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/stategraphlabels.h"

#include "views/textwidth.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace closelab {

QString wrapItems(const QStringList &items, const QString &separator, const QFont &font, double maxWidth)
{
    QStringList lines;
    QString line;
    for (const QString &item : items) {
        const QString longer = line.isEmpty() ? item : line + separator + item;
        if (!line.isEmpty() && textWidth(font, longer) > maxWidth) {
            lines << line;
            line = item;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

QStringList edgeLabelForms(const QStringList &items, const QFont &font, double maxWidth)
{
    const QString separator = QStringLiteral(" · ");
    QStringList forms{wrapItems(items, separator, font, maxWidth)};
    if (items.size() < 2)
        return forms;
    // Whole in fewer, longer lines where a tall box finds no room: a list of four ways out.
    if (maxWidth > 0) {
        const QString wider = wrapItems(items, separator, font, 1.6 * maxWidth);
        if (!forms.contains(wider))
            forms << wider;
    }
    const QString column = items.join(QLatin1Char('\n'));
    if (!forms.contains(column))
        forms << column;
    for (qsizetype shown = items.size() - 1; shown >= 1; --shown) {
        //: A state graph's list of ways out shortened where it has no room: %1 the first items, %2 how
        //: many more (the ⊗ symbol's tooltip lists them all), as in "tcp_synack_retries +1"
        forms << QCoreApplication::translate("StateGraphView", "%1 +%2")
                     .arg(wrapItems(items.first(shown), separator, font, maxWidth))
                     .arg(items.size() - shown);
    }
    return forms;
}

namespace {

std::vector<QPointF> terminalLabelCentresAround(QPointF c, double r, QSizeF size, int ring, double step)
{
    const double w = size.width();
    const double h = size.height();
    if (ring == 0) {
        const double below = r + h / 2;
        const double aside = w / 2 - r;
        const double beside = r + w / 2;
        const double hang = std::max(0.0, h / 2 - r);
        return {c + QPointF(0, below), c - QPointF(0, below), c + QPointF(-aside, below), c + QPointF(aside, below),
                c + QPointF(beside, 0), c - QPointF(beside, 0), c + QPointF(-aside, -below), c + QPointF(aside, -below),
                c + QPointF(beside, hang), c + QPointF(-beside, hang), c + QPointF(beside, -hang), c + QPointF(-beside, -hang)};
    }
    const double d = r + ring * step;
    const double dx = d + w / 2;
    const double dy = d + h / 2;
    // The eight directions, then the eight between them: in a graph short for its width (a dock beside
    // the narration at 1920×1080) the room a list of four ways out needs is often off the eight.
    return {c + QPointF(0, dy), c - QPointF(0, dy), c + QPointF(dx, 0), c - QPointF(dx, 0),
            c + QPointF(dx, dy), c + QPointF(-dx, dy), c + QPointF(dx, -dy), c + QPointF(-dx, -dy),
            c + QPointF(dx / 2, dy), c + QPointF(-dx / 2, dy), c + QPointF(dx / 2, -dy), c + QPointF(-dx / 2, -dy),
            c + QPointF(dx, dy / 2), c + QPointF(-dx, dy / 2), c + QPointF(dx, -dy / 2), c + QPointF(-dx, -dy / 2)};
}

} // namespace

std::vector<QPointF> terminalLabelCentres(QPointF c, double r, QSizeF size, int ring, double step, const QRectF &bounds)
{
    std::vector<QPointF> centres = terminalLabelCentresAround(c, r, size, ring, step);
    // Slid along the widget's edge rather than lost past it: a ⊗ near the edge keeps its list whole.
    for (QPointF &p : centres) {
        p.setX(std::clamp(p.x(), bounds.left() + size.width() / 2, std::max(bounds.left() + size.width() / 2, bounds.right() - size.width() / 2)));
        p.setY(std::clamp(p.y(), bounds.top() + size.height() / 2, std::max(bounds.top() + size.height() / 2, bounds.bottom() - size.height() / 2)));
    }
    return centres;
}


QLineF leaderLine(QPointF c, double r, const QRectF &box, double near)
{
    const QPointF nearest(std::clamp(c.x(), box.left(), box.right()), std::clamp(c.y(), box.top(), box.bottom()));
    const QPointF d = nearest - c;
    const double length = std::hypot(d.x(), d.y());
    if (length <= r + near)
        return {};
    return {c + d * (r / length), nearest};
}

bool leaderCrossesNodes(const std::vector<QRectF> &nodeBoxes, const QLineF &leader, int fromNode, int toNode)
{
    if (leader.isNull())
        return false;
    // Liang–Barsky: the part of the segment inside each box, if any.
    const double dx = leader.dx();
    const double dy = leader.dy();
    for (int n = 0; n < int(nodeBoxes.size()); ++n) {
        if (n == fromNode || n == toNode)
            continue;
        const QRectF &b = nodeBoxes[std::size_t(n)];
        double t0 = 0;
        double t1 = 1;
        bool outside = false;
        for (const auto &[p, q] : {std::pair{-dx, leader.x1() - b.left()}, std::pair{dx, b.right() - leader.x1()},
                                   std::pair{-dy, leader.y1() - b.top()}, std::pair{dy, b.bottom() - leader.y1()}}) {
            if (p == 0) {
                outside = outside || q < 0;
                continue;
            }
            const double r = q / p;
            if (p < 0)
                t0 = std::max(t0, r);
            else
                t1 = std::min(t1, r);
        }
        if (!outside && t0 <= t1)
            return true;
    }
    return false;
}

} // namespace closelab
