// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotreader.h"

#include "textlines.h"

#include <algorithm>

namespace closelab::server {

namespace {

bool isGroupHeader(std::string_view line) // "Tcp:" alone on its line (netstat -s)
{
    const std::string_view t = text::trim(line);
    return t.size() >= 2 && t.back() == ':' && t.find(' ') == std::string_view::npos && !text::isSpace(line.front());
}

bool isDmesgLine(std::string_view l)
{
    return (l.front() == '[' && l.find(']') != std::string_view::npos) || l.find("kernel:") != std::string_view::npos ||
           text::startsWith(l, "TCP:") || l.find("SYN flooding") != std::string_view::npos;
}

} // namespace

InputFormat detectFormat(std::string_view textIn)
{
    std::vector<std::string_view> lines;
    text::forEachLine(textIn.substr(0, 64 * 1024), [&](std::string_view l) {
        if (lines.size() < 8 && !text::trim(l).empty()) lines.push_back(l);
    });
    if (lines.empty()) return InputFormat::Unknown;
    const std::string_view l0 = text::trim(lines[0]);
    const std::string_view l1 = lines.size() > 1 ? lines[1] : std::string_view{};
    if ((text::startsWith(l0, "State") || text::startsWith(l0, "Netid")) && l0.find("Recv-Q") != std::string_view::npos) {
        if (textIn.find("timer:(") != std::string_view::npos) return InputFormat::SsTano;
        bool onlyListen = true;
        std::vector<std::string_view> t;
        text::forEachLine(textIn, [&](std::string_view l) {
            if (!onlyListen) return;
            text::split(l, t);
            const std::size_t c = text::startsWith(l0, "Netid") ? 1 : 0;
            if (t.size() <= c || t[c] == "State") return;
            if (t[c] != "LISTEN") onlyListen = false;
        });
        return onlyListen ? InputFormat::SsLtn : InputFormat::SsTan;
    }
    if (text::startsWith(l0, "Active Internet connections") || text::startsWith(l0, "Proto Recv-Q"))
        return InputFormat::NetstatAnt;
    if (text::startsWith(l0, "Total:") && text::startsWith(text::trim(l1), "TCP:")) return InputFormat::SsSummary;
    if (l0 == "#kernel") return InputFormat::Nstat;
    if (text::startsWith(l0, "sockets: used") || text::startsWith(l0, "TCP: inuse") || text::startsWith(l0, "TCP6: inuse"))
        return InputFormat::ProcSockstat;
    if (text::startsWith(l0, "sl") && l0.find("local_address") != std::string_view::npos) {
        std::vector<std::string_view> t;
        text::split(l1, t);
        if (t.size() > 1 && t[1].size() == 37) return InputFormat::ProcTcp6;
        if (t.size() > 1) return InputFormat::ProcTcp;
        return l0.find("remote_address") != std::string_view::npos ? InputFormat::ProcTcp6 : InputFormat::ProcTcp;
    }
    if (isGroupHeader(lines[0]) && !l1.empty() && text::isSpace(l1.front())) return InputFormat::NetstatS;
    {
        std::vector<std::string_view> t0, t1;
        text::split(l0, t0);
        text::split(l1, t1);
        if (t0.size() > 2 && t1.size() == t0.size() && t0[0] == t1[0] && t0[0].back() == ':' &&
            !text::toInt(t0[1]) && text::toInt(t1[1]))
            return t0[0] == "Ip:" && t0[1] == "Forwarding" ? InputFormat::ProcSnmp : InputFormat::ProcNetstat;
        // nstat without its "#kernel" line: NAME VALUE [RATE] with a known group prefix
        if ((t0.size() == 2 || t0.size() == 3) && text::toInt(t0[1]) &&
            (text::startsWith(t0[0], "Ip") || text::startsWith(t0[0], "Tcp") || text::startsWith(t0[0], "Udp") ||
             text::startsWith(t0[0], "Icmp")))
            return InputFormat::Nstat;
    }
    if (lines.size() == 1 && (l0 == "unlimited" || text::toInt(l0))) return InputFormat::UlimitN;
    if (isDmesgLine(l0)) return InputFormat::Dmesg;
    // sysctl: most of the first lines are key = value
    int kv = 0;
    for (std::string_view l : lines) {
        const std::string_view t = text::trim(l);
        const auto eq = t.find('=');
        if (t.front() == '#') { ++kv; continue; }
        if (eq == std::string_view::npos || eq == 0) continue;
        const std::string_view key = text::trim(t.substr(0, eq));
        const bool keyChars = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
                   c == '-' || c == '/';
        });
        if (keyChars && key.find_first_of("./") != std::string_view::npos) ++kv;
    }
    if (kv * 2 > static_cast<int>(lines.size())) return InputFormat::Sysctl;
    return InputFormat::Unknown;
}

