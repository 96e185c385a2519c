// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainjson.h"

#include "core/jsontext.h"

#include <cstdio>

namespace closelab::capture {

std::string jsonString(std::string_view s)
{
    std::string out = "\"";
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out += buf;
        } else {
            out += c;
        }
    }
    return out + '"';
}

namespace {

std::string seconds(SimTime t) { return json::number(toSeconds(t)); }

std::string connectionJson(const CaptureIndex &ix, const Connection &c)
{
    (void)ix;
    std::string o = "{\"id\": " + std::to_string(c.id);
    o += ", \"client\": " + jsonString(endpointText(c.client));
    o += ", \"server\": " + jsonString(endpointText(c.server));
    o += ", \"start\": " + seconds(c.start) + ", \"end\": " + seconds(c.end);
    o += ", \"packets\": " + std::to_string(c.segments.size());
    o += ", \"first_closer\": ";
    if (c.bothClosed) o += "\"both\"";
    else if (c.firstCloser) o += jsonString(sideName(*c.firstCloser));
    else o += "null";
    o += ", \"states\": {";
    for (int s = 0; s < 2; ++s) {
        o += s ? ", \"server\": [" : "\"client\": [";
        bool first = true;
        for (const StateStep &st : c.states[static_cast<std::size_t>(s)]) {
            if (!first) o += ", ";
            first = false;
            o += "[" + jsonString(stepName(st)) + ", " + seconds(st.t) + "]";
        }
        o += "]";
    }
    o += "}, \"retransmissions\": {";
    for (int s = 0; s < 2; ++s) {
        o += s ? ", \"server\": {" : "\"client\": {";
        for (int k = 0; k < kRetransKindCount; ++k) {
            if (k) o += ", ";
            o += jsonString(retransKindName(static_cast<RetransKind>(k))) + ": " +
                 std::to_string(c.retransmissions[static_cast<std::size_t>(s)][static_cast<std::size_t>(k)]);
        }
        o += "}";
    }
    o += "}, \"rst\": [";
    for (std::size_t i = 0; i < c.rsts.size(); ++i) {
        const RstEvent &r = c.rsts[i];
        if (i) o += ", ";
        o += "{\"t\": " + seconds(r.t) + ", \"from\": " + jsonString(sideName(r.from)) + ", \"reason\": " + jsonString(rstCauseName(r.reason));
        if (r.alternative != RstCause::Unknown) o += ", \"or\": " + jsonString(rstCauseName(r.alternative));
        o += "}";
    }
    o += "], \"findings\": [";
    for (std::size_t i = 0; i < c.findings.size(); ++i) {
        const Finding &f = c.findings[i];
        if (i) o += ", ";
        o += "{\"code\": " + jsonString(f.code) + ", \"side\": " + jsonString(sideName(f.side));
        if (!f.sysctl.empty()) {
            o += ", \"sysctl\": " + jsonString(f.sysctl);
            std::int64_t lo = f.min, hi = f.max;
            bool range = f.range;
            if (!range && f.values.size() > 64) {
                range = true;
                lo = f.values.front();
                hi = f.values.back();
            }
            if (range) {
                o += ", \"min\": " + std::to_string(lo) + ", \"max\": " + std::to_string(hi);
            } else {
                o += ", \"values\": [";
                for (std::size_t k = 0; k < f.values.size(); ++k) o += (k ? ", " : "") + std::to_string(f.values[k]);
                o += "]";
            }
        }
        if (!f.condition.empty()) o += ", \"if\": " + jsonString(f.condition);
        o += "}";
    }
    o += "]}";
    return o;
}

} // namespace

std::string explainJson(const CaptureIndex &index, const std::vector<Connection> &connections, std::optional<std::uint32_t> only)
{
    std::string o = "{\"file\": " + jsonString(index.file);
    o += ", \"packets\": " + std::to_string(index.packets);
    o += ", \"tcp_packets\": " + std::to_string(index.tcpPackets);
    if (index.truncated) o += ", \"note\": " + jsonString("truncated: " + index.truncationNote);
    o += ",\n \"connections\": [";
    bool first = true;
    for (const Connection &c : connections) {
        if (only && c.id != *only) continue;
        o += first ? "\n  " : ",\n  ";
        first = false;
        o += connectionJson(index, c);
    }
    o += "]}\n";
    return o;
}

} // namespace closelab::capture
