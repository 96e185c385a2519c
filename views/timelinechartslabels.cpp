// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline charts' collision avoidance: after each layout, the timer chart's row labels, the
// duration labels on the bars and the limit labels are placed with placeLabels() (left out, or
// moved, rather than drawn over one another); the legends wrap into columns beside their chart.
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

bool TimelineChartsView::fitLegendNames()
{
    // The room an entry's name has in a box `width` pixels wide: less its icon, its padding and the
    // legend's margins, measured as QCPPlottableLegendItem measures it (integer metrics).
    const auto room = [](const QCPLegend *legend, double width) {
        return int(width) - legend->iconSize().width() - legend->iconTextPadding() - legend->margins().left()
            - legend->margins().right() - 2;
    };
    // Beside its chart a legend has a third of the plot's width; where a name would not fit there
    // whole (on two lines at most), the legends go to rows of their own, over and under the charts,
    // as wide as the plot (at 1280x720, 200 %, "TIME_WAIT" was cut to "TIM…" beside the chart).
    // So do they where the column beside the charts and the timer rows' labels would take more than
    // half of the plot's width (at 1280x720, 200 % the rows' labels had 90 px).
    bool rows = false;
    int column = 0;
    for (int i = 0; i < m_legendEntries.size() && i < m_legendNames.size(); ++i) {
        const QCPLegend *legend = m_legendEntries[i].second;
        const QFontMetrics fm(legend->font());
        const QString name = wrappedLegendName(fm, m_legendNames[i], room(legend, m_plot->width() / 3.0));
        if (name.contains(QChar(0x2026)) && !m_legendNames[i].contains(QChar(0x2026)))
            rows = true;
        const int text = fm.boundingRect(0, 0, 0, 0, Qt::TextDontClip, name).width();
        column = std::max(column, legend->iconSize().width() + legend->iconTextPadding() + text + legend->margins().left()
                                      + legend->margins().right() + 2 + m_legendColumns[0]->margins().right());
    }
    if (!m_rowLabels.isEmpty() && column + laneRoom() > 0.5 * m_plot->width())
        rows = true;
    bool changed = false;
    if (rows != m_legendsInRows) {
        m_legendsInRows = rows;
        placeLegends();
        changed = true;
    }
    const double width = rows ? m_plot->width() - m_legendRows[0]->margins().left() - m_legendRows[0]->margins().right()
                              : m_plot->width() / 3.0;
    for (int i = 0; i < m_legendEntries.size() && i < m_legendNames.size(); ++i) {
        QCPLegend *legend = m_legendEntries[i].second;
        const QString name = wrappedLegendName(QFontMetrics(legend->font()), m_legendNames[i], room(legend, width));
        if (m_legendEntries[i].first->name() != name) {
            m_legendEntries[i].first->setName(name);
            changed = true;
        }
    }
    return changed;
}

void TimelineChartsView::placeLegends()
{
    QCPLegend *legends[] = {m_retransLegend, m_occupancyLegend};
    for (int p = 0; p < 2; ++p) {
        QCPLegend *legend = legends[p];
        QCPLayoutInset *from = m_legendsInRows ? m_legendColumns[p] : m_legendRows[p];
        QCPLayoutInset *to = m_legendsInRows ? m_legendRows[p] : m_legendColumns[p];
        legend->clearItems();
        if (from->take(legend))
            to->addElement(legend, Qt::AlignTop | (m_legendsInRows ? Qt::AlignLeft : Qt::AlignRight));
    }
    m_legendShown.clear(); // filled afresh where they are now
    m_plot->plotLayout()->setRowStretchFactor(1, m_legendsInRows ? 0.6 : 1.0); // fillLegendRows()
}

