// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario.h"
#include "core/tracecompare.h"
#include "views/plots.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTableWidget;

namespace closelab {

class SequenceDiagramView;

/// An A/B comparison of two single-connection runs: the two sequence diagrams side by side on one
/// time axis (each given the other's knots, scrolled and zoomed together), a chart overlaying A and
/// B, the settings in which B differs, and the differences of the outcome as sentences with a
/// one-line headline. A passive renderer of (A, B, t): setRunA()/setRunB()/setTime() in,
/// seekRequested() out.
class CompareView : public QWidget {
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);

    /// A run and the (effective) config it ran with. The comparison is redone at once.
    void setRunA(std::shared_ptr<const Trace> trace, const RunConfig &config);
    void setRunB(std::shared_ptr<const Trace> trace, const RunConfig &config);
    /// Words for a comparison the view does not make itself (a capture and its replay on the engine):
    /// the runs' titles, the headline and sentences, the table's title, header and rows. Translated by
    /// the caller, who sets them again on a language change. nullopt: the view's own A/B words.
    struct Words {
        QString titleA;
        QString titleB;
        QString headline;
        QString listTitle;
        QStringList sentences;
        QString settingsTitle;
        QStringList header;       ///< three columns
        QList<QStringList> rows;  ///< three cells each
    };
    void setWords(const std::optional<Words> &words);
    /// Shows `message` instead of the comparison (e.g. a population scenario); setRunA/B bring it back.
    void setUnavailable(const QString &message);
    bool isAvailable() const;

    std::shared_ptr<const Trace> traceA() const { return m_a; }
    std::shared_ptr<const Trace> traceB() const { return m_b; }
    const std::vector<TraceDifference> &differences() const { return m_diffs; }
    const std::vector<SettingDifference> &settingDifferences() const { return m_settings; }
    /// The sentences listed (the notable differences, in order).
    QStringList differenceTexts() const;
    QString headlineText() const;

    SequenceDiagramView *diagramA() const { return m_diagramA; }
    SequenceDiagramView *diagramB() const { return m_diagramB; }
    /// The A/B chart (a CompareChart from the plots module), or nullptr where the module could not be loaded.
    ComparePlot *chart() const { return m_chart; }
    QListWidget *differenceList() const { return m_list; }
    QTableWidget *settingsTable() const { return m_table; }
    QCheckBox *proportionalBox() const { return m_proportional; }

public slots:
    void setTime(qint64 t);

signals:
    void seekRequested(qint64 t);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recompare();
    void fillTexts();
    void fillWords();
    void retranslateUi();
    QString runSummary(const Trace &trace) const;

    QStackedWidget *m_stack;
    QLabel *m_unavailable;
    QLabel *m_headline;
    QLabel *m_titleA;
    QLabel *m_titleB;
    QLabel *m_summaryA;
    QLabel *m_summaryB;
    QCheckBox *m_proportional;
    SequenceDiagramView *m_diagramA;
    SequenceDiagramView *m_diagramB;
    QLabel *m_settingsTitle;
    QTableWidget *m_table;
    QLabel *m_listTitle;
    QListWidget *m_list;
    ComparePlot *m_chart;
    QWidget *m_chartWidget; // the chart, or why it is missing
    QSplitter *m_split;
    QSplitter *m_bottom;
    std::shared_ptr<const Trace> m_a;
    std::shared_ptr<const Trace> m_b;
    RunConfig m_configA;
    RunConfig m_configB;
    std::vector<TraceDifference> m_diffs;
    std::vector<SettingDifference> m_settings;
    std::optional<Words> m_words;
};

} // namespace closelab
