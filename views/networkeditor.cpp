// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/networkeditor.h"

#include "views/inputguard.h"
#include "views/parametertexts.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace closelab {

namespace {
QDoubleSpinBox *makeBox(double min, double max, int decimals, double step, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setKeyboardTracking(false);
    return box;
}

constexpr double kNsPerMs = 1e6;
} // namespace

NetworkEditor::NetworkEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_delay(makeBox(double(kMinDelay) / kNsPerMs, double(kMaxDelay) / kNsPerMs, 3, 0.1, this))
    , m_jitter(makeBox(0, double(kMaxDelay) / kNsPerMs, 3, 0.1, this))
    , m_lossC2S(makeBox(0, 100, 1, 1, this))
    , m_lossS2C(makeBox(0, 100, 1, 1, this))
    , m_duplicate(makeBox(0, 100, 1, 1, this))
    , m_firewallIdle(makeBox(0, 86400, 0, 10, this))
    , m_firewallAction(new QComboBox(this))
    , m_rulesTitle(new QLabel(this))
    , m_rules(new QListWidget(this))
    , m_ruleEdit(new QLineEdit(this))
    , m_addRule(new QPushButton(this))
    , m_removeRule(new QPushButton(this))
    , m_ruleMessage(new QLabel(this))
{
    setObjectName(QStringLiteral("networkEditor"));
    for (QDoubleSpinBox *box : {m_lossC2S, m_lossS2C, m_duplicate})
        box->setSuffix(QStringLiteral(" %"));
    m_firewallAction->addItem(QStringLiteral("drop"));
    m_firewallAction->addItem(QStringLiteral("RST"));
    m_rules->setMaximumHeight(70);
    m_ruleEdit->setPlaceholderText(QStringLiteral("s2c:fin:first"));
    m_ruleEdit->setClearButtonEnabled(true);
    m_ruleMessage->setWordWrap(true);
    QPalette warn = m_ruleMessage->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    m_ruleMessage->setPalette(warn);

    m_form->setContentsMargins(4, 2, 4, 2);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // Each field gets a label of its own (QFormLayout::addRow with an empty text makes none);
    // retranslateUi() writes the titles.
    for (QWidget *field : std::initializer_list<QWidget *>{m_delay, m_jitter, m_lossC2S, m_lossS2C, m_duplicate, m_firewallIdle, m_firewallAction}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        label->setWordWrap(true);
        m_form->addRow(label, field);
        InputGuard::install(field);
    }

    auto *ruleRow = new QHBoxLayout;
    ruleRow->addWidget(m_ruleEdit, 1);
    ruleRow->addWidget(m_addRule);
    ruleRow->addWidget(m_removeRule);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_rulesTitle);
    layout->addWidget(m_rules);
    layout->addLayout(ruleRow);
    layout->addWidget(m_ruleMessage);

    for (QDoubleSpinBox *box : {m_delay, m_jitter, m_lossC2S, m_lossS2C, m_duplicate, m_firewallIdle})
        connect(box, &QDoubleSpinBox::valueChanged, this, &NetworkEditor::fieldsEdited);
    connect(m_firewallAction, &QComboBox::currentIndexChanged, this, &NetworkEditor::fieldsEdited);
    connect(m_ruleEdit, &QLineEdit::textChanged, this, &NetworkEditor::ruleTextChanged);
    connect(m_ruleEdit, &QLineEdit::returnPressed, this, &NetworkEditor::addRule);
    connect(m_addRule, &QPushButton::clicked, this, &NetworkEditor::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, &NetworkEditor::removeRule);

    setNetwork(NetworkConfig{});
    retranslateUi();
}

void NetworkEditor::setNetwork(const NetworkConfig &network)
{
    m_updating = true;
    m_network = network;
    m_delay->setValue(double(network.delay) / kNsPerMs);
    m_jitter->setValue(double(network.jitter) / kNsPerMs);
    m_lossC2S->setValue(network.lossC2S * 100);
    m_lossS2C->setValue(network.lossS2C * 100);
    m_duplicate->setValue(network.duplicate * 100);
    m_firewallIdle->setValue(double(network.firewall.idleTimeout) / kSec);
    m_firewallAction->setCurrentIndex(network.firewall.action == FirewallConfig::Action::Reset ? 1 : 0);
    showRules();
    m_updating = false;
}

