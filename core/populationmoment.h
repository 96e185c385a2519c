// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "population.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace closelab {

/// A population run at one time: what the GUI's header and narration say about the population (the
/// views turn it into words). Counts are the last sample at or before t; failures and RSTs are "so far".
struct PopulationMoment {
    double t = 0;                                        ///< the sample's time (s)
    bool started = false;                                ///< false before the first sample
    std::map<std::string, std::int64_t> client;          ///< sockets per state (non-zero only)
    std::map<std::string, std::int64_t> server;
    std::int64_t connectsAttempted = 0;
    std::int64_t connectsOk = 0;
    std::map<std::string, std::int64_t> connectFailures; ///< by errno name, so far (non-zero only)
    std::int64_t acceptsFailed = 0;                      ///< accept() = -1 EMFILE, so far
    std::map<std::string, std::int64_t> rsts;            ///< RSTs sent by reason, both hosts, so far
};
PopulationMoment populationAt(const PopulationResult &result, double seconds);

/// The highest value of a series column over the run and the first time it was reached.
struct PopulationPeak {
    std::string column;   ///< "client.TIME_WAIT", "server.accept_queue", …
    double value = 0;
    double t = 0;
    double limit = -1;    ///< the column's limit, or -1
};
/// Peaks of the sockets per state and of the resources (tw_buckets, orphans, fds, ports_in_use,
/// syn_queue, accept_queue), non-zero ones, in the series' column order.
std::vector<PopulationPeak> populationPeaks(const PopulationResult &result);

} // namespace closelab
