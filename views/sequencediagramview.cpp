// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sequencediagramview.h"

#include "views/codetexts.h"
#include "views/segmenttext.h"
#include "views/sequencepainter.h"
#include "views/timeformat.h"
#include "views/zoom.h"

#include <QCoreApplication>
#include <QAction>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {
// The reference line height of the time map's gaps (TimeMap::Params are in pixels at this em).
constexpr double kTimeMapEm = 15;
int g_layoutsMade = 0; // SequenceDiagramView::layoutsMade()
} // namespace

SequenceDiagramView::SequenceDiagramView(QWidget *parent)
    : QAbstractScrollArea(parent),
      m_wholeRunAction(new QAction(this)),
      m_proportionalAction(new QAction(this))
{
    setObjectName(QStringLiteral("sequenceDiagramView"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    // paintEvent() fills the whole viewport with opaque paper: Qt need not fill it first.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    verticalScrollBar()->setSingleStep(24);
    m_wholeRunAction->setCheckable(true);
    m_proportionalAction->setCheckable(true);
    connect(m_wholeRunAction, &QAction::toggled, this, &SequenceDiagramView::setShowWholeRun);
    connect(m_proportionalAction, &QAction::toggled, this, [this](bool on) {
        setTimeMode(on ? TimeMap::Mode::Proportional : TimeMap::Mode::Compressed);
    });
    // A manual scroll stops following until the playhead moves again.
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this](int) { m_follow = false; });
    // View → Segment Names: the arrows are labelled anew.
    connect(SegmentNotation::instance(), &SegmentNotation::changed, this, &SequenceDiagramView::relayout);
    retranslateUi();
}

SequenceDiagramView::~SequenceDiagramView() = default;

void SequenceDiagramView::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    relayout();
    followPlayhead(true);
}

void SequenceDiagramView::setSharedKnots(std::vector<SimTime> knots)
{
    m_sharedKnots = std::move(knots);
    relayout();
    followPlayhead(true);
}

void SequenceDiagramView::setTimeMode(TimeMap::Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    m_proportionalAction->setChecked(mode == TimeMap::Mode::Proportional);
    relayout();
    followPlayhead();
}

void SequenceDiagramView::setZoom(double factor)
{
    factor = zoom::clamped(factor);
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    relayout();
    followPlayhead(true);
    emit zoomChanged(m_zoom);
}

double SequenceDiagramView::headerHeight() const
{
    ensureLaidOut();
    return m_layout.headerHeight();
}

void SequenceDiagramView::setShowWholeRun(bool show)
{
    m_wholeRun = show;
    m_wholeRunAction->setChecked(show);
    viewport()->update();
}

void SequenceDiagramView::setTime(qint64 t)
{
    if (t == m_time)
        return;
    m_time = t;
    m_follow = true;
    followPlayhead();
    viewport()->update();
}

void SequenceDiagramView::relayout()
{
    if (!m_shown && m_trace) {
        m_relayoutPending = true;
        return;
    }
    relayoutNow();
}

void SequenceDiagramView::ensureLaidOut() const
{
    if (m_relayoutPending)
        const_cast<SequenceDiagramView *>(this)->relayoutNow();
}

void SequenceDiagramView::relayoutNow()
{
    m_relayoutPending = false;
    if (!m_trace) {
        m_layout = SequenceLayout();
        m_outlineOnly = false;
        updateScrollRange();
        viewport()->update();
        return;
    }
    m_layoutSize = viewport()->size();
    m_layout = makeLayout(*m_trace, m_layoutSize.width(), m_layoutSize.height(), m_zoom, m_mode, m_sharedKnots, true);
    m_outlineOnly = true;
    updateScrollRange();
    viewport()->update();
}

const SequenceLayout &SequenceDiagramView::layout() const
{
    ensureLaidOut();
    if (m_outlineOnly) {
        m_layout = makeLayout(*m_trace, m_layoutSize.width(), m_layoutSize.height(), m_zoom, m_mode, m_sharedKnots, false);
        m_outlineOnly = false;
    }
    return m_layout;
}

