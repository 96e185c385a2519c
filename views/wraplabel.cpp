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
    for (const auto &[w, height] : m_heights) {
        if (w == width)
            return height;
    }
    const int height = lookUp(this, width, [&] { return Sizes{{}, {}, QLabel::heightForWidth(width)}; }).height;
    if (m_heights.size() >= 16)
        m_heights.clear();
    m_heights.append({width, height});
    return height;
}

WrapLabel::Sizes WrapLabel::hints() const
{
    ensurePolished();
    // The table's key (the font's key a string) costs more than a look at what this label last had.
    Seen now{text(), font(), contentsMargins(), maximumWidth(), int(alignment()), margin(), indent(), frameWidth(),
              int(textFormat()), hasHeightForWidth(), buddy() != nullptr, logicalDpiY()};
    if (m_hints.hint.isValid() && now == m_seen)
        return m_hints;
    m_hints = lookUp(this, -1, [&] {
        // QLabel measures both at once (and keeps them until its text or font changes).
        const QSize minimum = QLabel::minimumSizeHint();
        return Sizes{QLabel::sizeHint(), minimum, -1};
    });
    m_seen = std::move(now);
    m_heights.clear(); // measured for what the label had before
    return m_hints;
}

bool LineLabel::isOneLine() const
{
    const QString t = text();
    const bool plain = textFormat() == Qt::PlainText || (textFormat() == Qt::AutoText && !Qt::mightBeRichText(t));
    return plain && !wordWrap() && frameWidth() == 0 && margin() == 0 && indent() < 0 && !buddy() && !t.isEmpty()
        && !(textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard))
        && !t.contains(QLatin1Char('\n')) && !t.contains(QLatin1Char('\t')) && !t.contains(QChar::LineSeparator)
        && !t.contains(QChar::ParagraphSeparator);
}

// QLabelPrivate::sizeForWidth() for a plain text that does not wrap: one layout at a width of 2000
// (a line is as wide as its text whatever the width asked, so width 0 and QWIDGETSIZE_MAX measure
// the same size).
QSize LineLabel::measured() const
{
    const QString key = font().key();
    if (m_text == text() && m_font == key && m_size.isValid())
        return m_size.expandedTo(minimumSize());
    const QMargins m = contentsMargins();
    const int flags = int(alignment()) & ~(Qt::AlignVCenter | Qt::AlignHCenter);
    const QRect br = fontMetrics().boundingRect(0, 0, 2000 - m.left() - m.right(), 2000, flags, text());
    m_text = text();
    m_font = key;
    m_size = br.size() + QSize(m.left() + m.right(), m.top() + m.bottom());
    return m_size.expandedTo(minimumSize());
}

QSize LineLabel::sizeHint() const
{
    ensurePolished();
    return isOneLine() ? measured() : QLabel::sizeHint();
}

QSize LineLabel::minimumSizeHint() const
{
    ensurePolished();
    return isOneLine() ? measured() : QLabel::minimumSizeHint();
}

} // namespace closelab
