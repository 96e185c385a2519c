// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/compareview.h"

#include "views/codetexts.h"
#include "views/comparetexts.h"
#include "views/sequencediagramview.h"
#include "views/timeformat.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {
// The A/B chart from the plots module (loaded with the first compare window).
ComparePlot *makeChart(QWidget *parent)
{
    PlotFactory *plots = plotFactory();
    return plots ? plots->compare(parent) : nullptr;
}

QWidget *chartWidget(ComparePlot *chart, QWidget *parent)
{
    if (chart)
        return chart->widget();
    QString error;
    plotFactory(&error);
    return plotsUnavailable(error, parent);
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel *runTitle(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    label->setFont(f);
    return label;
}
} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedWidget(this)),
      m_unavailable(new QLabel(this)),
      m_headline(new QLabel(this)),
      m_titleA(runTitle(QStringLiteral("compareTitleA"), this)),
      m_titleB(runTitle(QStringLiteral("compareTitleB"), this)),
      m_summaryA(new QLabel(this)),
      m_summaryB(new QLabel(this)),
      m_proportional(new QCheckBox(this)),
      m_diagramA(new SequenceDiagramView(this)),
      m_diagramB(new SequenceDiagramView(this)),
      m_settingsTitle(sectionTitle(this)),
      m_table(new QTableWidget(this)),
      m_listTitle(sectionTitle(this)),
      m_list(new QListWidget(this)),
      m_chart(makeChart(this)),
      m_chartWidget(chartWidget(m_chart, this)),
      m_split(new QSplitter(Qt::Vertical, this)),
      m_bottom(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("compareView"));
    m_diagramA->setObjectName(QStringLiteral("compareDiagramA"));
    m_diagramB->setObjectName(QStringLiteral("compareDiagramB"));
    m_headline->setObjectName(QStringLiteral("compareHeadline"));
    m_list->setObjectName(QStringLiteral("compareDifferences"));
    m_table->setObjectName(QStringLiteral("compareSettings"));
    m_unavailable->setObjectName(QStringLiteral("compareUnavailable"));

    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l : {m_summaryA, m_summaryB}) {
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setMargin(24);

    // The two diagrams: the same size, the same knots, so one time has one height in both.
    auto *diagrams = new QWidget(this);
    auto *grid = new QGridLayout(diagrams);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_titleA, 0, 0);
    grid->addWidget(m_titleB, 0, 1);
    grid->addWidget(m_summaryA, 1, 0);
    grid->addWidget(m_summaryB, 1, 1);
    grid->addWidget(m_diagramA, 2, 0);
    grid->addWidget(m_diagramB, 2, 1);
    grid->addWidget(m_proportional, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);
    for (SequenceDiagramView *d : {m_diagramA, m_diagramB}) {
        d->setFrameShape(QFrame::StyledPanel);
        d->installEventFilter(this);
        d->viewport()->installEventFilter(this);
        connect(d, &SequenceDiagramView::seekRequested, this, &CompareView::seekRequested);
    }
    connect(m_diagramA->verticalScrollBar(), &QScrollBar::valueChanged, m_diagramB->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_diagramB->verticalScrollBar(), &QScrollBar::valueChanged, m_diagramA->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_proportional, &QCheckBox::toggled, this, [this](bool on) {
        for (SequenceDiagramView *d : {m_diagramA, m_diagramB})
            d->setTimeMode(on ? TimeMap::Mode::Proportional : TimeMap::Mode::Compressed);
    });

    m_table->setColumnCount(3);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setSpacing(2);
    if (m_chart)
        m_chart->onSeekRequested(this, [this](qint64 t) { emit seekRequested(t); });

    // The settings table is as tall as its rows; the sentences and the charts share the rest.
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setMinimumHeight(80);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_settingsTitle);
    detailsLayout->addWidget(m_table);
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(m_listTitle);
    detailsLayout->addWidget(m_list, 1);
    // The diagrams on top, full width; what differs and the charts below them.
    QSplitter *bottom = m_bottom;
    bottom->addWidget(details);
    bottom->addWidget(m_chartWidget);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    bottom->setSizes({640, 960});
    bottom->setChildrenCollapsible(false);

    m_split->addWidget(diagrams);
    m_split->addWidget(bottom);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({640, 320});
    m_split->setChildrenCollapsible(false);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(6, 6, 6, 6);
    pageLayout->addWidget(m_headline);
    pageLayout->addWidget(m_split, 1);
    m_stack->addWidget(page);
    m_stack->addWidget(m_unavailable);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    retranslateUi();
}

