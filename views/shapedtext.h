// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QSizeF>
#include <QString>

class QPainter;
class QRectF;
class QTextLayout;

namespace closelab {

/// One line of text shaped once and kept (a QTextLayout with its glyphs cached), so that measuring
/// a label (textWidth()) and drawing it (drawShapedText()) shape it once between them instead of
/// once each: HarfBuzz shaping is most of what a label costs after its font is loaded. Keyed by
/// font, text and the DPI the font's points are converted at; bounded. For the GUI thread.
///
/// nullptr for what QPainter::drawText() would not lay out as one plain line (empty text, line or
/// paragraph breaks, tabs, multi-length "variants"). `direction` is the painter's (a widget's
/// painter is left-to-right, an image's automatic): the paragraph direction drawText() gives it.
const QTextLayout *shapedLine(const QFont &font, const QString &text, Qt::LayoutDirection direction = Qt::LeftToRight);

/// QPainter::drawText(rect, flags, text) drawn from shapedLine() in the painter's font: the same
/// lines at the same positions, with the same clip, so the same pixels (tests/views/tst_shapedtext
/// compares them). Flags other than the alignments, a right-to-left painter, a device of another
/// DPI than the screen's (a PDF, an SVG) or text shapedLine() declines go to QPainter::drawText().
void drawShapedText(QPainter &painter, const QRectF &rect, int flags, const QString &text);

/// QFontMetricsF(font).boundingRect(QRectF(0, 0, W, H), Qt::AlignCenter, text).size() for a box larger
/// than the text: from shapedLine() where the text is one, so that drawing it shapes it no more.
QSizeF textBoxSize(const QFont &font, const QString &text);

/// How many lines shapedLine() has shaped in this process (tests check what is reused).
int shapedLinesMade();

} // namespace closelab