namespace {
// One cell of a legend in a row of its own: a host's heading or an entry (its index), and its size.
struct LegendToken {
    bool heading = false;
    int entry = -1;
    QString host;
    QSize size;
};

// A legend's grid in a row `room` pixels wide: each host's heading starts a line in the first
// column, its entries follow it and wrap onto further lines in the columns after it (the first
// column holds only headings); as many columns as fit (at least one for entries). Per token its cell.
struct LegendGrid {
    std::vector<QPoint> cells; // column, line
    int width = 0;
    int height = 0;
};

// `first`: the column entries start in (1 beside a heading); `columns`: the grid's columns. A
// heading alone on its line when first is 0 and headings are there (entries under it).
LegendGrid legendGridOf(const std::vector<LegendToken> &tokens, int columns, int first, int spacing)
{
    LegendGrid grid;
    std::vector<int> widths(std::size_t(columns), 0);
    std::vector<int> heights;
    int column = columns;
    for (const LegendToken &t : tokens) {
        if (t.heading || column >= columns) {
            column = t.heading ? 0 : first;
            heights.push_back(0);
        }
        grid.cells.emplace_back(column, int(heights.size()) - 1);
        widths[std::size_t(column)] = std::max(widths[std::size_t(column)], t.size.width());
        heights.back() = std::max(heights.back(), t.size.height());
        ++column;
        if (t.heading && first == 0)
            column = columns; // entries on the next line
    }
    int used = 0;
    for (const int w : widths) {
        if (w > 0) {
            grid.width += w;
            ++used;
        }
    }
    grid.width += spacing * std::max(0, used - 1);
    for (const int h : heights)
        grid.height += h;
    return grid;
}

LegendGrid legendGrid(const std::vector<LegendToken> &tokens, int room, int spacing)
{
    const int first = std::any_of(tokens.cbegin(), tokens.cend(), [](const LegendToken &t) { return t.heading; }) ? 1 : 0;
    for (int columns = first + std::max<int>(1, int(tokens.size())); columns > first; --columns) {
        const LegendGrid grid = legendGridOf(tokens, columns, first, spacing);
        if (grid.width <= room)
            return grid;
    }
    // Too narrow for a heading beside an entry: each heading on a line of its own, entries under it.
    return legendGridOf(tokens, 1, 0, spacing);
}
} // namespace

