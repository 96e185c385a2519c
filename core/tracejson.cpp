// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracejson.h"

#include "jsontext.h"

#include <charconv>
#include <cstdio>

namespace closelab {
namespace {

using json::number;
using json::quoted;

std::string num(double v) { return number(v); }

std::string secs(SimTime t) { return num(toSeconds(t)); }

std::string connText(std::uint32_t conn) { return conn == kListenerConn ? "\"listener\"" : std::to_string(conn); }

void segmentFields(std::string &o, const SegmentRecord &r)
{
    o += ",\"flags\":" + quoted(flagsText(r.header.flags));
    o += ",\"seq\":" + std::to_string(r.header.seq);
    o += ",\"ack\":" + ((r.header.flags & FlagAck) ? std::to_string(r.header.ack) : std::string("null"));
    o += ",\"len\":" + std::to_string(r.header.len);
    o += ",\"win\":" + std::to_string(r.header.window);
    o += ",\"retransmit\":" + std::to_string(r.transmission);
    if (r.retransKind) o += ",\"kind\":" + quoted(retransKindName(*r.retransKind));
    if (r.rstReason) o += ",\"rst_reason\":" + quoted(rstReasonName(*r.rstReason));
}

std::string summaryJson(const SideSummary &s)
{
    std::string o = "{\"final_state\":" + quoted(stateName(s.finalState));
    o += ",\"gone_at\":" + (s.goneAt ? secs(*s.goneAt) : std::string("null"));
    o += ",\"gone_reason\":" + (s.goneReason == GoneReason::None ? std::string("null") : quoted(goneReasonName(s.goneReason)));
    o += ",\"limit\":" + (s.limit.empty() ? std::string("null") : quoted(s.limit));
    o += ",\"retransmissions\":{";
    for (int k = 0; k < kRetransKindCount; ++k) {
        if (k) o += ',';
        o += quoted(retransKindName(static_cast<RetransKind>(k))) + ':' + std::to_string(s.retransmissions[k]);
    }
    o += "},\"rst_sent\":" + std::to_string(s.rstSent);
    o += ",\"errno\":" + (s.lastErrno == Errno::None ? std::string("null") : quoted(errnoName(s.lastErrno)));
    return o + '}';
}

} // namespace

std::string traceToJson(const RunConfig &config, const Trace &trace)
{
    std::string o = "{\"scenario\":" + quoted(config.scenario);
    o += ",\"seed\":" + std::to_string(config.seed);
    o += ",\"params\":{";
    bool first = true;
    std::string_view lastKey;
    for (const SysctlInfo &i : sysctlTable()) {
        if (i.key == lastKey) continue;
        lastKey = i.key;
        if (!first) o += ',';
        first = false;
        const std::string v = config.sysctls.valueText(i.key);
        o += quoted(i.key) + ':' + (v.find(' ') == std::string::npos ? v : quoted(v));
    }
    o += "},\"options\":{";
    first = true;
    for (const auto &[k, v] : config.options) {
        if (!first) o += ',';
        first = false;
        o += quoted(k) + ':' + quoted(v);
    }
    o += "},\"network\":{\"delay\":" + secs(config.network.delay) + ",\"loss_c2s\":" + num(config.network.lossC2S)
        + ",\"loss_s2c\":" + num(config.network.lossS2C) + ",\"drops\":[";
    for (std::size_t i = 0; i < config.network.drops.size(); ++i)
        o += (i ? "," : "") + quoted(ruleText(config.network.drops[i]));
    o += "]},\"endpoints\":{\"client\":" + quoted(trace.endpointText(Side::Client)) + ",\"server\":"
        + quoted(trace.endpointText(Side::Server)) + "}";
    o += ",\"events\":[";
    for (std::size_t i = 0; i < trace.events.size(); ++i) {
        const TraceEvent &e = trace.events[i];
        if (i) o += ',';
        o += "\n{\"t\":" + secs(e.t) + ",\"host\":" + quoted(sideName(e.host)) + ",\"conn\":" + connText(e.conn)
            + ",\"type\":" + quoted(eventTypeName(e.type));
        switch (e.type) {
        case EventType::Send:
        case EventType::Deliver:
        case EventType::Drop: {
            const SegmentRecord &r = trace.segments[static_cast<std::size_t>(e.segment)];
            segmentFields(o, r);
            if (e.type == EventType::Drop && r.dropReason) o += ",\"reason\":" + quoted(dropReasonName(*r.dropReason));
            break;
        }
        case EventType::State:
            o += ",\"from\":" + quoted(stateName(e.from)) + ",\"to\":" + quoted(stateName(e.to)) + ",\"cause\":" + quoted(causeName(e.cause));
            break;
        case EventType::Timer:
            o += ",\"timer\":" + quoted(timerKindName(e.timer)) + ",\"action\":" + quoted(timerActionName(e.action))
                + ",\"expires\":" + secs(e.expires);
            break;
        case EventType::App:
            o += ",\"call\":" + quoted(appCallName(e.call)) + ",\"arg\":" + std::to_string(e.arg) + ",\"result\":" + std::to_string(e.result)
                + ",\"errno\":" + (e.err == Errno::None ? std::string("null") : quoted(errnoName(e.err)));
            break;
        case EventType::Gone:
            o += ",\"reason\":" + quoted(goneReasonName(e.gone));
            break;
        }
        o += '}';
    }
    o += "\n],\"summary\":{\"client\":" + summaryJson(trace.side(Side::Client)) + ",\"server\":" + summaryJson(trace.side(Side::Server)) + "}";
    // Each host's table counts whenever one changed (a key of its own: the keys above are unchanged).
    o += ",\"occupancy\":[";
    for (std::size_t i = 0; i < trace.occupancy.size(); ++i) {
        const OccupancySample &sample = trace.occupancy[i];
        o += std::string(i ? "," : "") + "\n{\"t\":" + secs(sample.t) + ",\"host\":" + quoted(sideName(sample.host));
        for (int c = 0; c < kOccupancyCountCount; ++c) {
            const auto count = static_cast<OccupancyCount>(c);
            o += ",\"" + std::string(occupancyCountName(count)) + "\":" + std::to_string(occupancyValue(sample.counts, count));
        }
        o += ",\"accept_queue_limit\":" + std::to_string(sample.counts.acceptQueueLimit) + '}';
    }
    o += "]";
    o += ",\"end\":" + secs(trace.end) + ",\"run_end\":" + quoted(runEndName(trace.runEnd));
    o += ",\"illegal_transitions\":" + std::to_string(trace.illegalTransitions) + "}\n";
    return o;
}

std::string traceToText(const RunConfig &config, const Trace &trace)
{
    std::string o = "# " + config.scenario + "  client " + trace.endpointText(Side::Client) + "  server "
        + trace.endpointText(Side::Server) + "\n";
    char buf[64];
    for (const TraceEvent &e : trace.events) {
        std::snprintf(buf, sizeof buf, "%12.6f %-6s ", toSeconds(e.t), std::string(sideName(e.host)).c_str());
        std::string line = buf;
        switch (e.type) {
        case EventType::Send: {
            const SegmentRecord &r = trace.segments[static_cast<std::size_t>(e.segment)];
            line += "> Flags [" + flagsText(r.header.flags) + "], seq " + std::to_string(r.header.seq);
            if (r.header.len) line += ":" + std::to_string(r.header.seq + r.header.len);
            if (r.header.flags & FlagAck) line += ", ack " + std::to_string(r.header.ack);
            line += ", win " + std::to_string(r.header.window) + ", length " + std::to_string(r.header.len);
            if (r.transmission > 1) line += "  #" + std::to_string(r.transmission);
            if (r.retransKind) line += " (" + std::string(retransKindName(*r.retransKind)) + ")";
            break;
        }
        case EventType::Deliver: continue;
        case EventType::Drop: {
            const SegmentRecord &r = trace.segments[static_cast<std::size_t>(e.segment)];
            line += "x dropped [" + flagsText(r.header.flags) + "] (" + std::string(dropReasonName(*r.dropReason)) + ")";
            break;
        }
        case EventType::State:
            line += "  " + std::string(stateName(e.from)) + " -> " + std::string(stateName(e.to)) + "  (" + std::string(causeName(e.cause)) + ")";
            break;
        case EventType::Timer:
            if (e.timer == TimerKind::DelayedAck) continue;
            std::snprintf(buf, sizeof buf, "%.6f", toSeconds(e.expires));
            line += "  timer " + std::string(timerKindName(e.timer)) + " " + std::string(timerActionName(e.action));
            if (e.action == TimerAction::Arm) line += std::string(" (expires ") + buf + ")";
            break;
        case EventType::App:
            line += "  " + std::string(appCallName(e.call)) + (appCallName(e.call).ends_with(')') ? " = " : "() = ")
                + std::to_string(e.result);
            if (e.err != Errno::None) line += " " + std::string(errnoName(e.err));
            break;
        case EventType::Gone:
            line += "  gone (" + std::string(goneReasonName(e.gone)) + ")";
            break;
        }
        o += line + '\n';
    }
    return o;
}

} // namespace closelab
