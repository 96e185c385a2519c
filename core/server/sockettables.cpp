// SPDX-License-Identifier: GPL-3.0-or-later
// Socket tables: ss -tan / -tano / -ltn, netstat -ant, /proc/net/tcp and tcp6.

#include "snapshotreader.h"
#include "textlines.h"

#include <string>

namespace closelab::server::detail {
namespace {

/// "[::1]:80" for IPv6 (ss prints it so; netstat prints "::1:80"), "%iface" removed.
std::string normaliseEndpoint(std::string_view s)
{
    std::string out;
    if (!s.empty() && s.front() == '[') {
        const auto close = s.find(']');
        if (close == std::string_view::npos) return std::string(s);
        std::string_view addr = s.substr(1, close - 1);
        if (auto pct = addr.find('%'); pct != std::string_view::npos) addr = addr.substr(0, pct);
        out.reserve(s.size());
        out += '[';
        out += addr;
        out += ']';
        out += s.substr(close + 1);
        return out;
    }
    const auto colon = s.rfind(':');
    if (colon == std::string_view::npos) return std::string(s);
    std::string_view addr = s.substr(0, colon);
    if (auto pct = addr.find('%'); pct != std::string_view::npos) addr = addr.substr(0, pct);
    if (addr.find(':') != std::string_view::npos) { // netstat's IPv6 "::1:80"
        out = "[";
        out += addr;
        out += ']';
    } else {
        out = std::string(addr);
    }
    out += s.substr(colon);
    return out;
}

/// ss's timer text (misc/ss.c: print_ms_timer(): "58sec", "1.500ms", "200ms", "1min30sec", "119min").
std::optional<double> msTimerSeconds(std::string_view s)
{
    double total = 0;
    bool any = false;
    bool fraction = false; // after "N." the following "NNNms" are the milliseconds of that second
    while (!s.empty()) {
        std::size_t i = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == 0) return std::nullopt;
        const auto n = text::toInt(s.substr(0, i));
        if (!n) return std::nullopt;
        s.remove_prefix(i);
        if (text::startsWith(s, "min")) { total += 60.0 * double(*n); s.remove_prefix(3); }
        else if (text::startsWith(s, "sec")) { total += double(*n); s.remove_prefix(3); }
        else if (text::startsWith(s, "ms")) { total += double(*n) / 1000.0; s.remove_prefix(2); }
        else if (text::startsWith(s, ".") && !fraction) { total += double(*n); s.remove_prefix(1); fraction = true; }
        else if (text::startsWith(s, "h")) { total += 3600.0 * double(*n); s.remove_prefix(1); }
        else return std::nullopt;
        any = true;
    }
    if (!any) return std::nullopt;
    return total;
}

bool looksLikeEndpoint(std::string_view s) { return s.find(':') != std::string_view::npos; }

} // namespace

bool readSsLine(std::string_view line, LineContext &ctx, SocketRow &row, bool &isRow)
{
    isRow = false;
    thread_local std::vector<std::string_view> t;
    text::split(line, t);
    if (t.empty()) return true;
    if (t[0] == "State" || t[0] == "Netid") { // header
        ctx.netidColumn = t[0] == "Netid" ? 1 : 0;
        return true;
    }
    const std::size_t c = static_cast<std::size_t>(ctx.netidColumn);
    if (t.size() < c + 5) return false;
    if (c == 1 && t[0] != "tcp") return true; // ss -an also lists UDP and UNIX sockets: not ours, but understood
    const std::string_view state = kernelStateName(t[c]);
    const auto rq = text::toInt(t[c + 1]);
    const auto sq = text::toInt(t[c + 2]);
    if (state.empty() || !rq || !sq || !looksLikeEndpoint(t[c + 3]) || !looksLikeEndpoint(t[c + 4])) return false;
    row = SocketRow{};
    row.state = state;
    row.recvQ = *rq;
    row.sendQ = *sq;
    row.sendQIsBacklog = state == "LISTEN";
    row.local = normaliseEndpoint(t[c + 3]);
    row.remote = normaliseEndpoint(t[c + 4]);
    for (std::size_t i = c + 5; i < t.size(); ++i) {
        // ss -o: timer:(timewait,58sec,0)
        std::string_view f = t[i];
        if (!text::startsWith(f, "timer:(timewait,")) continue;
        f.remove_prefix(16);
        const auto comma = f.find(',');
        if (comma != std::string_view::npos) row.timeWaitLeft = msTimerSeconds(f.substr(0, comma));
    }
    isRow = true;
    return true;
}

bool readNetstatAntLine(std::string_view line, SocketRow &row, bool &isRow)
{
    isRow = false;
    if (text::startsWith(line, "Active Internet connections") || text::startsWith(line, "Proto ")) return true;
    thread_local std::vector<std::string_view> t;
    text::split(line, t);
    if (t.empty()) return true;
    if (t.size() < 6 || (t[0] != "tcp" && t[0] != "tcp6")) return false;
    const auto rq = text::toInt(t[1]);
    const auto sq = text::toInt(t[2]);
    const std::string_view state = kernelStateName(t[5]);
    if (!rq || !sq || state.empty() || !looksLikeEndpoint(t[3]) || !looksLikeEndpoint(t[4])) return false;
    row = SocketRow{};
    row.state = state;
    row.recvQ = *rq;
    row.sendQ = *sq;
    row.local = normaliseEndpoint(t[3]);
    row.remote = normaliseEndpoint(t[4]);
    isRow = true;
    return true;
}

