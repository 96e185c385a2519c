// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/flatchrome.h"

#include <QGroupBox>
#include <QMainWindow>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOption>
#include <QToolBar>

#include <algorithm>

namespace closelab::flatchrome {

namespace {

/// a moved towards b by t (0..1), opaque.
QColor mix(const QColor &a, const QColor &b, double t)
{
    const auto channel = [t](int x, int y) { return int(x + (y - x) * t + 0.5); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

QPalette::ColorGroup groupOf(const QStyleOption *option)
{
    return option->state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
}

/// The lines between parts of the chrome: about Fusion's outline on its window colour.
QColor separator(const QStyleOption *option)
{
    const QPalette::ColorGroup group = groupOf(option);
    return mix(option->palette.color(group, QPalette::Window), option->palette.color(group, QPalette::WindowText), 0.22);
}

/// An arrow pointing to `towards` (Qt::TopEdge: up), filling the middle of `box`.
void paintArrow(QPainter *painter, const QRectF &box, Qt::Edge towards, const QColor &colour)
{
    const qreal half = std::min(box.width(), box.height()) * 0.22;
    if (half < 1)
        return;
    const QPointF c = box.center();
    QPolygonF arrow;
    switch (towards) {
    case Qt::TopEdge:
        arrow << QPointF(c.x() - half, c.y() + half / 2) << QPointF(c.x() + half, c.y() + half / 2) << QPointF(c.x(), c.y() - half / 2);
        break;
    case Qt::BottomEdge:
        arrow << QPointF(c.x() - half, c.y() - half / 2) << QPointF(c.x() + half, c.y() - half / 2) << QPointF(c.x(), c.y() + half / 2);
        break;
    case Qt::LeftEdge:
        arrow << QPointF(c.x() + half / 2, c.y() - half) << QPointF(c.x() + half / 2, c.y() + half) << QPointF(c.x() - half / 2, c.y());
        break;
    case Qt::RightEdge:
        arrow << QPointF(c.x() - half / 2, c.y() - half) << QPointF(c.x() - half / 2, c.y() + half) << QPointF(c.x() + half / 2, c.y());
        break;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(arrow);
}

} // namespace

void paintToolBar(const QStyleOption *option, QPainter *painter, const QWidget *widget)
{
    const auto *bar = qstyleoption_cast<const QStyleOptionToolBar *>(option);
    // As Fusion: only a main window's tool bars have a look of their own.
    if (!bar || !widget || !qobject_cast<const QMainWindow *>(widget->parentWidget()))
        return;
    const QRect r = option->rect;
    painter->fillRect(r, option->palette.color(groupOf(option), QPalette::Window));
    // The line towards the central widget, under the last line of tool bars.
    if (bar->positionOfLine != QStyleOptionToolBar::End && bar->positionOfLine != QStyleOptionToolBar::OnlyOne)
        return;
    const QColor line = separator(option);
    switch (bar->toolBarArea) {
    case Qt::TopToolBarArea:
        painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), line);
        break;
    case Qt::BottomToolBarArea:
        painter->fillRect(QRect(r.left(), r.top(), r.width(), 1), line);
        break;
    case Qt::LeftToolBarArea:
        painter->fillRect(QRect(r.right(), r.top(), 1, r.height()), line);
        break;
    case Qt::RightToolBarArea:
        painter->fillRect(QRect(r.left(), r.top(), 1, r.height()), line);
        break;
    default:
        break;
    }
}

void paintHeaderSection(const QStyleOption *option, QPainter *painter)
{
    const QPalette::ColorGroup group = groupOf(option);
    const QColor window = option->palette.color(group, QPalette::Window);
    const QColor base = option->palette.color(group, QPalette::Base);
    const bool pressed = option->state & QStyle::State_Sunken;
    const QRect r = option->rect;
    painter->fillRect(r, pressed ? mix(window, option->palette.color(group, QPalette::WindowText), 0.08) : mix(base, window, 0.6));
    const QColor line = separator(option);
    painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), line);
    const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
    const bool last = header && (header->position == QStyleOptionHeader::End || header->position == QStyleOptionHeader::OnlyOneSection);
    if (!last || (header && header->orientation == Qt::Vertical))
        painter->fillRect(QRect(option->direction == Qt::RightToLeft ? r.left() : r.right(), r.top(), 1, r.height()), line);
}

