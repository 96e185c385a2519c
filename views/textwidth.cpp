// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/textwidth.h"

#include "views/shapedtext.h"

#include <QFontMetrics>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QScreen>
#include <QTextLayout>

namespace closelab {

namespace {

struct Key {
    QFont font;
    QString text;
    qreal dpi = 0;
    bool operator==(const Key &) const = default;
};

size_t qHash(const Key &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.font, key.text, key.dpi);
}

Key keyOf(const QFont &font, const QString &text)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return {font, text, screen ? screen->logicalDotsPerInchY() : 0};
}

// Texts come and go (times, counts): the memory stays bounded.
template <typename Value>
void makeRoom(QHash<Key, Value> &values)
{
    if (values.size() >= 8192)
        values.clear();
}

} // namespace

double textWidth(const QFont &font, const QString &text)
{
    static QHash<Key, double> widths;
    Key key = keyOf(font, text);
    if (const auto it = widths.constFind(key); it != widths.cend())
        return *it;
    makeRoom(widths);
    // Shaped once for measuring and drawing (views/shapedtext.h): the same advance as
    // QFontMetricsF::horizontalAdvance(), which shapes the text anew.
    const QTextLayout *line = shapedLine(font, text);
    const double width = line ? line->lineAt(0).horizontalAdvance() : QFontMetricsF(font).horizontalAdvance(text);
    widths.insert(std::move(key), width);
    return width;
}

QSize textSize(const QFont &font, const QString &text)
{
    static QHash<Key, QSize> sizes;
    Key key = keyOf(font, text);
    if (const auto it = sizes.constFind(key); it != sizes.cend())
        return *it;
    makeRoom(sizes);
    const QSize size = QFontMetrics(font).size(Qt::TextShowMnemonic, text);
    sizes.insert(std::move(key), size);
    return size;
}

} // namespace closelab
