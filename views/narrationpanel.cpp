// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/narrationpanel.h"

#include "views/eventlogdelegate.h"
#include "views/eventlogmodel.h"
#include "views/eventlogview.h"
#include "views/latewidgets.h"
#include "views/narration.h"
#include "views/segmenttext.h"
#include "views/timeformat.h"
#include "views/zoom.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {
constexpr int kMargin = 6; // round the panel's two parts

// The explanation a little larger than body text.
QFont explanationFont(double factor)
{
    return zoom::font(factor, 1.15);
}
} // namespace

NarrationPanel::NarrationPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("narrationPanel"));
    QCoreApplication::postEvent(this, new QEvent(QEvent::LayoutRequest));
    // View → Segment Names: headlines and prose name segments anew.
    connect(SegmentNotation::instance(), &SegmentNotation::changed, this, [this] {
        if (!m_model) {
            noteScroll(); // buildContent() names them as they are then
            return;
        }
        m_model->retranslate();
        updateExplanation();
    });
}

void NarrationPanel::buildContent()
{
    if (m_model)
        return;
    m_title = new QLabel(this);
    m_explanation = new QTextBrowser(this);
    m_logTitle = new QToolButton(this);
    m_logTitle->setObjectName(QStringLiteral("eventLogHeading"));
    m_logTitle->setAutoRaise(true);
    m_logTitle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_logTitle->setCursor(Qt::PointingHandCursor);
    connect(m_logTitle, &QToolButton::clicked, this, [this] { setLogShown(!isLogShown()); });
    m_log = new EventLogView(this);
    m_model = new EventLogModel(this);
    m_explanationPending = true;
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setOpenLinks(false);
    m_explanation->setFrameShape(QFrame::NoFrame);
    m_log->setObjectName(QStringLiteral("eventLog"));
    m_log->setModel(m_model);
    m_log->setItemDelegate(new EventLogDelegate(m_log));
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setSelectionMode(QAbstractItemView::SingleSelection);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->verticalHeader()->hide();
    m_log->setShowGrid(false);
    m_log->setWordWrap(false);
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->horizontalHeader()->setSectionResizeMode(EventLogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_log->horizontalHeader()->setSectionResizeMode(EventLogModel::HostColumn, QHeaderView::ResizeToContents);
    applyZoom();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(kMargin, kMargin, kMargin, 0);
    topLayout->addWidget(m_title);
    topLayout->addWidget(m_explanation);
    m_logPart = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(m_logPart);
    bottomLayout->setContentsMargins(kMargin, 0, kMargin, kMargin);
    bottomLayout->addWidget(m_logTitle, 0, Qt::AlignLeft);
    bottomLayout->addWidget(m_log);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(top);
    m_split->addWidget(m_logPart);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_splitDragged = true; });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    connect(m_log, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit seekRequested(m_model->timeOfRow(index.row()));
    });
    connect(m_explanation, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("sysctl"))
            emit sysctlActivated(url.path());
    });
    // What the panel was told so far, in one go: the run at its time, then the texts (which end
    // with the explanation at that time).
    if (m_trace) {
        m_model->setTrace(m_trace);
        m_model->setTime(m_time);
    }
    retranslateUi(); // and placeLog()
    // The log scrolled as a panel made with the window last scrolled it. updateExplanation()
    // centres the current row in the log's size at that moment, and the first time after a new run
    // it cannot (the log's rows are laid out later): done above. A later time, language or note
    // scrolled it again, in a log of no size yet if the event loop had not run since the panel was
    // made (its layout not activated), else in the log's own size.
    const auto scrollAgain = [this] {
        if (m_model->currentRow() >= 0)
            m_log->scrollTo(m_model->index(m_model->currentRow(), 0), QAbstractItemView::PositionAtCenter);
    };
    if (m_scrollsAfterTrace > 0 && !m_scrolledLaidOut)
        scrollAgain();
    adoptLateWidgets(this);
    if (m_scrollsAfterTrace > 0 && m_scrolledLaidOut)
        scrollAgain();
    // The explanation's text now, in the size it is shown at: given before, the browser laid it
    // out at each size it went through on the way (its first, the layout's, then narrower by the
    // scroll bar), about a third of making the panel.
    m_explanationPending = false;
    m_explanation->setHtml(m_explanationSource);
}

void NarrationPanel::showEvent(QShowEvent *event)
{
    // Behind another dock's tab the panel is "shown" outside the window: nothing to build yet.
    if (!m_model && !visibleRegion().isEmpty())
        buildContent();
    QWidget::showEvent(event);
}

void NarrationPanel::noteScroll()
{
    ++m_scrollsAfterTrace;
    m_scrolledLaidOut = m_laidOut;
}