// Legends in rows of their own (fitLegendNames() chose them): the retransmissions' over the charts,
// the occupancy's under them, each as many lines as the height the charts can spare allows, the
// heaviest entries first (the hover tooltip lists every series). Runs after a layout, before the
// next: their rows' heights follow what they hold.
bool TimelineChartsView::fillLegendRows()
{
    bool changed = false;
    while (m_legendShown.size() < 2)
        m_legendShown.append(QStringList(QStringLiteral("?")));
    QCPLegend *legends[] = {m_retransLegend, m_occupancyLegend};
    // The legends' rows take what the charts can spare: each chart keeps kReadableLines lines of
    // tick labels at the plot layout's stretch (0.6 : 1 : 1.3 with the legends in rows: the
    // retransmissions' markers need less), so the timer and occupancy charts keep room for two
    // value ticks; at most a quarter of the plot. The occupancy's legend keeps one line where the
    // plot is 12 lines tall (its lines are told apart only by it); in a shorter plot a legend the
    // charts cannot spare a line for is left out: the hover names every series.
    const double tick = QFontMetricsF(m_occupancyRect->axis(QCPAxis::atLeft)->tickLabelFont()).height();
    const double charts = m_retransRect->rect().height() + m_timerRect->rect().height() + m_occupancyRect->rect().height()
        + m_legendRows[0]->outerRect().height() + m_legendRows[1]->outerRect().height();
    double left = std::min(0.25 * m_plot->height(), charts - 2.9 * TimelineChartsPanel::kReadableLines * tick);
    // The occupancy's first (its lines are told apart only by the legend), then the retransmissions'.
    for (const int p : {1, 0}) {
        QCPLegend *legend = legends[p];
        const QFontMetrics fm(legend->font());
        QFont boldFont = legend->font();
        boldFont.setBold(true);
        const QFontMetrics bold(boldFont);
        const QSize icon = legend->iconSize();
        const int room = m_plot->width() - m_legendRows[p]->margins().left() - m_legendRows[p]->margins().right()
            - legend->margins().left() - legend->margins().right() - 2;
        const int frame = legend->margins().top() + legend->margins().bottom() + 2;
        std::vector<int> order;
        for (const QString &host : {QString(), QStringLiteral("client"), QStringLiteral("server")}) {
            for (int i = 0; i < m_legendEntries.size() && i < m_legendHosts.size(); ++i) {
                if (m_legendEntries[i].second == legend && m_legendHosts[i] == host)
                    order.push_back(i);
            }
        }
        const auto tokensOf = [&](const std::vector<bool> &chosen) {
            std::vector<LegendToken> tokens;
            QString lastHost;
            for (const int i : order) {
                if (!chosen[std::size_t(i)])
                    continue;
                const QString &host = m_legendHosts[i];
                // A name that cannot be whole even in the row is left out, not cut (a very narrow dock).
                if (m_legendEntries[i].first->name().contains(QChar(0x2026)) && !m_legendNames[i].contains(QChar(0x2026)))
                    continue;
                if (!host.isEmpty() && host != lastHost) {
                    LegendToken h;
                    h.heading = true;
                    h.host = host;
                    const QString text = text::sideRole(host == QLatin1String("client") ? Side::Client : Side::Server);
                    h.size = bold.boundingRect(0, 0, 0, 0, Qt::TextDontClip, text).size();
                    tokens.push_back(h);
                }
                lastHost = host;
                LegendToken e;
                e.entry = i;
                // As QCPPlottableLegendItem::minimumOuterSizeHint() measures it.
                const QRect text = fm.boundingRect(0, 0, 0, icon.height(), Qt::TextDontClip, m_legendEntries[i].first->name());
                e.size = QSize(icon.width() + legend->iconTextPadding() + text.width(), std::max(text.height(), icon.height()));
                tokens.push_back(e);
            }
            return tokens;
        };
        std::vector<int> byWeight = order;
        std::stable_sort(byWeight.begin(), byWeight.end(), [this](int a, int b) {
            return m_legendWeights[std::size_t(a)] > m_legendWeights[std::size_t(b)];
        });
        const double line = std::max(fm.height(), icon.height()) + frame + m_legendRows[p]->margins().top() + m_legendRows[p]->margins().bottom();
        const double budget = p == 0 ? std::min(left, 0.1 * m_plot->height())
                                     : std::max(std::min(left, 0.2 * m_plot->height()), m_plot->height() >= 12 * tick ? line : 0.0);
        std::vector<bool> chosen(std::size_t(m_legendEntries.size()), false);
        for (const int i : byWeight) {
            chosen[std::size_t(i)] = true;
            if (legendGrid(tokensOf(chosen), room, legend->columnSpacing()).height + frame > budget)
                chosen[std::size_t(i)] = false;
        }
        const std::vector<LegendToken> tokens = tokensOf(chosen);
        const LegendGrid grid = legendGrid(tokens, room, legend->columnSpacing());
        if (!tokens.empty())
            left -= grid.height + frame + m_legendRows[p]->margins().top() + m_legendRows[p]->margins().bottom();
        QStringList wanted{QStringLiteral("rows")};
        for (std::size_t t = 0; t < tokens.size(); ++t) {
            wanted << QStringLiteral("%1%2@%3,%4")
                          .arg(tokens[t].heading ? QLatin1Char('#') : QLatin1Char(' '))
                          .arg(tokens[t].heading ? tokens[t].host : QString::number(tokens[t].entry))
                          .arg(grid.cells[t].x())
                          .arg(grid.cells[t].y());
        }
        if (wanted != m_legendShown[p]) {
            m_legendShown[p] = wanted;
            legend->clearItems();
            for (std::size_t t = 0; t < tokens.size(); ++t) {
                QCPAbstractLegendItem *item = nullptr;
                if (tokens[t].heading)
                    item = new LegendHeading(legend, text::sideRole(tokens[t].host == QLatin1String("client") ? Side::Client : Side::Server));
                else
                    item = new QCPPlottableLegendItem(legend, m_legendEntries[tokens[t].entry].first);
                legend->addElement(grid.cells[t].y(), grid.cells[t].x(), item);
            }
            changed = true;
        }
        if (legend->visible() != !tokens.empty()) {
            legend->setVisible(!tokens.empty());
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
        if (m_legendsInRows) {
            // In its row (fillLegendRows() filled it before the layout): its box as drawn.
            if (legend->visible()) {
                const QSize box = legend->minimumOuterSizeHint();
                m_textRects.emplace_back(legend->outerRect().topLeft(), QSizeF(box));
            }
            continue;
        }
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
