// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;
class QPushButton;

namespace closelab {

/// The scenario library: every scenario under its group, with a short description, the seed
/// article it comes from and two or three "try this" suggestions. Choosing emits an intent only.
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

    QTreeWidget *m_tree;
    QLabel *m_details;
    QLabel *m_tryTitle;
    QVBoxLayout *m_suggestions;
    QList<QPushButton *> m_suggestionButtons;
    QString m_current;
    QString m_shown;
};

} // namespace closelab
