// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/populationmoment.h"

#include <QString>

// Population runs in words: the header line and the narration at t (from core populationAt()), the
// Population summary (totals and peaks), and the label of the one connection the diagram shows.
namespace closelab::text {

/// One or two lines: sockets per state on each side, connect() failures and RSTs so far.
QString populationHeader(const PopulationMoment &m);
/// The narration's paragraph about the population at t (HTML).
QString populationNarrationHtml(const PopulationMoment &m, const PopulationResult &result);
/// Connects ok / failed by errno, accepts failed, RSTs by reason, peaks with their times (HTML).
QString populationSummaryHtml(const PopulationResult &result);
/// "The diagram shows connection #1 of 42,000: a sample." (plain text)
QString sampleLabel(const PopulationResult &result);

} // namespace closelab::text
