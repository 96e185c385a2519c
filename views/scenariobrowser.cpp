// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/scenariobrowser.h"

#include "core/population.h"
#include "core/scenario.h"
#include "views/elidingbutton.h"
#include "views/scenariosearch.h"
#include "views/scenariotexts.h"
#include "views/latewidgets.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace closelab {

namespace {
QString nameOf(const ScenarioInfo &info)
{
    return QString::fromLatin1(info.name.data(), qsizetype(info.name.size()));
}
constexpr int kNameRole = Qt::UserRole + 1;
} // namespace

ScenarioBrowser::ScenarioBrowser(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scenarioBrowser"));
}

void ScenarioBrowser::buildContent()
{
    if (m_tree)
        return;
    m_tree = new QTreeWidget(this);
    m_search = new QLineEdit(this);
    m_details = new QLabel(this);
    m_kernelMark = new QLabel(this);
    m_tryTitle = new QLabel(this);
    m_suggestions = new QVBoxLayout;
    m_tree->setObjectName(QStringLiteral("scenarioTree"));
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_kernelMark->setObjectName(QStringLiteral("kernelMark"));
    m_kernelMark->setWordWrap(true);
    QFont bold = m_tryTitle->font();
    bold.setBold(true);
    m_tryTitle->setFont(bold);
    m_suggestions->setSpacing(2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 3);
    layout->addWidget(m_details);
    layout->addWidget(m_kernelMark);
    layout->addWidget(m_tryTitle);
    layout->addLayout(m_suggestions);
    layout->addStretch(0);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, kNameRole).toString().isEmpty())
            showDetails(item->data(0, kNameRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, &ScenarioBrowser::itemActivated);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &ScenarioBrowser::itemActivated);
    // Search: a query filters the list; a single click loads a scenario.
    m_search->setObjectName(QStringLiteral("scenarioSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ScenarioBrowser::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter loads the first scenario found.
        if (const QStringList found = visibleScenarios(); !found.isEmpty())
            emit scenarioChosen(found.constFirst());
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, &ScenarioBrowser::itemActivated);
    populate();
    retranslateUi();
    adoptLateWidgets(this);
    if (!m_current.isEmpty()) {
        setCurrentScenario(m_current);
        // Where a browser made with the window shows it: the current scenario at the top of the list.
        if (QTreeWidgetItem *current = m_tree->currentItem())
            m_tree->scrollToItem(current, QAbstractItemView::PositionAtTop);
    }
}

void ScenarioBrowser::showEvent(QShowEvent *event)
{
    // Behind another dock's tab the browser is "shown" outside the window: nothing to build yet.
    if (!m_tree && !visibleRegion().isEmpty())
        buildContent();
    QWidget::showEvent(event);
}

QTreeWidget *ScenarioBrowser::tree() const
{
    return built(this)->m_tree;
}

QList<QPushButton *> ScenarioBrowser::suggestionButtons() const
{
    return built(this)->m_suggestionButtons;
}

QLabel *ScenarioBrowser::kernelMark() const
{
    return built(this)->m_kernelMark;
}

QLineEdit *ScenarioBrowser::searchBox() const
{
    return built(this)->m_search;
}

void ScenarioBrowser::populate()
{
    m_tree->clear();
    for (int g = 0; g <= int(ScenarioGroup::Population); ++g) {
        auto *groupItem = new QTreeWidgetItem(m_tree);
        groupItem->setData(0, Qt::UserRole, g);
        groupItem->setFirstColumnSpanned(false);
        QFont font = groupItem->font(0);
        font.setBold(true);
        groupItem->setFont(0, font);
        for (const ScenarioInfo &info : scenarioLibrary()) {
            if (int(info.group) != g)
                continue;
            auto *item = new QTreeWidgetItem(groupItem);
            item->setData(0, kNameRole, nameOf(info));
            item->setText(0, nameOf(info));
        }
        groupItem->setExpanded(true);
    }
}

