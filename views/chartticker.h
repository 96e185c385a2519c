// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <qcustomplot.h>

#include <functional>
#include <vector>

namespace closelab {

/// The room an axis has for its tick labels, in pixels along the axis.
struct TickRoom {
    double lower = 0;        ///< the axis range
    double upper = 1;
    bool logarithmic = false;
    std::function<double(double)> toPixel;          ///< value → pixel along the axis
    double minPixel = 0;     ///< a label lies wholly within [minPixel, maxPixel] along the axis
    double maxPixel = 0;
    std::function<double(const QString &)> extent;  ///< a label's size along the axis (height or width)
    double gap = 0;          ///< free pixels between two neighbouring labels
};

/// The values an axis labels and their texts.
struct TickPlan {
    std::vector<double> values;
    QStringList labels;
};

/// The ticks of an axis as many as its room allows: the finest "nice" step (1, 2, 5 × 10^k; on a
/// logarithmic axis every decade, every second…) whose labels all lie within the room and keep
/// `gap` apart. Where not even two fit, the one nicest value whose label fits (the largest of
/// them); where not even one fits, none. Labels in plain decimals ("0.0001", "1000000", never
/// "1e+06"), with the digits the step needs.
TickPlan planTicks(const TickRoom &room);

/// A QCustomPlot ticker that asks planTicks() at every layout, with the axis's length, its tick
/// label font and the axis rect's extent as the room: vertical axes keep their labels within their
/// chart's height (so stacked charts' numbers never meet), horizontal ones within the plot and
/// left of the chart's right edge (the legend's column). Linear or logarithmic as the axis is.
class ChartTicker : public QCPAxisTicker {
public:
    /// gapLines: free space between labels, in label heights (vertical axes) or in em (horizontal).
    explicit ChartTicker(QCPAxis *axis, double gapLines = 0.5);
    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision, QVector<double> &ticks,
                  QVector<double> *subTicks, QVector<QString> *tickLabels) override;
    /// The room the axis has now (for tests and the layout).
    TickRoom room(const QCPRange &range) const;

private:
    QCPAxis *m_axis;
    double m_gapLines;
};

/// The size QCustomPlot 2.1 draws a tick label in (QCPAxisPainterPrivate::getTickLabelData: the
/// font measured 0.05 pt larger, one line, not rotated).
QSize tickLabelSize(const QFont &font, const QString &text);

} // namespace closelab
