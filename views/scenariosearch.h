// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace closelab {

/// Finding a scenario by what people type: its name, its description, or a symptom ("Cannot assign
/// requested address", "EMFILE", "连接被对端重置", …), in English or Chinese whatever the interface
/// language. The symptom table lives here (translated like every text of views/); matching is
/// case-insensitive on any part of a text.
namespace ScenarioSearch {

/// One row of the symptom table: what people see, the error names that go with it (not
/// translated), and the scenarios that show it.
struct Symptom {
    QString text;        ///< English, as the program or the log says it
    QStringList aliases; ///< errno names and log lines, never translated
    QStringList scenarios;
};

/// The table, texts in English (translate each with QCoreApplication::translate("ScenarioSearch", …)).
QVector<Symptom> symptoms();
/// The scenarios `query` finds, in library order; every scenario for an empty query.
QStringList find(const QString &query);
/// True when `query` finds `scenario` (a blank query finds everything).
bool matches(const QString &scenario, const QString &query);

} // namespace ScenarioSearch
} // namespace closelab
