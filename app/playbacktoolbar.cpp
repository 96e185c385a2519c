// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/playbacktoolbar.h"

#include "app/playhead.h"
#include "app/stepper.h"
#include "app/timeslider.h"
#include "views/timeformat.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>

#include <cmath>

namespace {
constexpr int sliderSteps = 10000;

QString toolTipWithShortcut(const QAction *action)
{
    return QStringLiteral("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText));
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
    , m_loopAction(new QAction(this))
    , m_realTimeAction(new QAction(this))
    , m_speedLabel(new QLabel(this))
    , m_speedBox(new QComboBox(this))
    , m_realTimeButton(new QToolButton(this))
    , m_timeSlider(new TimeSlider(this))
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
    m_loopAction->setObjectName(QStringLiteral("loopAction"));
    m_loopAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_loopAction->setShortcut(Qt::Key_L);
    m_loopAction->setCheckable(true);
    m_realTimeAction->setObjectName(QStringLiteral("realTimeAction"));
    m_realTimeAction->setCheckable(true);

    addAction(m_startAction);
    addAction(m_stepBackAction);
    addAction(m_playAction);
    addAction(m_stepForwardAction);
    addAction(m_endAction);
    addAction(m_loopAction);
    m_stepBySlot = addSeparator();

    for (double speed : Playhead::standardSpeeds())
        m_speedBox->addItem(QString(), speed);
    m_speedBox->setObjectName(QStringLiteral("speedBox"));
    m_speedLabel->setBuddy(m_speedBox);
    m_speedLabel->setContentsMargins(4, 0, 4, 0);
    addWidget(m_speedLabel);
    addWidget(m_speedBox);
    m_realTimeButton->setDefaultAction(m_realTimeAction);
    m_realTimeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addWidget(m_realTimeButton);
    addSeparator();

    m_timeSlider->setObjectName(QStringLiteral("timeSlider"));
    m_timeSlider->setRange(0, sliderSteps);
    m_timeSlider->setMinimumWidth(160);
    m_timeSlider->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    addWidget(m_timeSlider);
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    m_timeLabel->setContentsMargins(8, 0, 8, 0);
    m_timeLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addWidget(m_timeLabel);

    connect(m_playAction, &QAction::triggered, m_playhead, &Playhead::togglePlaying);
    connect(m_startAction, &QAction::triggered, m_playhead, &Playhead::goToStart);
    connect(m_stepBackAction, &QAction::triggered, m_playhead, &Playhead::stepBackward);
    connect(m_stepForwardAction, &QAction::triggered, m_playhead, &Playhead::stepForward);
    connect(m_endAction, &QAction::triggered, m_playhead, &Playhead::goToEnd);
    connect(m_loopAction, &QAction::toggled, m_playhead, &Playhead::setLooping);
    connect(m_realTimeAction, &QAction::toggled, m_playhead, &Playhead::setRealTime);
    connect(m_speedBox, &QComboBox::activated, this,
            [this](int index) { m_playhead->setSpeed(m_speedBox->itemData(index).toDouble()); });
    connect(m_timeSlider, &QSlider::valueChanged, this, &PlaybackToolBar::seekToSlider);

    connect(m_playhead, &Playhead::playingChanged, this, &PlaybackToolBar::updatePlayAction);
    connect(m_playhead, &Playhead::timeChanged, this, &PlaybackToolBar::updateTime);
    connect(m_playhead, &Playhead::rangeChanged, this, &PlaybackToolBar::updateTime);
    connect(m_playhead, &Playhead::rangeChanged, this, &PlaybackToolBar::updateMarks);
    connect(m_playhead, &Playhead::speedChanged, this, &PlaybackToolBar::selectSpeed);
    connect(m_playhead, &Playhead::loopingChanged, m_loopAction, &QAction::setChecked);
    connect(m_playhead, &Playhead::clockChanged, this,
            [this](Playhead::Clock clock) { m_realTimeAction->setChecked(clock == Playhead::Clock::RealTime); });

    selectSpeed(m_playhead->speed());
    m_loopAction->setChecked(m_playhead->isLooping());
    m_realTimeAction->setChecked(m_playhead->clock() == Playhead::Clock::RealTime);
    retranslateUi();
    updateMarks();
    updateTime();
}

void PlaybackToolBar::setStepper(Stepper *stepper)
{
    m_stepper = stepper;
    m_stepByLabel = new QLabel(this);
    m_stepByBox = new QComboBox(this);
    m_stepByBox->setObjectName(QStringLiteral("stepByBox"));
    for (closelab::StepBy by : {closelab::StepBy::Segments, closelab::StepBy::StateChanges, closelab::StepBy::Events})
        m_stepByBox->addItem(QString(), int(by));
    m_stepByLabel->setBuddy(m_stepByBox);
    m_stepByLabel->setContentsMargins(4, 0, 4, 0);
    // Right after the buttons it drives.
    insertSeparator(m_stepBySlot);
    insertWidget(m_stepBySlot, m_stepByLabel);
    insertWidget(m_stepBySlot, m_stepByBox);
    connect(m_stepByBox, &QComboBox::activated, this, [this](int index) {
        m_stepper->setStepBy(closelab::StepBy(m_stepByBox->itemData(index).toInt()));
    });
    connect(m_stepper, &Stepper::stepByChanged, this, &PlaybackToolBar::selectStepBy);
    retranslateUi();
    selectStepBy();
}

void PlaybackToolBar::selectStepBy()
{
    if (m_stepByBox)
        m_stepByBox->setCurrentIndex(m_stepByBox->findData(int(m_stepper->stepBy())));
}

QList<QAction *> PlaybackToolBar::playbackActions() const
{
    return {m_startAction, m_stepBackAction, m_playAction, m_stepForwardAction, m_endAction, m_loopAction};
}

void PlaybackToolBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The boxes fit their items' words when first shown (QComboBox's default), and from the first
        // change of language on, every time their words change. (AdjustToContents from the start
        // would make each box's popup, a list view with its scroll bars, at start-up: a box makes
        // it to time its resizing.)
        for (QComboBox *box : {m_speedBox, m_stepByBox})
            if (box)
                box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        retranslateUi();
    }
    QToolBar::changeEvent(event);
}

