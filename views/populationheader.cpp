// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/populationheader.h"

#include "views/zoom.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLine>
#include <QToolButton>

#include <cmath>

namespace closelab {

namespace {
const QString kSeparator = QStringLiteral(" · ");
constexpr QChar kNoBreakSpace(0x00a0);
constexpr QChar kWordJoiner(0x2060);

// Lays text out at width; the height of its lines.
double layText(QTextLayout &layout, double width)
{
    layout.beginLayout();
    double y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

QList<QRectF> linesOf(const QTextLayout &layout, QPointF offset)
{
    QList<QRectF> lines;
    for (int i = 0; i < layout.lineCount(); ++i)
        lines << layout.lineAt(i).naturalTextRect().translated(offset);
    return lines;
}
} // namespace

QString flowedPopulationText(const QString &header)
{
    QStringList lines = header.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList phrases;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool last = i + 1 == lines.size() && lines.size() > 1;
        for (QString phrase : lines[i].split(kSeparator, Qt::SkipEmptyParts)) {
            if (!last) {
                // No break inside: no-break spaces, and a word joiner between characters (Chinese text
                // may otherwise break between any two: "connect() 成 / 功 10").
                phrase.replace(QLatin1Char(' '), kNoBreakSpace);
                QString joined;
                for (qsizetype c = 0; c < phrase.size(); ++c) {
                    if (c > 0 && !phrase[c].isLowSurrogate())
                        joined += kWordJoiner;
                    joined += phrase[c];
                }
                phrase = joined;
            }
            phrases << phrase;
        }
    }
    // The separator stays with the phrase before it: a line may break after "·", not before.
    return phrases.join(QString(kNoBreakSpace) + QStringLiteral("· "));
}

PopulationHeaderLayout layoutPopulationHeader(QTextLayout &layout, const QString &text, const QFont &font, QSizeF button,
                                              double width, double margin)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setText(text);
    layout.setFont(font);
    layout.setTextOption(option);
    const double gap = QFontMetricsF(font).horizontalAdvance(QLatin1Char('M'));
    const double inner = std::max(1.0, width - 2 * margin);
    const double buttonX = margin + std::max(0.0, inner - button.width());

    // The button centred on a line of text (index `line`), or under the text (line = -1). A button
    // taller than its line moves that line (and those after it) down by half the difference and leaves
    // as much under it: it stands over no other line.
    const auto place = [&](int line) {
        PopulationHeaderLayout result;
        double over = 0;
        if (line >= 0 && line < layout.lineCount())
            over = std::max(0.0, (button.height() - layout.lineAt(line).height()) / 2);
        double y = 0;
        double buttonTop = 0;
        for (int i = 0; i < layout.lineCount(); ++i) {
            QTextLine l = layout.lineAt(i);
            if (i == line)
                y += over;
            l.setPosition(QPointF(0, y));
            if (i == line)
                buttonTop = y + (l.height() - button.height()) / 2;
            y += l.height();
            if (i == line)
                y += over;
        }
        if (line < 0 || line >= layout.lineCount())
            buttonTop = y;
        result.textOrigin = QPointF(margin, margin);
        result.lines = linesOf(layout, result.textOrigin);
        result.button = QRectF(QPointF(buttonX, margin + buttonTop), button);
        result.size = QSizeF(width, std::max(y, buttonTop + button.height()) + 2 * margin);
        return result;
    };

    // The button at the end of the last line, where there is room.
    layText(layout, inner);
    const int count = layout.lineCount();
    if (count > 0 && layout.lineAt(count - 1).naturalTextWidth() + gap + button.width() <= inner)
        return place(count - 1);
    // Else the shorter of: the button beside the text (on its first line), or under it.
    const PopulationHeaderLayout below = place(-1);
    layText(layout, std::max(1.0, inner - button.width() - gap));
    const PopulationHeaderLayout beside = place(0);
    if (beside.size.height() <= below.size.height())
        return beside;
    layText(layout, inner);
    return place(-1);
}

PopulationHeader::PopulationHeader(QWidget *parent) : QWidget(parent), m_summary(new QToolButton(this))
{
    setObjectName(QStringLiteral("populationHeader"));
    m_summary->setObjectName(QStringLiteral("populationSummaryButton"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void PopulationHeader::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    relayout();
}

double PopulationHeader::margin() const
{
    return std::round(zoom::em(font()) * 0.15);
}

int PopulationHeader::heightForWidth(int width) const
{
    QTextLayout layout;
    return int(std::ceil(layoutPopulationHeader(layout, flowedPopulationText(m_text), font(), m_summary->sizeHint(), width, margin()).size.height()));
}

QSize PopulationHeader::sizeHint() const
{
    // At the present width (the toolbar gives the header all of it).
    const int width = layoutWidth();
    return QSize(width, heightForWidth(width));
}

QSize PopulationHeader::minimumSizeHint() const
{
    return QSize(m_summary->sizeHint().width(), sizeHint().height());
}

int PopulationHeader::layoutWidth() const
{
    // The bar spans the window. Until it is laid out at the window's width the header has a stray one
    // (92 px while the bar was hidden: 40 lines at 200 %, and the window grew to 1383 px to hold
    // them): the window's width instead.
    const int windowWidth = window()->width();
    return width() >= windowWidth / 2 ? width() : windowWidth;
}

void PopulationHeader::relayout()
{
    m_layout = layoutPopulationHeader(m_textLayout, flowedPopulationText(m_text), font(), m_summary->sizeHint(), layoutWidth(), margin());
    m_summary->setGeometry(m_layout.button.toAlignedRect());
    const int height = int(std::ceil(m_layout.size.height()));
    if (minimumHeight() != height || maximumHeight() != height)
        setFixedHeight(height);
    updateGeometry();
    update();
}

void PopulationHeader::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    m_textLayout.draw(&painter, m_layout.textOrigin);
}

void PopulationHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void PopulationHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_summary->setFont(font());
        relayout();
    }
    QWidget::changeEvent(event);
}

} // namespace closelab
