// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace closelab {

/// Every parameter the engine reads. Adding one here (and to the table in sysctltable.cpp) makes it
/// reachable from `closelab-cli --set`, the parameter panel and the `/proc/sys` reader.
enum class SysctlId : std::uint8_t {
    TcpFinTimeout,
    TcpOrphanRetries,
    TcpRetries1,
    TcpRetries2,
    TcpRtoMinUs,
    TcpRtoMaxMs,
    TcpEarlyRetrans,
    TcpMaxTwBuckets,
    TcpTwReuse,
    TcpTwReuseDelay,
    TcpTwRecycle,
    TcpTimestamps,
    IpLocalPortRangeLow,
    IpLocalPortRangeHigh,
    TcpSynRetries,
    TcpSynLinearTimeouts,
    TcpSynackRetries,
    TcpMaxSynBacklog,
    TcpSyncookies,
    TcpAbortOnOverflow,
    Somaxconn,
    TcpKeepaliveTime,
    TcpKeepaliveIntvl,
    TcpKeepaliveProbes,
    TcpMaxOrphans,
    UlimitNofile,
};
inline constexpr int kSysctlCount = static_cast<int>(SysctlId::UlimitNofile) + 1;

/// Groups, in the order the parameter panel shows them.
enum class SysctlGroup : std::uint8_t { CloseAndRetransmission, TimeWaitAndPorts, HandshakeAndQueues, Keepalive, Limits };
std::string_view sysctlGroupName(SysctlGroup g); ///< "close", "time_wait", "handshake", "keepalive", "limits"

/// One row of the table. `key` is the name under /proc/sys with dots (`net.ipv4.tcp_fin_timeout`).
/// `ip_local_port_range` is one key with two rows (component 0 = low, 1 = high).
struct SysctlInfo {
    SysctlId id;
    std::string_view key;
    int component;           ///< 0, or 1 for the second value of a two-value sysctl
    std::int64_t defaultValue; ///< what a 6.x kernel shows in a fresh network namespace
    std::int64_t min;
    std::int64_t max;
    std::string_view unit;   ///< "s", "ms", "us", "count", "bool", "mode", "port", "sockets"
    SysctlGroup group;
    bool perNamespace;       ///< settable inside a network namespace
    bool legacyOnly;         ///< exists only on old kernels (tcp_tw_recycle: removed in 4.12)
    bool isSysctl;           ///< false for process limits such as `ulimit -n`
};

/// The whole table, in display order.
std::span<const SysctlInfo> sysctlTable();
const SysctlInfo &sysctlInfo(SysctlId id);
/// Rows whose key is `key` (two for ip_local_port_range, else one, or none when unknown).
std::span<const SysctlInfo> sysctlRowsForKey(std::string_view key);

/// A full set of parameter values. Starts at the table's defaults.
class Sysctls {
public:
    Sysctls();
    std::int64_t get(SysctlId id) const { return m_values[static_cast<int>(id)]; }
    /// Sets a value; returns false (and changes nothing) when it is outside the table's range.
    bool set(SysctlId id, std::int64_t value);
    /// Parses `key=value` (value "A B" or "A-B" for two-value keys). On failure returns a one-line
    /// message naming the key and what is allowed, and changes nothing.
    std::optional<std::string> setFromText(std::string_view assignment);
    /// The value as /proc/sys shows it ("32768 60999" for the port range).
    std::string valueText(std::string_view key) const;
    bool isDefault(SysctlId id) const;
    /// True when set() or setFromText() chose this value (a scenario's own defaults do not override it).
    bool isExplicit(SysctlId id) const { return (m_explicit >> static_cast<int>(id)) & 1u; }
    /// A scenario's default for a parameter the user did not choose.
    void setScenarioDefault(SysctlId id, std::int64_t value);
    bool operator==(const Sysctls &) const = default;

private:
    std::array<std::int64_t, kSysctlCount> m_values{};
    std::uint64_t m_explicit = 0;
};

} // namespace closelab
