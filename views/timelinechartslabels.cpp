// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline charts' collision avoidance: after each layout, the timer chart's row labels, the
// duration labels on the bars and the limit labels are placed with placeLabels() (left out, or
// moved, rather than drawn over one another); the legends wrap into columns beside their chart.
#include "views/chartticker.h"
#include "views/codetexts.h"
#include "views/labelplacer.h"
#include "views/timelinechartsview.h"
#include "views/zoom.h"

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

int textWidth(const QFontMetrics &fm, const QString &text)
{
    return fm.boundingRect(0, 0, 0, 0, Qt::TextDontClip, text).width();
}

// A legend entry's name within `room` pixels: whole on one line, else on two lines broken at a
// space (the later the break, the better), else elided on one line (the hover names it whole).
QString wrappedLegendName(const QFontMetrics &fm, const QString &name, int room)
{
    if (textWidth(fm, name) <= room)
        return name;
    for (qsizetype at = name.lastIndexOf(QLatin1Char(' ')); at > 0; at = name.lastIndexOf(QLatin1Char(' '), at - 1)) {
        const QString first = name.left(at), second = name.mid(at + 1);
        if (textWidth(fm, first) <= room && textWidth(fm, second) <= room)
            return first + QLatin1Char('\n') + second;
        if (textWidth(fm, second) > room)
            break; // an earlier break only makes the second line longer
    }
    return fm.elidedText(name, Qt::ElideRight, std::max(room, 4 * fm.averageCharWidth()));
}

// A host's heading in a legend ("client", then its entries): the host named once, not after every
// entry (the entries' names fit whole beside a chart at 200 %).
class LegendHeading : public QCPAbstractLegendItem {
public:
    LegendHeading(QCPLegend *legend, const QString &text)
        : QCPAbstractLegendItem(legend)
        , m_text(text)
    {
        setSelectable(false);
    }
    QSize minimumOuterSizeHint() const override
    {
        const QSize text = QFontMetrics(headingFont()).boundingRect(0, 0, 0, 0, Qt::TextDontClip, m_text).size();
        return {text.width() + mMargins.left() + mMargins.right(), text.height() + mMargins.top() + mMargins.bottom()};
    }

protected:
    void draw(QCPPainter *painter) override
    {
        painter->setFont(headingFont());
        painter->setPen(QPen(mTextColor));
        painter->drawText(mRect, Qt::TextDontClip | Qt::AlignLeft | Qt::AlignVCenter, m_text);
    }

private:
    QFont headingFont() const
    {
        QFont f = mFont;
        f.setBold(true);
        return f;
    }
    QString m_text;
};
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
        // Where QCustomPlot draws it: under the tick labels, centred under the chart.
        int below = x->offset() + std::max({0, x->tickLengthOut(), x->subTickLengthOut()});
        if (!x->tickVectorLabels().isEmpty()) {
            int tallest = 0;
            for (const QString &label : x->tickVectorLabels())
                tallest = std::max(tallest, tickLabelSize(x->tickLabelFont(), label).height());
            below += x->tickLabelPadding() + tallest;
        }
        below += x->labelPadding();
        const QFontMetricsF fm(x->labelFont());
        const QRect area = m_occupancyRect->rect();
        const double w = fm.horizontalAdvance(x->label());
        m_textRects.emplace_back(area.center().x() - w / 2, area.bottom() + below, w, fm.height());
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
    const QString full = m_axisTitles.size() > 3 ? m_axisTitles[3] : QString();
    const QString title = QFontMetricsF(x->labelFont()).horizontalAdvance(full) <= m_occupancyRect->rect().width() ? full : QString();
    if (x->label() != title)
        x->setLabel(title);
}

