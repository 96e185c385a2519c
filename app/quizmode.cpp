// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/quizmode.h"

#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/quizsession.h"
#include "views/narrationpanel.h"
#include "views/quizpanel.h"
#include "views/quiztexts.h"
#include "views/sequencediagramview.h"

#include <QAction>
#include <QDockWidget>
#include <QLayout>
#include <QScrollArea>
#include <QTableView>

#include <algorithm>
#include <cstdlib>

bool showQuizState(const QuizSession &session, closelab::QuizPanel *panel)
{
    panel->setScore(closelab::QuizTexts::score(session.right(), session.asked()));
    const closelab::Trace *trace = session.trace();
    if (const closelab::QuizQuestion *q = session.pending(); q && trace) {
        QStringList choices;
        for (int i = 0; i < int(q->choices.size()); ++i)
            choices << closelab::QuizTexts::choice(*q, i);
        panel->ask(closelab::QuizTexts::question(*trace, *q), choices);
        return true;
    }
    if (const closelab::QuizQuestion *q = session.lastAnswered(); q && trace) {
        QStringList choices;
        for (int i = 0; i < int(q->choices.size()); ++i)
            choices << closelab::QuizTexts::choice(*q, i);
        panel->ask(closelab::QuizTexts::question(*trace, *q), choices);
        panel->reveal(session.lastChoice(), q->answer, closelab::QuizTexts::verdict(*q, session.lastChoice()));
        return false;
    }
    panel->clearQuestion(QuizMode::tr("Step forward (→): a question comes before each step it fits."));
    return false;
}

QuizMode::QuizMode(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_session(new QuizSession(window->playhead(), window->stepper(), this))
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("quizAction"));
    m_action->setCheckable(true);
    connect(m_action, &QAction::toggled, m_session, &QuizSession::setEnabled);
    connect(m_session, &QuizSession::enabledChanged, this, [this](bool on) {
        m_action->setChecked(on);
        if (on || m_dock)
            dock()->setVisible(on);
    });
    connect(m_session, &QuizSession::questionAsked, this, &QuizMode::update);
    connect(m_session, &QuizSession::answered, this, &QuizMode::update);
    connect(m_session, &QuizSession::reset, this, &QuizMode::update);
    // Step Forward (→, the toolbar) asks first while the quiz is on.
    if (auto *step = window->findChild<QAction *>(QStringLiteral("stepForwardAction"))) {
        disconnect(step, &QAction::triggered, window->playhead(), &Playhead::stepForward);
        connect(step, &QAction::triggered, m_session, &QuizSession::stepForward);
    }
    retranslateUi();
}

void QuizMode::build()
{
    if (m_dock)
        return;
    m_dock = new QDockWidget(m_window);
    m_panel = new closelab::QuizPanel;
    m_dock->setObjectName(QStringLiteral("quizDock"));
    // The dock is given the height the main window can spare, which does not follow the wrapped
    // question and verdict (200 %, Chinese): the panel scrolls rather than squeezing its rows
    // onto one another. The scroll area gives the panel its height for the width it has.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("quizScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(m_panel);
    m_dock->setWidget(scroll);
    // Hidden until the session says (as one made with the window); where a restored state put it.
    m_dock->hide();
    if (!m_window->restoreDockWidget(m_dock))
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    if (m_zoom)
        m_panel->setZoom(*m_zoom);
    connect(m_panel, &closelab::QuizPanel::answerChosen, m_session, &QuizSession::answer);
    retranslateUi();
}

QDockWidget *QuizMode::dock()
{
    build();
    return m_dock;
}

closelab::QuizPanel *QuizMode::panel()
{
    build();
    return m_panel;
}

void QuizMode::setZoom(double factor)
{
    m_zoom = factor;
    if (m_panel)
        m_panel->setZoom(factor);
    // Another zoom, another height the text needs: the dock may grow again, whatever height it had.
    m_fittedHeight = -1;
    if (m_dock && m_dock->isVisible())
        fitDock();
}

