// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/magnifier.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

Magnifier::Magnifier(QWidget *content, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
{
    // A top-level of its own, never on screen: laid out and painted only into this widget.
    m_content->setParent(nullptr);
    m_content->setAttribute(Qt::WA_DontShowOnScreen);
    m_frames.setInterval(40);
    connect(&m_frames, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

Magnifier::~Magnifier()
{
    delete m_content;
}

void Magnifier::setFactor(double factor)
{
    factor = std::clamp(factor, 0.25, 8.0);
    if (factor == m_factor)
        return;
    m_factor = factor;
    layoutContent();
    update();
}

void Magnifier::setMinimumLogicalSize(QSize size)
{
    m_minimumLogical = size.expandedTo(QSize(1, 1));
    layoutContent();
    update();
}

double Magnifier::fitFactor(double wanted) const
{
    const double fit = std::min(double(width()) / m_minimumLogical.width(), double(height()) / m_minimumLogical.height());
    return std::max(1.0, std::min(wanted, fit));
}

void Magnifier::layoutContent()
{
    const double f = effectiveFactor();
    const QSize logical(std::max(1, int(std::floor(width() / f))), std::max(1, int(std::floor(height() / f))));
    m_content->resize(logical);
    if (!m_content->isVisible())
        m_content->show();
}

void Magnifier::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const double f = effectiveFactor();
    p.scale(f, f);
    m_content->render(&p, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
}

void Magnifier::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutContent();
}

void Magnifier::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    layoutContent();
    m_frames.start();
}

void Magnifier::hideEvent(QHideEvent *event)
{
    m_frames.stop();
    QWidget::hideEvent(event);
}
