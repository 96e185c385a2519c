// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"

#include <QWidget>

#include <memory>

namespace closelab {
class SequenceDiagramView;
class StateGraphView;
}
class Playhead;
class QLabel;
class Stepper;
class QuizSession;
namespace closelab {
class QuizPanel;
}

/// What the class sees in presentation mode: the sequence diagram large, the state graph beside it,
/// the narration as a caption bar below, nothing else; the projector theme and one zoom factor
/// (200 % by default, Ctrl+= / Ctrl+− / Ctrl+0, remembered apart from the window's zoom).
///
/// Keys (what a presenter's clicker sends): PgDn, →, ↓, Space step forward; PgUp, ←, ↑, Backspace
/// step back; Home/End; B or . blanks the screen (any key brings it back); Esc or F5 leaves;
/// Q turns the quiz on or off, 1–4 answer its question.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    static const QString zoomKey; ///< "presentation/zoom"

    /// `quiz` may be nullptr (no quiz).
    PresentationWindow(Playhead *playhead, Stepper *stepper, QuizSession *quiz, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    void setTrace(std::shared_ptr<const closelab::Trace> trace);
    double zoom() const { return m_zoom; }
    /// The zoom of everything it shows (the diagram, the state graph, the caption bar and the quiz);
    /// `remember`: presentation mode's zoom from now on (a picture's is not kept).
    void setZoom(double factor, bool remember = true);
    bool isBlanked() const;
    void setBlanked(bool blanked);
    closelab::SequenceDiagramView *sequenceDiagram() const { return m_sequence; }
    closelab::StateGraphView *stateGraph() const { return m_graph; }
    QString captionText() const;

    closelab::QuizPanel *quizPanel() const { return m_quizPanel; }
    /// One step forward (asks first when the quiz is on) and back.
    void stepForward();
    void stepBackward();

signals:
    /// Esc or F5.
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showTime(qint64 t);
    void updateCaption();
    void applyZoom();
    void updateQuiz();
    void settleCaptionBar();

    Playhead *m_playhead;
    Stepper *m_stepper;
    std::shared_ptr<const closelab::Trace> m_trace;
    closelab::SequenceDiagramView *m_sequence;
    closelab::StateGraphView *m_graph;
    QLabel *m_caption;
    QLabel *m_status;
    QWidget *m_blank;
    QuizSession *m_quiz;
    closelab::QuizPanel *m_quizPanel;
    double m_zoom;
};
