// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include "core/population.h"
#include "core/scenario.h"

#include <string>
#include <vector>

namespace closelab::server {

/// The snapshot's values of the engine's parameters (core/sysctltable; ulimit -n as ulimit.nofile), set
/// on `sysctls`. Keys applied go to `applied`; values the engine refuses (out of its range) to `refused`
/// as "key=value: reason".
void applySnapshotSysctls(const Snapshot &snapshot, Sysctls &sysctls, std::vector<std::string> *applied = nullptr,
                          std::vector<std::string> *refused = nullptr);

/// "Simulate this": a population run that resembles the snapshot.
struct SimulationPlan {
    RunConfig config;                  ///< scenario "population", options rate/closer/leak/…, the snapshot's sysctls
    double rate = 0;                   ///< connections per second
    bool rateFromTimeWait = false;     ///< false: no TIME_WAIT to estimate from (kDefaultRate)
    Closer closer = Closer::Client;
    double serverClosesFraction = 0;   ///< share of TIME_WAIT sockets on the server side (listening ports)
    double leak = 0;                   ///< fraction of handlers that never close
    int clients = 1;
    std::vector<std::string> sysctlsApplied;
    std::vector<std::string> sysctlsRefused;
};

inline constexpr double kDefaultRate = 100;    ///< connections per second when the snapshot has no TIME_WAIT
inline constexpr double kMaxPlannedRate = 20000;

/// rate ≈ TIME_WAIT count ÷ TIME_WAIT length (60 s: every connection closed in the last 60 s is still
/// there); the closer is the side TIME_WAIT sits on (local port a listener's: the server; else the
/// client); leak ≈ CLOSE_WAIT ÷ connections in one TIME_WAIT length, at most 1.
SimulationPlan planSimulation(const Snapshot &snapshot);

} // namespace closelab::server
