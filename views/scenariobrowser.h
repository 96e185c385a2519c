// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storyfacts.h"
#include "views/kernelverification.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
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

    /// Makes the browser's widgets now (once). They are otherwise made when it is first shown where
    /// it can be seen (a dock behind another's tab is not), or an accessor below needs them: a
    /// browser that the first frame does not show costs nothing at start-up.
    void buildContent();

    QTreeWidget *tree() const;
    /// Marks the scenario being shown (no signal).
    void setCurrentScenario(const QString &name);
    QString currentScenario() const { return m_current; }
    /// The suggestion buttons of the selected scenario.
    QList<QPushButton *> suggestionButtons() const;
    /// Which scenarios were verified on a kernel (default: the embedded tests/kernel/verified.json).
    void setKernelVerification(const KernelVerification &verification);
    /// The selected scenario's "verified on Linux X.Y" mark (its tooltip lists the parameter sets).
    QLabel *kernelMark() const;
    /// The run being shown. When it is a library scenario at its own settings (only the delay and the seed
    /// chosen), the facts its description declares (core/scenariostories.cpp, the ones tests/core/tst_stories
    /// checks) are evaluated on it: a fact that fails marks the scenario "✗". Evaluating facts on a trace is
    /// reading it, like drawing it; nothing is simulated here.
    void setRun(const RunConfig &config, const RunConfig &effective, std::shared_ptr<const Trace> trace,
                std::shared_ptr<const PopulationResult> population);
    /// Declared facts of the shown run that fail (empty: all hold, or the run is not at the story's settings).
    QStringList failingStoryFacts() const { return m_failingFacts; }

    /// Search: the box above the list; a query hides every scenario it does not find (names,
    /// descriptions, symptoms in both languages: views/scenariosearch.h).
    QLineEdit *searchBox() const;
    /// The scenarios the list shows now (all of them without a query), in library order.
    QStringList visibleScenarios() const;

signals:
    void scenarioChosen(const QString &name);
    /// Apply a "try this": the scenario, then one `closelab-cli run` option.
    void suggestionChosen(const QString &scenario, const QString &option, const QString &value);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void populate();
    void showDetails(const QString &name);
    void itemActivated(QTreeWidgetItem *item);
    void retranslateUi();
    void applySearch(const QString &query);
    QString markText(const QString &name, const KernelVerification::Entry *entry) const;
    QString markToolTip(const KernelVerification::Entry *entry) const;

    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_kernelMark = nullptr;
    /// The embedded table is read when the panel first needs it: it is built after the first frame.
    const KernelVerification &verification() const;
    mutable std::optional<KernelVerification> m_verification;
    QLabel *m_tryTitle = nullptr;
    QVBoxLayout *m_suggestions = nullptr;
    QList<QPushButton *> m_suggestionButtons;
    QString m_current;
    QString m_shown;
    QString m_checkedScenario; ///< the scenario whose story facts were evaluated on the shown run
    int m_checkedFacts = 0;
    QStringList m_failingFacts;
};

} // namespace closelab
