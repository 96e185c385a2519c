// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presentationwindow.h"

#include "app/playhead.h"
#include "app/quizmode.h"
#include "app/quizsession.h"
#include "app/stepper.h"
#include "views/narration.h"
#include "views/palette.h"
#include "views/quizpanel.h"
#include "views/segmenttext.h"
#include "views/sequencediagramview.h"
#include "views/stategraphview.h"
#include "views/timeformat.h"
#include "views/zoom.h"

#include <QBoxLayout>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QSettings>

#include <algorithm>
#include <array>

namespace {
// The event the caption tells at time t: of the events at the last event time at or before t, the
// one a class watches (a state change, then an arrival or drop, a call, a send, a timer).
int captionEvent(const closelab::Trace &trace, qint64 t)
{
    const int last = trace.lifelineEventIndexAt(t); // a population's sample: its own events only
    if (last < 0)
        return -1;
    const qint64 at = trace.events[std::size_t(last)].t;
    constexpr std::array order{closelab::EventType::State, closelab::EventType::Deliver, closelab::EventType::Drop,
                               closelab::EventType::App, closelab::EventType::Send, closelab::EventType::Gone,
                               closelab::EventType::Timer};
    int best = last;
    std::size_t bestRank = order.size();
    for (int i = last; i >= 0 && trace.events[std::size_t(i)].t == at; --i) {
        if (!trace.onLifelines(trace.events[std::size_t(i)]))
            continue;
        const auto rank = std::size_t(std::find(order.begin(), order.end(), trace.events[std::size_t(i)].type) - order.begin());
        if (rank < bestRank) {
            bestRank = rank;
            best = i;
        }
    }
    return best;
}
} // namespace

const QString PresentationWindow::zoomKey = QStringLiteral("presentation/zoom");

