// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/emptystateview.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

EmptyStateView::EmptyStateView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_hint->setObjectName(QStringLiteral("emptyStateHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addSpacing(6);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    // Small enough that the main window fits any --size the app accepts.
    setMinimumSize(120, 80);
    updateHint();
}

QString EmptyStateView::title() const
{
    return m_title->text();
}

void EmptyStateView::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString EmptyStateView::hint() const
{
    return m_hint->text();
}

void EmptyStateView::setHint(const QString &hint)
{
    m_customHint = hint;
    updateHint();
}

void EmptyStateView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateHint();
    QWidget::changeEvent(event);
}

void EmptyStateView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Mid));
    pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(6.5, 6.5, -6.5, -6.5), 8, 8);
}

void EmptyStateView::updateHint()
{
    m_hint->setText(m_customHint.isEmpty() ? tr("Nothing to show yet.") : m_customHint);
}
