// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotjson.h"

#include <algorithm>
#include <cstdio>

namespace closelab::server {

std::string jsonString(std::string_view s)
{
    std::string out = "\"";
    out.reserve(s.size() + 2);
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c == '"' || c == '\\') { out += '\\'; out += char(c); }
            else if (c == '\n') out += "\\n";
            else if (c == '\t') out += "\\t";
            else if (c == '\r') out += "\\r";
            else if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else out += char(c);
            ++i;
            continue;
        }
        // a well-formed UTF-8 sequence is copied, anything else becomes U+FFFD
        int len = (c >= 0xc2 && c <= 0xdf) ? 2 : (c >= 0xe0 && c <= 0xef) ? 3 : (c >= 0xf0 && c <= 0xf4) ? 4 : 0;
        bool ok = len > 0 && i + std::size_t(len) <= s.size();
        for (int k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + std::size_t(k)]) & 0xc0) == 0x80;
        if (ok && len == 3) {
            const auto c1 = static_cast<unsigned char>(s[i + 1]);
            ok = !(c == 0xe0 && c1 < 0xa0) && !(c == 0xed && c1 >= 0xa0);
        }
        if (ok && len == 4) {
            const auto c1 = static_cast<unsigned char>(s[i + 1]);
            ok = !(c == 0xf0 && c1 < 0x90) && !(c == 0xf4 && c1 >= 0x90);
        }
        if (ok) {
            out.append(s.substr(i, std::size_t(len)));
            i += std::size_t(len);
        } else {
            out += "\xef\xbf\xbd";
            ++i;
        }
    }
    return out + '"';
}

std::vector<const Destination *> busiestDestinations(const Snapshot &s)
{
    std::vector<const Destination *> ds;
    for (const auto &[remote, d] : s.destinations)
        if (d.portsInUse > 0) ds.push_back(&d);
    std::sort(ds.begin(), ds.end(), [](const Destination *a, const Destination *b) {
        return a->portsInUse != b->portsInUse ? a->portsInUse > b->portsInUse : a->remote < b->remote;
    });
    if (ds.size() > kMaxDestinationsListed) ds.resize(kMaxDestinationsListed);
    return ds;
}

namespace {

std::string n(std::int64_t v) { return std::to_string(v); }

template <typename Map, typename Fn>
std::string object(const Map &m, Fn &&value)
{
    std::string out = "{";
    bool first = true;
    for (const auto &[k, v] : m) {
        if (!first) out += ", ";
        first = false;
        out += jsonString(k) + ": " + value(v);
    }
    return out + "}";
}

std::string evidenceValue(const Evidence &e) { return e.number ? n(*e.number) : jsonString(e.text); }

} // namespace

