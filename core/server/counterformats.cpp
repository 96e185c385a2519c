// SPDX-License-Identifier: GPL-3.0-or-later
// Counters: netstat -s, nstat, /proc/net/netstat and /proc/net/snmp, /proc/net/sockstat, ss -s.

#include "snapshotreader.h"
#include "textlines.h"

#include <array>
#include <string>
#include <utility>

namespace closelab::server::detail {
namespace {

// netstat -s prints the kernel's counters in words (net-tools statistics.c); these are the sentences of the
// counters the diagnosis and the health view use, with '#' where the number stands. A counter net-tools
// has no sentence for is printed "Name: N" and is read as such.
constexpr std::pair<std::string_view, std::string_view> kNetstatSentences[] = {
    {"Tcp:# active connection openings", "ActiveOpens"},
    {"Tcp:# active connections openings", "ActiveOpens"},
    {"Tcp:# passive connection openings", "PassiveOpens"},
    {"Tcp:# passive connections openings", "PassiveOpens"},
    {"Tcp:# failed connection attempts", "AttemptFails"},
    {"Tcp:# connection resets received", "EstabResets"},
    {"Tcp:# connections established", "CurrEstab"},
    {"Tcp:# segments received", "InSegs"},
    {"Tcp:# segments sent out", "OutSegs"},
    {"Tcp:# segments send out", "OutSegs"},
    {"Tcp:# segments retransmitted", "RetransSegs"},
    {"Tcp:# segments retransmited", "RetransSegs"},
    {"Tcp:# bad segments received", "InErrs"},
    {"Tcp:# bad segments received.", "InErrs"},
    {"Tcp:# resets sent", "OutRsts"},
    {"TcpExt:# SYN cookies sent", "SyncookiesSent"},
    {"TcpExt:# SYN cookies received", "SyncookiesRecv"},
    {"TcpExt:# invalid SYN cookies received", "SyncookiesFailed"},
    {"TcpExt:# resets received for embryonic SYN_RECV sockets", "EmbryonicRsts"},
    {"TcpExt:# packets pruned from receive queue because of socket buffer overrun", "PruneCalled"},
    {"TcpExt:# TCP sockets finished time wait in fast timer", "TW"},
    {"TcpExt:# time wait sockets recycled by time stamp", "TWRecycled"},
    {"TcpExt:# TCP sockets finished time wait in slow timer", "TWKilled"},
    {"TcpExt:# passive connections rejected because of time stamp", "PAWSPassive"},
    {"TcpExt:# active connections rejected because of time stamp", "PAWSActive"},
    {"TcpExt:# packets rejects in established connections because of timestamp", "PAWSEstab"},
    {"TcpExt:# delayed acks sent", "DelayedACKs"},
    {"TcpExt:# delayed acks further delayed because of locked socket", "DelayedACKLocked"},
    {"TcpExt:# times the listen queue of a socket overflowed", "ListenOverflows"},
    {"TcpExt:# SYNs to LISTEN sockets dropped", "ListenDrops"},
    {"TcpExt:# SYNs to LISTEN sockets ignored", "ListenDrops"},
    {"TcpExt:# connections reset due to unexpected data", "TCPAbortOnData"},
    {"TcpExt:# connections reset due to early user close", "TCPAbortOnClose"},
    {"TcpExt:# connections aborted due to memory pressure", "TCPAbortOnMemory"},
    {"TcpExt:# connections aborted due to timeout", "TCPAbortOnTimeout"},
    {"TcpExt:# connections aborted after user close in linger timeout", "TCPAbortOnLinger"},
    {"TcpExt:# times unable to send RST due to no memory", "TCPAbortFailed"},
    {"TcpExt:# packet headers predicted", "TCPHPHits"},
    {"TcpExt:# acknowledgments not containing data payload received", "TCPPureAcks"},
    {"TcpExt:# predicted acknowledgments", "TCPHPAcks"},
    {"TcpExt:Quick ack mode was activated # times", "DelayedACKLost"},
    {"Ip:# total packets received", "InReceives"},
    {"Ip:# forwarded", "ForwDatagrams"},
    {"Ip:# incoming packets discarded", "InDiscards"},
    {"Ip:# incoming packets delivered", "InDelivers"},
    {"Ip:# requests sent out", "OutRequests"},
    {"Ip:# with invalid addresses", "InAddrErrors"},
    {"Ip:# with invalid headers", "InHdrErrors"},
    {"Ip:# outgoing packets dropped", "OutDiscards"},
    {"Ip:# dropped because of missing route", "OutNoRoutes"},
    {"Icmp:# ICMP messages received", "InMsgs"},
    {"Icmp:# input ICMP message failed", "InErrors"},
    {"Icmp:# input ICMP message failed.", "InErrors"},
    {"Icmp:# ICMP messages sent", "OutMsgs"},
    {"Icmp:# ICMP messages failed", "OutErrors"},
    {"Udp:# packets received", "InDatagrams"},
    {"Udp:# packets to unknown port received", "NoPorts"},
    {"Udp:# packets to unknown port received.", "NoPorts"},
    {"Udp:# packet receive errors", "InErrors"},
    {"Udp:# packets sent", "OutDatagrams"},
    {"Udp:# receive buffer errors", "RcvbufErrors"},
    {"Udp:# send buffer errors", "SndbufErrors"},
};

bool isNumber(std::string_view s) { return text::toInt(s).has_value(); }

void setCounter(LineContext &ctx, std::string_view group, std::string_view name, std::int64_t value)
{
    std::string key;
    key.reserve(group.size() + 1 + name.size());
    key += group;
    key += '.';
    key += name;
    ctx.snap.counters[key] = value;
}

// nstat (iproute2 misc/nstat.c) joins the group and the name: "TcpExtListenOverflows". Longest group first.
constexpr std::array<std::string_view, 17> kNstatGroups = {"MPTcpExt", "UdpLite6", "TcpExt", "IpExt",   "UdpLite",
                                                           "IcmpMsg",  "Icmp6",    "Udp6",   "Ip6",     "Icmp",
                                                           "Tcp",      "Udp",      "Ip",     "Sctp",    "XfrmStat",
                                                           "Ipv6",     "NoGroup"};

} // namespace

bool readNetstatSLine(std::string_view line, LineContext &ctx)
{
    if (text::trim(line).empty()) return true;
    if (!text::isSpace(line.front())) { // "Tcp:", "TcpExt:"
        const std::string_view g = text::trim(line);
        if (g.back() != ':' || g.find(' ') != std::string_view::npos) return false;
        ctx.group = std::string(g.substr(0, g.size() - 1));
        return true;
    }
    if (ctx.group.empty()) return false;
    const std::string_view body = text::trim(line);
    // "Name: N"
    if (const auto colon = body.find(": "); colon != std::string_view::npos && body.find(' ') == colon + 1) {
        if (const auto v = text::toInt(text::trim(body.substr(colon + 2)))) {
            setCounter(ctx, ctx.group, body.substr(0, colon), *v);
            return true;
        }
    }
    // ICMP histograms: "destination unreachable: 3" (no counter name to give it; understood, not kept)
    if (const auto colon = body.rfind(": "); colon != std::string_view::npos && text::toInt(text::trim(body.substr(colon + 2))))
        return true;
    // headings inside a group ("ICMP input histogram:", "TCPExt:") carry no number
    if (body.back() == ':' && body.find_first_of("0123456789") == std::string_view::npos) return true;
    // a sentence: the first number becomes '#'
    const auto digit = body.find_first_of("0123456789");
    if (digit == std::string_view::npos) return false;
    auto end = digit;
    while (end < body.size() && body[end] >= '0' && body[end] <= '9') ++end;
    if (digit > 0 && body[digit - 1] != ' ') return false;
    const auto value = text::toInt(body.substr(digit, end - digit));
    if (!value) return false;
    std::string pattern = ctx.group;
    pattern += ':';
    pattern += body.substr(0, digit);
    pattern += '#';
    pattern += body.substr(end);
    for (const auto &[sentence, name] : kNetstatSentences) {
        if (sentence == pattern) {
            setCounter(ctx, ctx.group, name, *value);
            return true;
        }
    }
    return false;
}

bool readNstatLine(std::string_view line, LineContext &ctx)
{
    thread_local std::vector<std::string_view> t;
    text::split(line, t);
    if (t.empty()) return true;
    if (t[0] == "#kernel" || text::startsWith(t[0], "#")) return true;
    if (t.size() < 2 || t.size() > 3) return false;
    const auto value = text::toInt(t[1]);
    if (!value) return false;
    for (std::string_view g : kNstatGroups) {
        if (text::startsWith(t[0], g) && t[0].size() > g.size()) {
            setCounter(ctx, g, t[0].substr(g.size()), *value);
            return true;
        }
    }
    return false;
}

bool readProcCountersLine(std::string_view line, LineContext &ctx)
{
    thread_local std::vector<std::string_view> t;
    text::split(line, t);
    if (t.empty()) return true;
    if (t[0].size() < 2 || t[0].back() != ':') return false;
    const std::string_view group = t[0].substr(0, t[0].size() - 1);
    const bool values = t.size() > 1 && isNumber(t[1]);
    if (!values) { // header line: remember the names
        ctx.group = std::string(group);
        ctx.names.assign(t.begin() + 1, t.end());
        return true;
    }
    if (ctx.group != group || ctx.names.size() != t.size() - 1) {
        ctx.names.clear();
        return false;
    }
    for (std::size_t i = 1; i < t.size(); ++i)
        if (const auto v = text::toInt(t[i])) setCounter(ctx, group, ctx.names[i - 1], *v);
    ctx.names.clear();
    return true;
}

bool readSockstatLine(std::string_view line, LineContext &ctx)
{
    thread_local std::vector<std::string_view> t;
    text::split(line, t);
    if (t.empty()) return true;
    if (t[0].size() < 2 || t[0].back() != ':') return false;
    if (t[0] == "sockets:") return t.size() == 3 && t[1] == "used" && isNumber(t[2]);
    if ((t.size() - 1) % 2 != 0) return false;
    SockstatFigures &f = ctx.snap.sockstat;
    for (std::size_t i = 1; i + 1 < t.size(); i += 2) {
        const auto v = text::toInt(t[i + 1]);
        if (!v) return false;
        if (t[0] != "TCP:") continue;
        if (t[i] == "inuse") f.inuse = *v;
        else if (t[i] == "orphan") f.orphan = *v;
        else if (t[i] == "tw") f.tw = *v;
        else if (t[i] == "alloc") f.alloc = *v;
        else if (t[i] == "mem") f.mem = *v;
    }
    return true;
}

bool readSsSummaryLine(std::string_view line, LineContext &ctx)
{
    thread_local std::vector<std::string_view> t;
    text::split(line, t);
    if (t.empty()) return true;
    if (t[0] == "Total:") return t.size() >= 2 && isNumber(t[1]);
    if (t[0] == "Transport") return true;
    if (t[0] == "TCP:") {
        // "TCP:   12 (estab 0, closed 11, orphaned 0, timewait 10)" (misc/ss.c: print_summary())
        for (std::size_t i = 2; i + 1 < t.size(); ++i) {
            std::string_view k = t[i];
            if (!k.empty() && k.front() == '(') k.remove_prefix(1);
            std::string_view v = t[i + 1];
            while (!v.empty() && (v.back() == ',' || v.back() == ')')) v.remove_suffix(1);
            const auto n = text::toInt(v);
            if (!n) continue;
            if (k == "orphaned" && !ctx.snap.sockstat.orphan) ctx.snap.sockstat.orphan = *n;
            else if (k == "timewait" && !ctx.snap.sockstat.tw) ctx.snap.sockstat.tw = *n;
        }
        return t.size() >= 2 && isNumber(t[1]);
    }
    // "RAW 0 0 0", "INET 1 1 0": the transport table
    if (t.size() == 4 && isNumber(t[1]) && isNumber(t[2]) && isNumber(t[3])) return true;
    return false;
}

} // namespace closelab::server::detail
