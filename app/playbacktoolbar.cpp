// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/playbacktoolbar.h"

#include "app/playhead.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>

namespace {
constexpr int sliderSteps = 10000;

QString secondsText(qint64 ns)
{
    return QLocale().toString(static_cast<double>(ns) / 1e9, 'f', 3);
}
} // namespace

PlaybackToolBar::PlaybackToolBar(Playhead *playhead, QWidget *parent)
    : QToolBar(parent)
    , m_playhead(playhead)
    , m_playAction(new QAction(this))
    , m_startAction(new QAction(this))
    , m_stepBackAction(new QAction(this))
    , m_stepForwardAction(new QAction(this))
    , m_endAction(new QAction(this))
    , m_speedLabel(new QLabel(this))
    , m_speedBox(new QComboBox(this))
    , m_timeSlider(new QSlider(Qt::Horizontal, this))
    , m_timeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("playbackToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonIconOnly);

    m_startAction->setObjectName(QStringLiteral("goToStartAction"));
    m_startAction->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_startAction->setShortcut(Qt::Key_Home);
    m_stepBackAction->setObjectName(QStringLiteral("stepBackAction"));
    m_stepBackAction->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_stepBackAction->setShortcut(Qt::Key_Left);
    m_playAction->setObjectName(QStringLiteral("playAction"));
    m_playAction->setShortcut(Qt::Key_Space);
    m_stepForwardAction->setObjectName(QStringLiteral("stepForwardAction"));
    m_stepForwardAction->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_stepForwardAction->setShortcut(Qt::Key_Right);
    m_endAction->setObjectName(QStringLiteral("goToEndAction"));
    m_endAction->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_endAction->setShortcut(Qt::Key_End);

    addAction(m_startAction);
    addAction(m_stepBackAction);
    addAction(m_playAction);
    addAction(m_stepForwardAction);
    addAction(m_endAction);
    addSeparator();

    for (double speed : Playhead::standardSpeeds())
        m_speedBox->addItem(QString(), speed);
    m_speedBox->setObjectName(QStringLiteral("speedBox"));
    m_speedLabel->setBuddy(m_speedBox);
    m_speedLabel->setContentsMargins(4, 0, 4, 0);
    addWidget(m_speedLabel);
    addWidget(m_speedBox);
    addSeparator();

    m_timeSlider->setObjectName(QStringLiteral("timeSlider"));
    m_timeSlider->setRange(0, sliderSteps);
    m_timeSlider->setMinimumWidth(120);
    m_timeSlider->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    addWidget(m_timeSlider);
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    m_timeLabel->setContentsMargins(8, 0, 8, 0);
    addWidget(m_timeLabel);

    connect(m_playAction, &QAction::triggered, m_playhead, &Playhead::togglePlaying);
    connect(m_startAction, &QAction::triggered, m_playhead, &Playhead::goToStart);
    connect(m_stepBackAction, &QAction::triggered, m_playhead, &Playhead::stepBackward);
    connect(m_stepForwardAction, &QAction::triggered, m_playhead, &Playhead::stepForward);
    connect(m_endAction, &QAction::triggered, m_playhead, &Playhead::goToEnd);
    connect(m_speedBox, &QComboBox::activated, this,
            [this](int index) { m_playhead->setSpeed(m_speedBox->itemData(index).toDouble()); });
    connect(m_timeSlider, &QSlider::valueChanged, this, &PlaybackToolBar::seekToSlider);

    connect(m_playhead, &Playhead::playingChanged, this, &PlaybackToolBar::updatePlayAction);
    connect(m_playhead, &Playhead::timeChanged, this, &PlaybackToolBar::updateTime);
    connect(m_playhead, &Playhead::durationChanged, this, &PlaybackToolBar::updateTime);
    connect(m_playhead, &Playhead::speedChanged, this, &PlaybackToolBar::selectSpeed);

    selectSpeed(m_playhead->speed());
    retranslateUi();
    updateTime();
}

QList<QAction *> PlaybackToolBar::playbackActions() const
{
    return {m_startAction, m_stepBackAction, m_playAction, m_stepForwardAction, m_endAction};
}

void PlaybackToolBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

void PlaybackToolBar::retranslateUi()
{
    setWindowTitle(tr("Playback"));
    m_startAction->setText(tr("Go to Start"));
    m_stepBackAction->setText(tr("Step Back"));
    m_stepForwardAction->setText(tr("Step Forward"));
    m_endAction->setText(tr("Go to End"));
    for (QAction *action : playbackActions()) {
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text(),
                                                        action->shortcut().toString(QKeySequence::NativeText)));
    }
    updatePlayAction();

    m_speedLabel->setText(tr("&Speed:"));
    for (int i = 0; i < m_speedBox->count(); ++i) {
        //: Playback speed as a multiple of real time, e.g. "0.5×"
        m_speedBox->setItemText(i, tr("%1×").arg(QLocale().toString(m_speedBox->itemData(i).toDouble())));
    }
    m_timeSlider->setToolTip(tr("Simulated time"));
    m_timeSlider->setAccessibleName(tr("Simulated time"));
    updateTime();
}

void PlaybackToolBar::updatePlayAction()
{
    const bool playing = m_playhead->isPlaying();
    m_playAction->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playAction->setText(playing ? tr("Pause") : tr("Play"));
    m_playAction->setToolTip(QStringLiteral("%1 (%2)").arg(m_playAction->text(),
                                                          m_playAction->shortcut().toString(QKeySequence::NativeText)));
}

void PlaybackToolBar::updateTime()
{
    const qint64 duration = m_playhead->duration();
    const qint64 time = m_playhead->time();
    {
        const QSignalBlocker blocker(m_timeSlider);
        m_timeSlider->setValue(duration > 0 ? static_cast<int>(time * sliderSteps / duration) : 0);
    }
    m_timeSlider->setEnabled(duration > 0);
    //: Playhead position: current and total simulated time in seconds
    m_timeLabel->setText(tr("%1 s / %2 s").arg(secondsText(time), secondsText(duration)));
}

void PlaybackToolBar::seekToSlider(int value)
{
    m_playhead->seek(m_playhead->duration() * value / sliderSteps);
}

void PlaybackToolBar::selectSpeed(double speed)
{
    const int index = m_speedBox->findData(speed);
    if (index >= 0)
        m_speedBox->setCurrentIndex(index);
}