void PlaybackToolBar::retranslateUi()
{
    setWindowTitle(tr("Playback"));
    m_startAction->setText(tr("Go to Start"));
    m_stepBackAction->setText(tr("Step Back"));
    m_stepForwardAction->setText(tr("Step Forward"));
    m_endAction->setText(tr("Go to End"));
    m_loopAction->setText(tr("Loop"));
    for (QAction *action : playbackActions())
        action->setToolTip(toolTipWithShortcut(action));
    updatePlayAction();

    m_speedLabel->setText(tr("&Speed:"));
    for (int i = 0; i < m_speedBox->count(); ++i) {
        //: Playback speed as a multiple of the clock's pace, e.g. "0.5×"
        m_speedBox->setItemText(i, tr("%1×").arg(QLocale().toString(m_speedBox->itemData(i).toDouble())));
    }
    m_speedBox->setToolTip(tr("Playback speed. At 1× a segment in flight takes about a second to cross."));
    //: Checkable toolbar button: play in proportion to simulated time instead of compressing idle stretches
    m_realTimeAction->setText(tr("Real Time"));
    m_realTimeAction->setToolTip(tr("Play in real time (times the speed) instead of passing quickly "
                                    "through idle stretches; timers always show real time."));
    if (m_stepByBox) {
        //: Toolbar label before the choice of what one step moves to
        m_stepByLabel->setText(tr("Step &by:"));
        m_stepByBox->setItemText(0, tr("Segments"));
        m_stepByBox->setItemText(1, tr("State changes"));
        m_stepByBox->setItemText(2, tr("Every event"));
        m_stepByBox->setToolTip(tr("What Step Forward and Step Back (←/→) move to: the next segment arriving, "
                                   "the next state change, or the next event of any kind (timers, calls)."));
    }
    m_timeSlider->setToolTip(tr("Simulated time; each tick is an event of the run"));
    m_timeSlider->setAccessibleName(tr("Simulated time"));
    updateTime();
}

void PlaybackToolBar::updatePlayAction()
{
    const bool playing = m_playhead->isPlaying();
    m_playAction->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playAction->setText(playing ? tr("Pause") : tr("Play"));
    m_playAction->setToolTip(toolTipWithShortcut(m_playAction));
}

void PlaybackToolBar::updateTime()
{
    {
        const QSignalBlocker blocker(m_timeSlider);
        m_timeSlider->setValue(int(std::lround(m_playhead->positionOf(m_playhead->time()) * sliderSteps)));
    }
    m_timeSlider->setEnabled(m_playhead->duration() > 0);
    //: Playhead position: current simulated time and the end of the run, e.g. "t = 0.000250 s / 62.047568 s"
    const QString pattern = tr("t = %1 / %2");
    m_timeLabel->setText(pattern.arg(closelab::formatClock(m_playhead->time()), closelab::formatClock(m_playhead->end())));
    // Wide enough for any run, so the slider does not jump while the clock runs.
    const QString widest = pattern.arg(QStringLiteral("-000.000000 s"), QStringLiteral("0000.000 s"));
    m_timeLabel->setMinimumWidth(m_timeLabel->fontMetrics().horizontalAdvance(widest) + 16);
}

void PlaybackToolBar::updateMarks()
{
    QList<double> positions;
    positions.reserve(m_playhead->eventTimes().size());
    for (qint64 t : m_playhead->eventTimes())
        positions << m_playhead->positionOf(t);
    m_timeSlider->setMarks(std::move(positions));
}

void PlaybackToolBar::seekToSlider(int value)
{
    m_playhead->seek(m_playhead->timeAtPosition(double(value) / sliderSteps));
}

void PlaybackToolBar::selectSpeed(double speed)
{
    const int index = m_speedBox->findData(speed);
    if (index >= 0)
        m_speedBox->setCurrentIndex(index);
}
