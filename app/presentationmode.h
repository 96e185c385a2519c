// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"

#include <QObject>
#include <QSize>

#include <memory>
#include <optional>

class PresentationWindow;
class Playhead;
class QAction;
class QWidget;
class Stepper;
class QuizSession;

/// View → Present (F5): the run shown full screen for a class (PresentationWindow) in the
/// projector theme, stepping by presentation mode's own Step by choice (segments by default);
/// Esc or F5 leaves and the window's theme and Step by come back.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    PresentationMode(Playhead *playhead, Stepper *stepper, QWidget *mainWindow);
    ~PresentationMode() override;

    QAction *action() const { return m_action; }
    /// The quiz presentation mode asks with (the main window's View → Quiz session).
    void setQuizSession(QuizSession *quiz) { m_quiz = quiz; }
    bool isActive() const { return m_window != nullptr; }
    PresentationWindow *window() const { return m_window; }

    /// The run shown (also while presenting).
    void setTrace(std::shared_ptr<const closelab::Trace> trace);

    /// Full screen on the main window's screen; with a valid `size` a window of that size instead
    /// (closelab --present --screenshot renders it at --size). With a `zoom` (closelab --present
    /// --zoom), everything presented is shown at it, the quiz too, and it becomes presentation mode's
    /// zoom (not for a picture: a valid `size`); else at presentation mode's own.
    void enter(QSize size = QSize(), std::optional<double> zoom = std::nullopt);
    void leave();

    void retranslateUi();

signals:
    void activeChanged(bool active);

private:
    Playhead *m_playhead;
    Stepper *m_stepper;
    QWidget *m_mainWindow;
    QAction *m_action;
    std::shared_ptr<const closelab::Trace> m_trace;
    PresentationWindow *m_window = nullptr;
    QuizSession *m_quiz = nullptr;
};
