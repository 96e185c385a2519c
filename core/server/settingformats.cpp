// SPDX-License-Identifier: GPL-3.0-or-later
// Settings and messages: sysctl -a (or key = value lines), ulimit -n, dmesg.

#include "snapshotreader.h"
#include "textlines.h"

#include <array>
#include <string>

namespace closelab::server::detail {

bool readSysctlLine(std::string_view line, LineContext &ctx)
{
    const std::string_view body = text::trim(line);
    if (body.empty() || body.front() == '#' || body.front() == ';') return true; // sysctl.conf comments
    const auto eq = body.find('=');
    if (eq == std::string_view::npos || eq == 0) return false;
    const std::string_view key = text::trim(body.substr(0, eq));
    if (key.empty() || key.find_first_of(" \t") != std::string_view::npos) return false;
    for (char c : key) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                        c == '_' || c == '-' || c == '/' || c == '*' || c == ':';
        if (!ok) return false;
    }
    // sysctl prints multi-value keys with tabs ("32768\t60999"): one space between values
    std::string value;
    thread_local std::vector<std::string_view> parts;
    text::split(body.substr(eq + 1), parts);
    for (std::string_view p : parts) {
        if (!value.empty()) value += ' ';
        value += p;
    }
    std::string k(key);
    for (char &c : k)
        if (c == '/') c = '.'; // /proc/sys path spelling
    if (text::startsWith(k, ".")) k.erase(0, 1);
    if (k == "ulimit.nofile" || k == "ulimit -n") {
        if (const auto n = text::toInt(value)) ctx.snap.fdLimit = *n;
    }
    ctx.snap.sysctls[std::move(k)] = std::move(value);
    return true;
}

bool readUlimitLine(std::string_view line, LineContext &ctx)
{
    const std::string_view body = text::trim(line);
    if (body.empty()) return true;
    if (body == "unlimited") return true; // no limit: nothing to compare with
    const auto n = text::toInt(body);
    if (!n || *n < 0) return false;
    ctx.snap.fdLimit = *n;
    return true;
}

bool readDmesgLine(std::string_view line, LineContext &ctx)
{
    const std::string_view body = text::trim(line);
    if (body.empty()) return true;
    // The TCP messages a diagnosis uses (kernel source of each in diagnosis.cpp); other log lines are
    // read and left alone.
    static constexpr std::array<std::string_view, 5> kMessages = {
        "time wait bucket table overflow", "Possible SYN flooding on port", "too many orphaned sockets",
        "out of memory -- consider tuning tcp_mem", "Dropping request"};
    for (std::string_view m : kMessages) {
        if (body.find(m) != std::string_view::npos) {
            if (ctx.snap.kernelMessages.size() < 100) ctx.snap.kernelMessages.emplace_back(body.substr(0, 300));
            break;
        }
    }
    return true;
}

} // namespace closelab::server::detail
