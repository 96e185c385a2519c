// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/textwidth.h"

#include "views/shapedtext.h"

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

} // namespace

double textWidth(const QFont &font, const QString &text)
{
    static QHash<Key, double> widths;
    const QScreen *screen = QGuiApplication::primaryScreen();
    Key key{font, text, screen ? screen->logicalDotsPerInchY() : 0};
    if (const auto it = widths.constFind(key); it != widths.cend())
        return *it;
    if (widths.size() >= 8192) // texts come and go (times, counts): keep the memory bounded
        widths.clear();
    // Shaped once for measuring and drawing (views/shapedtext.h): the same advance as
    // QFontMetricsF::horizontalAdvance(), which shapes the text anew.
    const QTextLayout *line = shapedLine(font, text);
    const double width = line ? line->lineAt(0).horizontalAdvance() : QFontMetricsF(font).horizontalAdvance(text);
    widths.insert(std::move(key), width);
    return width;
}

} // namespace closelab
