// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/parameterpanel.h"

#include "views/networkeditor.h"
#include "views/optiontexts.h"
#include "views/parameterrow.h"
#include "views/parametertexts.h"
#include "views/latewidgets.h"
#include "views/zoom.h"
#include "views/zoomstyle.h"

#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace closelab {

namespace {
QString keyOf(const SysctlInfo &info)
{
    return QString::fromLatin1(info.key.data(), qsizetype(info.key.size()));
}

// A copy of `s` with `id` back at the table default and no longer chosen by the user.
Sysctls withoutParameter(const Sysctls &s, SysctlId id)
{
    Sysctls fresh;
    for (const SysctlInfo &info : sysctlTable()) {
        if (info.id != id && s.isExplicit(info.id))
            fresh.set(info.id, s.get(info.id));
    }
    return fresh;
}
} // namespace

ParameterPanel::ParameterPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("parameterPanel"));
    setMinimumWidth(260);
    setConfig(RunConfig{});
}

void ParameterPanel::buildContent()
{
    if (m_content)
        return;
    m_search = new QLineEdit(this);
    m_resetAll = new QPushButton(this);
    m_summary = new QLabel(this);
    m_scroll = new QScrollArea(this);
    m_search->setObjectName(QStringLiteral("parameterSearch"));
    m_search->setClearButtonEnabled(true);
    m_resetAll->setObjectName(QStringLiteral("resetAllParameters"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setObjectName(QStringLiteral("parameterSummary"));
    // One line at 100 %; at a large zoom it wraps rather than widen the panel past its dock.
    m_summary->setWordWrap(true);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_resetAll);
    auto *layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_scroll, 1);
    connect(m_search, &QLineEdit::textChanged, this, &ParameterPanel::applyFilter);
    connect(m_resetAll, &QPushButton::clicked, this, &ParameterPanel::resetAll);

    m_content = new QWidget;
    m_network = new NetworkEditor;
    m_optionsForm = new QFormLayout;
    m_noOptions = new QLabel;
    auto *contentLayout = new QVBoxLayout(m_content);
    m_contentLayout = contentLayout;
    contentLayout->setContentsMargins(2, 2, 2, 2);
    contentLayout->setSpacing(6);
    QList<QVBoxLayout *> groupLayouts;
    for (int g = 0; g < text::kParameterGroupCount; ++g) {
        auto *box = new QGroupBox(m_content);
        box->setObjectName(QStringLiteral("parameterGroup%1").arg(g));
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(2, 4, 2, 2);
        layout->setSpacing(0);
        groupLayouts << layout;
        m_groupLayouts << layout;
        m_groups[std::size_t(g)] = box;
        contentLayout->addWidget(box);
    }
    for (const SysctlInfo &info : sysctlTable()) {
        auto *row = new ParameterRow(info);
        m_rows << row;
        groupLayouts[int(text::parameterGroup(info.group))]->addWidget(row);
        connect(row, &ParameterRow::valueEdited, this, &ParameterPanel::rowEdited);
        connect(row, &ParameterRow::resetRequested, this, &ParameterPanel::rowReset);
    }
    groupLayouts[int(text::ParameterGroup::Network)]->addWidget(m_network);
    auto *optionsLayout = groupLayouts[int(text::ParameterGroup::ScenarioOptions)];
    optionsLayout->addWidget(m_noOptions);
    optionsLayout->addLayout(m_optionsForm);
    m_noOptions->setForegroundRole(QPalette::PlaceholderText);
    m_optionsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    contentLayout->addStretch(1);
    connect(m_network, &NetworkEditor::networkEdited, this, &ParameterPanel::networkEdited);

    const RunConfig config = m_config;
    const RunConfig effective = m_effective;
    setConfig(config, effective);
    retranslateUi();
    m_scroll->setWidget(m_content);
    // Built after a zoom change: at the zoom from the first frame it shows.
    if (m_zoom != 1.0)
        applyZoom();
    // Being shown (the dock came to the front): what the first frame cannot reach waits.
    if (isVisible() && !visibleRegion().isEmpty())
        waitOutOfView();
    // The scroll bar shows itself through a queued call; the panel may be built while the window
    // paints its first frame (the dock came to the front), which must already show it.
    QCoreApplication::sendPostedEvents(m_scroll, QEvent::MetaCall);
    adoptLateWidgets(this);
}

void ParameterPanel::setZoom(double factor)
{
    factor = zoom::clamped(factor);
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    if (m_content)
        applyZoom();
}

