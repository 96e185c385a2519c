// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "simtime.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace closelab {

/// Who closes each connection first.
enum class Closer : std::uint8_t { Client, Server, Mix };

/// A workload: many connections between N clients and one server, through the same Host/TcpSocket code
/// as the single-connection scenarios.
struct PopulationConfig {
    double rate = 1000;          ///< new connections per second
    double burstRate = 0;        ///< if > 0: the rate during [burstStart, burstStart + burstLength)
    double burstStart = 0;
    double burstLength = 0;
    double duration = 60;        ///< seconds during which connections arrive
    double tail = 70;            ///< seconds simulated after the last arrival (TIME_WAIT drains)
    int clients = 1;             ///< client machines, each with its own address
    bool nat = false;            ///< all clients behind one NAT address (ports and timestamps shared)
    Closer closer = Closer::Client;
    double serverClosesFraction = 0.5; ///< for Closer::Mix
    double leak = 0;             ///< fraction of server handlers that never close (CLOSE_WAIT leak)
    double acceptRate = 0;       ///< accept() calls per second; 0 = the server accepts at once
    bool serverAccepts = true;   ///< false: the server never calls accept()
    int backlog = 511;           ///< listen(backlog), capped by net.core.somaxconn
    std::uint32_t requestBytes = 100;
    std::uint32_t responseBytes = 1000;
    double hold = 0;             ///< seconds between the response and the first close()
    double synFloodRate = 0;     ///< spoofed SYNs per second from addresses that never answer
    bool clientsVanish = false;  ///< each client disappears right after sending its request
    double start = 0;            ///< seconds before the first arrival
    std::uint32_t synFloodCount = 0; ///< spoofed SYNs in all (0: for as long as duration)
    double retry = 0;            ///< seconds after which a connect() that failed at once is tried again (0: never)
    double sampleInterval = 0;   ///< 0: 1 s, or finer for short runs
    bool recordAll = false;      ///< record every connection in the trace (small runs, tests), not just the first
    bool operator==(const PopulationConfig &) const = default;
};

/// Time series: one column per HOST.NAME, one row per sample, plus each column's limit where it has one.
struct Series {
    std::vector<double> t;
    std::vector<std::string> names;
    std::vector<std::vector<double>> columns;
    std::map<std::string, double> limits;
    const std::vector<double> *column(const std::string &name) const;
};

struct PopulationTotals {
    std::int64_t connectsAttempted = 0;
    std::int64_t connectsOk = 0;
    std::map<std::string, std::int64_t> connectsFailed; ///< by errno name
    std::int64_t accepts = 0;
    std::int64_t acceptsFailed = 0;                     ///< accept() = -1 EMFILE
    std::map<std::string, std::int64_t> rstSent;        ///< by reason, both hosts
    std::int64_t timeWaitPeakClient = 0;
    std::int64_t timeWaitPeakServer = 0;
    std::int64_t synRecvPeak = 0;
    std::int64_t acceptQueuePeak = 0;
    std::int64_t cookiesSent = 0;
    std::map<std::string, std::int64_t> linuxCounters;  ///< "server.ListenOverflows", …
};

struct PopulationResult {
    Series series;
    PopulationTotals totals;
    Trace sample;                 ///< the first connection, recorded in full
    std::uint64_t events = 0;
    double twBytesPerSocket = 0;  ///< memory per TIME_WAIT socket at the peak
    std::size_t socketSlots = 0;  ///< full-socket slots both hosts allocated (recycled: bounded by concurrency)
    RunEnd runEnd = RunEnd::Quiescent;
};

/// The population scenario presets (tw_bucket_overflow, port_exhaustion, …) as workload + parameters.
/// Returns false when `name` is not a population scenario.
bool populationPreset(const std::string &name, RunConfig &config, PopulationConfig &workload);
bool isPopulationScenario(const std::string &name);

/// Applies `--opt` style options of a population run (rate, duration, clients, nat, closer, leak,
/// accept_rate, backlog, hold, request, response, syn_flood, tail, accepts); message on error.
std::optional<std::string> applyPopulationOption(PopulationConfig &w, const std::string &key, const std::string &value);

/// Applies every option of a map (connections last: it depends on the rate); the first error, if any.
std::optional<std::string> applyPopulationOptions(PopulationConfig &w, const std::map<std::string, std::string> &options);

/// Runs the workload. `progress` (0..1) is called from the simulating thread; `cancel` may be set
/// from any thread.
PopulationResult simulatePopulation(const RunConfig &config, const PopulationConfig &workload,
                                    const std::atomic<bool> *cancel = nullptr,
                                    const std::function<void(double)> &progress = {});

} // namespace closelab