SequenceLayout SequenceDiagramView::layoutFor(const Trace &trace, double width, double height, double zoomFactor,
                                              TimeMap::Mode mode, const std::vector<SimTime> &sharedKnots)
{
    return makeLayout(trace, width, height, zoomFactor, mode, sharedKnots, false);
}

int SequenceDiagramView::layoutsMade()
{
    return g_layoutsMade;
}

SequenceLayout SequenceDiagramView::makeLayout(const Trace &trace, double width, double height, double zoomFactor,
                                               TimeMap::Mode mode, const std::vector<SimTime> &sharedKnots, bool outline)
{
    ++g_layoutsMade;
    // Every height follows the fonts: the zoom factor and the application font (DPI, QT_SCALE_FACTOR).
    const SequenceMetrics metrics = SequenceMetrics::at(zoomFactor);
    TimeMap::Params params;
    params.mode = mode;
    params.top = metrics.headerHeight() + 2.2 * metrics.em;
    params.zoom = metrics.em / kTimeMapEm;
    std::vector<SimTime> knots = TimeMap::knotsOf(trace);
    knots.insert(knots.end(), sharedKnots.begin(), sharedKnots.end());
    if (mode == TimeMap::Mode::Proportional) {
        // Zoom 1 fits the whole run (and the shared knots) into the visible height.
        const auto [first, last] = std::minmax_element(knots.begin(), knots.end());
        const double room = std::max(10 * metrics.em, height - params.top - 3 * metrics.em);
        const SimTime extent = std::max(*last, trace.end) - std::min(*first, trace.start);
        params.pxPerSecond = room / std::max(1e-6, toSeconds(extent)) / params.zoom;
    }
    const SequenceLayout::Titles titles{sideTitle(trace, Side::Client), sideTitle(trace, Side::Server)};
    if (outline)
        return SequenceLayout::outline(trace, TimeMap(std::move(knots), params), width, zoomFactor, titles);
    return SequenceLayout(trace, TimeMap(std::move(knots), params), width, zoomFactor, titles);
}

void SequenceDiagramView::updateScrollRange()
{
    const double contentHeight = m_layout.timeMap().bottom() + 3 * m_layout.metrics().em;
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(contentHeight - viewport()->height()))));
}

void SequenceDiagramView::followPlayhead(bool force)
{
    // Before the first show the resize event it sends lays out and follows (resizeEvent()).
    if (!m_follow || !m_trace || m_relayoutPending)
        return;
    const double y = m_layout.timeMap().y(m_time);
    const double header = headerHeight();
    const double top = verticalScrollBar()->value() + header;
    const double height = viewport()->height() - header;
    // What is drawn is the past (the future only with "show the whole run"), so the playhead
    // rides low: once it passes 70 % of the height the view scrolls with it, and a jump back
    // above the top band (or a new size or run) puts it at 70 % again, with as much history
    // above it as fits.
    if (force || y < top + 0.1 * height || y > top + 0.7 * height)
        verticalScrollBar()->setValue(int(y - header - 0.7 * height));
}

std::vector<int> SequenceDiagramView::arrowsInFlight() const
{
    if (!m_trace)
        return {};
    std::vector<int> inFlight = m_trace->segmentsInFlight(m_time);
    // A population's sample: its own segments only, as the layout draws them.
    std::erase_if(inFlight, [this](int i) { return !m_trace->onLifelines(m_trace->segments[std::size_t(i)]); });
    return inFlight;
}

SimTime SequenceDiagramView::nextEventTime() const
{
    if (!m_trace)
        return m_time;
    const auto &ev = m_trace->events;
    auto it = std::upper_bound(ev.begin(), ev.end(), m_time, [](SimTime t, const TraceEvent &e) { return t < e.t; });
    while (it != ev.end() && !m_trace->onLifelines(*it))
        ++it;
    return it == ev.end() ? m_time : it->t;
}

