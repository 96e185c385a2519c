// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace closelab {

/// A question with up to four numbered answers (click or keys 1–4), then the verdict and the score.
/// Shows text it is given; the words come from QuizTexts.
class QuizPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuizPanel(QWidget *parent = nullptr);

    /// A question waits for an answer.
    void ask(const QString &question, const QStringList &choices);
    /// The answer given: the right one marked, the chosen one if wrong, and the verdict.
    void reveal(int chosen, int right, const QString &verdict);
    void setScore(const QString &score);
    /// Nothing asked: only the score (and `hint`).
    void clearQuestion(const QString &hint);
    bool isAsking() const { return m_asking; }
    QString questionText() const;
    QStringList choiceTexts() const;
    void setZoom(double factor);

signals:
    void answerChosen(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_question;
    QList<QPushButton *> m_choices;
    QLabel *m_verdict;
    QLabel *m_score;
    bool m_asking = false;
};

} // namespace closelab
