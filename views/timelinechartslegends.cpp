// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline charts' legends: one column beside each chart, entries under their host's heading,
// as many as the chart is high (fitLegends()); where names would be cut beside the charts, rows of
// their own over and under them (fitLegendNames(), placeLegends(), fillLegendRows()). The other
// labels' placement is in timelinechartslabels.cpp.
#include "views/codetexts.h"
#include "views/timelinechartspanel.h"
#include "views/timelinechartsview.h"
#include "views/zoom.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {
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

} // namespace closelab
