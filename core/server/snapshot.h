// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace closelab::server {

/// The text formats a server snapshot is read from. Detected from the text itself (detectFormat()).
enum class InputFormat : std::uint8_t {
    Unknown,
    SsTan,          ///< `ss -tan` (also -tn, -ta, -t4an, with or without a Process column)
    SsTano,         ///< `ss -tano`: `ss -tan` with `timer:(…)` columns
    SsLtn,          ///< `ss -ltn`: listeners only, Recv-Q = accept queue, Send-Q = backlog
    SsSummary,      ///< `ss -s`
    NetstatAnt,     ///< `netstat -ant` (also -tan, -antp)
    NetstatS,       ///< `netstat -s` (English wording of net-tools 2.10)
    Nstat,          ///< `nstat -a`, `nstat -az`, `nstat` (absolute or delta, named Group+Name)
    ProcSockstat,   ///< /proc/net/sockstat (and sockstat6)
    ProcNetstat,    ///< /proc/net/netstat: header line / value line pairs
    ProcSnmp,       ///< /proc/net/snmp: same layout, Ip/Icmp/Tcp/Udp groups
    ProcTcp,        ///< /proc/net/tcp: hex addresses and states (tcp_ipv4.c: get_tcp4_sock())
    ProcTcp6,       ///< /proc/net/tcp6 (tcp_ipv6.c: get_tcp6_sock())
    Sysctl,         ///< `sysctl -a` or any `key = value` lines
    UlimitN,        ///< `ulimit -n`: one number (or "unlimited")
    Dmesg,          ///< kernel log lines
};
/// Stable name used in the JSON ("ss-tan", "netstat-s", …).
std::string_view formatName(InputFormat f);

/// A line that was not understood: kept for the user (never fatal).
struct UnrecognisedLine {
    std::int64_t line = 0;   ///< 1-based line number in its input
    std::string text;        ///< the line, cut to 200 bytes
};

/// One input as read.
struct InputSummary {
    std::string file;                       ///< the name the user gave ("-" for standard input)
    InputFormat format = InputFormat::Unknown;
    std::int64_t lines = 0;                 ///< non-empty lines
    std::int64_t unrecognised = 0;          ///< lines not understood
    std::vector<UnrecognisedLine> samples;  ///< the first kMaxUnrecognisedSamples of them
};
inline constexpr std::size_t kMaxUnrecognisedSamples = 20;

/// Sockets toward one remote endpoint (ip:port as the kernel prints it; IPv6 in brackets).
struct Destination {
    std::string remote;
    std::map<std::string, std::int64_t> states;  ///< kernel state names
    std::int64_t portsInUse = 0;                 ///< sockets whose local port lies in ip_local_port_range
};

/// A listening socket: for LISTEN, ss shows the accept queue's length as Recv-Q and the backlog as Send-Q
/// (tcp_diag.c: tcp_diag_get_info(): rqueue = sk_ack_backlog, wqueue = sk_max_ack_backlog).
struct Listener {
    std::string local;
    std::int64_t recvQ = 0;
    std::optional<std::int64_t> backlog;   ///< from ss (Send-Q); netstat and /proc/net/tcp do not show it
    bool operator==(const Listener &) const = default;
};

/// `ss -s` / /proc/net/sockstat figures (host-wide, or the namespace's).
struct SockstatFigures {
    std::optional<std::int64_t> inuse, orphan, tw, alloc, mem;
};

/// Everything read from one or more inputs, combined. Socket tables from several inputs are not added
/// together: the first socket table (ss, netstat -ant or /proc/net/tcp + tcp6) counts, later ones are
/// read and listed but do not change the counts (they describe the same sockets).
struct Snapshot {
    std::vector<InputSummary> inputs;
    bool haveSocketTable = false;
    std::map<std::string, std::int64_t> states;           ///< sockets per kernel state name
    std::map<std::string, Destination> destinations;      ///< by remote endpoint (connected sockets only)
    std::vector<Listener> listeners;
    std::map<std::string, std::int64_t> counters;         ///< "TcpExt.ListenOverflows", "Tcp.ActiveOpens", …
    std::map<std::string, std::string> sysctls;           ///< key as in sysctl -a, value with single spaces
    std::optional<std::int64_t> fdLimit;                  ///< ulimit -n
    SockstatFigures sockstat;
    std::vector<std::string> kernelMessages;              ///< dmesg lines about TCP (time wait overflow, SYN flooding, orphans)
    /// ss -tano: TIME_WAIT timers' remaining seconds, min and max (for the connection-rate estimate).
    std::optional<double> timeWaitRemainingMin, timeWaitRemainingMax;

    std::int64_t state(std::string_view name) const;
    std::optional<std::int64_t> counter(std::string_view name) const;
    std::optional<std::string> sysctl(std::string_view key) const;
    /// A sysctl as a number: the snapshot's value, else the engine's default (core/sysctltable);
    /// `component` 1 for the high end of ip_local_port_range.
    std::int64_t sysctlNumber(std::string_view key, int component = 0) const;
    bool hasSysctl(std::string_view key) const { return sysctls.count(std::string(key)) > 0; }
    /// Ports in ip_local_port_range (high - low + 1).
    std::int64_t portRangeSize() const;
    std::int64_t totalSockets() const;
};

/// Kernel state name ("TIME_WAIT") for the spellings of ss ("TIME-WAIT", "ESTAB", "UNCONN"), netstat
/// ("FIN_WAIT1") and /proc/net/tcp's hex numbers ("06"); empty when not a state.
std::string_view kernelStateName(std::string_view text);
/// The state names in the kernel's order (include/net/tcp_states.h).
const std::vector<std::string_view> &kernelStateNames();

} // namespace closelab::server
