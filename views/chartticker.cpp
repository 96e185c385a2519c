// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/chartticker.h"

#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {
// QCustomPlot places a label at whole pixels (getTickLabelDrawOffset() truncates): one pixel of slack.
constexpr double kSlack = 1.0;

QString plain(double value, int decimals)
{
    decimals = std::max(0, decimals);
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0; // never "-0"
    return QString::number(value, 'f', decimals);
}

// Digits after the point that a step m × 10^k needs (0.5 → 1, 0.05 → 2, 20 → 0).
int decimalsOf(double step)
{
    return std::max(0, int(std::ceil(-std::log10(step) - 1e-9)));
}

struct Candidate {
    double value;
    QString label;
};

// The labels' intervals along the axis lie in the room, and neighbours keep the gap.
bool fits(const TickRoom &room, const Candidate &c)
{
    const double p = room.toPixel(c.value);
    const double half = room.extent(c.label) / 2 + kSlack;
    return p - half >= room.minPixel && p + half <= room.maxPixel;
}

bool apart(const TickRoom &room, const std::vector<Candidate> &ticks)
{
    for (std::size_t i = 1; i < ticks.size(); ++i) {
        const double distance = std::abs(room.toPixel(ticks[i].value) - room.toPixel(ticks[i - 1].value));
        const double needed = (room.extent(ticks[i].label) + room.extent(ticks[i - 1].label)) / 2 + 2 * kSlack + room.gap;
        if (distance < needed)
            return false;
    }
    return true;
}

TickPlan planOf(const std::vector<Candidate> &ticks)
{
    TickPlan plan;
    for (const Candidate &c : ticks) {
        plan.values.push_back(c.value);
        plan.labels << c.label;
    }
    return plan;
}

// Multiples of `step` within [lower, upper] (at most `limit` of them).
std::vector<Candidate> linearTicks(double lower, double upper, double step, std::size_t limit)
{
    std::vector<Candidate> out;
    const double first = std::ceil(lower / step - 1e-9);
    const int decimals = decimalsOf(step);
    for (double n = first; out.size() < limit; n += 1) {
        double v = n * step;
        if (v > upper + step * 1e-9)
            break;
        if (std::abs(v) < step * 1e-9)
            v = 0;
        out.push_back({v, plain(v, decimals)});
    }
    return out;
}

TickPlan planLinear(const TickRoom &room)
{
    const double span = room.upper - room.lower;
    const double pixels = std::abs(room.toPixel(room.upper) - room.toPixel(room.lower));
    if (!(span > 0) || !std::isfinite(span) || !(pixels > 0))
        return {};
    // The finest step worth trying: two of the narrowest labels and the gap between them.
    const double narrowest = room.extent(QStringLiteral("0")) + room.gap;
    const double minStep = std::max(span * 1e-6, narrowest * span / pixels);
    std::vector<double> steps;
    for (int k = int(std::floor(std::log10(minStep))); steps.empty() || steps.back() <= span; ++k) {
        for (const double m : {1.0, 2.0, 5.0}) {
            const double step = m * std::pow(10.0, k);
            if (step >= minStep * (1 - 1e-9))
                steps.push_back(step);
        }
    }
    constexpr std::size_t kMaxTicks = 64;
    for (const double step : steps) {
        std::vector<Candidate> ticks = linearTicks(room.lower, room.upper, step, kMaxTicks + 1);
        if (ticks.size() > kMaxTicks)
            continue;
        std::erase_if(ticks, [&](const Candidate &c) { return !fits(room, c); });
        if (ticks.size() >= 2 && apart(room, ticks))
            return planOf(ticks);
    }
    // No room for two: the nicest value whose label fits (1, 2, 5 × 10^k from the span down to a
    // hundredth of it), the largest of its step's multiples.
    steps.clear();
    for (int k = int(std::floor(std::log10(span))); k >= int(std::floor(std::log10(span))) - 2; --k) {
        for (const double m : {5.0, 2.0, 1.0}) {
            if (m * std::pow(10.0, k) <= span)
                steps.push_back(m * std::pow(10.0, k));
        }
    }
    for (auto step = steps.cbegin(); step != steps.cend(); ++step) {
        std::vector<Candidate> ticks = linearTicks(room.lower, room.upper, *step, kMaxTicks);
        for (auto c = ticks.crbegin(); c != ticks.crend(); ++c) {
            if (fits(room, *c))
                return planOf({*c});
        }
    }
    return {};
}

