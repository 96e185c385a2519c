// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network.h"
#include "simtime.h"
#include "sysctltable.h"
#include "trace.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace closelab {

/// Groups of the scenario library (the browser shows them in this order).
enum class ScenarioGroup : std::uint8_t { NormalClose, RetransmissionAndTimeouts, TimeWaitAndPorts, Rst, HandshakeAndQueues, KeepaliveAndMiddleboxes, Population };
std::string_view scenarioGroupName(ScenarioGroup g);

/// A scenario option (`--opt key=value`).
struct ScenarioOption {
    std::string_view key;
    std::string_view defaultValue;
    std::string_view allowed; ///< what is allowed, for error messages ("close|shutdown", "seconds >= 0")
};

/// One bit per TcpState, for EndStates.
constexpr std::uint16_t stateBit(TcpState s) { return static_cast<std::uint16_t>(1u << static_cast<unsigned>(s)); }

/// Where a story may leave each side's connection sockets (listeners aside): besides gone, the states a
/// socket with no timer running may be in when the run ends by itself or at the default horizon, on an
/// ideal network (no loss, duplication, jitter, drop rules or firewall of the user's; whatever parameters
/// and options). A socket whose timer still runs at the horizon is in flight, not resting. A mask of
/// stateBit()s; core/invariants.cpp checks it ("end_state").
struct EndStates {
    std::uint16_t client = 0;
    std::uint16_t server = 0;
};

/// A library entry. Names are the CLI's. No sentences here: the views translate by name.
struct ScenarioInfo {
    std::string_view name;
    ScenarioGroup group;
    std::string_view seed;    ///< the seed article it comes from ("000"…"004"), or "" if none
    std::string_view summary; ///< one line, English, for `closelab-cli list` only (the GUI translates by name)
    std::vector<ScenarioOption> options;
    EndStates endStates;      ///< where the story may leave its sockets
};

std::span<const ScenarioInfo> scenarioLibrary();
const ScenarioInfo *findScenario(std::string_view name);

/// Everything a run depends on. The same RunConfig gives the same Trace, byte for byte.
struct RunConfig {
    std::string scenario = "normal_close";
    std::map<std::string, std::string> options; ///< scenario options; missing ones take their defaults
    Sysctls sysctls;                      ///< both hosts' parameters (the client's when the server has its own)
    std::optional<Sysctls> serverSysctls; ///< the server's own parameters (--set-server), if they differ
    NetworkConfig network;
    std::uint64_t seed = 1;
    std::optional<SimTime> until;   ///< horizon; default: until both sides are gone, at most 2 h
    std::uint64_t eventBudget = 1'000'000;
    bool operator==(const RunConfig &) const = default;
};

inline constexpr SimTime kDefaultHorizon = 2 * 3600 * kSec;

/// Checks the scenario name and its options; returns a one-line message on the first problem.
std::optional<std::string> validate(const RunConfig &config);

/// Runs the scenario. Precondition: validate(config) returned nothing.
Trace simulate(const RunConfig &config);

} // namespace closelab