std::string diagnosisToJson(const Snapshot &s, const std::vector<Finding> &findings)
{
    std::string out = "{\"inputs\": [";
    for (std::size_t i = 0; i < s.inputs.size(); ++i) {
        const InputSummary &in = s.inputs[i];
        if (i) out += ", ";
        out += "{\"file\": " + jsonString(in.file) + ", \"format\": " + jsonString(formatName(in.format)) +
               ", \"lines\": " + n(in.lines) + ", \"unrecognised\": " + n(in.unrecognised) + ", \"unrecognised_lines\": [";
        for (std::size_t k = 0; k < in.samples.size(); ++k) {
            if (k) out += ", ";
            out += "{\"line\": " + n(in.samples[k].line) + ", \"text\": " + jsonString(in.samples[k].text) + "}";
        }
        out += "]}";
    }
    out += "],\n \"states\": {";
    if (s.haveSocketTable) {
        bool first = true;
        for (std::string_view name : kernelStateNames()) {
            if (!first) out += ", ";
            first = false;
            out += jsonString(name) + ": " + n(s.state(name));
        }
    }
    out += "},\n \"destinations\": [";
    const auto ds = busiestDestinations(s);
    const std::int64_t range = s.portRangeSize();
    for (std::size_t i = 0; i < ds.size(); ++i) {
        if (i) out += ", ";
        out += "{\"remote\": " + jsonString(ds[i]->remote) + ", \"states\": " +
               object(ds[i]->states, [](std::int64_t v) { return n(v); }) + ", \"ports_in_use\": " + n(ds[i]->portsInUse) +
               ", \"port_range\": " + n(range) + "}";
    }
    out += "],\n \"listeners\": [";
    for (std::size_t i = 0; i < s.listeners.size(); ++i) {
        const Listener &l = s.listeners[i];
        if (i) out += ", ";
        out += "{\"local\": " + jsonString(l.local) + ", \"recv_q\": " + n(l.recvQ) +
               ", \"backlog\": " + (l.backlog ? n(*l.backlog) : std::string("null")) + "}";
    }
    out += "],\n \"counters\": " + object(s.counters, [](std::int64_t v) { return n(v); });
    out += ",\n \"sysctls\": " + object(s.sysctls, [](const std::string &v) { return jsonString(v); });
    out += ",\n \"fd_limit\": " + (s.fdLimit ? n(*s.fdLimit) : std::string("null"));
    out += ",\n \"sockstat\": {";
    const std::pair<const char *, std::optional<std::int64_t>> figures[] = {
        {"inuse", s.sockstat.inuse}, {"orphan", s.sockstat.orphan}, {"tw", s.sockstat.tw},
        {"alloc", s.sockstat.alloc}, {"mem", s.sockstat.mem}};
    bool first = true;
    for (const auto &[k, v] : figures) {
        if (!v) continue;
        if (!first) out += ", ";
        first = false;
        out += jsonString(k) + ": " + n(*v);
    }
    out += "},\n \"kernel_messages\": [";
    for (std::size_t i = 0; i < s.kernelMessages.size(); ++i) out += (i ? ", " : "") + jsonString(s.kernelMessages[i]);
    out += "],\n \"findings\": [";
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding &f = findings[i];
        const FindingRule *rule = findingRule(f.code);
        if (i) out += ",\n  ";
        out += "{\"code\": " + jsonString(f.code) + ", \"severity\": " + jsonString(severityName(f.severity));
        if (!f.remote.empty()) out += ", \"remote\": " + jsonString(f.remote);
        if (!f.local.empty()) out += ", \"local\": " + jsonString(f.local);
        out += ", \"evidence\": {";
        for (std::size_t k = 0; k < f.evidence.size(); ++k)
            out += (k ? ", " : "") + jsonString(f.evidence[k].key) + ": " + evidenceValue(f.evidence[k]);
        out += "}";
        if (rule) {
            out += ", \"sysctl\": " + (rule->sysctl.empty() ? std::string("null") : jsonString(rule->sysctl));
            out += ", \"scenario\": " + jsonString(rule->scenario);
            out += ", \"kernel_rule\": " + jsonString(rule->kernelRule);
            out += ", \"change\": " + jsonString(rule->change);
            out += ", \"dont_change\": " + jsonString(rule->dontChange);
        }
        out += "}";
    }
    out += "]}\n";
    return out;
}

std::string diagnosisToText(const Snapshot &s, const std::vector<Finding> &findings)
{
    std::string out;
    for (const InputSummary &in : s.inputs) {
        out += in.file + ": " + std::string(formatName(in.format)) + ", " + n(in.lines) + " lines";
        if (in.unrecognised) out += ", " + n(in.unrecognised) + " not understood";
        out += "\n";
        for (const UnrecognisedLine &u : in.samples) out += "  line " + n(u.line) + ": " + u.text + "\n";
    }
    if (s.haveSocketTable) {
        out += "\nsockets by state:";
        for (std::string_view name : kernelStateNames())
            if (s.state(name)) out += " " + std::string(name) + " " + n(s.state(name));
        out += "\n";
    }
    const auto ds = busiestDestinations(s);
    if (!ds.empty()) {
        out += "\nports in use per destination (range " + n(s.portRangeSize()) + "):\n";
        for (std::size_t i = 0; i < ds.size() && i < 10; ++i) out += "  " + ds[i]->remote + "  " + n(ds[i]->portsInUse) + "\n";
    }
    if (!s.listeners.empty()) {
        out += "\nlisteners (Recv-Q / backlog):\n";
        for (const Listener &l : s.listeners)
            out += "  " + l.local + "  " + n(l.recvQ) + " / " + (l.backlog ? n(*l.backlog) : std::string("?")) + "\n";
    }
    out += "\n";
    if (findings.empty()) out += "no findings\n";
    for (const Finding &f : findings) {
        const FindingRule *rule = findingRule(f.code);
        out += std::string(severityName(f.severity)) + ": " + f.code;
        if (!f.remote.empty()) out += " (" + f.remote + ")";
        if (!f.local.empty()) out += " (" + f.local + ")";
        out += "\n  evidence:";
        for (const Evidence &e : f.evidence) out += " " + e.key + "=" + (e.number ? n(*e.number) : e.text);
        out += "\n";
        if (rule) {
            out += "  kernel: " + std::string(rule->kernelRule) + "\n";
            out += "  change: " + std::string(rule->change) + "\n";
            out += "  not: " + std::string(rule->dontChange) + "\n";
            out += "  see: closelab-cli run " + std::string(rule->scenario) + "\n";
        }
    }
    return out;
}

} // namespace closelab::server
