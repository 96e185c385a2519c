// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

class Playhead;
class QAction;
class QComboBox;
class QLabel;
class QStyle;
class QToolButton;
class Stepper;
class TimeSlider;
class ToolBarMnemonic;

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
    QLabel *timeLabel() const { return m_timeLabel; }

    /// The zoom for people (views/zoom.h): the bar's words in the zoomed font, its icons drawn at the
    /// zoomed size, the slider's handle and groove grown with them. Nothing changes until the zoom
    /// first leaves 100 %.
    void setZoom(double factor);
    double zoom() const { return m_zoom; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void updatePlayAction();
    void updateTime();
    void updateMarks();
    void seekToSlider(int value);
    void selectSpeed(double speed);
    void selectStepBy();
    /// A length of the bar at 100 %, at the zoom.
    int scaled(int px) const;
    /// Zoomed, the bar is compact where its whole width does not fit (setCompact()).
    void fitWidth();
    /// The bar's width with every item shown (compact: but the boxes' labels), the time on one
    /// line or two, the slider at its least.
    int wholeWidth(bool compact, bool twoLines) const;
    void setCompact(bool compact, bool twoLines);
    /// The time label's room for the longest time, on one line or two.
    int timeWidth(bool twoLines) const;
    QString timeText(const QString &time, const QString &end, bool twoLines) const;

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
    QStyle *m_sliderStyle = nullptr; ///< the slider's ZoomStyle away from 100 %
    QStyle *m_barStyle = nullptr; ///< the bar's own away from 100 %: its extension button zoomed
    double m_zoom = 1.0;
    bool m_compact = false;
    bool m_twoLines = false; ///< the time on two lines (compact only)
    ToolBarMnemonic *m_speedMnemonic = nullptr;
    ToolBarMnemonic *m_stepByMnemonic = nullptr;
    QAction *m_speedLabelAction = nullptr;
    QAction *m_stepByLabelAction = nullptr;
    QAction *m_timeSeparator = nullptr;
    QAction *m_sliderAction = nullptr;
    QAction *m_timeAction = nullptr;
};