bool TimelineChartsView::fitLegendNames()
{
    bool changed = false;
    for (int i = 0; i < m_legendEntries.size() && i < m_legendNames.size(); ++i) {
        QCPLegend *legend = m_legendEntries[i].second;
        // Measured as QCPPlottableLegendItem measures it (integer metrics, bounding rectangle).
        const QFontMetrics fm(legend->font());
        // The entry's icon, its padding and the legend's margins come off the third.
        const int room = int(m_plot->width() / 3.0) - legend->iconSize().width() - legend->iconTextPadding()
            - legend->margins().left() - legend->margins().right() - 2;
        const QString name = wrappedLegendName(fm, m_legendNames[i], room);
        if (m_legendEntries[i].first->name() != name) {
            m_legendEntries[i].first->setName(name);
            changed = true;
        }
    }
    return changed;
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
    if (fitLegendNames()) {
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

// Rows are labelled where there is room: the first row of each run of one host's timer kind first,
// then the others; a row without room keeps its bar and its tooltip (valuesAt()).
void TimelineChartsView::fitTimerLanes()
{
    m_laneRects.clear();
    QCPAxis *y = m_timerRect->axis(QCPAxis::atLeft);
    const QFontMetricsF fm(y->tickLabelFont());
    const QRect area = m_timerRect->rect();
    const double right = area.left() - y->tickLengthOut() - y->tickLabelPadding();
    // Long labels ("server SYN-ACK #1234") are elided to a quarter of the plot's width.
    const double widest = std::max(fm.averageCharWidth() * 6, m_plot->width() * 0.25);
    const auto elided = [&](int r) { return fm.elidedText(m_rowLabels[r], Qt::ElideMiddle, widest); };
    std::vector<LabelCandidate> lanes;
    lanes.reserve(std::size_t(m_rowLabels.size()));
    for (int r = 0; r < m_rowLabels.size(); ++r) {
        // Measured and placed as QCustomPlot draws a tick label (views/chartticker.h).
        const double py = y->coordToPixel(r);
        const QSize size = tickLabelSize(y->tickLabelFont(), elided(r));
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
        ticker->addTick(r, elided(r));
        shown << elided(r);
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

// A legend is one column beside its chart, as many entries as the chart is high: the rest are left
// out (the hover tooltip lists every series), so it neither covers data nor squeezes the chart.
// Entries of one host follow a heading naming it (the client's first, then the server's).
void TimelineChartsView::fitLegends()
{
    bool changed = false;
    const std::pair<QCPLegend *, QCPAxisRect *> pairs[] = {{m_retransLegend, m_retransRect}, {m_occupancyLegend, m_occupancyRect}};
    while (m_legendShown.size() < 2)
        m_legendShown.append(QStringList(QStringLiteral("?")));
    for (int p = 0; p < 2; ++p) {
        const auto &[legend, rect] = pairs[p];
        const QFontMetrics fm(legend->font());
        QFont bold = legend->font();
        bold.setBold(true);
        const int icon = legend->iconSize().height();
        const double room = rect->rect().height() - legend->margins().top() - legend->margins().bottom();
        std::vector<int> order;
        for (const QString &host : {QString(), QStringLiteral("client"), QStringLiteral("server")}) {
            for (int i = 0; i < m_legendEntries.size() && i < m_legendHosts.size(); ++i) {
                if (m_legendEntries[i].second == legend && m_legendHosts[i] == host)
                    order.push_back(i);
            }
        }
        // The rows' height (without the spacing between them) of a legend holding the entries
        // `chosen` (in `order`) and their hosts' headings.
        const auto height = [&](const std::vector<bool> &chosen, QStringList *shown) {
            double used = 0;
            QString lastHost;
            for (const int i : order) {
                if (!chosen[std::size_t(i)])
                    continue;
                const QString &host = m_legendHosts[i];
                const bool heading = !host.isEmpty() && host != lastHost;
                const QString name = m_legendEntries[i].first->name();
                used += std::max(fm.boundingRect(0, 0, 0, icon, Qt::TextDontClip, name).height(), icon) + 2;
                if (heading)
                    used += QFontMetrics(bold).height() + 2;
                if (shown) {
                    if (heading)
                        *shown << QLatin1Char('#') + host;
                    *shown << QString::number(i);
                }
                lastHost = host;
            }
            return used;
        };
        // A population's sockets per state first, then resources, each the higher its line reaches
        // the sooner (a leak's CLOSE_WAIT before a few FIN_WAIT1), as many as the chart's height
        // holds; shown in their hosts' order, under their headings.
        std::vector<int> byWeight = order;
        std::stable_sort(byWeight.begin(), byWeight.end(), [this](int a, int b) {
            return m_legendWeights[std::size_t(a)] > m_legendWeights[std::size_t(b)];
        });
        std::vector<bool> chosen(std::size_t(m_legendEntries.size()), false);
        for (const int i : byWeight) {
            chosen[std::size_t(i)] = true;
            QStringList rows;
            const double used = height(chosen, &rows);
            if (used + legend->rowSpacing() * std::max<qsizetype>(0, rows.size() - 1) > room)
                chosen[std::size_t(i)] = false;
        }
        QStringList wanted;
        height(chosen, &wanted);
        if (wanted != m_legendShown[p]) {
            m_legendShown[p] = wanted;
            legend->clearItems();
            for (const QString &w : std::as_const(wanted)) {
                if (w.startsWith(QLatin1Char('#')))
                    legend->addItem(new LegendHeading(legend, text::sideRole(w == QLatin1String("#client") ? Side::Client : Side::Server)));
                else
                    m_legendEntries[w.toInt()].first->addToLegend(legend);
            }
            changed = true;
        }
        // The box level with the chart's top (under QCustomPlot's margin above it; at the cell's
        // top it touched the plot's top edge), as far down as the cell lets it; in a chart too
        // short for one entry there is no legend.
        bool fits = true;
        if (auto *cell = qobject_cast<QCPLayoutInset *>(legend->layout())) {
            const QRect area = cell->outerRect();
            const int box = legend->minimumOuterSizeHint().height();
            fits = box <= area.height();
            QMargins gaps = cell->margins();
            gaps.setTop(std::clamp(rect->rect().top() - area.top(), 0, std::max(0, area.height() - box)));
            if (cell->margins() != gaps) {
                cell->setMargins(gaps);
                changed = true;
            }
        }
        legend->setVisible(legend->itemCount() > 0 && fits);
        if (!legend->visible())
            continue;
        QRectF box = legend->outerRect();
        box.setHeight(std::min<double>(box.height(), legend->minimumOuterSizeHint().height()));
        m_textRects.push_back(box);
    }
    if (changed)
        m_plot->replot(QCustomPlot::rpQueuedReplot);
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
