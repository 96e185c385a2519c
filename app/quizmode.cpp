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
#include <QTableView>

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
    , m_dock(new QDockWidget(window))
    , m_panel(new closelab::QuizPanel)
{
    m_action->setObjectName(QStringLiteral("quizAction"));
    m_action->setCheckable(true);
    m_dock->setObjectName(QStringLiteral("quizDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_action, &QAction::toggled, m_session, &QuizSession::setEnabled);
    connect(m_session, &QuizSession::enabledChanged, this, [this](bool on) {
        m_action->setChecked(on);
        m_dock->setVisible(on);
    });
    connect(m_panel, &closelab::QuizPanel::answerChosen, m_session, &QuizSession::answer);
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
    const bool asking = showQuizState(*m_session, m_panel);
    // Nothing that tells what comes next while the class thinks: no faded future, no time left on a
    // running timer, no event log (it lists the whole run).
    m_window->sequenceDiagram()->setConcealFuture(asking);
    // (Only what the quiz hid is shown again: the panel may hide its log itself.)
    QWidget *log = m_window->narration()->logView();
    if (asking && log->isVisibleTo(m_window->narration())) {
        log->hide();
        m_hidLog = true;
    } else if (!asking && m_hidLog) {
        log->show();
        m_hidLog = false;
    }
    if (asking) {
        m_dock->show();
        m_dock->raise();
        m_panel->setFocus();
    }
}

void QuizMode::retranslateUi()
{
    m_action->setText(tr("&Quiz: Predict, Then Reveal"));
    m_action->setToolTip(tr("Before each step, ask what happens next; the step plays once the class has answered (keys 1–4)."));
    m_dock->setWindowTitle(tr("Quiz"));
    update();
}
