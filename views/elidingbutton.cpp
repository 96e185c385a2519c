// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/elidingbutton.h"

#include <QEvent>
#include <QFontMetrics>
#include <QStyle>
#include <QStyleOptionButton>

namespace closelab {

ElidingButton::ElidingButton(const QString &text, QWidget *parent) : QPushButton(text, parent), m_full(text) {}

QSize ElidingButton::minimumSizeHint() const
{
    QSize size = QPushButton::minimumSizeHint();
    size.setWidth(std::min(size.width(), fontMetrics().horizontalAdvance(QStringLiteral("MMMMM…"))));
    return size;
}

void ElidingButton::elide()
{
    QStyleOptionButton option;
    initStyleOption(&option);
    // The room the style draws the label in (less the padding of a style sheet, if any).
    const int room = style()->subElementRect(QStyle::SE_PushButtonContents, &option, this).width();
    const QString shown = fontMetrics().elidedText(m_full, Qt::ElideRight, room);
    if (shown != text())
        setText(shown);
}

void ElidingButton::resizeEvent(QResizeEvent *event)
{
    QPushButton::resizeEvent(event);
    elide();
}

void ElidingButton::changeEvent(QEvent *event)
{
    QPushButton::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        elide();
}

} // namespace closelab
