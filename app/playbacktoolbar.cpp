// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/playbacktoolbar.h"

#include "app/appstyle.h"
#include "app/playhead.h"
#include "app/stepper.h"
#include "app/timeslider.h"
#include "app/toolbarmnemonic.h"
#include "views/timeformat.h"
#include "views/zoom.h"
#include "views/zoomstyle.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QProxyStyle>
#include <QResizeEvent>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace {
constexpr int sliderSteps = 10000;
constexpr double kMostIconZoom = 2.5;

// The bar's extension button ("»", for the items that do not fit) at the zoom: QToolBarLayout makes
// it PM_ToolBarExtensionExtent wide, asked of the bar's style (Fusion: 12 px at every zoom), hard to
// hit on a projector. Set on the bar away from 100 %; its standard icons stay the drawn ones.
class ZoomedBarStyle : public closelab::FlatStyle
{
public:
    explicit ZoomedBarStyle(double zoom) : m_zoom(zoom) {}

    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        const int base = FlatStyle::pixelMetric(metric, option, widget);
        return metric == PM_ToolBarExtensionExtent ? int(std::lround(base * m_zoom)) : base;
    }

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override
    {
        if (QIcon drawn = AppStyle::drawnIcon(icon); !drawn.isNull())
            return drawn;
        return FlatStyle::standardIcon(icon, option, widget);
    }

private:
    double m_zoom;
};

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
    // Alt+S focuses the box in every form of the bar (its words left out or the box in the extension).
    m_speedMnemonic = new ToolBarMnemonic(this, m_speedLabel, m_speedBox);
    m_speedLabel->setContentsMargins(4, 0, 4, 0);
    m_speedLabelAction = addWidget(m_speedLabel);
    addWidget(m_speedBox);
    m_realTimeButton->setDefaultAction(m_realTimeAction);
    m_realTimeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addWidget(m_realTimeButton);
    m_timeSeparator = addSeparator();

    m_timeSlider->setObjectName(QStringLiteral("timeSlider"));
    m_timeSlider->setRange(0, sliderSteps);
    m_timeSlider->setMinimumWidth(160);
    m_timeSlider->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_sliderAction = addWidget(m_timeSlider);
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    m_timeLabel->setContentsMargins(8, 0, 8, 0);
    m_timeLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timeAction = addWidget(m_timeLabel);

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
    m_stepByMnemonic = new ToolBarMnemonic(this, m_stepByLabel, m_stepByBox);
    m_stepByLabel->setContentsMargins(scaled(4), 0, scaled(4), 0);
    // Right after the buttons it drives.
    insertSeparator(m_stepBySlot);
    m_stepByLabelAction = insertWidget(m_stepBySlot, m_stepByLabel);
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

int PlaybackToolBar::scaled(int px) const
{
    return int(std::lround(px * m_zoom));
}

void PlaybackToolBar::setZoom(double factor)
{
    factor = closelab::zoom::clamped(factor);
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    // The labels, the boxes, the "Real Time" button and the time inherit the bar's font.
    setFont(closelab::zoom::font(m_zoom));
    // The boxes measured again in it: they fit their words from now on, as after a change of
    // language; and QComboBox forgets its minimum size hint only on a change of style (not of font),
    // so a box measured before would keep its 100 % least width (the application's style again).
    for (QComboBox *box : {m_speedBox, m_stepByBox}) {
        if (box) {
            box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            box->setStyle(nullptr);
        }
    }
    // The buttons' glyphs are drawn at the size asked for (app/appstyle.cpp): sharp at every zoom.
    // (At most 2.5 times: at 300 % the buttons would make the bar taller than 1280x720 can spare
    // from the docks.)
    const double iconZoom = std::min(m_zoom, kMostIconZoom);
    QStyle *oldBarStyle = m_barStyle;
    m_barStyle = m_zoom == 1.0 ? nullptr : new ZoomedBarStyle(iconZoom);
    if (m_barStyle)
        m_barStyle->setParent(this);
    setStyle(m_barStyle);
    delete oldBarStyle;
    const int base = style()->pixelMetric(QStyle::PM_ToolBarIconSize, nullptr, this);
    const int icon = int(std::lround(base * iconZoom));
    setIconSize(QSize(icon, icon));
    if (auto *extension = findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"), Qt::FindDirectChildrenOnly)) {
        const int glyph = style()->pixelMetric(QStyle::PM_ToolBarExtensionExtent, nullptr, this);
        extension->setIconSize(m_zoom == 1.0 ? QSize() : QSize(glyph, glyph));
    }
    for (QLabel *label : {m_speedLabel, m_stepByLabel})
        if (label)
            label->setContentsMargins(scaled(4), 0, scaled(4), 0);
    m_timeLabel->setContentsMargins(scaled(8), 0, scaled(8), 0);
    // The slider's groove and handle grow with the text, its event ticks too, half as fast: so the
    // slider with its ticks is no taller than the buttons (at 100 % it is the tallest item, and at
    // the whole factor it made the bar a third taller than the buttons and took that from the docks).
    const double sliderZoom = (m_zoom + 1) / 2;
    QStyle *old = m_sliderStyle;
    m_sliderStyle = m_zoom == 1.0 ? nullptr : new closelab::ZoomStyle(sliderZoom);
    if (m_sliderStyle)
        m_sliderStyle->setParent(this);
    m_timeSlider->setStyle(m_sliderStyle);
    m_timeSlider->setZoom(sliderZoom);
    delete old;
    // The time's room, measured again in the new font.
    updateTime();
    fitWidth();
}