void ParameterPanel::applyZoom()
{
    // The panel's font is the one its search box, buttons, group titles, network editor and scenario
    // options inherit; each row sets its own (its key and default are smaller, its title bold when
    // changed). Spacing scales from its size at 100 %.
    const auto scaled = [this](int px) { return int(std::lround(px * m_zoom)); };
    setFont(zoom::font(m_zoom));
    ZoomStyle *old = m_controlStyle;
    m_controlStyle = m_zoom == 1.0 ? nullptr : new ZoomStyle(m_zoom);
    if (m_controlStyle)
        m_controlStyle->setParent(this);
    for (ParameterRow *row : std::as_const(m_rows))
        row->setZoom(m_zoom, m_controlStyle);
    m_scroll->verticalScrollBar()->setStyle(m_controlStyle);
    for (QAbstractSpinBox *spin : m_network->findChildren<QAbstractSpinBox *>())
        spin->setStyle(m_controlStyle);
    delete old;
    m_layout->setContentsMargins(scaled(4), scaled(4), scaled(4), scaled(4));
    m_contentLayout->setContentsMargins(scaled(2), scaled(2), scaled(2), scaled(2));
    m_contentLayout->setSpacing(scaled(6));
    for (QVBoxLayout *group : std::as_const(m_groupLayouts))
        group->setContentsMargins(scaled(2), scaled(4), scaled(2), scaled(2));
    // The style's spacing does not grow with the text: a wrapped option title ran into its field.
    m_optionsForm->setHorizontalSpacing(scaled(6));
}

void ParameterPanel::showEvent(QShowEvent *event)
{
    // Behind another dock's tab the panel is "shown" outside the window: nothing to build yet.
    if (!m_content && !visibleRegion().isEmpty())
        buildContent();
    QWidget::showEvent(event);
}

void ParameterPanel::setConfig(const RunConfig &config, const RunConfig &effective)
{
    m_config = config;
    m_effective = effective;
    if (m_content) {
        for (ParameterRow *row : std::as_const(m_rows))
            row->setValue(effective.sysctls.get(row->id()), config.sysctls.isExplicit(row->id()));
        m_network->setNetwork(config.network);
        rebuildOptions();
    }
    updateSummary();
}

QList<ParameterRow *> ParameterPanel::rows() const
{
    return whole()->m_rows;
}

QLineEdit *ParameterPanel::searchBox() const
{
    return built(this)->m_search;
}

QPushButton *ParameterPanel::resetAllButton() const
{
    return built(this)->m_resetAll;
}

NetworkEditor *ParameterPanel::networkEditor() const
{
    return whole()->m_network;
}

ParameterRow *ParameterPanel::row(SysctlId id) const
{
    for (ParameterRow *row : rows()) {
        if (row->id() == id)
            return row;
    }
    return nullptr;
}

QLineEdit *ParameterPanel::optionEdit(const QString &key) const
{
    whole();
    for (QLineEdit *edit : m_optionEdits) {
        if (edit->property("optionKey").toString() == key)
            return edit;
    }
    return nullptr;
}

int ParameterPanel::changedCount() const
{
    // What the rows show (ParameterRow::isChanged(), NetworkEditor::isChanged()), built or not.
    int n = 0;
    for (const SysctlInfo &info : sysctlTable())
        n += m_effective.sysctls.get(info.id) != info.defaultValue ? 1 : 0;
    return n + (m_config.network == NetworkConfig{} ? 0 : 1);
}

void ParameterPanel::emitConfig(const RunConfig &config)
{
    m_config = config;
    updateSummary();
    emit configEdited(config);
}

void ParameterPanel::rowEdited(SysctlId id, qint64 value)
{
    RunConfig c = m_config;
    if (!c.sysctls.set(id, value))
        return;
    if (c.serverSysctls)
        c.serverSysctls->set(id, value);
    const SysctlInfo &info = sysctlInfo(id);
    emit parameterChanged(keyOf(info), QString::fromStdString(c.sysctls.valueText(info.key)));
    emitConfig(c);
}

void ParameterPanel::rowReset(SysctlId id)
{
    RunConfig c = m_config;
    c.sysctls = withoutParameter(c.sysctls, id);
    if (c.serverSysctls)
        c.serverSysctls = withoutParameter(*c.serverSysctls, id);
    if (ParameterRow *r = row(id))
        r->setValue(sysctlInfo(id).defaultValue, false);
    const SysctlInfo &info = sysctlInfo(id);
    emit parameterChanged(keyOf(info), QString::fromStdString(c.sysctls.valueText(info.key)));
    emitConfig(c);
}

void ParameterPanel::resetAll()
{
    RunConfig c = m_config;
    c.sysctls = Sysctls{};
    c.serverSysctls.reset();
    c.network = NetworkConfig{};
    if (c == m_config)
        return;
    emitConfig(c);
}

void ParameterPanel::networkEdited(const NetworkConfig &network)
{
    RunConfig c = m_config;
    c.network = network;
    emitConfig(c);
}

