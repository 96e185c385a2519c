// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sequencelabels.h"

#include "views/zoom.h"
#include "views/textwidth.h"

#include <QFontMetricsF>

#include <cmath>

namespace closelab {

SequenceMetrics SequenceMetrics::at(double zoomFactor)
{
    SequenceMetrics m;
    m.zoom = zoom::clamped(zoomFactor);
    m.label = zoom::font(m.zoom, 1.1);
    m.small = zoom::font(m.zoom, 1.0);
    m.smallBold = m.small;
    m.smallBold.setBold(true);
    m.badge = zoom::font(m.zoom, 1.1);
    m.badge.setBold(true);
    for (std::size_t i = 0; i < m.smallerBadges.size(); ++i) {
        m.smallerBadges[i] = zoom::font(m.zoom, 1.0 - 0.1 * double(i));
        m.smallerBadges[i].setBold(true);
        m.smallerLabels[i] = zoom::font(m.zoom, 1.0 - 0.1 * double(i));
    }
    m.title = zoom::font(m.zoom, 1.25);
    m.title.setBold(true);
    m.em = zoom::em(m.label);
    m.smallEm = zoom::em(m.small);
    m.pad = std::max(2.0, std::round(0.3 * m.em));
    m.stroke = zoom::stroke(m.label);
    return m;
}

double SequenceMetrics::badgeHeight() const
{
    return QFontMetricsF(badge).height() + pad;
}

double SequenceMetrics::headerHeight() const
{
    return pad + QFontMetricsF(title).height() + pad + badgeHeight() + 2 * pad;
}

QSizeF badgeSize(const QFont &font, const QString &text, const SequenceMetrics &m)
{
    return {textWidth(font, text) + 2 * m.pad, QFontMetricsF(font).height() + m.pad};
}

QString elideTo(const QFont &font, const QString &text, double width)
{
    if (textWidth(font, text) <= width)
        return text;
    const QString elided = QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
    // Only "…" left says nothing, nor do "TI…" and "1.…" (300 % in a 1280x720 window): fewer than
    // three characters before the "…" leave the text out instead.
    if (elided.size() < 4)
        return {};
    return elided;
}

QString wrapInTwo(const QFont &font, const QString &text)
{
    QString best;
    double bestWidth = 0;
    bool bestSplitsNumber = false;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const bool space = text[i] == QLatin1Char(' ');
        if (!space && text[i - 1] != QLatin1Char('-'))
            continue;
        const QString first = text.left(i).trimmed();
        const QString second = text.mid(space ? i + 1 : i).trimmed();
        if (first.isEmpty() || second.isEmpty())
            continue;
        // A number keeps its unit ("61.8 s / left", not "61.8 / s left") where another break exists.
        const bool splitsNumber = first.back().isDigit();
        const double w = std::max(textWidth(font, first), textWidth(font, second));
        if (best.isEmpty() || (bestSplitsNumber && !splitsNumber) || (splitsNumber == bestSplitsNumber && w < bestWidth)) {
            best = first + QLatin1Char('\n') + second;
            bestWidth = w;
            bestSplitsNumber = splitsNumber;
        }
    }
    return best;
}

RectIndex::RectIndex(double bucketHeight)
    : m_bucket(std::max(1.0, bucketHeight))
{
}

void RectIndex::add(const QRectF &r)
{
    const auto first = static_cast<long long>(std::floor(r.top() / m_bucket));
    const auto last = static_cast<long long>(std::floor(r.bottom() / m_bucket));
    for (long long b = first; b <= last; ++b)
        m_buckets[b].push_back(r);
}

bool RectIndex::isFree(const QRectF &r) const
{
    const auto first = static_cast<long long>(std::floor(r.top() / m_bucket));
    const auto last = static_cast<long long>(std::floor(r.bottom() / m_bucket));
    for (long long b = first; b <= last; ++b) {
        const auto it = m_buckets.find(b);
        if (it == m_buckets.end())
            continue;
        for (const QRectF &o : it->second) {
            if (o.intersects(r))
                return false;
        }
    }
    return true;
}

QString SequenceFrame::toolTipAt(QPointF p) const
{
    for (const PlacedText &t : texts) {
        if (!t.fullText.isEmpty() && t.rect.contains(p))
            return t.fullText;
    }
    return {};
}

} // namespace closelab
