// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shapedtext.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QScreen>
#include <QTextLayout>

#include <cmath>
#include <memory>

namespace closelab {

namespace {

struct Key {
    QFont font;
    QString text;
    qreal dpi = 0;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    bool operator==(const Key &) const = default;
};

size_t qHash(const Key &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.font, key.text, key.dpi, int(key.direction));
}

int g_made = 0;

qreal screenDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInchY() : 0;
}

// What QPainter::drawText() (qt_format_text) lays out as one line of plain text.
bool isPlainLine(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\n':
        case u'\r':
        case u'\t':
        case 0x9c: // the separator of multi-length variants
        case 0x2028: // QChar::LineSeparator
        case 0x2029: // QChar::ParagraphSeparator
            return false;
        default:
            break;
        }
    }
    return true;
}

} // namespace

const QTextLayout *shapedLine(const QFont &font, const QString &text, Qt::LayoutDirection direction)
{
    static QHash<Key, std::shared_ptr<QTextLayout>> lines;
    if (!isPlainLine(text))
        return nullptr;
    Key key{font, text, screenDpi(), direction};
    if (const auto it = lines.constFind(key); it != lines.cend())
        return it->get();
    if (lines.size() >= 2048) // texts come and go (times, counts): keep the memory bounded
        lines.clear();
    // As qt_format_text() lays out a line that does not wrap: left-aligned, trailing spaces
    // included, a line width no text reaches, at y 0.
    auto layout = std::make_shared<QTextLayout>(text, font);
    QTextOption option;
    option.setAlignment(Qt::AlignLeft);
    option.setFlags(option.flags() | QTextOption::IncludeTrailingSpaces);
    option.setTextDirection(direction);
    layout->setTextOption(option);
    layout->setCacheEnabled(true); // keep the glyphs after endLayout()
    layout->beginLayout();
    QTextLine line = layout->createLine();
    line.setLineWidth(0x01000000);
    line.setPosition(QPointF(0, 0));
    const bool one = line.isValid() && !layout->createLine().isValid();
    layout->endLayout();
    if (!one)
        return nullptr;
    ++g_made;
    return lines.insert(std::move(key), std::move(layout))->get();
}

QSizeF textBoxSize(const QFont &font, const QString &text)
{
    if (const QTextLayout *layout = shapedLine(font, text)) {
        // qt_format_text()'s bounds of one line.
        const QTextLine line = layout->lineAt(0);
        return {line.naturalTextWidth(), line.ascent() + line.descent()};
    }
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignCenter, text).size();
}

int shapedLinesMade()
{
    return g_made;
}

void drawShapedText(QPainter &p, const QRectF &r, int flags, const QString &text)
{
    constexpr int kAlignments = Qt::AlignLeft | Qt::AlignRight | Qt::AlignHCenter | Qt::AlignTop | Qt::AlignBottom | Qt::AlignVCenter;
    const QPaintDevice *device = p.device();
    const QTextLayout *layout = nullptr;
    if ((flags & ~kAlignments) == 0 && p.layoutDirection() != Qt::RightToLeft && device
        && device->logicalDpiY() == qRound(screenDpi()) && device->logicalDpiX() == device->logicalDpiY())
        layout = shapedLine(p.font(), text, p.layoutDirection());
    if (!layout) {
        p.drawText(r, flags, text);
        return;
    }
    if (p.pen().style() == Qt::NoPen) // as QPainter::drawText()
        return;
    // qt_format_text()'s arithmetic for one line.
    const QTextLine line = layout->lineAt(0);
    const double height = line.ascent() + line.descent(); // the line's height, not rounded up as QTextLine::height()
    const double width = line.naturalTextWidth();
    double yoff = 0;
    double xoff = 0;
    if (flags & Qt::AlignBottom)
        yoff = r.height() - height;
    else if (flags & Qt::AlignVCenter)
        yoff = (r.height() - height) / 2;
    if (flags & Qt::AlignRight)
        xoff = r.width() - width;
    else if (flags & Qt::AlignHCenter)
        xoff = (r.width() - width) / 2;
    const QRectF bounds(r.x() + xoff, r.y() + yoff, width, height);
    const bool clip = !r.contains(bounds);
    if (clip) {
        p.save();
        p.setClipRect(r, Qt::IntersectClip);
    }
    const double advance = line.horizontalAdvance();
    xoff = 0;
    if (flags & Qt::AlignRight)
        xoff = r.width() - advance;
    else if (flags & Qt::AlignHCenter)
        xoff = (r.width() - advance) / 2;
    line.draw(&p, QPointF(r.x() + xoff, r.y() + yoff));
    if (clip)
        p.restore();
}

} // namespace closelab
