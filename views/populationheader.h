// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QTextLayout>
#include <QWidget>

class QToolButton;

namespace closelab {

/// Where the population header's text and its "Population summary…" button go at a width: the
/// header's phrases (its lines split at " · ") flow one after the other, a line breaking only between
/// phrases (the sample's sentence may break between words), so the header takes as few lines as the
/// width allows: one where it fits. The button ends the last line where there is room, else stands
/// beside the text or on a line of its own, whichever is shorter.
struct PopulationHeaderLayout {
    QList<QRectF> lines; ///< each line of text as drawn (its natural width), top to bottom
    QRectF button;       ///< the button's rectangle
    QPointF textOrigin;  ///< where the text's layout is drawn
    QSizeF size;         ///< the whole: the width given, the height of text and button
};

/// The header's text as one flowed paragraph: phrases joined by " · ", spaces inside a phrase not
/// breakable (the last logical line, the sample's sentence, keeps ordinary spaces).
QString flowedPopulationText(const QString &header);
/// Lays `text` (flowedPopulationText()) out in `layout` at `width` in `font`, with a button of
/// `button`'s size; `margin` around the whole.
PopulationHeaderLayout layoutPopulationHeader(QTextLayout &layout, const QString &text, const QFont &font, QSizeF button,
                                              double width, double margin);

/// The population bar's header: the text drawn where layoutPopulationHeader() puts it, and the
/// summary button. Its height follows its width (a toolbar does not ask heightForWidth()).
class PopulationHeader : public QWidget {
    Q_OBJECT

public:
    explicit PopulationHeader(QWidget *parent = nullptr);
    /// The header's text: logical lines separated by '\n', phrases by " · ".
    void setText(const QString &text);
    QString text() const { return m_text; }
    QToolButton *summaryButton() const { return m_summary; }
    /// The layout at the present width (for tests: the rectangles drawn).
    const PopulationHeaderLayout &currentLayout() const { return m_layout; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    double margin() const;
    int layoutWidth() const;

    QString m_text;
    QToolButton *m_summary;
    QTextLayout m_textLayout;
    PopulationHeaderLayout m_layout;
};

} // namespace closelab