const InputSummary &SnapshotReader::add(std::string file, std::string_view textIn, InputFormat format)
{
    m_finished = false;
    if (format == InputFormat::Unknown) format = detectFormat(textIn);
    m_snap.inputs.push_back(InputSummary{std::move(file), format, 0, 0, {}});
    InputSummary &input = m_snap.inputs.back();
    detail::LineContext ctx{m_snap, input, {}, {}, 0};

    bool countState = false;
    switch (format) {
    case InputFormat::SsTan: case InputFormat::SsTano: case InputFormat::NetstatAnt:
        countState = m_tables == 0;
        if (countState) m_tables |= 1;
        break;
    case InputFormat::ProcTcp:
        countState = m_tables == 0 || m_tables == 4;
        if (countState) m_tables |= 2;
        break;
    case InputFormat::ProcTcp6:
        countState = m_tables == 0 || m_tables == 2;
        if (countState) m_tables |= 4;
        break;
    default: break;
    }
    if (countState) m_snap.haveSocketTable = true;

    std::int64_t lineNo = 0;
    SocketRow row;
    text::forEachLine(textIn, [&](std::string_view line) {
        ++lineNo;
        if (text::trim(line).empty()) return;
        ++input.lines;
        bool ok = false;
        bool isRow = false;
        switch (format) {
        case InputFormat::SsTan: case InputFormat::SsTano: case InputFormat::SsLtn:
            ok = detail::readSsLine(line, ctx, row, isRow);
            break;
        case InputFormat::NetstatAnt: ok = detail::readNetstatAntLine(line, row, isRow); break;
        case InputFormat::ProcTcp: ok = detail::readProcTcpLine(line, false, row, isRow); break;
        case InputFormat::ProcTcp6: ok = detail::readProcTcpLine(line, true, row, isRow); break;
        case InputFormat::SsSummary: ok = detail::readSsSummaryLine(line, ctx); break;
        case InputFormat::NetstatS: ok = detail::readNetstatSLine(line, ctx); break;
        case InputFormat::Nstat: ok = detail::readNstatLine(line, ctx); break;
        case InputFormat::ProcNetstat: case InputFormat::ProcSnmp: ok = detail::readProcCountersLine(line, ctx); break;
        case InputFormat::ProcSockstat: ok = detail::readSockstatLine(line, ctx); break;
        case InputFormat::Sysctl: ok = detail::readSysctlLine(line, ctx); break;
        case InputFormat::UlimitN: ok = detail::readUlimitLine(line, ctx); break;
        case InputFormat::Dmesg: ok = detail::readDmesgLine(line, ctx); break;
        case InputFormat::Unknown: ok = false; break;
        }
        if (isRow) addSocket(row, countState);
        if (!ok) {
            ++input.unrecognised;
            if (input.samples.size() < kMaxUnrecognisedSamples)
                input.samples.push_back({lineNo, std::string(line.substr(0, 200))});
        }
    });
    return input;
}