void paintGroupBoxFrame(const QStyle *style, const QStyleOption *option, QPainter *painter, const QWidget *widget)
{
    // Fusion's frame starts under the title line (qfusionstyle.cpp, PE_FrameGroupBox: the larger of
    // a radio button and a line of text, and 3 px; only the 3 px for a box without title or check box).
    // Its image leaves the first row and column clear: the line is 1 px inside at the top and left.
    const auto *box = qobject_cast<const QGroupBox *>(widget);
    const int titleLine = box && !box->isCheckable() && box->title().isEmpty()
                              ? 0
                              : std::max(style->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight, option, widget), option->fontMetrics.height());
    const QRect r = option->rect.adjusted(1, titleLine + 3 + 1, 0, 0);
    if (r.width() < 3 || r.height() < 3)
        return;
    const QPalette::ColorGroup group = groupOf(option);
    const QColor window = option->palette.color(group, QPalette::Window);
    const QColor text = option->palette.color(group, QPalette::WindowText);
    // Fusion's image on its window grey: a line 0.1 of the way to the text, the inside 0.0125.
    painter->fillRect(r.adjusted(1, 1, -1, -1), mix(window, text, 0.0125));
    const QColor line = mix(window, text, 0.1);
    // The four sides without their corner pixels: the corners read as rounded, as Fusion's do.
    painter->fillRect(QRect(r.left() + 1, r.top(), r.width() - 2, 1), line);
    painter->fillRect(QRect(r.left() + 1, r.bottom(), r.width() - 2, 1), line);
    painter->fillRect(QRect(r.left(), r.top() + 1, 1, r.height() - 2), line);
    painter->fillRect(QRect(r.right(), r.top() + 1, 1, r.height() - 2), line);
}

void paintScrollBar(const QStyle *style, const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget)
{
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (!bar)
        return;
    const bool horizontal = bar->orientation == Qt::Horizontal;
    const QPalette::ColorGroup group = groupOf(option);
    const QColor window = option->palette.color(group, QPalette::Window);
    const QColor text = option->palette.color(group, QPalette::WindowText);
    const bool enabled = option->state & QStyle::State_Enabled;
    const QRect r = option->rect;

    painter->save();
    // The groove, a little darker than the window, with a line on the side of the content.
    painter->fillRect(r, mix(window, text, 0.04));
    if (horizontal)
        painter->fillRect(QRect(r.left(), r.top(), r.width(), 1), separator(option));
    else
        painter->fillRect(QRect(option->direction == Qt::RightToLeft ? r.right() : r.left(), r.top(), 1, r.height()), separator(option));

    painter->setRenderHint(QPainter::Antialiasing, true);
    const auto active = [&](QStyle::SubControl part) { return (bar->activeSubControls & part) != 0; };
    const bool sunken = option->state & QStyle::State_Sunken;
    const bool hovered = option->state & QStyle::State_MouseOver;

    // The handle: a rounded bar inside the groove, darker while hovered or dragged.
    const QRect slider = style->subControlRect(QStyle::CC_ScrollBar, bar, QStyle::SC_ScrollBarSlider, widget);
    if ((bar->subControls & QStyle::SC_ScrollBarSlider) && bar->maximum > bar->minimum && slider.isValid()) {
        const qreal inset = std::max(2.0, (horizontal ? slider.height() : slider.width()) * 0.2);
        const QRectF handle = horizontal ? QRectF(slider).adjusted(1, inset, -1, -inset + 1) : QRectF(slider).adjusted(inset, 1, -inset + 1, -1);
        // At least 3:1 against the groove (WCAG 2.1, 1.4.11: a control's parts): 0.45 of the way from
        // Fusion's window grey to black is 3.0:1.
        const double shade = !enabled ? 0.18 : active(QStyle::SC_ScrollBarSlider) && sunken ? 0.62 : active(QStyle::SC_ScrollBarSlider) && hovered ? 0.54 : 0.45;
        const qreal radius = std::min(handle.width(), handle.height()) / 2;
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(window, text, shade));
        painter->drawRoundedRect(handle, radius, radius);
    }

    // The arrows at either end.
    const bool reversed = horizontal && option->direction == Qt::RightToLeft;
    for (QStyle::SubControl part : {QStyle::SC_ScrollBarSubLine, QStyle::SC_ScrollBarAddLine}) {
        if (!(bar->subControls & part))
            continue;
        const QRect box = style->subControlRect(QStyle::CC_ScrollBar, bar, part, widget);
        if (!box.isValid())
            continue;
        if (active(part) && sunken)
            painter->fillRect(box, mix(window, text, 0.14));
        const bool towardsStart = (part == QStyle::SC_ScrollBarSubLine) != reversed;
        const Qt::Edge edge = horizontal ? (towardsStart ? Qt::LeftEdge : Qt::RightEdge) : (towardsStart ? Qt::TopEdge : Qt::BottomEdge);
        paintArrow(painter, box, edge, mix(window, text, enabled ? 0.62 : 0.3));
    }
    painter->restore();
}

} // namespace closelab::flatchrome
