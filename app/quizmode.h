// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"

#include <QObject>
#include <QSize>

#include <memory>
#include <optional>

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
///
/// The dock and its panel are made when the quiz is first switched on (start-up makes no widget the
/// first frame does not show), in the language and at the zoom of that moment, placed where a
/// restored window state put a Quiz dock (QMainWindow::restoreDockWidget()), else at the bottom.
class QuizMode : public QObject
{
    Q_OBJECT

public:
    explicit QuizMode(MainWindow *window);

    QuizSession *session() const { return m_session; }
    QAction *action() const { return m_action; }
    /// The Quiz dock and its panel, made now if the quiz was never on.
    QDockWidget *dock();
    closelab::QuizPanel *panel();
    /// True once the dock and its panel exist.
    bool isBuilt() const { return m_dock != nullptr; }
    /// View → Zoom: the panel's text follows the window's zoom factor (kept until the panel exists).
    void setZoom(double factor);
    void setTrace(std::shared_ptr<const closelab::Trace> trace);
    void retranslateUi();
    /// closelab --quiz --screenshot: the quiz on and the next stop's question asked; answered with
    /// choice `answer` (1-4) when given, to show the reveal.
    static void showInScreenshot(QuizMode *quiz, int answer);

private:
    void build();
    void update();
    void fitDock();

    MainWindow *m_window;
    QuizSession *m_session;
    QAction *m_action;
    QDockWidget *m_dock = nullptr;
    closelab::QuizPanel *m_panel = nullptr;
    std::optional<double> m_zoom; ///< the zoom the window set, none while it never changed
    int m_fittedHeight = -1;      ///< the dock's height when last fitted (-1: not fitted at this zoom)
    QSize m_fittedWindow;         ///< the window's size then
    bool m_userHeight = false;    ///< the user gave the dock its height since: kept, the panel scrolls
    bool m_hidLog = false;
};

/// Shows the session's state on a panel (the words from QuizTexts); shared by the dock and
/// presentation mode. Returns true while a question waits.
bool showQuizState(const QuizSession &session, closelab::QuizPanel *panel);
