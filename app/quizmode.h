// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"

#include <QObject>

#include <memory>

namespace closelab {
class QuizPanel;
class SequenceDiagramView;
}
class MainWindow;
class QAction;
class QDockWidget;
class QuizSession;

/// View → Quiz in the main window: the quiz session (shared with presentation mode), a Quiz dock
/// with the question and its numbered answers, Step Forward routed through the session, and the
/// diagram and event log kept from giving the answer away while a question waits.
class QuizMode : public QObject
{
    Q_OBJECT

public:
    explicit QuizMode(MainWindow *window);

    QuizSession *session() const { return m_session; }
    QAction *action() const { return m_action; }
    QDockWidget *dock() const { return m_dock; }
    closelab::QuizPanel *panel() const { return m_panel; }
    void setTrace(std::shared_ptr<const closelab::Trace> trace);
    void retranslateUi();
    /// closelab --quiz --screenshot: the quiz on and the next stop's question asked; answered with
    /// choice `answer` (1-4) when given, to show the reveal.
    static void showInScreenshot(QuizMode *quiz, int answer);

private:
    void update();

    MainWindow *m_window;
    QuizSession *m_session;
    QAction *m_action;
    QDockWidget *m_dock;
    closelab::QuizPanel *m_panel;
    bool m_hidLog = false;
};

/// Shows the session's state on a panel (the words from QuizTexts); shared by the dock and
/// presentation mode. Returns true while a question waits.
bool showQuizState(const QuizSession &session, closelab::QuizPanel *panel);
