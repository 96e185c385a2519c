// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presentationmode.h"

#include "app/presentationwindow.h"
#include "app/stepper.h"
#include "views/palette.h"

#include <QAction>
#include <QScreen>
#include <QWidget>

PresentationMode::PresentationMode(Playhead *playhead, Stepper *stepper, QWidget *mainWindow)
    : QObject(mainWindow)
    , m_playhead(playhead)
    , m_stepper(stepper)
    , m_mainWindow(mainWindow)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("presentAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(Qt::Key_F5);
    connect(m_action, &QAction::triggered, this, [this](bool on) { on ? enter() : leave(); });
    retranslateUi();
}

PresentationMode::~PresentationMode()
{
    // The main window's children (the stepper among them) may be gone already: only what is ours.
    delete m_window;
    closelab::palette::setTheme(closelab::palette::Theme::Standard);
}

void PresentationMode::retranslateUi()
{
    m_action->setText(tr("&Present"));
    m_action->setToolTip(tr("Full screen for a class: the diagram large, the state graph beside it, the "
                            "narration as a caption, projector colours. Esc leaves."));
}

void PresentationMode::setTrace(std::shared_ptr<const closelab::Trace> trace)
{
    m_trace = std::move(trace);
    if (m_window)
        m_window->setTrace(m_trace);
}

void PresentationMode::enter(QSize size, std::optional<double> zoom)
{
    if (m_window)
        return;
    closelab::palette::setTheme(closelab::palette::Theme::Projector);
    m_stepper->useSettingsKey(Stepper::presentationKey);
    m_window = new PresentationWindow(m_playhead, m_stepper, m_quiz);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->setWindowTitle(m_mainWindow->windowTitle());
    m_window->setWindowIcon(m_mainWindow->windowIcon());
    connect(m_window, &PresentationWindow::leaveRequested, this, &PresentationMode::leave);
    m_window->setTrace(m_trace);
    if (zoom)
        m_window->setZoom(*zoom, /*remember=*/!size.isValid());
    if (size.isValid()) {
        m_window->resize(size);
        m_window->show();
    } else {
        if (QScreen *screen = m_mainWindow->screen())
            m_window->setGeometry(screen->geometry());
        m_window->showFullScreen();
    }
    m_window->activateWindow();
    m_window->setFocus();
    m_action->setChecked(true);
    emit activeChanged(true);
}

void PresentationMode::leave()
{
    if (!m_window)
        return;
    m_window->hide();
    m_window->deleteLater();
    m_window = nullptr;
    closelab::palette::setTheme(closelab::palette::Theme::Standard);
    m_stepper->useSettingsKey(Stepper::windowKey);
    m_action->setChecked(false);
    m_mainWindow->update();
    m_mainWindow->activateWindow();
    emit activeChanged(false);
}
