// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "population.h"

#include <string>

namespace closelab {

/// `closelab-cli run <population scenario> --json` / `population --json`: the single-run document (with the
/// first connection as its events and summary) plus "workload", "series", "limits" and "totals".
std::string populationToJson(const RunConfig &config, const PopulationConfig &workload, const PopulationResult &result);
/// A readable summary: totals, then a few key columns every few samples.
std::string populationToText(const RunConfig &config, const PopulationConfig &workload, const PopulationResult &result);
/// The series as CSV: a header `t,client.ESTABLISHED,…` and one row per sample.
std::string seriesToCsv(const Series &series);

} // namespace closelab