void ScenarioBrowser::setCurrentScenario(const QString &name)
{
    m_current = name;
    if (!m_tree)
        return;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            QFont font = item->font(0);
            const bool current = item->data(0, kNameRole).toString() == name;
            font.setBold(current);
            item->setFont(0, font);
            if (current && m_tree->currentItem() != item) {
                const QSignalBlocker blocker(m_tree);
                m_tree->setCurrentItem(item);
            }
        }
    }
    showDetails(name);
}

const KernelVerification &ScenarioBrowser::verification() const
{
    if (!m_verification)
        m_verification = KernelVerification::embedded();
    return *m_verification;
}

void ScenarioBrowser::setKernelVerification(const KernelVerification &verification)
{
    m_verification = verification;
    retranslateUi();
}

void ScenarioBrowser::setRun(const RunConfig &config, const RunConfig &effective, std::shared_ptr<const Trace> trace,
                             std::shared_ptr<const PopulationResult> population)
{
    m_checkedScenario.clear();
    m_checkedFacts = 0;
    m_failingFacts.clear();
    const ScenarioStory *story = findStory(config.scenario);
    RunConfig own; // the story's settings: the library defaults, any delay and seed
    own.scenario = config.scenario;
    own.network.delay = config.network.delay;
    own.seed = config.seed;
    const bool needsPopulation = isPopulationScenario(config.scenario);
    if (story && trace && config == own && (!needsPopulation || population)) {
        StoryRun run{effective, *trace, population ? std::optional<PopulationResult>(*population) : std::nullopt};
        for (const StoryFact &f : story->facts) {
            if (!checkFact(f, run).holds)
                m_failingFacts << QString::fromStdString(factText(f));
        }
        m_checkedScenario = QString::fromStdString(config.scenario);
        m_checkedFacts = int(story->facts.size());
    }
    retranslateUi();
}

QString ScenarioBrowser::markText(const QString &name, const KernelVerification::Entry *entry) const
{
    if (name == m_checkedScenario && !m_failingFacts.isEmpty())
        //: the run on screen contradicts the scenario's own description; %1 and %2 are counts
        return tr("✗ this run contradicts its description (%1 of %2 declared facts fail)").arg(m_failingFacts.size()).arg(m_checkedFacts);
    if (!entry)
        return tr("not verified on a kernel");
    int facts = 0;
    for (const KernelVerification::ParameterSet &set : entry->sets)
        facts += set.facts;
    //: %1 is a Linux version such as 6.18, %2 the number of parameter sets played, %3 the facts compared
    return entry->passed ? tr("✓ verified on Linux %1 (%2 sets, %3 facts)").arg(entry->kernel).arg(entry->sets.size()).arg(facts)
                         : tr("✗ differs from Linux %1 (%2 sets, %3 facts)").arg(entry->kernel).arg(entry->sets.size()).arg(facts);
}

QString ScenarioBrowser::markToolTip(const KernelVerification::Entry *entry) const
{
    if (!entry)
        return tr("The kernel conformance suite (tests/kernel) has not played this scenario on a real kernel.");
    QStringList lines;
    if (!m_failingFacts.isEmpty())
        lines << tr("Declared facts that fail in this run: %1").arg(m_failingFacts.join(QStringLiteral("; ")));
    lines << tr("Played on Linux %1 on %2 and compared fact by fact with the engine:").arg(entry->kernel, entry->date);
    for (const KernelVerification::ParameterSet &set : entry->sets) {
        const QString what = set.settings.isEmpty() ? tr("default parameters") : set.settings.join(QStringLiteral(", "));
        lines << (set.passed ? tr("• %1: %2 facts agree").arg(what).arg(set.facts)
                             : tr("• %1: %2 of %3 facts agree").arg(what).arg(set.agree).arg(set.facts));
    }
    return lines.join(QLatin1Char('\n'));
}