void ParameterPanel::rebuildOptions()
{
    const QString scenario = QString::fromStdString(m_config.scenario);
    if (scenario != m_optionsScenario) {
        m_optionsScenario = scenario;
        while (m_optionsForm->rowCount() > 0)
            m_optionsForm->removeRow(0);
        m_optionEdits.clear();
        if (const ScenarioInfo *info = findScenario(m_config.scenario)) {
            for (const ScenarioOption &option : info->options) {
                auto *edit = new QLineEdit;
                const QString key = QString::fromLatin1(option.key.data(), qsizetype(option.key.size()));
                edit->setObjectName(QStringLiteral("option_") + key);
                edit->setProperty("optionKey", key);
                edit->setProperty("optionAllowed", QString::fromLatin1(option.allowed.data(), qsizetype(option.allowed.size())));
                auto *label = new QLabel;
                label->setWordWrap(true);
                label->setBuddy(edit);
                m_optionsForm->addRow(label, edit);
                m_optionEdits << edit;
                connect(edit, &QLineEdit::editingFinished, this, &ParameterPanel::optionEdited);
            }
        }
    }
    updateOptionTexts();
    for (QLineEdit *edit : std::as_const(m_optionEdits)) {
        const auto it = m_config.options.find(edit->property("optionKey").toString().toStdString());
        const QString value = it == m_config.options.end() ? QString() : QString::fromStdString(it->second);
        if (edit->text() != value)
            edit->setText(value);
    }
    m_noOptions->setVisible(m_optionEdits.isEmpty());
}

// A scenario option shows a title, its unit and the scenario's default instead of the raw key
// (the key and what is allowed are in the tooltip, for --opt).
void ParameterPanel::updateOptionTexts()
{
    const std::string scenario = m_optionsScenario.toStdString();
    for (QLineEdit *edit : std::as_const(m_optionEdits)) {
        const std::string key = edit->property("optionKey").toString().toStdString();
        const text::OptionWords words = text::optionWords(key);
        if (auto *label = qobject_cast<QLabel *>(m_optionsForm->labelForField(edit)))
            label->setText(words.unit.isEmpty() || words.unit.startsWith(QLatin1Char('/')) ? words.title
                                                                                            : tr("%1 (%2)").arg(words.title, words.unit));
        const QString def = text::optionDefault(scenario, key);
        //: Placeholder of an empty scenario option: the value the scenario uses
        edit->setPlaceholderText(def.isEmpty() ? tr("not set") : tr("default: %1").arg(def));
        QStringList tip;
        if (!words.description.isEmpty())
            tip << words.description;
        //: Tooltip line of a scenario option: its key for --opt and what it accepts
        tip << tr("--opt %1=…  (%2)").arg(QString::fromStdString(key), edit->property("optionAllowed").toString());
        edit->setToolTip(tip.join(QLatin1Char('\n')));
    }
}

void ParameterPanel::optionEdited()
{
    auto *edit = qobject_cast<QLineEdit *>(sender());
    if (!edit)
        return;
    RunConfig c = m_config;
    const std::string key = edit->property("optionKey").toString().toStdString();
    const QString value = edit->text().trimmed();
    if (value.isEmpty())
        c.options.erase(key);
    else
        c.options[key] = value.toStdString();
    if (c == m_config)
        return;
    emit parameterChanged(QString::fromStdString(key), value);
    emitConfig(c);
}

void ParameterPanel::applyFilter()
{
    whole();
    const QString filter = m_search->text().trimmed();
    std::array<bool, 7> visible{};
    for (ParameterRow *row : std::as_const(m_rows)) {
        const bool match = row->matches(filter);
        row->setVisible(match);
        visible[std::size_t(text::parameterGroup(row->info().group))] |= match;
    }
    const bool networkMatch = m_network->matches(filter);
    visible[std::size_t(text::ParameterGroup::Network)] = networkMatch;
    bool optionsMatch = filter.isEmpty()
        || text::parameterGroupTitle(text::ParameterGroup::ScenarioOptions).contains(filter, Qt::CaseInsensitive);
    for (QLineEdit *edit : std::as_const(m_optionEdits))
        optionsMatch |= edit->property("optionKey").toString().contains(filter, Qt::CaseInsensitive)
            || text::optionWords(edit->property("optionKey").toString().toStdString()).title.contains(filter, Qt::CaseInsensitive);
    visible[std::size_t(text::ParameterGroup::ScenarioOptions)] = optionsMatch;
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        m_groups[g]->setVisible(visible[g]);
}

void ParameterPanel::showParameter(const QString &key)
{
    whole();
    for (ParameterRow *row : std::as_const(m_rows)) {
        if (keyOf(row->info()) == key) {
            m_search->clear();
            row->spinBox()->setFocus();
            m_scroll->ensureWidgetVisible(row);
            return;
        }
    }
}

void ParameterPanel::updateSummary()
{
    if (!m_content)
        return;
    const int changed = changedCount();
    m_summary->setText(changed == 0 ? tr("All parameters at the Linux defaults.")
                                    : tr("%n parameter(s) changed from the Linux defaults.", nullptr, changed));
    m_resetAll->setEnabled(changed > 0 || m_config.serverSysctls.has_value());
}

void ParameterPanel::retranslateUi()
{
    if (!m_content)
        return;
    m_search->setPlaceholderText(tr("Search parameters (key or words)…"));
    m_resetAll->setText(tr("Reset all"));
    m_resetAll->setToolTip(tr("Every parameter and the network back to the Linux defaults"));
    for (int g = 0; g < text::kParameterGroupCount; ++g)
        m_groups[std::size_t(g)]->setTitle(text::parameterGroupTitle(text::ParameterGroup(g)));
    m_noOptions->setText(tr("This scenario has no options."));
    updateOptionTexts();
}

void ParameterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace closelab