TickPlan planLogarithmic(const TickRoom &room)
{
    if (!(room.lower > 0) || !(room.upper > room.lower) || !std::isfinite(room.upper))
        return {};
    const int kLo = int(std::ceil(std::log10(room.lower) - 1e-9));
    const int kHi = int(std::floor(std::log10(room.upper) + 1e-9));
    const auto decade = [](int k) { return Candidate{std::pow(10.0, k), plain(std::pow(10.0, k), -k)}; };
    for (int every = 1; every <= std::max(1, kHi - kLo); ++every) {
        // Every `every`-th decade, counted from whichever decade gives the most labels.
        std::vector<Candidate> best;
        for (int offset = 0; offset < every; ++offset) {
            std::vector<Candidate> ticks;
            for (int k = kLo; k <= kHi; ++k) {
                if (((k - offset) % every + every) % every == 0 && fits(room, decade(k)))
                    ticks.push_back(decade(k));
            }
            if (ticks.size() > best.size())
                best = ticks;
        }
        if (best.size() >= 2 && apart(room, best))
            return planOf(best);
    }
    // No room for two: the largest decade whose label fits, else the largest 5 or 2 × 10^k.
    for (int k = kHi; k >= kLo; --k) {
        if (fits(room, decade(k)))
            return planOf({decade(k)});
    }
    for (int k = kHi; k >= kLo - 1; --k) {
        for (const double m : {5.0, 2.0}) {
            const Candidate c{m * std::pow(10.0, k), plain(m * std::pow(10.0, k), -k)};
            if (c.value >= room.lower && c.value <= room.upper && fits(room, c))
                return planOf({c});
        }
    }
    return {};
}
} // namespace

TickPlan planTicks(const TickRoom &room)
{
    if (!room.toPixel || !room.extent)
        return {};
    return room.logarithmic ? planLogarithmic(room) : planLinear(room);
}

QSize tickLabelSize(const QFont &font, const QString &text)
{
    QFont measured = font;
    if (measured.pointSizeF() > 0)
        measured.setPointSizeF(measured.pointSizeF() + 0.05);
    return QFontMetrics(measured).boundingRect(0, 0, 0, 0, Qt::TextDontClip | Qt::AlignHCenter, text).size();
}

ChartTicker::ChartTicker(QCPAxis *axis, double gapLines)
    : m_axis(axis)
    , m_gapLines(gapLines)
{
}

TickRoom ChartTicker::room(const QCPRange &range) const
{
    TickRoom room;
    room.lower = range.lower;
    room.upper = range.upper;
    room.logarithmic = m_axis->scaleType() == QCPAxis::stLogarithmic;
    const QCPAxis *axis = m_axis;
    room.toPixel = [axis](double v) { return axis->coordToPixel(v); };
    const QFont font = m_axis->tickLabelFont();
    const double line = tickLabelSize(font, QStringLiteral("0")).height();
    room.gap = m_gapLines * line;
    const QRect area = m_axis->axisRect()->rect();
    if (m_axis->orientation() == Qt::Vertical) {
        room.minPixel = area.top();
        room.maxPixel = area.top() + area.height();
        room.extent = [line](const QString &) { return line; };
    } else {
        // Left: the plot's edge (under the value axis' numbers, which keep within their chart's
        // height); right: the chart's edge (the legend's column begins there).
        room.minPixel = m_axis->parentPlot()->viewport().left();
        room.maxPixel = area.left() + area.width();
        room.extent = [font](const QString &text) { return double(tickLabelSize(font, text).width()); };
    }
    return room;
}

void ChartTicker::generate(const QCPRange &range, const QLocale &, QChar, int, QVector<double> &ticks, QVector<double> *subTicks,
                           QVector<QString> *tickLabels)
{
    const TickPlan plan = planTicks(room(range));
    ticks = QVector<double>(plan.values.cbegin(), plan.values.cend());
    if (subTicks)
        subTicks->clear();
    if (tickLabels)
        *tickLabels = QVector<QString>(plan.labels.cbegin(), plan.labels.cend());
}

} // namespace closelab
