// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline charts' collision avoidance: after each layout, the timer chart's row labels, the
// duration labels on the bars and the limit labels are placed with placeLabels() (left out, or
// moved, rather than drawn over one another). The legends are in timelinechartslegends.cpp.
#include "views/chartticker.h"
#include "views/codetexts.h"
#include "views/labelplacer.h"
#include "views/timelinechartspanel.h"
#include "views/timelinechartsview.h"
#include "views/zoom.h"

#include <QSet>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {
// The box QCPItemText draws: its text's bounding box plus padding, aligned at its anchor.
QRectF itemTextRect(const QCPItemText *item, QPointF anchor, Qt::Alignment alignment, const QString &text)
{
    const QFontMetricsF fm(item->font());
    QRectF box = fm.boundingRect(QRectF(), Qt::TextDontClip | item->textAlignment(), text);
    const QMargins pad = item->padding();
    box = QRectF(0, 0, box.width() + pad.left() + pad.right(), box.height() + pad.top() + pad.bottom());
    double x = anchor.x(), y = anchor.y();
    if (alignment & Qt::AlignHCenter)
        x -= box.width() / 2;
    else if (alignment & Qt::AlignRight)
        x -= box.width();
    if (alignment & Qt::AlignVCenter)
        y -= box.height() / 2;
    else if (alignment & Qt::AlignBottom)
        y -= box.height();
    box.moveTopLeft(QPointF(x, y));
    return box;
}

QRectF itemTextRect(const QCPItemText *item, QPointF anchor, Qt::Alignment alignment)
{
    return itemTextRect(item, anchor, alignment, item->text());
}

// Where QCustomPlot draws a bottom axis' title: this far under its axis rect (under the tick
// labels), centred under the chart.
int belowAxis(const QCPAxis *x)
{
    int below = x->offset() + std::max({0, x->tickLengthOut(), x->subTickLengthOut()});
    if (!x->tickVectorLabels().isEmpty()) {
        int tallest = 0;
        for (const QString &label : x->tickVectorLabels())
            tallest = std::max(tallest, tickLabelSize(x->tickLabelFont(), label).height());
        below += x->tickLabelPadding() + tallest;
    }
    return below + x->labelPadding();
}

// A timer row label's words: broken at spaces, a connection's number kept with the word before it
// ("SYN-ACK #23").
QStringList laneWords(const QString &label)
{
    QString glued = label;
    glued.replace(QStringLiteral(" #"), QStringLiteral("\u00a0#"));
    QStringList words = glued.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        word.replace(QChar(0x00a0), QLatin1Char(' '));
    return words;
}

