// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QVarLengthArray>

#include <utility>

namespace closelab {

/// A word-wrapped QLabel whose sizes (size hint, minimum size hint, height for a width) are measured
/// once per text, font and width and then remembered, for every label of this class alike. QLabel
/// lays its text out again for each height-for-width a layout asks (a panel of rows asks each label
/// at many widths while it and its dock settle) and for each new label with the same text; the
/// values are QLabel's own, so the geometry is the same as a QLabel's.
class WrapLabel : public QLabel {
public:
    explicit WrapLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

    /// What is remembered for a text, font and width.
    struct Sizes {
        QSize hint;
        QSize minimum;
        int height = -1;
    };

private:
    Sizes hints() const;

    // What this label's hints were last measured for (Key in the .cpp, without the costly font key).
    struct Seen {
        QString text;
        QFont font;
        QMargins margins;
        int maxWidth = 0;
        int alignment = 0;
        int margin = 0;
        int indent = 0;
        int frameWidth = 0;
        int format = 0;
        bool textLabel = false;
        bool buddy = false;
        int dpi = 0;
        bool operator==(const Seen &) const = default;
    };
    mutable Seen m_seen;
    mutable Sizes m_hints;
    mutable QVarLengthArray<std::pair<int, int>, 8> m_heights; ///< width, height for m_seen
};

/// A QLabel of one line of plain text (no word wrap, frame, margin, indent, tab or line break; it
/// falls back to QLabel otherwise). QLabel lays such a text out three times for its two size hints
/// (at width 2000, QWIDGETSIZE_MAX and 0), and gets the same size each time; this lays it out once.
class LineLabel : public QLabel {
public:
    using QLabel::QLabel;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    bool isOneLine() const;
    QSize measured() const;

    mutable QString m_text;
    mutable QString m_font;
    mutable QSize m_size;
};

} // namespace closelab
