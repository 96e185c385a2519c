// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSlider>

/// The playback toolbar's time slider: a horizontal slider with a tick under the groove for
/// every event of the run, so the user sees where things happen and can drag to them.
class TimeSlider : public QSlider
{
    Q_OBJECT

public:
    explicit TimeSlider(QWidget *parent = nullptr);

    /// Event positions along the slider, 0 (left) to 1 (right).
    void setMarks(QList<double> positions);
    const QList<double> &marks() const { return m_marks; }
    /// x in widget coordinates of a position (the handle's centre when it is there).
    int xOfPosition(double position) const;
    /// The zoom for people (views/zoom.h): the event ticks' length and stroke. (The groove and the
    /// handle follow the slider's style: PlaybackToolBar gives it a ZoomStyle.)
    void setZoom(double factor);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// The ticks' length below the groove, and the room kept for them above and below.
    int markHeight() const;

    QList<double> m_marks;
    double m_zoom = 1.0;
};