// A timer row label within `room` pixels: whole on one line where it fits, else its words on as
// few lines as fit (room is at least the widest word: nothing is cut).
QString wrappedLane(const QFont &font, const QString &label, double room)
{
    if (tickLabelSize(font, label).width() <= room)
        return label;
    QStringList lines;
    for (const QString &word : laneWords(label)) {
        if (!lines.isEmpty() && tickLabelSize(font, lines.back() + QLatin1Char(' ') + word).width() <= room)
            lines.back() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TimelineChartsView::fitLabels()
{
    m_textRects.clear();
    const QCPAxisRect *rects[] = {m_retransRect, m_timerRect, m_occupancyRect};
    for (const QCPAxisRect *rect : rects) {
        const QCPAxis *y = rect->axis(QCPAxis::atLeft);
        if (y->label().isEmpty())
            continue;
        // Where QCustomPlot draws the title: at the outer edge of the (shared) left margin.
        const QFontMetricsF fm(y->labelFont());
        const QRect area = rect->rect();
        const double w = fm.horizontalAdvance(y->label());
        m_textRects.emplace_back(area.left() - rect->margins().left(), area.center().y() - w / 2, fm.height(), w);
    }
    const QCPAxis *x = m_occupancyRect->axis(QCPAxis::atBottom);
    if (!x->label().isEmpty()) {
        const QFontMetricsF fm(x->labelFont());
        const QRect area = m_occupancyRect->rect();
        const double w = fm.horizontalAdvance(x->label());
        m_textRects.emplace_back(area.center().x() - w / 2, area.bottom() + belowAxis(x), w, fm.height());
    }
    m_textRects.insert(m_textRects.end(), m_laneRects.cbegin(), m_laneRects.cend());
    fitItemLabels();
    fitLegends();
}

// A chart's value-axis title runs along its height, rotated: where the chart is shorter than the
// title, it ran into the next chart's title; it is left out then (the legend and the lanes name
// what is drawn).
void TimelineChartsView::fitAxes()
{
    const QCPAxisRect *rects[] = {m_retransRect, m_timerRect, m_occupancyRect};
    for (int i = 0; i < 3; ++i) {
        QCPAxis *y = rects[i]->axis(QCPAxis::atLeft);
        const QFontMetricsF fm(y->labelFont());
        const QString full = i < m_axisTitles.size() ? m_axisTitles[i] : QString();
        const QString title = fm.horizontalAdvance(full) + fm.height() <= rects[i]->rect().height() ? full : QString();
        if (y->label() != title)
            y->setLabel(title);
    }
    // The time axis' title is centred under the bottom chart: where wider than the chart it ran
    // under the legend.
    QCPAxis *x = m_occupancyRect->axis(QCPAxis::atBottom);
    // Nor is it drawn where the plot is too short for it under the numbers (cut at 300 % in a short dock).
    const QString full = m_axisTitles.size() > 3 ? m_axisTitles[3] : QString();
    const QFontMetricsF fm(x->labelFont());
    const bool fits = fm.horizontalAdvance(full) <= m_occupancyRect->rect().width()
        && m_occupancyRect->rect().bottom() + belowAxis(x) + fm.height() <= m_plot->height() + 1;
    const QString title = fits ? full : QString();
    if (x->label() != title)
        x->setLabel(title);
}

// What the axes show follows the room the layout gave each one: the value and time axes' ticks
// (ChartTicker), the timer chart's row labels and the axis titles. QCustomPlot generated the ticks
// before this layout, from the last frame's sizes; the layout runs again until nothing changes
// (the left margin follows the widest label), so a frame never draws labels planned for another
// size: at most four passes of a few microseconds each.
void TimelineChartsView::settleTicks()
{
    const auto shown = [this] {
        QStringList out;
        for (const QCPAxisRect *rect : {m_retransRect, m_timerRect, m_occupancyRect}) {
            for (const QCPAxis *axis : {rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atBottom)}) {
                out << axis->label() << QStringList(axis->tickVectorLabels().cbegin(), axis->tickVectorLabels().cend());
                for (const double v : axis->tickVector())
                    out << QString::number(v);
            }
        }
        return out;
    };
    bool relayout = fitLegendNames();
    if (m_legendsInRows)
        relayout = fillLegendRows() || relayout;
    if (relayout) {
        m_plot->plotLayout()->update(QCPLayoutElement::upMargins);
        m_plot->plotLayout()->update(QCPLayoutElement::upLayout);
    }
    for (int pass = 0;; ++pass) {
        const QStringList before = shown();
        fitAxes();
        fitTimerLanes();
        m_plot->plotLayout()->update(QCPLayoutElement::upPreparation);
        if (shown() == before || pass == 3)
            return;
        m_plot->plotLayout()->update(QCPLayoutElement::upMargins);
        m_plot->plotLayout()->update(QCPLayoutElement::upLayout);
    }
}

// The width a timer row label may take: its whole on one line up to two fifths of the plot's width
// (at least a quarter); a longer label goes on two or three lines, broken between words ("server"
// over "delayed ACK"), and is never cut: at 200 % in a narrow dock "serv…-ACK" was all a class
// read. The room grows to the longest word where that is wider.
double TimelineChartsView::laneRoom()
{
    const QFont font = m_timerRect->axis(QCPAxis::atLeft)->tickLabelFont();
    if (m_laneMeasured != m_rowLabels.size() || m_laneFont != font) {
        m_laneMeasured = int(m_rowLabels.size());
        m_laneFont = font;
        m_laneWhole = m_laneWord = 0;
        QSet<QString> words;
        for (const QString &label : std::as_const(m_rowLabels)) {
            m_laneWhole = std::max(m_laneWhole, double(tickLabelSize(font, label).width()));
            for (const QString &word : laneWords(label))
                words.insert(word);
        }
        for (const QString &word : std::as_const(words))
            m_laneWord = std::max(m_laneWord, double(tickLabelSize(font, word).width()));
    }
    const double least = std::max(QFontMetricsF(font).averageCharWidth() * 6, m_plot->width() * 0.25);
    return std::max(m_laneWord, std::clamp(m_laneWhole, least, std::max(least, m_plot->width() * 0.4)));
}

// Rows are labelled where there is room: the first row of each run of one host's timer kind first,
// then the others; a row without room keeps its bar and its tooltip (valuesAt()).
void TimelineChartsView::fitTimerLanes()
{
    m_laneRects.clear();
    QCPAxis *y = m_timerRect->axis(QCPAxis::atLeft);
    const QRect area = m_timerRect->rect();
    const double right = area.left() - y->tickLengthOut() - y->tickLabelPadding();
    const double widest = laneRoom();
    QStringList texts;
    texts.reserve(m_rowLabels.size());
    for (const QString &label : std::as_const(m_rowLabels))
        texts << wrappedLane(y->tickLabelFont(), label, widest);
    const auto lane = [&](int r) { return texts[r]; };
    std::vector<LabelCandidate> lanes;
    lanes.reserve(std::size_t(m_rowLabels.size()));
    for (int r = 0; r < m_rowLabels.size(); ++r) {
        // Measured and placed as QCustomPlot draws a tick label (views/chartticker.h).
        const double py = y->coordToPixel(r);
        const QSize size = tickLabelSize(y->tickLabelFont(), lane(r));
        LabelCandidate c;
        c.rect = QRectF(right - size.width(), py + int(-size.height() / 2.0), size.width(), size.height());
        c.priority = m_rowRunStart[std::size_t(r)] ? 1 : 0;
        lanes.push_back(c);
    }
    // Only the chart's height limits the labels (so they never meet the numbers of the charts
    // above and below): the axis margin follows the widest label shown.
    const QRectF bounds(-1e6, area.top(), right + 1 + 1e6, area.height());
    const std::vector<int> choice = placeLabels(lanes, bounds);
    QStringList shown;
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    for (int r = 0; r < m_rowLabels.size(); ++r) {
        if (choice[std::size_t(r)] < 0) {
            shown << QString();
            continue;
        }
        ticker->addTick(r, lane(r));
        shown << lane(r);
        m_laneRects.push_back(lanes[std::size_t(r)].rect);
    }
    if (shown != m_shownLanes) {
        m_shownLanes = shown;
        y->setTicker(ticker);
    }
}

// Duration labels, longest bar first; limit labels at the left end of their line, else at the
// right end, else under the line at the left; none over another.
void TimelineChartsView::fitItemLabels()
{
    std::vector<LabelCandidate> candidates;
    std::vector<QCPItemText *> items;
    const QRectF timerArea = m_timerRect->rect();
    for (const auto &[item, duration] : std::as_const(m_durationLabels)) {
        LabelCandidate c;
        c.rect = itemTextRect(item, item->position->pixelPosition(), Qt::AlignHCenter | Qt::AlignBottom);
        c.priority = int(std::min(1e9, duration * 1e3));
        candidates.push_back(c);
        items.push_back(item);
    }
    const std::size_t durations = candidates.size();
    std::vector<int> choice = placeLabels(candidates, timerArea);
    for (std::size_t i = 0; i < durations; ++i) {
        items[i]->setVisible(choice[i] >= 0);
        if (choice[i] >= 0)
            m_textRects.push_back(candidates[i].rect);
    }

    // Each limit label on one line where it fits, else on two (the same four places each).
    const QRectF area = m_occupancyRect->rect();
    const double left = area.left() + area.width() * 0.01;
    const double rightEdge = area.right() - area.width() * 0.01;
    std::vector<LabelCandidate> limits;
    for (const LimitLabel &label : std::as_const(m_limitLabels)) {
        const double py = label.item->position->pixelPosition().y();
        LabelCandidate c;
        c.priority = label.priority;
        for (const QString &text : {label.oneLine, label.twoLines}) {
            c.alternatives.push_back(itemTextRect(label.item, QPointF(left, py), Qt::AlignLeft | Qt::AlignBottom, text));
            c.alternatives.push_back(itemTextRect(label.item, QPointF(rightEdge, py), Qt::AlignRight | Qt::AlignBottom, text));
            c.alternatives.push_back(itemTextRect(label.item, QPointF(left, py), Qt::AlignLeft | Qt::AlignTop, text));
            c.alternatives.push_back(itemTextRect(label.item, QPointF(rightEdge, py), Qt::AlignRight | Qt::AlignTop, text));
            if (label.twoLines == label.oneLine)
                break;
        }
        c.rect = c.alternatives.front();
        c.alternatives.erase(c.alternatives.begin());
        limits.push_back(c);
    }
    choice = placeLabels(limits, area);
    for (int i = 0; i < m_limitLabels.size(); ++i) {
        const LimitLabel &label = m_limitLabels[i];
        const int k = choice[std::size_t(i)];
        label.item->setVisible(k >= 0);
        if (k < 0)
            continue;
        const bool right = k % 4 == 1 || k % 4 == 3;
        const bool below = k % 4 >= 2;
        const QString &text = k >= 4 ? label.twoLines : label.oneLine;
        if (label.item->text() != text)
            label.item->setText(text);
        label.item->position->setCoords(right ? 0.99 : 0.01, label.item->position->coords().y());
        label.item->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | (below ? Qt::AlignTop : Qt::AlignBottom));
        // A label on two lines keeps both against the chart's edge it stands at.
        label.item->setTextAlignment(Qt::AlignTop | (right ? Qt::AlignRight : Qt::AlignLeft));
        m_textRects.push_back(placedRect(limits[std::size_t(i)], k));
    }
}