void SnapshotReader::addSocket(const SocketRow &row, bool countState)
{
    if (row.state == "LISTEN") {
        auto it = std::find_if(m_snap.listeners.begin(), m_snap.listeners.end(),
                               [&](const Listener &l) { return l.local == row.local; });
        if (it == m_snap.listeners.end()) {
            m_snap.listeners.push_back(Listener{row.local, row.recvQ, std::nullopt});
            it = m_snap.listeners.end() - 1;
        } else {
            it->recvQ = std::max(it->recvQ, row.recvQ);
        }
        if (row.sendQIsBacklog) it->backlog = row.sendQ;
    }
    if (!countState) return;
    ++m_snap.states[std::string(row.state)];
    if (row.state == "LISTEN") return;
    if (row.timeWaitLeft) {
        const double left = *row.timeWaitLeft;
        if (!m_snap.timeWaitRemainingMin || left < *m_snap.timeWaitRemainingMin) m_snap.timeWaitRemainingMin = left;
        if (!m_snap.timeWaitRemainingMax || left > *m_snap.timeWaitRemainingMax) m_snap.timeWaitRemainingMax = left;
    }
    auto [it, inserted] = m_snap.destinations.try_emplace(row.remote);
    if (inserted) it->second.remote = row.remote;
    ++it->second.states[std::string(row.state)];
    const auto colon = row.local.rfind(':');
    if (colon != std::string::npos) {
        if (const auto port = text::toInt(std::string_view(row.local).substr(colon + 1)); port && *port > 0 && *port < 65536)
            m_localPorts[row.remote].push_back(static_cast<std::uint16_t>(*port));
    }
}

void SnapshotReader::finish()
{
    // Port exhaustion is per destination: connect() needs a 4-tuple not in use (inet_hashtables.c:
    // __inet_hash_connect() walks ip_local_port_range), so what counts is how many local ports of that
    // range already lead to the same remote endpoint.
    const std::int64_t low = m_snap.sysctlNumber("net.ipv4.ip_local_port_range", 0);
    const std::int64_t high = m_snap.sysctlNumber("net.ipv4.ip_local_port_range", 1);
    // A listener's own port may lie in the range too: its accepted sockets were not connected from here.
    std::vector<std::uint16_t> listening;
    for (const Listener &l : m_snap.listeners)
        if (const auto colon = l.local.rfind(':'); colon != std::string::npos)
            if (const auto port = text::toInt(std::string_view(l.local).substr(colon + 1)); port && *port > 0 && *port < 65536)
                listening.push_back(static_cast<std::uint16_t>(*port));
    for (auto &[remote, d] : m_snap.destinations) {
        d.portsInUse = 0;
        if (auto it = m_localPorts.find(remote); it != m_localPorts.end())
            for (std::uint16_t p : it->second)
                if (p >= low && p <= high && std::find(listening.begin(), listening.end(), p) == listening.end()) ++d.portsInUse;
    }
    if (const auto fd = m_snap.sysctl("ulimit.nofile"); fd && !m_snap.fdLimit)
        m_snap.fdLimit = m_snap.sysctlNumber("ulimit.nofile");
    m_finished = true;
}

const Snapshot &SnapshotReader::snapshot()
{
    if (!m_finished) finish();
    return m_snap;
}

std::vector<std::pair<std::string, std::string>> splitPaste(std::string_view textIn, const std::string &name)
{
    static constexpr std::string_view kCommands[] = {"ss ", "netstat ", "nstat", "cat ", "sysctl", "ulimit ", "dmesg", "sudo "};
    std::vector<std::pair<std::string, std::string>> out;
    std::string currentName = name;
    std::string current;
    auto flush = [&] {
        if (!text::trim(current).empty()) out.emplace_back(currentName, current);
        current.clear();
    };
    text::forEachLine(textIn, [&](std::string_view line) {
        // a prompt: "$ cmd", "# cmd" or "…$ cmd" / "…# cmd" with a known command after it
        std::string_view rest;
        for (std::string_view mark : {"$ ", "# "}) {
            const auto at = line.find(mark);
            if (at == std::string_view::npos || at > 80) continue;
            const std::string_view after = line.substr(at + 2);
            for (std::string_view c : kCommands)
                if (text::startsWith(after, c)) rest = after;
            if (!rest.empty()) break;
        }
        if (!rest.empty()) {
            flush();
            currentName = std::string(text::trim(rest).substr(0, 80));
            return;
        }
        current.append(line);
        current += '\n';
    });
    flush();
    return out;
}

Snapshot readSnapshot(const std::vector<std::pair<std::string, std::string>> &inputs)
{
    SnapshotReader r;
    for (const auto &[file, content] : inputs) r.add(file, content);
    return r.snapshot();
}

} // namespace closelab::server
