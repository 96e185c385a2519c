// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeslider.h"

#include <QPainter>
#include <QStyleOptionSlider>

#include <algorithm>
#include <cmath>

namespace {
constexpr int baseMarkHeight = 5;
}

TimeSlider::TimeSlider(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
}

void TimeSlider::setMarks(QList<double> positions)
{
    std::sort(positions.begin(), positions.end());
    m_marks = std::move(positions);
    update();
}

void TimeSlider::setZoom(double factor)
{
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    updateGeometry();
    update();
}

int TimeSlider::markHeight() const
{
    return int(std::lround(baseMarkHeight * m_zoom));
}

int TimeSlider::xOfPosition(double position) const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int span = std::max(0, groove.width() - handle.width());
    return groove.left() + handle.width() / 2 + int(std::lround(std::clamp(position, 0.0, 1.0) * span));
}

QSize TimeSlider::sizeHint() const
{
    return QSlider::sizeHint() + QSize(0, 2 * markHeight());
}

QSize TimeSlider::minimumSizeHint() const
{
    return QSlider::minimumSizeHint() + QSize(0, 2 * markHeight());
}

void TimeSlider::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QStyleOptionSlider option;
    initStyleOption(&option);

    // Groove, then the marks, then the handle on top of them.
    option.subControls = QStyle::SC_SliderGroove;
    style()->drawComplexControl(QStyle::CC_Slider, &option, &painter, this);

    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    QColor colour = palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Highlight);
    colour.setAlphaF(0.8f);
    painter.setPen(QPen(colour, 1.5 * m_zoom));
    const int y0 = groove.bottom() + int(std::lround(2 * m_zoom));
    const int y1 = std::min(height() - 1, y0 + markHeight());
    int lastX = -1;
    for (double position : std::as_const(m_marks)) {
        const int x = xOfPosition(position);
        if (x == lastX) // events closer than a pixel share one tick
            continue;
        painter.drawLine(x, y0, x, y1);
        lastX = x;
    }

    option.subControls = QStyle::SC_SliderHandle;
    if (isSliderDown())
        option.activeSubControls = QStyle::SC_SliderHandle;
    style()->drawComplexControl(QStyle::CC_Slider, &option, &painter, this);
}
