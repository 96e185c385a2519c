// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

class Playhead;
class QAction;
class QComboBox;
class QLabel;
class QToolButton;
class Stepper;
class TimeSlider;

/// Play/pause, step back/forward, go to start/end, loop, speed (0.1x to 1000x), the clock
/// (compressed or real time), a time slider with the run's events marked on it and the current
/// simulated time, all driving one Playhead. Its actions carry the playback shortcuts (Space,
/// Left/Right, Home/End, L); the main window adds them to itself too, so they work while the
/// toolbar is hidden.
class PlaybackToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit PlaybackToolBar(Playhead *playhead, QWidget *parent = nullptr);

    QList<QAction *> playbackActions() const;
    /// Adds the "Step by" choice (segments, state changes, every event) driving `stepper`.
    void setStepper(Stepper *stepper);
    QComboBox *stepByBox() const { return m_stepByBox; }
    QAction *loopAction() const { return m_loopAction; }
    QAction *realTimeAction() const { return m_realTimeAction; }
    TimeSlider *timeSlider() const { return m_timeSlider; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePlayAction();
    void updateTime();
    void updateMarks();
    void seekToSlider(int value);
    void selectSpeed(double speed);
    void selectStepBy();

    Playhead *m_playhead;
    QAction *m_playAction;
    QAction *m_startAction;
    QAction *m_stepBackAction;
    QAction *m_stepForwardAction;
    QAction *m_endAction;
    QAction *m_loopAction;
    QAction *m_realTimeAction;
    QLabel *m_speedLabel;
    QComboBox *m_speedBox;
    QToolButton *m_realTimeButton;
    QAction *m_stepBySlot = nullptr;
    Stepper *m_stepper = nullptr;
    QLabel *m_stepByLabel = nullptr;
    QComboBox *m_stepByBox = nullptr;
    TimeSlider *m_timeSlider;
    QLabel *m_timeLabel;
};