bool NarrationPanel::event(QEvent *event)
{
    // A panel made with the window had its layout (and the log its size) from the LayoutRequest its
    // layout posted when it was made: the first time the event loop runs. Until then its log had no
    // size. This panel posts one to itself to know when that is.
    if (event->type() == QEvent::LayoutRequest && !m_model)
        m_laidOut = true;
    return QWidget::event(event);
}

EventLogModel *NarrationPanel::model() const
{
    return built(this)->m_model;
}

QTableView *NarrationPanel::logView() const
{
    return built(this)->m_log;
}

void NarrationPanel::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    if (!m_model) {
        m_scrollsAfterTrace = 0;
        return;
    }
    m_model->setTrace(m_trace);
    m_model->setTime(m_time);
    updateExplanation();
}

void NarrationPanel::setTime(qint64 t)
{
    if (!m_model) {
        if (t != m_time)
            noteScroll();
        m_time = t;
        return;
    }
    m_time = t;
    const int before = m_model->currentRow();
    m_model->setTime(t);
    if (m_model->currentRow() != before || m_explanation->toPlainText().isEmpty())
        updateExplanation();
}

void NarrationPanel::setZoom(double factor)
{
    factor = zoom::clamped(factor);
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    if (m_model)
        applyZoom();
}

int NarrationPanel::minimumExplanationHeight(double factor)
{
    // Two whole lines of the explanation's font and the document's margins above and below (the
    // explanation has no frame and keeps QTextDocument's default margin, 4 px: documentMargin;
    // tst_latenarration compares with a document's). Making a document here cost a tenth of the panel.
    constexpr double margin = 4;
    return int(std::ceil(2 * QFontMetricsF(explanationFont(zoom::clamped(factor))).lineSpacing() + 2 * margin));
}

// The explanation a little larger than body text, the log as body text, rows from the font's height:
// all from the zoom factor and the application font (DPI and QT_SCALE_FACTOR included).
void NarrationPanel::applyZoom()
{
    m_explanation->setFont(explanationFont(m_zoom));
    const QFont log = zoom::font(m_zoom);
    m_log->setFont(log);
    m_log->horizontalHeader()->setFont(log);
    const int row = int(std::ceil(zoom::em(log) * 1.4));
    m_log->verticalHeader()->setDefaultSectionSize(row);
    // However short the dock, the log shows its header and one whole row (the current event), and the
    // explanation two whole lines, at this zoom: a half-cut row reads as nothing from the back of the
    // room.
    m_log->setMinimumHeight(std::max(m_log->horizontalHeader()->sizeHint().height(), row) + row + row / 8 + 2 * m_log->frameWidth()); // + an eighth: the header grows a pixel or two past its hint
    m_explanation->setMinimumHeight(minimumExplanationHeight(m_zoom));
    QFont heading = zoom::font(m_zoom);
    heading.setBold(true);
    m_title->setFont(heading);
    m_logTitle->setFont(heading);
    if (m_split)
        placeLog();
}

int NarrationPanel::roomyHeight() const
{
    const Roomy parts = roomyParts();
    return parts.upper + m_split->handleWidth() + parts.lower;
}

NarrationPanel::Roomy NarrationPanel::roomyParts() const
{
    // The upper part: its margin, its heading, the spacing, the explanation (kRoomyExplanationLines
    // lines and the document's margins, as minimumExplanationHeight()). The lower part: the log's
    // heading, the spacing, the log's header, kRoomyLogRows rows and its frame, the margin.
    constexpr double documentMargins = 2 * 4;
    const int explanation = int(std::ceil(kRoomyExplanationLines * QFontMetricsF(explanationFont(m_zoom)).lineSpacing() + documentMargins));
    const int log = m_log->horizontalHeader()->sizeHint().height() + kRoomyLogRows * m_log->verticalHeader()->defaultSectionSize() + 2 * m_log->frameWidth();
    return {kMargin + m_title->sizeHint().height() + m_split->widget(0)->layout()->spacing() + explanation,
            m_logTitle->sizeHint().height() + m_logPart->layout()->spacing() + log + kMargin};
}

bool NarrationPanel::isLogShown() const
{
    return !built(this)->m_log->isHidden();
}

void NarrationPanel::setLogShown(bool shown)
{
    buildContent();
    m_logChoice = shown ? LogChoice::Shown : LogChoice::Hidden;
    placeLog();
}