void CompareView::setRunA(std::shared_ptr<const Trace> trace, const RunConfig &config)
{
    m_a = std::move(trace);
    m_configA = config;
    recompare();
}

void CompareView::setRunB(std::shared_ptr<const Trace> trace, const RunConfig &config)
{
    m_b = std::move(trace);
    m_configB = config;
    recompare();
}

void CompareView::setWords(const std::optional<Words> &words)
{
    if (words && !m_words) {
        // Its own words are sentences and a table of rows that matter more than the charts: more room.
        m_bottom->setSizes({1000, 600});
        m_split->setSizes({600, 400});
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    }
    m_words = words;
    retranslateUi();
}

void CompareView::setUnavailable(const QString &message)
{
    m_unavailable->setText(message);
    m_stack->setCurrentWidget(m_unavailable);
}

bool CompareView::isAvailable() const
{
    return m_stack->currentWidget() != m_unavailable;
}

void CompareView::recompare()
{
    m_stack->setCurrentIndex(0);
    if (!m_a || !m_b) {
        m_diffs.clear();
        m_settings.clear();
        m_diagramA->setTrace(m_a);
        m_diagramB->setTrace(m_b);
        if (m_chart)
            m_chart->setTraces(m_a, m_b);
        fillTexts();
        return;
    }
    m_diffs = compareTraces(*m_a, *m_b);
    m_settings = compareConfigs(m_configA, m_configB);
    // One time axis: each diagram also places the other run's times.
    std::vector<SimTime> knots = TimeMap::knotsOf(*m_a);
    const std::vector<SimTime> knotsB = TimeMap::knotsOf(*m_b);
    knots.insert(knots.end(), knotsB.begin(), knotsB.end());
    knots.insert(knots.end(), {m_a->start, m_a->end, m_b->start, m_b->end});
    for (SequenceDiagramView *d : {m_diagramA, m_diagramB})
        d->setSharedKnots(knots);
    m_diagramA->setTrace(m_a);
    m_diagramB->setTrace(m_b);
    if (m_chart)
        m_chart->setTraces(m_a, m_b);
    fillTexts();
}

void CompareView::setTime(qint64 t)
{
    m_diagramA->setTime(t);
    m_diagramB->setTime(t);
    if (m_chart)
        m_chart->setTime(t);
}

QStringList CompareView::differenceTexts() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

QString CompareView::headlineText() const
{
    return m_headline->text();
}

QString CompareView::runSummary(const Trace &trace) const
{
    QStringList parts;
    for (Side side : {Side::Client, Side::Server}) {
        const SideSummary &s = trace.side(side);
        if (s.goneAt)
            parts << tr("%1 gone at %2 (%3)").arg(text::sideRole(side), formatDuration(*s.goneAt), text::goneReasonLabel(s.goneReason));
        else
            parts << tr("%1 in %2 at the end").arg(text::sideRole(side), text::stateName(s.finalState));
    }
    return parts.join(QStringLiteral(" · "));
}