SimTime SequenceDiagramView::previousEventTime() const
{
    if (!m_trace)
        return m_time;
    const auto &ev = m_trace->events;
    auto it = std::lower_bound(ev.begin(), ev.end(), m_time, [](const TraceEvent &e, SimTime t) { return e.t < t; });
    while (it != ev.begin() && !m_trace->onLifelines(*std::prev(it)))
        --it;
    return it == ev.begin() ? m_time : std::prev(it)->t;
}

SimTime SequenceDiagramView::timeForClick(QPoint pos) const
{
    if (!m_trace)
        return m_time;
    const QPointF p(pos.x(), pos.y() + verticalScrollBar()->value());
    const SequenceLayout &l = layout();
    const int arrow = l.arrowAt(p, 0.4 * l.metrics().em);
    if (arrow >= 0)
        return l.arrows()[std::size_t(arrow)].t0;
    // The nearest event within a tag's height, else the time under the pointer.
    SimTime best = l.timeMap().timeAt(p.y());
    double bestDistance = l.metrics().em * 0.75;
    for (const TraceEvent &e : m_trace->events) {
        if (!m_trace->onLifelines(e))
            continue;
        const double d = std::abs(l.timeMap().y(e.t) - p.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = e.t;
        }
    }
    return best;
}

void SequenceDiagramView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    if (!m_trace) {
        p.fillRect(viewport()->rect(), palette().base());
        return;
    }
    m_frame = SequencePainter(*m_trace, layout()).paint(p, frameRequest());
}

void SequenceDiagramView::setConcealFuture(bool conceal)
{
    if (conceal == m_concealFuture)
        return;
    m_concealFuture = conceal;
    viewport()->update();
}

SequenceFrame::Request SequenceDiagramView::frameRequest() const
{
    SequenceFrame::Request o;
    o.t = m_time;
    o.wholeRun = m_wholeRun && !m_concealFuture;
    o.concealFuture = m_concealFuture;
    o.scrollY = verticalScrollBar()->value();
    o.viewport = viewport()->rect();
    if (m_trace) {
        o.clientTitle = sideTitle(*m_trace, Side::Client);
        o.serverTitle = sideTitle(*m_trace, Side::Server);
    }
    return o;
}

QString SequenceDiagramView::sideTitle(const Trace &trace, Side side)
{
    // "client · 10.0.0.1:40312": the addresses and ports the engine gave each side.
    return QStringLiteral("%1 · %2").arg(text::sideRole(side), QString::fromStdString(trace.endpointText(side)));
}

SequenceFrame SequenceDiagramView::currentFrame() const
{
    return m_trace ? layout().frame(*m_trace, frameRequest()) : SequenceFrame();
}

void SequenceDiagramView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayoutNow();
    followPlayhead(true);
}

void SequenceDiagramView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    m_shown = true;
    if (m_relayoutPending) { // shown without a resize event (the first show sends one)
        relayoutNow();
        followPlayhead(true);
    }
}

void SequenceDiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            setZoom(delta > 0 ? zoom::stepIn(m_zoom) : zoom::stepOut(m_zoom));
        event->accept();
        return;
    }
    m_follow = false;
    QAbstractScrollArea::wheelEvent(event);
}