namespace {

// tcp_ipv4.c: get_tcp4_sock() prints the __be32 address with %08X, i.e. the bytes of the network-order
// address read as a host (little-endian) integer: 127.0.0.1 is "0100007F". The port is %04X after ntohs.
std::optional<std::string> procIpv4(std::string_view hex)
{
    const auto v = text::toInt(hex, 16);
    if (!v || hex.size() != 8) return std::nullopt;
    const auto u = static_cast<std::uint32_t>(*v);
    return std::to_string(u & 0xff) + '.' + std::to_string((u >> 8) & 0xff) + '.' + std::to_string((u >> 16) & 0xff) +
           '.' + std::to_string(u >> 24);
}

// tcp_ipv6.c: get_tcp6_sock() prints the four 32-bit words of in6_addr, each with %08X in host order.
std::optional<std::string> procIpv6(std::string_view hex)
{
    if (hex.size() != 32) return std::nullopt;
    unsigned char b[16];
    for (int w = 0; w < 4; ++w) {
        const auto v = text::toInt(hex.substr(static_cast<std::size_t>(w) * 8, 8), 16);
        if (!v) return std::nullopt;
        const auto u = static_cast<std::uint32_t>(*v);
        for (int k = 0; k < 4; ++k) b[w * 4 + k] = static_cast<unsigned char>((u >> (8 * k)) & 0xff);
    }
    // ::ffff:a.b.c.d as ss prints it
    bool mapped = true;
    for (int i = 0; i < 10; ++i) mapped = mapped && b[i] == 0;
    mapped = mapped && b[10] == 0xff && b[11] == 0xff;
    if (mapped)
        return "::ffff:" + std::to_string(b[12]) + '.' + std::to_string(b[13]) + '.' + std::to_string(b[14]) + '.' +
               std::to_string(b[15]);
    // RFC 5952: the longest run of zero groups (two or more) becomes "::"
    unsigned g[8];
    for (int i = 0; i < 8; ++i) g[i] = (unsigned(b[2 * i]) << 8) | b[2 * i + 1];
    int bestStart = -1, bestLen = 0;
    for (int i = 0; i < 8;) {
        if (g[i] != 0) { ++i; continue; }
        int j = i;
        while (j < 8 && g[j] == 0) ++j;
        if (j - i > bestLen && j - i >= 2) { bestStart = i; bestLen = j - i; }
        i = j;
    }
    static const char *digits = "0123456789abcdef";
    auto hexGroup = [](unsigned v) {
        std::string s;
        bool started = false;
        for (int shift = 12; shift >= 0; shift -= 4) {
            const unsigned d = (v >> shift) & 0xf;
            if (d || started || shift == 0) { s += digits[d]; started = true; }
        }
        return s;
    };
    std::string out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) { out += "::"; i += bestLen - 1; continue; }
        if (!out.empty() && out.back() != ':') out += ':';
        out += hexGroup(g[i]);
    }
    return out;
}

std::optional<std::string> procEndpoint(std::string_view field, bool v6)
{
    const auto colon = field.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    const auto port = text::toInt(field.substr(colon + 1), 16);
    if (!port || field.size() - colon - 1 != 4) return std::nullopt;
    const auto addr = v6 ? procIpv6(field.substr(0, colon)) : procIpv4(field.substr(0, colon));
    if (!addr) return std::nullopt;
    const bool any = (*addr == "0.0.0.0" || *addr == "::");
    const std::string portText = (*port == 0 && any) ? std::string("*") : std::to_string(*port);
    return v6 ? "[" + *addr + "]:" + portText : *addr + ':' + portText;
}

} // namespace

bool readProcTcpLine(std::string_view line, bool v6, SocketRow &row, bool &isRow)
{
    isRow = false;
    thread_local std::vector<std::string_view> t;
    text::split(line, t);
    if (t.empty()) return true;
    if (t[0] == "sl") return true; // header
    // "   0: 0100007F:27E2 00000000:0000 0A 00000000:00000000 00:00000000 00000000 ..."
    if (t.size() < 6 || t[0].empty() || t[0].back() != ':') return false;
    auto local = procEndpoint(t[1], v6);
    auto remote = procEndpoint(t[2], v6);
    const std::string_view state = t[3].size() == 2 ? kernelStateName(t[3]) : std::string_view{};
    const auto colonQ = t[4].find(':');
    if (!local || !remote || state.empty() || colonQ == std::string_view::npos) return false;
    const auto txQ = text::toInt(t[4].substr(0, colonQ), 16);
    const auto rxQ = text::toInt(t[4].substr(colonQ + 1), 16);
    if (!txQ || !rxQ) return false;
    row = SocketRow{};
    row.state = state;
    row.local = std::move(*local);
    row.remote = std::move(*remote);
    row.recvQ = *rxQ; // LISTEN: sk_ack_backlog (get_tcp4_sock())
    row.sendQ = *txQ;
    // "tr:tm->when": timer 3 is TIME_WAIT's, `when` in clock ticks (USER_HZ = 100): get_timewait4_sock()
    const auto colonT = t[5].find(':');
    if (state == "TIME_WAIT" && colonT != std::string_view::npos && t[5].substr(0, colonT) == "03") {
        if (const auto when = text::toInt(t[5].substr(colonT + 1), 16)) row.timeWaitLeft = double(*when) / 100.0;
    }
    isRow = true;
    return true;
}

} // namespace closelab::server::detail