void QuizMode::showInScreenshot(QuizMode *quiz, int answer)
{
    quiz->m_action->setChecked(true);
    quiz->m_session->stepForward();
    if (answer > 0)
        quiz->m_session->answer(answer - 1);
}

void QuizMode::setTrace(std::shared_ptr<const closelab::Trace> trace)
{
    m_session->setTrace(std::move(trace));
}

void QuizMode::update()
{
    // Without its panel the quiz was never on: nothing asked, nothing to show.
    const bool asking = m_panel ? showQuizState(*m_session, m_panel) : m_session->pending() && m_session->trace();
    if (asking && !m_panel) {
        build(); // (shows the state)
        return;
    }
    // Nothing that tells what comes next while the class thinks: no faded future, no time left on a
    // running timer, no event log (it lists the whole run).
    m_window->sequenceDiagram()->setConcealFuture(asking);
    // (Only what the quiz hid is shown again: the panel may hide its log itself.)
    // (The log asked for only when it is hidden or shown: the narration makes it when first needed.)
    if (asking && m_window->narration()->logView()->isVisibleTo(m_window->narration())) {
        m_window->narration()->logView()->hide();
        m_hidLog = true;
    } else if (!asking && m_hidLog) {
        m_window->narration()->logView()->show();
        m_hidLog = false;
    }
    if (asking) {
        m_dock->show();
        m_dock->raise();
        m_panel->setFocus();
    }
    if (m_dock && m_dock->isVisible())
        fitDock();
}

void QuizMode::fitDock()
{
    // A dock at the bottom gets the height the main window planned for it, not the height the
    // wrapped question, the answers and the verdict need at this width and zoom: grow it to that
    // height, up to half the window (the diagram stays the largest view); beyond, the panel scrolls.
    auto *scroll = qobject_cast<QScrollArea *>(m_dock ? m_dock->widget() : nullptr);
    if (!scroll || !m_dock->isVisible() || m_dock->isFloating()
        || m_window->dockWidgetArea(m_dock) != Qt::BottomDockWidgetArea) {
        if (m_dock && (m_dock->isFloating() || m_window->dockWidgetArea(m_dock) != Qt::BottomDockWidgetArea))
            m_fittedHeight = -1; // docked again: a new start
        return;
    }
    // The dock's width comes from the window's layout (pending while the dock was just shown).
    if (QLayout *layout = m_window->layout())
        layout->activate();
    // A height the user gave the dock (dragging the separator above it) is theirs: the panel scrolls
    // instead of the dock growing back at the next question. Only the user changes the dock's height
    // while the window keeps its size (the quiz resizes it here only); a new window size or zoom
    // lets it grow again.
    if (m_fittedHeight < 0 || m_window->size() != m_fittedWindow)
        m_userHeight = false;
    else if (std::abs(m_dock->height() - m_fittedHeight) > 2)
        m_userHeight = true;
    const int missing = m_panel->heightForWidth(scroll->viewport()->width()) - scroll->viewport()->height();
    const int height = std::min(m_dock->height() + missing, m_window->height() / 2);
    if (!m_userHeight && missing > 0 && height > m_dock->height()) {
        m_window->resizeDocks({m_dock}, {height}, Qt::Vertical);
        if (QLayout *layout = m_window->layout())
            layout->activate(); // now, so that the height kept below is the one given
    }
    m_fittedHeight = m_dock->height();
    m_fittedWindow = m_window->size();
}

void QuizMode::retranslateUi()
{
    m_action->setText(tr("&Quiz: Predict, Then Reveal"));
    m_action->setToolTip(tr("Before each step, ask what happens next; the step plays once the class has answered (keys 1–4)."));
    if (m_dock)
        m_dock->setWindowTitle(tr("Quiz"));
    update();
}
