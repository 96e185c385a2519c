// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simtime.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace closelab {

/// A scripted drop: `DIR:MATCH[:WHEN]`, e.g. `s2c:any`, `c2s:ack:n=2`, `s2c:data:from=0.5`.
struct DropRule {
    enum class Direction : std::uint8_t { ClientToServer, ServerToClient };
    enum class Match : std::uint8_t { Any, Syn, SynAck, Ack, Fin, Rst, Data };
    enum class When : std::uint8_t { All, First, Nth, From, Until };
    Direction dir = Direction::ClientToServer;
    Match match = Match::Any;
    When when = When::All;
    int n = 0;            ///< for Nth: the K-th matching segment only (1-based)
    SimTime time = 0;     ///< for From/Until
    bool operator==(const DropRule &) const = default;
};

/// Parses one rule; on failure returns a one-line message naming the part that is wrong and what is allowed.
std::optional<std::string> parseDropRule(std::string_view text, DropRule &out);
/// The canonical text of a rule (parseDropRule(ruleText(r)) == r).
std::string ruleText(const DropRule &r);

/// A stateful middlebox between the hosts that forgets idle connections.
struct FirewallConfig {
    enum class Action : std::uint8_t { Drop, Reset };
    SimTime idleTimeout = 0; ///< 0 = no firewall
    Action action = Action::Drop;
    bool operator==(const FirewallConfig &) const = default;
};

/// The network between the two hosts.
struct NetworkConfig {
    SimTime delay = 500 * kUs; ///< one-way delay (a LAN by default; loopback is about 4 µs)
    SimTime jitter = 0;        ///< uniform extra delay in [0, jitter]; segments are never reordered by it
    double lossC2S = 0.0;      ///< probability in [0, 1]
    double lossS2C = 0.0;
    double duplicate = 0.0;    ///< probability that a segment is delivered twice
    std::vector<DropRule> drops;
    FirewallConfig firewall;
    bool operator==(const NetworkConfig &) const = default;
};

inline constexpr SimTime kMinDelay = 1 * kUs;
/// A one-way delay this small means both ends are on one host (tcp_tw_reuse = 2 applies to loopback only).
inline constexpr SimTime kLoopbackDelay = 25 * kUs;
inline constexpr SimTime kMaxDelay = 500 * kMs;

} // namespace closelab
