// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/headroombar.h"

#include "views/palette.h"
#include "views/zoom.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace closelab {

HeadroomBar::HeadroomBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void HeadroomBar::setValue(double value, double limit, const QString &text, double scale)
{
    m_value = value;
    m_limit = limit;
    m_scale = scale;
    if (!text.isEmpty()) {
        m_text = text;
    } else if (limit > 0) {
        const QLocale l;
        m_text = QStringLiteral("%1 / %2 · %3 %").arg(l.toString(qint64(std::llround(value))), l.toString(qint64(std::llround(limit))),
                                                      l.toString(100.0 * value / limit, 'f', value / limit < 0.1 ? 1 : 0));
    } else {
        m_text = QLocale().toString(qint64(std::llround(value)));
    }
    setToolTip(m_text);
    update();
}

double HeadroomBar::fraction() const
{
    const double d = m_limit > 0 ? m_limit : m_scale;
    return d > 0 ? std::clamp(m_value / d, 0.0, 1.0) : 0.0;
}

QSize HeadroomBar::sizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(fm.horizontalAdvance(m_text) + fm.height() * 6, int(fm.height() * 1.5));
}

QSize HeadroomBar::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(fm.horizontalAdvance(m_text) + fm.height(), int(fm.height() * 1.5));
}

void HeadroomBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const double radius = zoom::em(font()) * 0.25;
    p.setPen(QPen(palette::rule(), zoom::stroke(font())));
    p.setBrush(palette::paper());
    p.drawRoundedRect(r, radius, radius);
    const double f = fraction();
    QColor fill = QColor(0x9f, 0xb8, 0xd6); // no limit: neutral
    if (m_limit > 0) {
        const double used = m_value / m_limit;
        fill = used >= 0.9 ? QColor(0xe0, 0x7a, 0x6e) : used >= 0.5 ? QColor(0xe9, 0xc0, 0x6a) : QColor(0x8c, 0xc4, 0x98);
    }
    if (f > 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(r.left(), r.top(), std::max(radius * 2, r.width() * f), r.height()), radius, radius);
    }
    p.setPen(palette::ink());
    const QFontMetrics fm(font());
    p.drawText(r.adjusted(fm.height() * 0.4, 0, -fm.height() * 0.4, 0), Qt::AlignVCenter | Qt::AlignLeft,
               fm.elidedText(m_text, Qt::ElideRight, int(r.width() - fm.height() * 0.8)));
}

} // namespace closelab
