// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/kernelverification.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;
class QPushButton;

namespace closelab {

/// The scenario library: every scenario under its group, with a short description, the seed
/// article it comes from, whether the kernel conformance suite verified it on a real Linux kernel, and
/// two or three "try this" suggestions. Choosing emits an intent only.
class ScenarioBrowser : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioBrowser(QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    /// Marks the scenario being shown (no signal).
    void setCurrentScenario(const QString &name);
    QString currentScenario() const { return m_current; }
    /// The suggestion buttons of the selected scenario.
    QList<QPushButton *> suggestionButtons() const { return m_suggestionButtons; }
    /// Which scenarios were verified on a kernel (default: the embedded tests/kernel/verified.json).
    void setKernelVerification(const KernelVerification &verification);
    /// The selected scenario's "verified on Linux X.Y" mark (its tooltip lists the parameter sets).
    QLabel *kernelMark() const { return m_kernelMark; }

signals:
    void scenarioChosen(const QString &name);
    /// Apply a "try this": the scenario, then one `closelab-cli run` option.
    void suggestionChosen(const QString &scenario, const QString &option, const QString &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void showDetails(const QString &name);
    void itemActivated(QTreeWidgetItem *item);
    void retranslateUi();
    QString markText(const KernelVerification::Entry *entry) const;
    QString markToolTip(const KernelVerification::Entry *entry) const;

    QTreeWidget *m_tree;
    QLabel *m_details;
    QLabel *m_kernelMark;
    KernelVerification m_verification;
    QLabel *m_tryTitle;
    QVBoxLayout *m_suggestions;
    QList<QPushButton *> m_suggestionButtons;
    QString m_current;
    QString m_shown;
};

} // namespace closelab
