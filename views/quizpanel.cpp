// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/quizpanel.h"

#include "views/palette.h"
#include "views/zoom.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace closelab {

namespace {
// A word-wrapped label as tall as QFontMetrics says its wrapped text is. QLabel's own height for a
// width is a pixel short for Chinese in the bold zoomed font (the CJK fallback font's lines are
// taller than the main font's), which cut the verdict's descenders.
class WrappedLabel : public QLabel
{
public:
    using QLabel::QLabel;

    int heightForWidth(int width) const override
    {
        const QMargins m = contentsMargins();
        const int textWidth = width - m.left() - m.right() - 2 * margin();
        const QRect need = fontMetrics().boundingRect(QRect(0, 0, std::max(textWidth, 1), 1000000),
                                                      Qt::TextWordWrap | int(alignment()), text());
        return std::max(QLabel::heightForWidth(width), need.height() + m.top() + m.bottom() + 2 * margin());
    }
};
} // namespace

QuizPanel::QuizPanel(QWidget *parent)
    : QWidget(parent)
    , m_question(new WrappedLabel(this))
    , m_verdict(new WrappedLabel(this))
    , m_score(new QLabel(this))
{
    setObjectName(QStringLiteral("quizPanel"));
    setFocusPolicy(Qt::StrongFocus);
    m_question->setObjectName(QStringLiteral("quizQuestion"));
    m_question->setWordWrap(true);
    m_question->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_verdict->setObjectName(QStringLiteral("quizVerdict"));
    m_verdict->setWordWrap(true);
    m_score->setObjectName(QStringLiteral("quizScore"));
    m_score->setAlignment(Qt::AlignRight | Qt::AlignTop);
    auto *grid = new QGridLayout;
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("quizChoice%1").arg(i + 1));
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, i] {
            if (m_asking)
                emit answerChosen(i);
        });
        m_choices << button;
        grid->addWidget(button, i / 2, i % 2);
    }
    auto *top = new QHBoxLayout;
    top->addWidget(m_question, 1);
    top->addWidget(m_score, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid);
    layout->addWidget(m_verdict);
    clearQuestion(QString());
}

void QuizPanel::ask(const QString &question, const QStringList &choices)
{
    m_asking = true;
    m_question->setText(question);
    for (int i = 0; i < m_choices.size(); ++i) {
        QPushButton *b = m_choices[i];
        b->setVisible(i < choices.size());
        b->setEnabled(true);
        b->setStyleSheet(QString());
        if (i < choices.size())
            b->setText(QStringLiteral("%1   %2").arg(i + 1).arg(choices[i]));
    }
    m_verdict->clear();
    m_verdict->hide();
}

void QuizPanel::reveal(int chosen, int right, const QString &verdict)
{
    m_asking = false;
    for (int i = 0; i < m_choices.size(); ++i) {
        QPushButton *b = m_choices[i];
        b->setEnabled(false);
        // Marked by a sign as well as a colour (nothing relies on colour alone). The buttons no longer
        // take an answer, but their text keeps its contrast (Qt's disabled grey on a light button is
        // about 1.6:1, unreadable from the back of a classroom). A border makes the style sheet fill
        // the face flat: Fusion's gradient made it up to a third lighter than the colour given.
        if (i == right) {
            b->setText(QStringLiteral("✔ ") + b->text());
            b->setStyleSheet(QStringLiteral("QPushButton, QPushButton:disabled { color: white; background-color: #1e6b34; border: 1px solid #123f1f; border-radius: 3px; padding: 4px 8px; font-weight: bold; }"));
        } else if (i == chosen) {
            b->setText(QStringLiteral("✘ ") + b->text());
            b->setStyleSheet(QStringLiteral("QPushButton, QPushButton:disabled { color: white; background-color: #9b1c1c; border: 1px solid #6b1212; border-radius: 3px; padding: 4px 8px; }"));
        } else {
            b->setStyleSheet(QStringLiteral("QPushButton:disabled { color: #3c3c3c; }"));
        }
    }
    m_verdict->setText(verdict);
    m_verdict->show();
}

void QuizPanel::setScore(const QString &score)
{
    m_score->setText(score);
}

void QuizPanel::clearQuestion(const QString &hint)
{
    m_asking = false;
    m_question->setText(hint);
    for (QPushButton *b : std::as_const(m_choices))
        b->hide();
    m_verdict->hide();
}

QString QuizPanel::questionText() const
{
    return m_question->text();
}

QStringList QuizPanel::choiceTexts() const
{
    QStringList out;
    for (QPushButton *b : m_choices)
        if (!b->isHidden())
            out << b->text();
    return out;
}

void QuizPanel::setZoom(double factor)
{
    QFont body = zoom::font(factor, 1.0);
    QFont bold = body;
    bold.setBold(true);
    m_question->setFont(bold);
    m_verdict->setFont(bold);
    m_score->setFont(zoom::font(factor, 0.85));
    for (QPushButton *b : std::as_const(m_choices)) {
        b->setFont(body);
        b->setMinimumHeight(int(zoom::em(body) * 1.8));
    }
}

void QuizPanel::keyPressEvent(QKeyEvent *event)
{
    const int index = event->key() - Qt::Key_1;
    if (m_asking && index >= 0 && index < 4 && !m_choices[index]->isHidden()) {
        emit answerChosen(index);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace closelab
