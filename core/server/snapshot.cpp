// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "core/sysctltable.h"

#include <array>
#include <charconv>
#include <utility>

namespace closelab::server {

std::string_view formatName(InputFormat f)
{
    switch (f) {
    case InputFormat::Unknown: return "unknown";
    case InputFormat::SsTan: return "ss-tan";
    case InputFormat::SsTano: return "ss-tano";
    case InputFormat::SsLtn: return "ss-ltn";
    case InputFormat::SsSummary: return "ss-s";
    case InputFormat::NetstatAnt: return "netstat-ant";
    case InputFormat::NetstatS: return "netstat-s";
    case InputFormat::Nstat: return "nstat";
    case InputFormat::ProcSockstat: return "proc-sockstat";
    case InputFormat::ProcNetstat: return "proc-netstat";
    case InputFormat::ProcSnmp: return "proc-snmp";
    case InputFormat::ProcTcp: return "proc-tcp";
    case InputFormat::ProcTcp6: return "proc-tcp6";
    case InputFormat::Sysctl: return "sysctl";
    case InputFormat::UlimitN: return "ulimit-n";
    case InputFormat::Dmesg: return "dmesg";
    }
    return "unknown";
}

const std::vector<std::string_view> &kernelStateNames()
{
    // include/net/tcp_states.h, in its order (TCP_ESTABLISHED = 1 … TCP_NEW_SYN_RECV = 12)
    static const std::vector<std::string_view> names = {"ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1",
                                                       "FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT",
                                                       "LAST_ACK", "LISTEN", "CLOSING"};
    return names;
}

std::string_view kernelStateName(std::string_view text)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 34> kSpellings = {{
        // ss (misc/ss.c: sstate_name[])
        {"ESTAB", "ESTABLISHED"}, {"SYN-SENT", "SYN_SENT"}, {"SYN-RECV", "SYN_RECV"}, {"FIN-WAIT-1", "FIN_WAIT1"},
        {"FIN-WAIT-2", "FIN_WAIT2"}, {"TIME-WAIT", "TIME_WAIT"}, {"UNCONN", "CLOSE"}, {"CLOSE-WAIT", "CLOSE_WAIT"},
        {"LAST-ACK", "LAST_ACK"}, {"LISTEN", "LISTEN"}, {"CLOSING", "CLOSING"},
        // netstat (net-tools netstat.c: tcp_state[]) and the kernel's own names
        {"ESTABLISHED", "ESTABLISHED"}, {"SYN_SENT", "SYN_SENT"}, {"SYN_RECV", "SYN_RECV"}, {"FIN_WAIT1", "FIN_WAIT1"},
        {"FIN_WAIT2", "FIN_WAIT2"}, {"TIME_WAIT", "TIME_WAIT"}, {"CLOSE", "CLOSE"}, {"CLOSE_WAIT", "CLOSE_WAIT"},
        {"LAST_ACK", "LAST_ACK"}, {"FIN_WAIT_1", "FIN_WAIT1"}, {"FIN_WAIT_2", "FIN_WAIT2"}, {"CLOSED", "CLOSE"},
        // /proc/net/tcp: the state number in hex (tcp_states.h; 0C is TCP_NEW_SYN_RECV, a request socket)
        {"01", "ESTABLISHED"}, {"02", "SYN_SENT"}, {"03", "SYN_RECV"}, {"04", "FIN_WAIT1"}, {"05", "FIN_WAIT2"},
        {"06", "TIME_WAIT"}, {"07", "CLOSE"}, {"08", "CLOSE_WAIT"}, {"09", "LAST_ACK"}, {"0A", "LISTEN"},
        {"0B", "CLOSING"},
    }};
    for (const auto &[spelling, name] : kSpellings)
        if (spelling == text) return name;
    if (text == "0C") return "SYN_RECV";
    return {};
}

std::int64_t Snapshot::state(std::string_view name) const
{
    auto it = states.find(std::string(name));
    return it == states.end() ? 0 : it->second;
}

std::optional<std::int64_t> Snapshot::counter(std::string_view name) const
{
    auto it = counters.find(std::string(name));
    if (it == counters.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> Snapshot::sysctl(std::string_view key) const
{
    auto it = sysctls.find(std::string(key));
    if (it == sysctls.end()) return std::nullopt;
    return it->second;
}

std::int64_t Snapshot::sysctlNumber(std::string_view key, int component) const
{
    if (auto v = sysctl(key)) {
        std::string_view text = *v;
        for (int c = 0; c <= component; ++c) {
            while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
            std::int64_t n = 0;
            auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
            if (ec != std::errc()) break;
            if (c == component) return n;
            text.remove_prefix(static_cast<std::size_t>(p - text.data()));
        }
    }
    for (const SysctlInfo &row : sysctlRowsForKey(key))
        if (row.component == component) return row.defaultValue;
    return 0;
}

std::int64_t Snapshot::portRangeSize() const
{
    const std::int64_t low = sysctlNumber("net.ipv4.ip_local_port_range", 0);
    const std::int64_t high = sysctlNumber("net.ipv4.ip_local_port_range", 1);
    return high >= low ? high - low + 1 : 0;
}

std::int64_t Snapshot::totalSockets() const
{
    std::int64_t n = 0;
    for (const auto &[name, count] : states) n += count;
    return n;
}

} // namespace closelab::server
