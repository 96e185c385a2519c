// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/quizsession.h"

#include "app/playhead.h"
#include "app/stepper.h"

#include <algorithm>

QuizSession::QuizSession(Playhead *playhead, Stepper *stepper, QObject *parent)
    : QObject(parent)
    , m_playhead(playhead)
    , m_stepper(stepper)
{
    connect(m_stepper, &Stepper::stepByChanged, this, &QuizSession::regenerate);
    // Moving the playhead any other way drops the question.
    connect(m_playhead, &Playhead::timeChanged, this, [this](qint64 t) {
        if (m_pending && (t < m_pending->askedAt || t >= m_pending->revealAt)) {
            m_pending.reset();
            emit reset();
        }
    });
}

void QuizSession::setTrace(std::shared_ptr<const closelab::Trace> trace)
{
    m_trace = std::move(trace);
    m_right = 0;
    m_asked = 0;
    m_scored.clear();
    regenerate();
}

void QuizSession::regenerate()
{
    m_pending.reset();
    m_last.reset();
    m_questions = m_trace ? closelab::generateQuiz(*m_trace, m_stepper->points()) : std::vector<closelab::QuizQuestion>{};
    emit reset();
}

void QuizSession::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_pending.reset();
    m_last.reset();
    emit enabledChanged(enabled);
    emit reset();
}

void QuizSession::stepForward()
{
    if (m_pending)
        return; // answer first
    m_last.reset();
    const auto next = m_enabled ? closelab::nextStep(m_stepper->points(), m_playhead->time()) : std::nullopt;
    if (next) {
        const auto q = std::find_if(m_questions.begin(), m_questions.end(),
                                    [&](const closelab::QuizQuestion &x) { return x.step == *next; });
        // Asked from the stop before (or later, still short of the stop), where the class sees what led here.
        if (q != m_questions.end() && q->askedAt <= m_playhead->time()) {
            m_playhead->pause();
            m_pending = *q;
            emit questionAsked();
            return;
        }
    }
    m_playhead->stepForward();
}

void QuizSession::answer(int choice)
{
    if (!m_pending || choice < 0 || std::size_t(choice) >= m_pending->choices.size())
        return;
    const bool right = choice == m_pending->answer;
    if (m_scored.insert(m_pending->step).second) {
        ++m_asked;
        m_right += right ? 1 : 0;
    }
    m_last = m_pending;
    m_lastChoice = choice;
    const qint64 revealAt = m_pending->revealAt;
    m_pending.reset();
    emit answered(right);
    m_playhead->seek(revealAt);
}