PresentationWindow::PresentationWindow(Playhead *playhead, Stepper *stepper, QuizSession *quiz, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_playhead(playhead)
    , m_stepper(stepper)
    , m_sequence(new closelab::SequenceDiagramView)
    , m_graph(new closelab::StateGraphView)
    , m_caption(new QLabel(this))
    , m_status(new QLabel(this))
    , m_blank(new QWidget(this))
    , m_quiz(quiz)
    , m_quizPanel(new closelab::QuizPanel(this))
    , m_zoom(closelab::zoom::clamped(QSettings().value(zoomKey, closelab::zoom::kPresentationDefault).toDouble()))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setFocusPolicy(Qt::StrongFocus);
    // Projector colours for the widgets around the views too: white paper, black ink.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, closelab::palette::paper());
    pal.setColor(QPalette::Base, closelab::palette::paper());
    pal.setColor(QPalette::WindowText, closelab::palette::ink());
    pal.setColor(QPalette::Text, closelab::palette::ink());
    setPalette(pal);
    setAutoFillBackground(true);
    m_sequence->setPalette(pal);
    m_graph->setPalette(pal);
    m_sequence->setObjectName(QStringLiteral("presentationSequenceDiagram"));
    m_sequence->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_graph->setObjectName(QStringLiteral("presentationStateGraph"));

    m_caption->setObjectName(QStringLiteral("presentationCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::RichText);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_caption->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_status->setObjectName(QStringLiteral("presentationStatus"));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignTop);

    auto *views = new QHBoxLayout;
    views->setContentsMargins(0, 0, 0, 0);
    views->setSpacing(0);
    views->addWidget(m_sequence, 2);
    views->addWidget(m_graph, 1);
    auto *captionText = new QVBoxLayout;
    captionText->setContentsMargins(0, 0, 0, 0);
    captionText->addWidget(m_quizPanel);
    captionText->addWidget(m_caption);
    m_quizPanel->setFocusPolicy(Qt::NoFocus); // the window takes the keys
    m_quizPanel->hide();
    auto *captionRow = new QHBoxLayout;
    captionRow->addLayout(captionText, 1);
    captionRow->addWidget(m_status, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The window is the screen's size (full screen on the projector). A window's layout would make
    // its height at least the height the caption's wrapped text needs at the window's *minimum*
    // width (QLayout::activate()), several lines at 300 %: at 1280x720 with a question it made the
    // window 792 px tall, the answers below the screen's edge. The views give way instead.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addLayout(views, 1);
    auto *captionBar = new QWidget(this);
    captionBar->setObjectName(QStringLiteral("presentationCaptionBar"));
    captionBar->setLayout(captionRow);
    captionBar->setAutoFillBackground(true);
    QPalette barPalette = pal;
    barPalette.setColor(QPalette::Window, QColor(0xf0, 0xf1, 0xf3));
    captionBar->setPalette(barPalette);
    layout->addWidget(captionBar, 0);

    // B blanks the screen, as presentation software does.
    m_blank->setObjectName(QStringLiteral("presentationBlank"));
    m_blank->setAutoFillBackground(true);
    QPalette black;
    black.setColor(QPalette::Window, Qt::black);
    m_blank->setPalette(black);
    m_blank->hide();

    connect(m_playhead, &Playhead::timeChanged, this, &PresentationWindow::showTime);
    connect(m_stepper, &Stepper::stepByChanged, this, &PresentationWindow::updateCaption);
    connect(closelab::SegmentNotation::instance(), &closelab::SegmentNotation::changed, this, &PresentationWindow::updateCaption);
    if (m_quiz) {
        connect(m_quizPanel, &closelab::QuizPanel::answerChosen, m_quiz, &QuizSession::answer);
        connect(m_quiz, &QuizSession::questionAsked, this, &PresentationWindow::updateQuiz);
        connect(m_quiz, &QuizSession::answered, this, &PresentationWindow::updateQuiz);
        connect(m_quiz, &QuizSession::reset, this, &PresentationWindow::updateQuiz);
    }
    applyZoom();
    updateQuiz();
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::updateQuiz()
{
    const bool on = m_quiz && m_quiz->isEnabled();
    const bool asking = on && showQuizState(*m_quiz, m_quizPanel);
    // The panel while a question waits or its verdict stands; the caption (the step's why) after the
    // reveal and whenever nothing is asked.
    m_quizPanel->setVisible(on && (asking || m_quiz->lastAnswered()));
    m_caption->setVisible(!asking);
    m_sequence->setConcealFuture(asking);
    updateCaption();
}

void PresentationWindow::settleCaptionBar()
{
    // The caption bar as tall as what it shows now (the quiz panel, the caption, the corner). A
    // layout's new size reaches the layout around it through a posted LayoutRequest, one level a pass
    // of the event loop: a picture taken (or a frame drawn) after one pass kept the bar at the
    // previous caption's height, the quiz panel centred in it (46 px above the question in Chinese
    // at 1280×720) and the question as tall as its label's size hint (two lines for one). Bottom
    // up, each level now.
    for (QWidget *w : {static_cast<QWidget *>(m_quizPanel), m_caption->parentWidget(), static_cast<QWidget *>(this)})
        if (w && w->layout())
            w->layout()->activate();
}

void PresentationWindow::setTrace(std::shared_ptr<const closelab::Trace> trace)
{
    m_trace = std::move(trace);
    m_sequence->setTrace(m_trace);
    m_graph->setTrace(m_trace);
    showTime(m_playhead->time());
}

void PresentationWindow::showTime(qint64 t)
{
    m_sequence->setTime(t);
    m_graph->setTime(t);
    updateCaption();
}

QString PresentationWindow::captionText() const
{
    return m_caption->text();
}

void PresentationWindow::updateCaption()
{
    const qint64 t = m_playhead->time();
    QString html;
    const int index = m_trace ? captionEvent(*m_trace, t) : -1;
    if (index >= 0) {
        const closelab::Narration n = closelab::narrate(*m_trace, index);
        html = QStringLiteral("<p><b>%1</b></p>").arg(n.what.toHtmlEscaped());
        if (!n.why.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(n.why.toHtmlEscaped());
    } else {
        html = QStringLiteral("<p><b>%1</b></p>").arg(tr("Press → or Page Down to step through the run.").toHtmlEscaped());
    }
    m_caption->setText(html);

    // Where we are: the stop among the run's stops, and the simulated time.
    const auto &points = m_stepper->points();
    int reached = 0;
    for (const closelab::StepPoint &p : points)
        reached += p.t <= t ? 1 : 0;
    //: Presentation mode's corner: the step reached, the number of steps, the simulated time
    m_status->setText(tr("%1 / %2\n%3").arg(reached).arg(points.size()).arg(closelab::formatClock(t)));
    settleCaptionBar();
}

void PresentationWindow::setZoom(double factor, bool remember)
{
    factor = closelab::zoom::clamped(factor);
    if (remember)
        QSettings().setValue(zoomKey, factor);
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    applyZoom();
}

void PresentationWindow::applyZoom()
{
    // Both views zoom themselves (fonts, strokes, boxes in em). The diagram is zoomed as far as
    // leaves it the room of a 640×360 diagram at 100 %; the state graph shrinks below the factor
    // by itself where its room is short (StateGraphLayout::scale()).
    const double fit = std::min(m_sequence->width() / 640.0, m_sequence->height() / 360.0);
    m_sequence->setZoom(std::max(1.0, std::min(m_zoom, fit)));
    m_graph->setZoom(m_zoom);
    m_caption->setFont(closelab::zoom::font(m_zoom, 1.0));
    m_status->setFont(closelab::zoom::font(m_zoom, 0.8));
    m_quizPanel->setZoom(m_zoom);
    const int margin = int(closelab::zoom::em(m_caption->font()) * 0.6);
    if (QWidget *bar = m_caption->parentWidget())
        bar->layout()->setContentsMargins(margin, margin / 2, margin, margin / 2);
    updateCaption();
}

bool PresentationWindow::isBlanked() const
{
    return !m_blank->isHidden();
}

void PresentationWindow::setBlanked(bool blanked)
{
    m_blank->setGeometry(rect());
    m_blank->setVisible(blanked);
    if (blanked)
        m_blank->raise();
}

void PresentationWindow::stepForward()
{
    if (m_quiz)
        m_quiz->stepForward();
    else
        m_playhead->stepForward();
}

void PresentationWindow::stepBackward()
{
    m_playhead->stepBackward();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (isBlanked()) {
        // Any key brings the picture back (and does nothing else).
        setBlanked(false);
        return;
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        stepForward();
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        stepBackward();
        return;
    case Qt::Key_Home:
        m_playhead->goToStart();
        return;
    case Qt::Key_End:
        m_playhead->goToEnd();
        return;
    case Qt::Key_B:
    case Qt::Key_Period:
        setBlanked(true);
        return;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
        if (m_quiz && m_quiz->pending()) {
            m_quiz->answer(event->key() - Qt::Key_1);
            return;
        }
        break;
    case Qt::Key_Q:
        if (m_quiz) {
            m_quiz->setEnabled(!m_quiz->isEnabled());
            return;
        }
        break;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        emit leaveRequested();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl) {
            setZoom(closelab::zoom::stepIn(m_zoom));
            return;
        }
        break;
    case Qt::Key_Minus:
        if (ctrl) {
            setZoom(closelab::zoom::stepOut(m_zoom));
            return;
        }
        break;
    case Qt::Key_0:
        if (ctrl) {
            setZoom(closelab::zoom::kPresentationDefault);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void PresentationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateCaption();
    QWidget::changeEvent(event);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyZoom();
    m_blank->setGeometry(rect());
}