void PlaybackToolBar::resizeEvent(QResizeEvent *event)
{
    QToolBar::resizeEvent(event);
    fitWidth();
}

void PlaybackToolBar::fitWidth()
{
    // At 100 % the bar fits the windows it is made for (1280 px and wider); only a zoomed bar is
    // measured.
    if (m_zoom <= 1.0 && !m_compact)
        return;
    const bool compact = m_zoom > 1.0 && wholeWidth(false, false) > width();
    // The time on two lines where that leaves room for the boxes too; otherwise on one line (the
    // boxes in the extension menu), not making the bar taller than its buttons.
    setCompact(compact, compact && wholeWidth(true, true) <= width());
}

int PlaybackToolBar::wholeWidth(bool compact, bool twoLines) const
{
    // QToolBarLayout: the frame and the item margin each side, the items with the item spacing
    // between them (the bar is not movable: no handle).
    QStyle *s = style();
    const int spacing = s->pixelMetric(QStyle::PM_ToolBarItemSpacing, nullptr, this);
    int total = 2 * (s->pixelMetric(QStyle::PM_ToolBarFrameWidth, nullptr, this)
                     + s->pixelMetric(QStyle::PM_ToolBarItemMargin, nullptr, this));
    const QList<QAction *> all = actions();
    for (QAction *action : all) {
        if (compact && (action == m_stepByLabelAction || action == m_speedLabelAction))
            total -= spacing;
        else if (action == m_timeAction)
            total += timeWidth(twoLines);
        else if (action == m_sliderAction)
            total += m_timeSlider->minimumWidth();
        else if (action->isSeparator())
            total += s->pixelMetric(QStyle::PM_ToolBarSeparatorExtent, nullptr, this);
        else if (const QWidget *w = widgetForAction(action))
            total += w->sizeHint().width();
    }
    return total + spacing * int(all.size() - 1);
}

void PlaybackToolBar::setCompact(bool compact, bool twoLines)
{
    if (compact == m_compact && twoLines == m_twoLines)
        return;
    m_twoLines = twoLines;
    if (compact == m_compact) {
        updateTime();
        return;
    }
    m_compact = compact;
    // Narrow: the boxes without their words before them (each says what it is in its tooltip), and the slider and the time right after the buttons, so that what still
    // does not fit, left to the bar's extension menu, is a box and never the time.
    for (QAction *label : {m_stepByLabelAction, m_speedLabelAction})
        if (label)
            label->setVisible(!compact);
    const QList<QAction *> time{m_timeSeparator, m_sliderAction, m_timeAction};
    for (QAction *action : time)
        removeAction(action);
    if (compact)
        insertActions(actions().value(actions().indexOf(m_loopAction) + 1), time);
    else
        addActions(time);
    // Back into the Tab order where it was made (a widget taken out and put back goes last).
    QWidget::setTabOrder(m_realTimeButton, m_timeSlider);
    updateTime();
}

int PlaybackToolBar::timeWidth(bool twoLines) const
{
    // Wide enough for any run, so the slider does not jump while the clock runs.
    const QString widest = timeText(QStringLiteral("-000.000000 s"), QStringLiteral("0000.000 s"), twoLines);
    const QMargins margins = m_timeLabel->contentsMargins();
    const QFontMetrics fm = m_timeLabel->fontMetrics();
    int width = 0;
    for (QStringView line : QStringView(widest).split(u'\n'))
        width = std::max(width, fm.horizontalAdvance(line.toString()));
    return width + margins.left() + margins.right();
}

QString PlaybackToolBar::timeText(const QString &time, const QString &end, bool twoLines) const
{
    if (twoLines) {
        //: The playhead's position on two lines where the tool bar is narrow: current simulated time, then the end of the run
        return tr("t = %1\n/ %2").arg(time, end);
    }
    //: Playhead position: current simulated time and the end of the run, e.g. "t = 0.000250 s / 62.047568 s"
    return tr("t = %1 / %2").arg(time, end);
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
        // The words' widths changed: whether a zoomed bar fits may have too.
        fitWidth();
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
    if (m_speedMnemonic)
        m_speedMnemonic->update();
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
        if (m_stepByMnemonic)
            m_stepByMnemonic->update();
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
    m_timeLabel->setText(timeText(closelab::formatClock(m_playhead->time()), closelab::formatClock(m_playhead->end()), m_twoLines));
    m_timeLabel->setMinimumWidth(timeWidth(m_twoLines));
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
