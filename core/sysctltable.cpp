// SPDX-License-Identifier: GPL-3.0-or-later
#include "sysctltable.h"

#include <array>
#include <charconv>
#include <string>

namespace closelab {
namespace {

using G = SysctlGroup;
using I = SysctlId;

// Defaults are what Linux 6.18 shows in a fresh network namespace (../shared/kernel/observations.json,
// sysctls_in_netns); ranges are the kernel's own limits where it has them (sysctl_net_ipv4.c), otherwise
// a range that keeps the simulation meaningful.
constexpr std::array<SysctlInfo, kSysctlCount> kTable = {{
    {I::TcpFinTimeout, "net.ipv4.tcp_fin_timeout", 0, 60, 1, 600, "s", G::CloseAndRetransmission, true, false, true},
    {I::TcpOrphanRetries, "net.ipv4.tcp_orphan_retries", 0, 0, 0, 20, "count", G::CloseAndRetransmission, true, false, true},
    {I::TcpRetries1, "net.ipv4.tcp_retries1", 0, 3, 0, 255, "count", G::CloseAndRetransmission, true, false, true},
    {I::TcpRetries2, "net.ipv4.tcp_retries2", 0, 15, 0, 255, "count", G::CloseAndRetransmission, true, false, true},
    // sysctl_net_ipv4.c: tcp_rto_min_us (1 .. INT_MAX), tcp_rto_max_ms (1000 .. 120000)
    {I::TcpRtoMinUs, "net.ipv4.tcp_rto_min_us", 0, 200000, 1000, 120000000, "us", G::CloseAndRetransmission, true, false, true},
    {I::TcpRtoMaxMs, "net.ipv4.tcp_rto_max_ms", 0, 120000, 1000, 120000, "ms", G::CloseAndRetransmission, true, false, true},
    {I::TcpEarlyRetrans, "net.ipv4.tcp_early_retrans", 0, 3, 0, 4, "mode", G::CloseAndRetransmission, true, false, true},
    {I::TcpMaxTwBuckets, "net.ipv4.tcp_max_tw_buckets", 0, 131072, 0, 16777216, "sockets", G::TimeWaitAndPorts, true, false, true},
    {I::TcpTwReuse, "net.ipv4.tcp_tw_reuse", 0, 2, 0, 2, "mode", G::TimeWaitAndPorts, true, false, true},
    {I::TcpTwReuseDelay, "net.ipv4.tcp_tw_reuse_delay", 0, 1000, 1, 86400000, "ms", G::TimeWaitAndPorts, true, false, true},
    {I::TcpTwRecycle, "net.ipv4.tcp_tw_recycle", 0, 0, 0, 1, "bool", G::TimeWaitAndPorts, true, true, true},
    {I::TcpTimestamps, "net.ipv4.tcp_timestamps", 0, 1, 0, 2, "mode", G::TimeWaitAndPorts, true, false, true},
    {I::IpLocalPortRangeLow, "net.ipv4.ip_local_port_range", 0, 32768, 1, 65535, "port", G::TimeWaitAndPorts, true, false, true},
    {I::IpLocalPortRangeHigh, "net.ipv4.ip_local_port_range", 1, 60999, 1, 65535, "port", G::TimeWaitAndPorts, true, false, true},
    {I::TcpSynRetries, "net.ipv4.tcp_syn_retries", 0, 6, 1, 127, "count", G::HandshakeAndQueues, true, false, true},
    {I::TcpSynLinearTimeouts, "net.ipv4.tcp_syn_linear_timeouts", 0, 4, 0, 16, "count", G::HandshakeAndQueues, true, false, true},
    {I::TcpSynackRetries, "net.ipv4.tcp_synack_retries", 0, 5, 1, 255, "count", G::HandshakeAndQueues, true, false, true},
    {I::TcpMaxSynBacklog, "net.ipv4.tcp_max_syn_backlog", 0, 2048, 1, 1048576, "sockets", G::HandshakeAndQueues, true, false, true},
    {I::TcpSyncookies, "net.ipv4.tcp_syncookies", 0, 1, 0, 2, "mode", G::HandshakeAndQueues, true, false, true},
    {I::TcpAbortOnOverflow, "net.ipv4.tcp_abort_on_overflow", 0, 0, 0, 1, "bool", G::HandshakeAndQueues, true, false, true},
    {I::Somaxconn, "net.core.somaxconn", 0, 4096, 1, 2147483647, "sockets", G::HandshakeAndQueues, true, false, true},
    {I::TcpKeepaliveTime, "net.ipv4.tcp_keepalive_time", 0, 7200, 1, 32767, "s", G::Keepalive, true, false, true},
    {I::TcpKeepaliveIntvl, "net.ipv4.tcp_keepalive_intvl", 0, 75, 1, 32767, "s", G::Keepalive, true, false, true},
    {I::TcpKeepaliveProbes, "net.ipv4.tcp_keepalive_probes", 0, 9, 1, 127, "count", G::Keepalive, true, false, true},
    // Not per namespace: a fresh namespace shows no value; the root namespace of the reference machine
    // showed 131072 (it scales with memory).
    {I::TcpMaxOrphans, "net.ipv4.tcp_max_orphans", 0, 131072, 0, 16777216, "sockets", G::Limits, false, false, true},
    {I::UlimitNofile, "ulimit.nofile", 0, 1024, 8, 1048576, "fds", G::Limits, false, false, false},
}};

bool parseInt(std::string_view text, std::int64_t &out)
{
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty()) return false;
    const char *end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && p == end;
}

std::string rangeText(const SysctlInfo &i)
{
    return std::to_string(i.min) + ".." + std::to_string(i.max);
}

} // namespace