void NetworkEditor::showRules()
{
    m_rules->clear();
    for (const DropRule &rule : m_network.drops)
        m_rules->addItem(QString::fromStdString(ruleText(rule)));
    m_removeRule->setEnabled(!m_network.drops.empty());
}

void NetworkEditor::fieldsEdited()
{
    if (m_updating)
        return;
    NetworkConfig n = m_network;
    n.delay = std::max<SimTime>(kMinDelay, SimTime(std::llround(m_delay->value() * kNsPerMs)));
    n.jitter = SimTime(std::llround(m_jitter->value() * kNsPerMs));
    n.lossC2S = m_lossC2S->value() / 100;
    n.lossS2C = m_lossS2C->value() / 100;
    n.duplicate = m_duplicate->value() / 100;
    n.firewall.idleTimeout = SimTime(std::llround(m_firewallIdle->value())) * kSec;
    n.firewall.action = m_firewallAction->currentIndex() == 1 ? FirewallConfig::Action::Reset : FirewallConfig::Action::Drop;
    if (n == m_network)
        return;
    m_network = n;
    emit networkEdited(m_network);
}

QString NetworkEditor::ruleMessage() const { return m_ruleMessage->text(); }

void NetworkEditor::ruleTextChanged()
{
    const QString text = m_ruleEdit->text().trimmed();
    DropRule rule;
    const auto error = text.isEmpty() ? std::nullopt : parseDropRule(text.toStdString(), rule);
    m_ruleMessage->setText(error ? QString::fromStdString(*error) : QString());
    m_addRule->setEnabled(!text.isEmpty() && !error);
}

void NetworkEditor::addRule()
{
    const QString text = m_ruleEdit->text().trimmed();
    DropRule rule;
    if (text.isEmpty() || parseDropRule(text.toStdString(), rule))
        return;
    m_network.drops.push_back(rule);
    m_ruleEdit->clear();
    showRules();
    emit networkEdited(m_network);
}

void NetworkEditor::removeRule()
{
    int row = m_rules->currentRow();
    if (m_network.drops.empty())
        return;
    if (row < 0)
        row = int(m_network.drops.size()) - 1;
    m_network.drops.erase(m_network.drops.begin() + row);
    showRules();
    emit networkEdited(m_network);
}

bool NetworkEditor::matches(const QString &filter) const
{
    if (filter.isEmpty())
        return true;
    for (int p = 0; p <= int(text::NetworkParameter::FirewallAction); ++p) {
        const auto parameter = text::NetworkParameter(p);
        if (text::networkTitle(parameter).contains(filter, Qt::CaseInsensitive)
            || text::networkDescription(parameter).contains(filter, Qt::CaseInsensitive))
            return true;
    }
    return text::parameterGroupTitle(text::ParameterGroup::Network).contains(filter, Qt::CaseInsensitive);
}

void NetworkEditor::retranslateUi()
{
    // Units as the rest of the interface writes them (Chinese: 毫秒, 秒).
    m_delay->setSuffix(QLatin1Char(' ') + text::unitLabel("ms"));
    m_jitter->setSuffix(QLatin1Char(' ') + text::unitLabel("ms"));
    m_firewallIdle->setSuffix(QLatin1Char(' ') + text::unitLabel("s"));
    using text::NetworkParameter;
    const std::pair<QWidget *, NetworkParameter> fields[] = {
        {m_delay, NetworkParameter::Delay},         {m_jitter, NetworkParameter::Jitter},
        {m_lossC2S, NetworkParameter::LossC2S},     {m_lossS2C, NetworkParameter::LossS2C},
        {m_duplicate, NetworkParameter::Duplicate}, {m_firewallIdle, NetworkParameter::FirewallIdle},
        {m_firewallAction, NetworkParameter::FirewallAction},
    };
    for (const auto &[widget, parameter] : fields) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(widget)))
            label->setText(text::networkTitle(parameter));
        widget->setToolTip(text::networkDescription(parameter));
    }
    m_firewallIdle->setSpecialValueText(tr("no firewall"));
    m_rulesTitle->setText(text::networkTitle(NetworkParameter::DropRules));
    m_rulesTitle->setToolTip(text::networkDescription(NetworkParameter::DropRules));
    m_ruleEdit->setToolTip(text::networkDescription(NetworkParameter::DropRules));
    m_addRule->setText(tr("Add"));
    m_removeRule->setText(tr("Remove"));
    ruleTextChanged();
}

void NetworkEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace closelab
