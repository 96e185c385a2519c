// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/network.h"

#include <QMetaType>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace closelab {

/// The network group of the parameter panel: one-way delay, jitter, loss per direction,
/// duplication, scripted drop rules (validated with parseDropRule, its message shown under the
/// field) and the firewall's idle timeout. Emits the whole edited NetworkConfig.
class NetworkEditor : public QWidget {
    Q_OBJECT

public:
    explicit NetworkEditor(QWidget *parent = nullptr);

    void setNetwork(const NetworkConfig &network);
    const NetworkConfig &network() const { return m_network; }
    /// True when any field differs from a default NetworkConfig.
    bool isChanged() const { return !(m_network == NetworkConfig{}); }
    bool matches(const QString &filter) const;

    QDoubleSpinBox *delayBox() const { return m_delay; }
    QDoubleSpinBox *lossS2CBox() const { return m_lossS2C; }
    QLineEdit *dropRuleEdit() const { return m_ruleEdit; }
    QPushButton *addRuleButton() const { return m_addRule; }
    QListWidget *ruleList() const { return m_rules; }
    /// The drop-rule editor's message ("" when the text parses).
    QString ruleMessage() const;

signals:
    void networkEdited(const closelab::NetworkConfig &network);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fieldsEdited();
    void ruleTextChanged();
    void addRule();
    void removeRule();
    void showRules();

    NetworkConfig m_network;
    bool m_updating = false;
    QFormLayout *m_form;
    QDoubleSpinBox *m_delay;
    QDoubleSpinBox *m_jitter;
    QDoubleSpinBox *m_lossC2S;
    QDoubleSpinBox *m_lossS2C;
    QDoubleSpinBox *m_duplicate;
    QDoubleSpinBox *m_firewallIdle;
    QComboBox *m_firewallAction;
    QLabel *m_rulesTitle;
    QListWidget *m_rules;
    QLineEdit *m_ruleEdit;
    QPushButton *m_addRule;
    QPushButton *m_removeRule;
    QLabel *m_ruleMessage;
};

} // namespace closelab

Q_DECLARE_METATYPE(closelab::NetworkConfig)
