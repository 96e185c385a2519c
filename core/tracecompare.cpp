// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracecompare.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <set>

namespace closelab {

int EndpointOutcome::totalRetransmissions() const
{
    return std::accumulate(retransmissions.begin(), retransmissions.end(), 0);
}

EndpointOutcome endpointOutcome(const Trace &trace, Side side)
{
    EndpointOutcome o;
    const SideSummary &sum = trace.side(side);
    o.finalState = sum.finalState;
    o.goneAt = sum.goneAt;
    o.goneReason = sum.goneReason;
    o.limit = sum.limit;
    o.retransmissions = sum.retransmissions;
    o.rstSent = sum.rstSent;
    o.lastErrno = sum.lastErrno;

    // Time per state: from each state change of connection 0 to the next, the last one up to
    // the socket's end (or the run's).
    const SimTime stop = sum.goneAt.value_or(trace.end);
    std::optional<SimTime> since;
    TcpState current = TcpState::Closed;
    for (const TraceEvent &e : trace.events) {
        if (e.host != side || e.conn != 0)
            continue;
        if (e.type == EventType::State) {
            if (since)
                o.timeIn[static_cast<int>(current)] += std::max<SimTime>(0, std::min(e.t, stop) - *since);
            current = e.to;
            since = e.t;
        } else if (e.type == EventType::App && e.call == AppCall::Connect && e.err != Errno::None) {
            o.connectErrno = e.err;
        }
    }
    if (since && current != TcpState::Closed)
        o.timeIn[static_cast<int>(current)] += std::max<SimTime>(0, stop - *since);

    for (const SegmentRecord &r : trace.segments) {
        if (r.from != side || r.conn != 0)
            continue;
        ++o.segmentsSent;
        if (r.droppedAt != kNever)
            ++o.segmentsLost;
    }
    return o;
}

namespace {
using Kind = TraceDifference::Kind;

void compareSide(Side side, const EndpointOutcome &a, const EndpointOutcome &b, std::vector<TraceDifference> &out)
{
    const auto make = [side](Kind kind) {
        TraceDifference d;
        d.kind = kind;
        d.side = side;
        return d;
    };
    const auto counts = [&](Kind kind, int countA, int countB) {
        if (countA == countB)
            return;
        TraceDifference d = make(kind);
        d.countA = countA;
        d.countB = countB;
        d.delta = countB - countA;
        out.push_back(d);
    };

    // How the socket ended.
    if (a.goneAt && b.goneAt) {
        if (*a.goneAt != *b.goneAt) {
            TraceDifference d = make(Kind::GoneTime);
            d.timeA = *a.goneAt;
            d.timeB = *b.goneAt;
            d.delta = d.timeB - d.timeA;
            d.reasonA = a.goneReason;
            d.reasonB = b.goneReason;
            out.push_back(d);
        }
        if (a.goneReason != b.goneReason) {
            TraceDifference d = make(Kind::GoneReason);
            d.reasonA = a.goneReason;
            d.reasonB = b.goneReason;
            out.push_back(d);
        }
        if (a.limit != b.limit) {
            // e.g. tcp_orphan_retries after close(), tcp_retries2 after shutdown(): not an orphan.
            TraceDifference d = make(Kind::Limit);
            d.limitA = a.limit;
            d.limitB = b.limit;
            out.push_back(d);
        }
    } else if (a.goneAt || b.goneAt) {
        TraceDifference d = make(a.goneAt ? Kind::GoneOnlyInA : Kind::GoneOnlyInB);
        d.timeA = a.goneAt.value_or(0);
        d.timeB = b.goneAt.value_or(0);
        d.reasonA = a.goneReason;
        d.reasonB = b.goneReason;
        d.stateA = a.finalState;
        d.stateB = b.finalState;
        out.push_back(d);
    } else if (a.finalState != b.finalState) {
        TraceDifference d = make(Kind::FinalState);
        d.stateA = a.finalState;
        d.stateB = b.finalState;
        out.push_back(d);
    }

    // What the application saw.
    if (a.connectErrno != b.connectErrno) {
        TraceDifference d = make(Kind::ConnectErrno);
        d.errnoA = a.connectErrno;
        d.errnoB = b.connectErrno;
        out.push_back(d);
    }
    if (a.lastErrno != b.lastErrno && !(a.lastErrno == a.connectErrno && b.lastErrno == b.connectErrno)) {
        TraceDifference d = make(Kind::LastErrno);
        d.errnoA = a.lastErrno;
        d.errnoB = b.lastErrno;
        out.push_back(d);
    }

    // What went over the wire.
    for (int k = 0; k < kRetransKindCount; ++k) {
        const std::size_t before = out.size();
        counts(Kind::Retransmissions, a.retransmissions[k], b.retransmissions[k]);
        if (out.size() > before)
            out.back().retransKind = static_cast<RetransKind>(k);
    }
    counts(Kind::RstSent, a.rstSent, b.rstSent);

    for (TcpState s : kAllStates) {
        const SimTime ta = a.timeIn[static_cast<int>(s)];
        const SimTime tb = b.timeIn[static_cast<int>(s)];
        if (ta == tb)
            continue;
        TraceDifference d = make(Kind::TimeInState);
        d.state = s;
        d.timeA = ta;
        d.timeB = tb;
        d.delta = tb - ta;
        d.untilRunEnd = !a.goneAt && !b.goneAt && a.finalState == s && b.finalState == s;
        out.push_back(d);
    }
    counts(Kind::SegmentsSent, a.segmentsSent, b.segmentsSent);
    counts(Kind::SegmentsLost, a.segmentsLost, b.segmentsLost);
}

std::string decimal(double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.9g", v);
    return buf;
}

std::string seconds(SimTime t)
{
    return decimal(toSeconds(t));
}

std::string dropsText(const std::vector<DropRule> &rules)
{
    std::string text;
    for (const DropRule &r : rules) {
        if (!text.empty())
            text += ", ";
        text += ruleText(r);
    }
    return text;
}

std::string firewallText(const FirewallConfig &f)
{
    if (f.idleTimeout == 0)
        return {};
    return seconds(f.idleTimeout) + (f.action == FirewallConfig::Action::Drop ? "/drop" : "/reset");
}

std::string optionValue(const RunConfig &c, const std::string &key)
{
    if (auto it = c.options.find(key); it != c.options.end())
        return it->second;
    if (const ScenarioInfo *info = findScenario(c.scenario)) {
        for (const ScenarioOption &o : info->options) {
            if (o.key == key)
                return std::string(o.defaultValue);
        }
    }
    return {};
}

std::set<std::string> optionKeys(const RunConfig &c)
{
    std::set<std::string> keys;
    for (const auto &[key, value] : c.options)
        keys.insert(key);
    if (const ScenarioInfo *info = findScenario(c.scenario)) {
        for (const ScenarioOption &o : info->options)
            keys.insert(std::string(o.key));
    }
    return keys;
}
} // namespace

std::vector<TraceDifference> compareTraces(const Trace &a, const Trace &b)
{
    std::vector<TraceDifference> out;
    for (Side side : {Side::Client, Side::Server})
        compareSide(side, endpointOutcome(a, side), endpointOutcome(b, side), out);
    if (a.end != b.end) {
        TraceDifference d;
        d.kind = Kind::RunEnd;
        d.timeA = a.end;
        d.timeB = b.end;
        d.delta = b.end - a.end;
        out.push_back(d);
    }
    return out;
}

std::vector<SettingDifference> compareConfigs(const RunConfig &a, const RunConfig &b)
{
    using K = SettingDifference::Kind;
    using Host = SettingDifference::Host;
    std::vector<SettingDifference> out;
    const auto add = [&out](K kind, std::string valueA, std::string valueB, std::string key = {}, Host host = Host::Both) {
        if (valueA != valueB)
            out.push_back(SettingDifference{kind, host, std::move(key), std::move(valueA), std::move(valueB)});
    };

    add(K::Scenario, a.scenario, b.scenario);

    const Sysctls &clientA = a.sysctls;
    const Sysctls &clientB = b.sysctls;
    const Sysctls &serverA = a.serverSysctls.value_or(a.sysctls);
    const Sysctls &serverB = b.serverSysctls.value_or(b.sysctls);
    for (const SysctlInfo &info : sysctlTable()) {
        if (info.component != 0)
            continue; // a two-value key is compared once, as one text
        const std::string key(info.key);
        const std::string ca = clientA.valueText(key), cb = clientB.valueText(key);
        const std::string sa = serverA.valueText(key), sb = serverB.valueText(key);
        if (ca == cb && sa == sb)
            continue;
        if (ca == sa && cb == sb) {
            add(K::Sysctl, ca, cb, key, Host::Both);
        } else {
            add(K::Sysctl, ca, cb, key, Host::Client);
            add(K::Sysctl, sa, sb, key, Host::Server);
        }
    }

    std::set<std::string> keys = optionKeys(a);
    keys.merge(optionKeys(b));
    for (const std::string &key : keys)
        add(K::Option, optionValue(a, key), optionValue(b, key), key);

    add(K::Delay, seconds(a.network.delay), seconds(b.network.delay));
    add(K::Jitter, seconds(a.network.jitter), seconds(b.network.jitter));
    add(K::LossC2S, decimal(a.network.lossC2S), decimal(b.network.lossC2S));
    add(K::LossS2C, decimal(a.network.lossS2C), decimal(b.network.lossS2C));
    add(K::Duplicate, decimal(a.network.duplicate), decimal(b.network.duplicate));
    add(K::Drops, dropsText(a.network.drops), dropsText(b.network.drops));
    add(K::Firewall, firewallText(a.network.firewall), firewallText(b.network.firewall));
    add(K::Seed, std::to_string(a.seed), std::to_string(b.seed));
    add(K::Until, a.until ? seconds(*a.until) : std::string(), b.until ? seconds(*b.until) : std::string());
    add(K::Budget, std::to_string(a.eventBudget), std::to_string(b.eventBudget));
    return out;
}

} // namespace closelab
