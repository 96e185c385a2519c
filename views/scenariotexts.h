// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario.h"

#include <QString>
#include <QVector>

// Words for the scenario library: group titles, a short description per scenario and its "try
// this" suggestions. Translated at the point of use; scenario names stay as the CLI spells them.
namespace closelab::text {

/// One "try this": a `closelab-cli run` option to apply (`set`, `opt`, `loss-s2c`, `drop`…) and
/// what to watch afterwards.
struct TrySuggestion {
    QString option;  ///< "set"
    QString value;   ///< "net.ipv4.tcp_fin_timeout=10"
    QString watch;   ///< translated: what changes on screen
};

QString scenarioGroupTitle(ScenarioGroup g);
/// One or two translated sentences; the engine's English summary when a scenario has none here.
QString scenarioDescription(const ScenarioInfo &info);
QVector<TrySuggestion> trySuggestions(std::string_view scenario);

} // namespace closelab::text