void ScenarioBrowser::showDetails(const QString &name)
{
    m_shown = name;
    const ScenarioInfo *info = findScenario(name.toStdString());
    qDeleteAll(m_suggestionButtons);
    m_suggestionButtons.clear();
    if (!info) {
        m_details->clear();
        m_kernelMark->clear();
        m_kernelMark->setToolTip(QString());
        return;
    }
    const KernelVerification::Entry *verified = verification().entry(name);
    const bool contradicted = name == m_checkedScenario && !m_failingFacts.isEmpty();
    m_kernelMark->setText(markText(name, verified));
    m_kernelMark->setToolTip(markToolTip(verified));
    m_kernelMark->setStyleSheet(contradicted ? QStringLiteral("color: #c62828;")
                                : verified && verified->passed ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #777;"));
    const QString seed = info->seed.empty() ? tr("none") : tr("seed %1").arg(QString::fromLatin1(info->seed.data(), qsizetype(info->seed.size())));
    m_details->setText(QStringLiteral("<b>%1</b> <span style='color:#777'>(%2)</span><br/>%3")
                           .arg(name.toHtmlEscaped(), seed.toHtmlEscaped(), text::scenarioDescription(*info).toHtmlEscaped()));
    for (const text::TrySuggestion &s : text::trySuggestions(info->name)) {
        // Shortened with "…" where the dock is narrow or the zoom large; the tooltip has it whole.
        auto *button = new ElidingButton(s.watch, this);
        button->setObjectName(QStringLiteral("trySuggestion"));
        button->setToolTip(QStringLiteral("%1\n--%2 %3").arg(s.watch, s.option, s.value));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 3px 6px;"));
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        connect(button, &QPushButton::clicked, this, [this, name, s] { emit suggestionChosen(name, s.option, s.value); });
        m_suggestions->addWidget(button);
        m_suggestionButtons << button;
    }
    m_tryTitle->setVisible(!m_suggestionButtons.isEmpty());
}

void ScenarioBrowser::itemActivated(QTreeWidgetItem *item)
{
    const QString name = item ? item->data(0, kNameRole).toString() : QString();
    if (!name.isEmpty())
        emit scenarioChosen(name);
}

void ScenarioBrowser::retranslateUi()
{
    if (!m_tree)
        return;
    m_search->setPlaceholderText(tr("Search: name, description or symptom (e.g. Connection reset by peer, EMFILE)"));
    m_tree->setHeaderLabels({tr("Scenario"), tr("Seed"), tr("Kernel")});
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        group->setText(0, text::scenarioGroupTitle(ScenarioGroup(group->data(0, Qt::UserRole).toInt())));
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const ScenarioInfo *info = findScenario(item->data(0, kNameRole).toString().toStdString());
            if (!info)
                continue;
            item->setToolTip(0, text::scenarioDescription(*info));
            item->setText(1, info->seed.empty() ? QString() : QString::fromLatin1(info->seed.data(), qsizetype(info->seed.size())));
            const QString itemName = item->data(0, kNameRole).toString();
            const KernelVerification::Entry *verified = verification().entry(itemName);
            const bool contradicted = itemName == m_checkedScenario && !m_failingFacts.isEmpty();
            item->setText(2, contradicted ? QStringLiteral("✗")
                             : !verified  ? QString()
                             : verified->passed ? QStringLiteral("✓ %1").arg(verified->kernel)
                                                : QStringLiteral("✗ %1").arg(verified->kernel));
            item->setToolTip(2, markText(itemName, verified) + QLatin1Char('\n') + markToolTip(verified));
        }
    }
    m_tryTitle->setText(tr("Try this:"));
    m_tree->setToolTip(tr("Double-click a scenario to run it."));
    if (!m_shown.isEmpty())
        showDetails(m_shown);
}

void ScenarioBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// Search (views/scenariosearch.h): hides what the query does not find, and groups left empty.
void ScenarioBrowser::applySearch(const QString &query)
{
    const QStringList found = ScenarioSearch::find(query);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool shown = found.contains(item->data(0, kNameRole).toString());
            item->setHidden(!shown);
            any = any || shown;
        }
        group->setHidden(!any);
    }
}

QStringList ScenarioBrowser::visibleScenarios() const
{
    built(this);
    QStringList out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->isHidden() && !group->child(i)->isHidden())
                out << group->child(i)->data(0, kNameRole).toString();
        }
    }
    return out;
}

} // namespace closelab
