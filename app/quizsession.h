// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quiz.h"
#include "core/trace.h"

#include <QObject>

#include <memory>
#include <optional>
#include <set>
#include <vector>

class Playhead;
class Stepper;

/// Predict, then reveal (View → Quiz, and in presentation mode): while on, a step forward first asks
/// the question core/quiz generated for the next stop (if there is one); the answer plays the step.
/// A score per run: each stop's question counts once, at its first answer.
class QuizSession : public QObject
{
    Q_OBJECT

public:
    QuizSession(Playhead *playhead, Stepper *stepper, QObject *parent = nullptr);

    void setTrace(std::shared_ptr<const closelab::Trace> trace);
    const closelab::Trace *trace() const { return m_trace.get(); }
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    /// The question waiting for an answer, or nullptr.
    const closelab::QuizQuestion *pending() const { return m_pending ? &*m_pending : nullptr; }
    /// The last question answered (shown with its verdict until the next step), or nullptr.
    const closelab::QuizQuestion *lastAnswered() const { return m_last ? &*m_last : nullptr; }
    int lastChoice() const { return m_lastChoice; }
    const std::vector<closelab::QuizQuestion> &questions() const { return m_questions; }
    int right() const { return m_right; }
    int asked() const { return m_asked; }

public slots:
    /// Asks the next stop's question when the quiz is on and one fits; otherwise steps.
    void stepForward();
    /// Answers the pending question (index into its choices) and plays the step.
    void answer(int choice);

signals:
    void questionAsked();
    void answered(bool right);
    void enabledChanged(bool enabled);
    /// Questions, score or the pending question changed (a new run, another Step by).
    void reset();

private:
    void regenerate();

    Playhead *m_playhead;
    Stepper *m_stepper;
    std::shared_ptr<const closelab::Trace> m_trace;
    std::vector<closelab::QuizQuestion> m_questions;
    std::optional<closelab::QuizQuestion> m_pending;
    std::optional<closelab::QuizQuestion> m_last;
    int m_lastChoice = -1;
    std::set<std::size_t> m_scored;
    int m_right = 0;
    int m_asked = 0;
    bool m_enabled = false;
};
