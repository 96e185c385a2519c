// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationmoment.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace closelab {

namespace {

bool isStateName(const std::string &s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || c == '_' || std::isdigit(static_cast<unsigned char>(c)); });
}

bool startsWith(const std::string &s, const char *p) { return s.rfind(p, 0) == 0; }

} // namespace

PopulationMoment populationAt(const PopulationResult &result, double seconds)
{
    PopulationMoment m;
    const Series &s = result.series;
    const auto next = std::upper_bound(s.t.begin(), s.t.end(), seconds + 1e-9);
    if (next == s.t.begin()) return m;
    const std::size_t row = std::size_t(next - s.t.begin() - 1);
    m.started = true;
    m.t = s.t[row];
    for (std::size_t c = 0; c < s.names.size(); ++c) {
        if (row >= s.columns[c].size()) continue;
        const std::string &name = s.names[c];
        const auto v = static_cast<std::int64_t>(std::llround(s.columns[c][row]));
        const auto dot = name.find('.');
        const std::string rest = dot == std::string::npos ? std::string() : name.substr(dot + 1);
        if (startsWith(name, "client.") && isStateName(rest)) { if (v) m.client[rest] = v; }
        else if (startsWith(name, "server.") && isStateName(rest)) { if (v) m.server[rest] = v; }
        else if (name == "connects.attempted") m.connectsAttempted = v;
        else if (name == "connects.ok") m.connectsOk = v;
        else if (startsWith(name, "connects.failed.")) { if (v) m.connectFailures[name.substr(16)] = v; }
        else if (name == "server.accepts_failed.EMFILE") m.acceptsFailed = v;
        else if (startsWith(name, "rst.")) { if (v) m.rsts[name.substr(4)] = v; }
    }
    return m;
}

std::vector<PopulationPeak> populationPeaks(const PopulationResult &result)
{
    std::vector<PopulationPeak> out;
    const Series &s = result.series;
    for (std::size_t c = 0; c < s.names.size(); ++c) {
        const std::string &name = s.names[c];
        const auto dot = name.find('.');
        if (dot == std::string::npos) continue;
        const std::string host = name.substr(0, dot), what = name.substr(dot + 1);
        if (host != "client" && host != "server") continue;
        const bool resource = what == "tw_buckets" || what == "orphans" || what == "fds" || what == "ports_in_use" ||
                              what == "syn_queue" || what == "accept_queue";
        if (!resource && !isStateName(what)) continue;
        const auto &col = s.columns[c];
        if (col.empty()) continue;
        const auto it = std::max_element(col.begin(), col.end()); // the first of equal maxima
        if (*it <= 0) continue;
        PopulationPeak p{name, *it, s.t[std::size_t(it - col.begin())], -1};
        if (auto l = s.limits.find(name); l != s.limits.end()) p.limit = l->second;
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace closelab