void SequenceDiagramView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_N:
        emit seekRequested(nextEventTime());
        return;
    case Qt::Key_P:
        emit seekRequested(previousEventTime());
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(zoom::stepIn(m_zoom));
        return;
    case Qt::Key_Minus:
        setZoom(zoom::stepOut(m_zoom));
        return;
    case Qt::Key_0:
        setZoom(zoom::kDefault);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void SequenceDiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_trace) {
        emit seekRequested(timeForClick(event->position().toPoint()));
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

bool SequenceDiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_trace) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF p(help->pos().x(), help->pos().y() + verticalScrollBar()->value());
        const QString full = m_frame.toolTipAt(help->pos());
        const SequenceLayout &l = layout();
        const int arrow = l.arrowAt(p, 0.4 * l.metrics().em);
        if (!full.isEmpty())
            QToolTip::showText(help->globalPos(), full, viewport());
        else if (arrow >= 0)
            QToolTip::showText(help->globalPos(), segmentToolTip(l.arrows()[std::size_t(arrow)].segment), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString SequenceDiagramView::segmentToolTip(int index) const
{
    const SegmentRecord &s = m_trace->segments[std::size_t(index)];
    const SegmentHeader &h = s.header;
    QStringList rows;
    const auto row = [&rows](const QString &name, const QString &value) {
        rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(QCoreApplication::translate("SequenceDiagramView", "segment"), segmentName(*m_trace, index));
    row(QStringLiteral("tcpdump"), tcpdumpText(s));
    row(QCoreApplication::translate("SequenceDiagramView", "from"), text::sideRole(s.from) + QStringLiteral(" → ") + text::sideRole(peerOf(s.from)));
    row(QStringLiteral("flags"), QString::fromStdString(flagsText(h.flags)));
    row(QStringLiteral("seq"), QString::number(h.seq));
    row(QStringLiteral("ack"), (h.flags & FlagAck) ? QString::number(h.ack) : QStringLiteral("—"));
    row(QCoreApplication::translate("SequenceDiagramView", "length"), QString::number(h.len));
    row(QStringLiteral("win"), QString::number(h.window));
    if (h.tsval != 0 || h.tsecr != 0)
        row(QStringLiteral("TS val / ecr"), QStringLiteral("%1 / %2").arg(h.tsval).arg(h.tsecr));
    row(QCoreApplication::translate("SequenceDiagramView", "sent at"), formatClock(s.sentAt));
    if (s.arrivesAt != kNever)
        row(QCoreApplication::translate("SequenceDiagramView", "arrives at"), QStringLiteral("%1 (+%2)").arg(formatClock(s.arrivesAt), formatDuration(s.arrivesAt - s.sentAt)));
    if (s.droppedAt != kNever)
        row(QCoreApplication::translate("SequenceDiagramView", "lost at"), QStringLiteral("%1 (%2)").arg(formatClock(s.droppedAt),
                                                          text::dropReasonLabel(s.dropReason.value_or(DropReason::RandomLoss))));
    if (s.transmission > 1)
        row(QCoreApplication::translate("SequenceDiagramView", "transmission"), QStringLiteral("#%1").arg(s.transmission));
    if (s.retransKind)
        row(QCoreApplication::translate("SequenceDiagramView", "retransmission of"), text::retransKindLabel(*s.retransKind));
    if (s.rstReason)
        row(QCoreApplication::translate("SequenceDiagramView", "RST reason"), text::rstReasonLabel(*s.rstReason));
    return QStringLiteral("<table>%1</table>").arg(rows.join(QString()));
}

void SequenceDiagramView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        relayout(); // the labels' widths change with the language
    } else if (event->type() == QEvent::FontChange) {
        relayout();
    }
    QAbstractScrollArea::changeEvent(event);
}

void SequenceDiagramView::retranslateUi()
{
    m_wholeRunAction->setText(QCoreApplication::translate("SequenceDiagramView", "Show the Whole Run"));
    m_wholeRunAction->setToolTip(QCoreApplication::translate("SequenceDiagramView", "Also draw, faded, what has not happened yet"));
    m_proportionalAction->setText(QCoreApplication::translate("SequenceDiagramView", "Proportional Time"));
    m_proportionalAction->setToolTip(QCoreApplication::translate("SequenceDiagramView", "Draw time to scale instead of compressing idle stretches"));
    viewport()->update();
}

} // namespace closelab