std::string_view sysctlGroupName(SysctlGroup g)
{
    switch (g) {
    case G::CloseAndRetransmission: return "close";
    case G::TimeWaitAndPorts: return "time_wait";
    case G::HandshakeAndQueues: return "handshake";
    case G::Keepalive: return "keepalive";
    case G::Limits: return "limits";
    }
    return "?";
}

std::span<const SysctlInfo> sysctlTable() { return kTable; }

const SysctlInfo &sysctlInfo(SysctlId id) { return kTable[static_cast<int>(id)]; }

std::span<const SysctlInfo> sysctlRowsForKey(std::string_view key)
{
    for (std::size_t i = 0; i < kTable.size(); ++i) {
        if (kTable[i].key == key) {
            std::size_t n = 1;
            while (i + n < kTable.size() && kTable[i + n].key == key) ++n;
            return std::span<const SysctlInfo>(kTable.data() + i, n);
        }
    }
    return {};
}

Sysctls::Sysctls()
{
    for (const SysctlInfo &i : kTable) m_values[static_cast<int>(i.id)] = i.defaultValue;
}

bool Sysctls::set(SysctlId id, std::int64_t value)
{
    const SysctlInfo &i = sysctlInfo(id);
    if (value < i.min || value > i.max) return false;
    m_values[static_cast<int>(id)] = value;
    m_explicit |= std::uint64_t{1} << static_cast<int>(id);
    return true;
}

void Sysctls::setScenarioDefault(SysctlId id, std::int64_t value)
{
    if (isExplicit(id)) return;
    const SysctlInfo &i = sysctlInfo(id);
    if (value >= i.min && value <= i.max) m_values[static_cast<int>(id)] = value;
}

bool Sysctls::isDefault(SysctlId id) const { return get(id) == sysctlInfo(id).defaultValue; }

std::optional<std::string> Sysctls::setFromText(std::string_view assignment)
{
    const auto eq = assignment.find('=');
    if (eq == std::string_view::npos)
        return "--set expects KEY=VALUE, got '" + std::string(assignment) + "'";
    const std::string_view key = assignment.substr(0, eq);
    std::string_view value = assignment.substr(eq + 1);
    const auto rows = sysctlRowsForKey(key);
    if (rows.empty())
        return "unknown parameter '" + std::string(key) + "' (closelab-cli params lists them)";
    std::array<std::int64_t, 2> parsed{};
    if (rows.size() == 2) {
        auto sep = value.find_first_of(" \t-");
        if (sep == std::string_view::npos || !parseInt(value.substr(0, sep), parsed[0])
            || !parseInt(value.substr(sep + 1), parsed[1]))
            return std::string(key) + ": expected two integers 'LOW HIGH' or 'LOW-HIGH', got '" + std::string(value) + "'";
        if (parsed[0] > parsed[1])
            return std::string(key) + ": the low port must not exceed the high port";
    } else if (!parseInt(value, parsed[0])) {
        return std::string(key) + ": expected an integer in " + rangeText(rows[0]) + ", got '" + std::string(value) + "'";
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (parsed[i] < rows[i].min || parsed[i] > rows[i].max)
            return std::string(key) + ": " + std::to_string(parsed[i]) + " is out of range " + rangeText(rows[i])
                + " (" + std::string(rows[i].unit) + ")";
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        m_values[static_cast<int>(rows[i].id)] = parsed[i];
        m_explicit |= std::uint64_t{1} << static_cast<int>(rows[i].id);
    }
    return std::nullopt;
}

std::string Sysctls::valueText(std::string_view key) const
{
    std::string out;
    for (const SysctlInfo &r : sysctlRowsForKey(key)) {
        if (!out.empty()) out += ' ';
        out += std::to_string(get(r.id));
    }
    return out;
}

} // namespace closelab
