// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/wraplabel.h"

#include <QHash>

namespace closelab {

namespace {
// What QLabelPrivate::sizeForWidth() depends on for a plain or rich text label, and the width asked
// (-1: the two size hints).
struct Key {
    QString text;
    QString font;
    int width;
    int format;
    int alignment;
    int margin;
    int indent;
    int frameWidth;
    bool textLabel; ///< false: no text set yet
    bool buddy; ///< a buddy's mnemonic ('&') takes no room
    QMargins margins; ///< contents margins
    int maxWidth;
    int dpi;
    bool operator==(const Key &) const = default;
};

size_t qHash(const Key &k, size_t seed = 0)
{
    return qHashMulti(seed, k.text, k.font, k.width, k.margins.left(), k.margins.right(), k.maxWidth, k.dpi);
}

using Sizes = WrapLabel::Sizes;

QHash<Key, Sizes> &cache()
{
    static QHash<Key, Sizes> sizes;
    return sizes;
}

Key keyOf(const QLabel *label, int width)
{
    return Key{label->text(),
               label->font().key(),
               width,
               int(label->textFormat()),
               int(label->alignment()),
               label->margin(),
               label->indent(),
               label->frameWidth(),
               label->hasHeightForWidth(),
               label->buddy() != nullptr,
               label->contentsMargins(),
               label->maximumWidth(),
               label->logicalDpiY()};
}

// The sizes remembered for `label` at `width`, measured by `measure` when not yet known.
template<class Measure>
Sizes lookUp(const QLabel *label, int width, Measure measure)
{
    QHash<Key, Sizes> &sizes = cache();
    Key key = keyOf(label, width);
    if (const auto it = sizes.constFind(key); it != sizes.constEnd())
        return *it;
    if (sizes.size() >= 4096) // a long session of languages and zooms: start again
        sizes.clear();
    const Sizes measured = measure();
    sizes.insert(std::move(key), measured);
    return measured;
}
} // namespace

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

QSize WrapLabel::minimumSizeHint() const
{
    return hints().minimum;
}

QSize WrapLabel::sizeHint() const
{
    return hints().hint;
}

int WrapLabel::heightForWidth(int width) const
{
    ensurePolished();
    // A text whose size hint is one line (no taller than the minimum, which is one line high) fits
    // on that line at any width from the hint's: QLabel would lay out the same line and measure it
    // again. Most titles and defaults fit a dock's width, which a layout asks for many times.
    if (!hasHeightForWidth()) // no text yet (QLabel asks its pixmap or movie)
        return QLabel::heightForWidth(width);
    const Sizes h = hints();
    if (width >= h.hint.width() && h.hint.height() <= h.minimum.height())
        return h.hint.height();
    return lookUp(this, width, [&] { return Sizes{{}, {}, QLabel::heightForWidth(width)}; }).height;
}

WrapLabel::Sizes WrapLabel::hints() const
{
    ensurePolished();
    return lookUp(this, -1, [&] {
        // QLabel measures both at once (and keeps them until its text or font changes).
        const QSize minimum = QLabel::minimumSizeHint();
        return Sizes{QLabel::sizeHint(), minimum, -1};
    });
}

} // namespace closelab
