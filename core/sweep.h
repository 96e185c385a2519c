// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"
#include "population.h"
#include "scenario.h"
#include "sysctltable.h"
#include "tcpstate.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace closelab {

/// Network fields a sweep can vary (not sysctls).
enum class NetworkField : std::uint8_t { Delay, Jitter, Loss, LossC2S, LossS2C, Duplicate };
inline constexpr int kNetworkFieldCount = 6;

/// What a sweep varies: a sysctl (both hosts, or one) or a network field.
using SweepParameter = std::variant<SysctlId, NetworkField>;

/// Which host a sysctl is set on (network fields ignore it).
enum class SweepHost : std::uint8_t { Both, Client, Server };

/// What is measured at each point. The first four read a single-connection run's summary; the rest
/// read a population run (scenario group Population).
enum class SweepMetric : std::uint8_t {
    GoneTime,         ///< seconds from the call until `side`'s socket is gone (NaN: still there at the end)
    Retransmissions,  ///< segments `side` retransmitted, of one kind or all
    RstsSent,         ///< RSTs `side` sent
    FinalState,       ///< `side`'s last state, as the TcpState number
    TimeWaitPlateau,  ///< most TIME_WAIT sockets (both hosts) in the last 10 s of the arrivals
    TimeWaitPeak,     ///< most TIME_WAIT sockets (both hosts) at one sample
    ConnectFailures,  ///< connect() calls that failed, any errno
    OrphansPeak,      ///< most orphaned sockets (both hosts) at one sample
    AcceptQueueDrops, ///< SYNs and ACKs the server's listener dropped (ListenDrops)
    SynRecvPeak,      ///< most requests in the server's SYN queue at one sample
};
inline constexpr int kSweepMetricCount = 10;
bool isPopulationMetric(SweepMetric m);
bool metricHasSide(SweepMetric m);       ///< the four single-connection metrics
std::string_view sweepMetricName(SweepMetric m); ///< "gone_time", "retransmissions", …
std::optional<SweepMetric> sweepMetricFromName(std::string_view name);

/// One outcome to plot: a metric, the side it is read on and, for retransmissions, the kind.
struct SweepOutcome {
    SweepMetric metric = SweepMetric::GoneTime;
    Side side = Side::Client;
    std::optional<RetransKind> kind; ///< Retransmissions only: nullopt counts every kind
    bool operator==(const SweepOutcome &) const = default;
};

/// Everything measured at one point, so that the plotted outcome changes without running again.
struct SweepPoint {
    double value = 0;                          ///< the parameter's value at this point (seconds for delay/jitter)
    // Single-connection runs
    std::array<std::optional<double>, 2> goneAt{}; ///< seconds, by Side; nullopt while the socket lives
    std::array<std::array<int, kRetransKindCount>, 2> retransmissions{}; ///< by Side, by RetransKind
    std::array<int, 2> rstSent{};
    std::array<TcpState, 2> finalState{TcpState::Closed, TcpState::Closed};
    // Population runs
    double timeWaitPlateau = 0;
    double timeWaitPeak = 0;
    double connectFailures = 0;
    double orphansPeak = 0;
    double acceptQueueDrops = 0;
    double synRecvPeak = 0;
    RunEnd runEnd = RunEnd::Quiescent;
    bool operator==(const SweepPoint &) const = default;
};

/// A sweep: the experiment, the parameter and its range. Give `step` or `count` (step wins when both
/// are set). Integer parameters (every sysctl) step in whole numbers.
struct SweepSpec {
    RunConfig config;
    SweepParameter parameter = SysctlId::TcpOrphanRetries;
    SweepHost host = SweepHost::Both;
    double from = 0;
    double to = 8;
    std::optional<double> step;
    int count = 0;
    bool operator==(const SweepSpec &) const = default;
};

inline constexpr int kMaxSweepPoints = 201;

struct SweepResult {
    SweepSpec spec;
    bool population = false;        ///< the points measured population runs
    std::vector<SweepPoint> points; ///< in the order of sweepValues(spec); fewer when cancelled
    bool cancelled = false;
};

/// The parameter's key: "net.ipv4.tcp_orphan_retries", or the run option of a network field
/// ("delay", "jitter", "loss", "loss-c2s", "loss-s2c", "duplicate").
std::string sweepParameterKey(const SweepParameter &p);
/// Parses a key as sweepParameterKey() prints it; nullopt when unknown (two-value sysctls take
/// "net.ipv4.ip_local_port_range.low" / ".high").
std::optional<SweepParameter> sweepParameterFromKey(std::string_view key);
bool isIntegerParameter(const SweepParameter &p);
double parameterMin(const SweepParameter &p);
double parameterMax(const SweepParameter &p);
/// "s", "count", "sockets", … (the sysctl table's units; "s" for delay and jitter, "probability" for the rest).
std::string_view parameterUnit(const SweepParameter &p);
/// The value the experiment runs with (the population scenario's own defaults included), on `host`
/// (the client's for Both).
double currentValue(const RunConfig &config, const SweepParameter &p, SweepHost host);
/// `config` with the parameter at `value` (sysctls set explicitly on `host`); false when out of range.
bool applySweepValue(RunConfig &config, const SweepParameter &p, SweepHost host, double value);
/// The run option that sets the parameter ("set", "set-client", "delay", …) and its value text
/// ("net.ipv4.tcp_orphan_retries=3", "0.05"), as closelab-cli and applyRunOption() take them.
/// The other port of ip_local_port_range comes from `config`.
std::pair<std::string, std::string> sweepRunOption(const RunConfig &config, const SweepParameter &p, SweepHost host, double value);

/// Parses "FROM:TO", "FROM:TO:STEP" or "FROM:TO/COUNT" into the spec's range; a message naming the
/// part that is wrong otherwise (the spec is unchanged then).
std::optional<std::string> parseSweepRange(std::string_view text, SweepSpec &spec);

/// Checks the experiment, the range against the parameter's limits and the number of points; a
/// one-line message naming the field and what is allowed.
std::optional<std::string> validateSweep(const SweepSpec &spec);
/// The parameter values, from `from` towards `to`. Precondition: validateSweep() returned nothing.
std::vector<double> sweepValues(const SweepSpec &spec);

/// Runs the experiment once per value, deterministically (each point uses the config's seed).
/// `progress` (0..1) is called from the running thread; `cancel` may be set from any thread: the
/// points measured so far are returned with `cancelled` set. Precondition: validateSweep() passed.
SweepResult runSweep(const SweepSpec &spec, const std::atomic<bool> *cancel = nullptr,
                     const std::function<void(double)> &progress = {});

/// The outcome's value at a point: NaN when it does not apply (a socket never gone, a population
/// metric of a single-connection sweep).
double outcomeValue(const SweepPoint &point, const SweepOutcome &outcome, bool population);

/// The table as CSV: the parameter's key, then every outcome of the sweep's kind (single-connection:
/// gone times in seconds, retransmissions, RSTs and final state per side; population: the population
/// outcomes), one row per point. Empty cells where an outcome has no value (a socket never gone).
std::string sweepToCsv(const SweepResult &result);

/// True when `a` and `b` differ only in the swept parameter (the sweep still describes `b`).
bool sameExceptParameter(const RunConfig &a, const RunConfig &b, const SweepParameter &p, SweepHost host);

} // namespace closelab