void NarrationPanel::placeLog()
{
    const bool compact = height() < roomyHeight();
    const bool shown = m_logChoice == LogChoice::Shown || (m_logChoice == LogChoice::Auto && !compact);
    // A short panel gives the explanation the line its heading took too: the dock's tab (or its
    // title bar, alone) says what the panel is.
    m_title->setHidden(compact);
    const bool unfolding = shown && m_log->isHidden();
    m_log->setHidden(!shown);
    // The heading says which way a click goes: ▼ shown (a click folds it), ▶ folded. Set first: its
    // height is the folded part's.
    m_logTitle->setText((shown ? QStringLiteral("\u25BC ") : QStringLiteral("\u25B6 ")) + QCoreApplication::translate("NarrationPanel", "Event log"));
    m_logTitle->setToolTip(shown ? QCoreApplication::translate("NarrationPanel", "Hide the event log: the explanation takes its height")
                                 : QCoreApplication::translate("NarrationPanel", "Show the event log: every event of the run, the current one selected"));
    // Folded, the lower part is its heading only and the splitter gives the explanation the rest.
    // (From the heading's size hint: the part's layout may not have noticed the log's hiding yet.)
    m_logPart->setMaximumHeight(shown ? QWIDGETSIZE_MAX : m_logTitle->sizeHint().height() + kMargin);
    // Roomy, each part has its roomy size and the room over both is shared 3:2 (the splitter's
    // own sharing by its stretch factors gave the log two rows at roomyHeight(), and depended on the
    // sizes the panel had been through). Once the user dragged the handle, only a part left under
    // its roomy size is mended.
    if (shown && !compact) {
        const Roomy parts = roomyParts();
        const QList<int> sizes = m_split->sizes();
        if (sizes.size() == 2 && (!m_splitDragged || sizes[0] < parts.upper || sizes[1] < parts.lower)) {
            // From the panel's height, which the splitter fills: a panel made at its size has a
            // splitter not laid out yet.
            const int extra = std::max(0, height() - m_split->handleWidth() - parts.upper - parts.lower);
            m_split->setSizes({parts.upper + extra * 3 / 5, parts.lower + extra - extra * 3 / 5});
        }
    }
    if (unfolding && compact) {
        // Shown by the user in a short panel: the parts in the splitter's proportions again (the
        // log's part had been its heading's height).
        const int total = height() - m_split->handleWidth();
        m_split->setSizes({total * 3 / 5, total - total * 3 / 5});
    }
    if (unfolding && m_model->currentRow() >= 0)
        m_log->scrollTo(m_model->index(m_model->currentRow(), 0), QAbstractItemView::PositionAtCenter);
}

void NarrationPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_split)
        placeLog();
}

void NarrationPanel::setPopulationNote(const QString &html)
{
    if (html == m_populationNote) return;
    m_populationNote = html;
    if (m_model)
        updateExplanation();
    else
        noteScroll();
}

int NarrationPanel::currentRow() const
{
    return built(this)->m_model->currentRow();
}

QString NarrationPanel::explanationHtml() const
{
    return built(this)->m_explanation->toHtml();
}

void NarrationPanel::updateExplanation()
{
    const int row = m_model->currentRow();
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_log->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_log->scrollTo(index, QAbstractItemView::PositionAtCenter);
    } else {
        m_log->clearSelection();
    }
    if (!m_trace || row < 0) {
        setExplanation(m_populationNote + QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("NarrationPanel", "Press Play or step with → to follow the connection event by event.").toHtmlEscaped()));
        return;
    }
    // The explanation is about the event the story is about at this instant (the app call or the
    // segment), not the last auxiliary timer recorded at the same time.
    const int shown = storyEventAt(*m_trace, m_model->timeOfRow(row));
    const Narration n = narrate(*m_trace, shown);
    QString html = m_populationNote + QStringLiteral("<p style='color:#6b727c'>%1 · %2</p>").arg(formatClock(m_trace->events[std::size_t(shown)].t), n.headline.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(QCoreApplication::translate("NarrationPanel", "What happened:").toHtmlEscaped(), n.what.toHtmlEscaped());
    if (!n.why.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(QCoreApplication::translate("NarrationPanel", "Why:").toHtmlEscaped(), n.why.toHtmlEscaped());
    if (!n.sysctl.isEmpty())
        html += QStringLiteral("<p><b>%1</b> <a href='sysctl:%2'><code>%2</code></a></p>").arg(QCoreApplication::translate("NarrationPanel", "Governed by:").toHtmlEscaped(), n.sysctl.toHtmlEscaped());
    setExplanation(html);
}

void NarrationPanel::setExplanation(const QString &html)
{
    if (html == m_explanationSource)
        return;
    m_explanationSource = html;
    if (!m_explanationPending)
        m_explanation->setHtml(html);
}

void NarrationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_model)
            retranslateUi();
        else
            noteScroll();
    }
    QWidget::changeEvent(event);
}

void NarrationPanel::retranslateUi()
{
    m_title->setText(QCoreApplication::translate("NarrationPanel", "What is happening"));
    m_model->retranslate();
    placeLog();
    updateExplanation();
}

} // namespace closelab
