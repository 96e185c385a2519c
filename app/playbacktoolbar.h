// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

class Playhead;
class QAction;
class QComboBox;
class QLabel;
class QSlider;

/// Play/pause, step back/forward, go to start/end, speed and a time slider, all driving one
/// Playhead. Its actions carry the playback shortcuts (Space, Left/Right, Home/End); the main
/// window adds them to itself too, so they work while the toolbar is hidden.
class PlaybackToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit PlaybackToolBar(Playhead *playhead, QWidget *parent = nullptr);

    QList<QAction *> playbackActions() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePlayAction();
    void updateTime();
    void seekToSlider(int value);
    void selectSpeed(double speed);

    Playhead *m_playhead;
    QAction *m_playAction;
    QAction *m_startAction;
    QAction *m_stepBackAction;
    QAction *m_stepForwardAction;
    QAction *m_endAction;
    QLabel *m_speedLabel;
    QComboBox *m_speedBox;
    QSlider *m_timeSlider;
    QLabel *m_timeLabel;
};