std::vector<std::pair<QString, QRectF>> TimelineChartsView::limitLabels() const
{
    std::vector<std::pair<QString, QRectF>> out;
    for (const LimitLabel &label : m_limitLabels) {
        if (label.item->visible())
            out.emplace_back(label.item->text(), itemTextRect(label.item, label.item->position->pixelPosition(), label.item->positionAlignment()));
    }
    return out;
}

std::vector<QRectF> TimelineChartsView::textRects() const
{
    return m_textRects;
}

std::vector<QRectF> TimelineChartsView::dataRects() const
{
    const_cast<TimelineChartsView *>(this)->buildContent();
    return {m_retransRect->rect(), m_timerRect->rect(), m_occupancyRect->rect()};
}

std::vector<QRectF> TimelineChartsView::markerRects() const
{
    const_cast<TimelineChartsView *>(this)->buildContent();
    std::vector<QRectF> out;
    const QRectF area = m_retransRect->rect();
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        const QCPGraph *g = m_plot->graph(i);
        if (g->valueAxis() != m_retransRect->axis(QCPAxis::atLeft) || g->scatterStyle().isNone())
            continue;
        const double size = g->scatterStyle().size();
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
            const QPointF c = g->coordsToPixels(it->key, it->value);
            const QRectF box(c.x() - size / 2, c.y() - size / 2, size, size);
            if (area.intersects(box))
                out.push_back(box);
        }
    }
    return out;
}

QStringList TimelineChartsView::shownTimerLanes() const
{
    QStringList out;
    for (const QString &s : m_shownLanes)
        if (!s.isEmpty())
            out << s;
    return out;
}

} // namespace closelab