void CompareView::fillTexts()
{
    m_summaryA->setText(m_a ? runSummary(*m_a) : QString());
    m_summaryB->setText(m_b ? runSummary(*m_b) : QString());
    if (m_words) {
        fillWords();
        return;
    }
    m_headline->setText(m_a && m_b ? text::differenceHeadline(m_diffs) : QString());

    m_list->clear();
    for (const TraceDifference &d : m_diffs) {
        if (text::isNotable(d, m_diffs))
            m_list->addItem(text::differenceSentence(d));
    }
    if (m_a && m_b && m_list->count() == 0) {
        auto *item = new QListWidgetItem(tr("No difference in how the sockets end, what they send or how long each state lasts."), m_list);
        item->setForeground(palette().color(QPalette::PlaceholderText));
    }

    m_table->setRowCount(0);
    m_table->setRowCount(int(m_settings.size()));
    for (int row = 0; row < int(m_settings.size()); ++row) {
        const SettingDifference &s = m_settings[std::size_t(row)];
        const QString values[3] = {text::settingName(s), text::settingValue(s, s.valueA), text::settingValue(s, s.valueB)};
        for (int col = 0; col < 3; ++col) {
            auto *item = new QTableWidgetItem(values[col]);
            item->setToolTip(values[col]);
            m_table->setItem(row, col, item);
        }
    }
    if (m_settings.empty() && m_a && m_b) {
        m_table->setRowCount(1);
        auto *item = new QTableWidgetItem(tr("B has the same settings as A: change one on the left."));
        item->setForeground(palette().color(QPalette::PlaceholderText));
        m_table->setItem(0, 0, item);
        m_table->setSpan(0, 0, 1, 3);
    } else {
        m_table->clearSpans();
    }
    // As tall as its rows (up to six), so the sentences below get the room.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < std::min(6, m_table->rowCount()); ++row)
        height += m_table->rowHeight(row);
    if (m_table->rowCount() == 0)
        height += m_table->verticalHeader()->defaultSectionSize();
    m_table->setMaximumHeight(height);
}

void CompareView::fillWords()
{
    const Words &w = *m_words;
    m_titleA->setText(w.titleA);
    m_titleB->setText(w.titleB);
    m_headline->setText(w.headline);
    m_listTitle->setText(w.listTitle);
    m_settingsTitle->setText(w.settingsTitle);
    m_list->clear();
    m_list->addItems(w.sentences);
    m_table->clearSpans();
    m_table->setRowCount(0);
    m_table->setRowCount(int(w.rows.size()));
    m_table->setHorizontalHeaderLabels(w.header);
    for (int row = 0; row < int(w.rows.size()); ++row) {
        for (int col = 0; col < 3 && col < w.rows[row].size(); ++col) {
            auto *item = new QTableWidgetItem(w.rows[row][col]);
            item->setToolTip(w.rows[row][col]);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeRowsToContents();
    // The experiment's rows are what the comparison rests on: room for up to ten of them.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < std::min(10, m_table->rowCount()); ++row)
        height += m_table->rowHeight(row);
    m_table->setMaximumHeight(height);
}

bool CompareView::eventFilter(QObject *watched, QEvent *event)
{
    // Zooming one diagram zooms both, so their time axes stay one.
    double factor = 0;
    if (event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier)
            factor = std::pow(1.2, wheel->angleDelta().y() / 120.0);
    } else if (event->type() == QEvent::KeyPress && (watched == m_diagramA || watched == m_diagramB)) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal: factor = 1.25; break;
        case Qt::Key_Minus: factor = 1 / 1.25; break;
        case Qt::Key_0: factor = 1 / m_diagramA->zoom(); break;
        default: break;
        }
    }
    if (factor != 0) {
        const double zoom = m_diagramA->zoom() * factor;
        m_diagramA->setZoom(zoom);
        m_diagramB->setZoom(m_diagramA->zoom());
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CompareView::retranslateUi()
{
    //: the current experiment, as the main window shows it
    m_titleA->setText(tr("A: the experiment"));
    //: the copy the user edits
    m_titleB->setText(tr("B: the copy"));
    m_proportional->setText(tr("Proportional time (both diagrams)"));
    m_settingsTitle->setText(tr("What B changes"));
    m_listTitle->setText(tr("How B turns out differently"));
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("A"), tr("B")});
    fillTexts(); // with setWords(), its words replace these
}

} // namespace closelab
