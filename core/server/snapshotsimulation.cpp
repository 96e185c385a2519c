// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotsimulation.h"

#include "diagnosis.h"
#include "textlines.h"

#include "core/sysctltable.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace closelab::server {

void applySnapshotSysctls(const Snapshot &s, Sysctls &sysctls, std::vector<std::string> *applied,
                          std::vector<std::string> *refused)
{
    std::set<std::string_view> done;
    for (const SysctlInfo &row : sysctlTable()) {
        if (!done.insert(row.key).second) continue; // ip_local_port_range: one key, two rows
        std::optional<std::string> value = s.sysctl(row.key);
        if (!value && row.id == SysctlId::UlimitNofile && s.fdLimit) value = std::to_string(*s.fdLimit);
        if (!value) continue;
        const std::string assignment = std::string(row.key) + "=" + *value;
        if (auto err = sysctls.setFromText(assignment)) {
            if (refused) refused->push_back(*err);
        } else if (applied) {
            applied->push_back(std::string(row.key));
        }
    }
}

namespace {

std::string numberText(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

std::string_view addressOf(std::string_view endpoint)
{
    const auto colon = endpoint.rfind(':');
    return colon == std::string_view::npos ? endpoint : endpoint.substr(0, colon);
}

} // namespace

SimulationPlan planSimulation(const Snapshot &s)
{
    SimulationPlan plan;
    plan.config.scenario = "population";
    applySnapshotSysctls(s, plan.config.sysctls, &plan.sysctlsApplied, &plan.sysctlsRefused);

    // Where TIME_WAIT sits: a socket whose local port lies in ip_local_port_range was connected from here
    // (client side, counted in Destination::portsInUse); the others were accepted here (server side).
    std::int64_t twServer = 0, twClient = 0;
    std::set<std::string_view> serverPeers;
    for (const auto &[remote, d] : s.destinations) {
        auto it = d.states.find("TIME_WAIT");
        if (it == d.states.end()) continue;
        // A remote with an ephemeral-looking port and no ports of ours in use toward it is a client of ours.
        if (d.portsInUse == 0) {
            twServer += it->second;
            serverPeers.insert(addressOf(remote));
        } else {
            twClient += it->second;
        }
    }
    const std::int64_t tw = s.haveSocketTable ? s.state("TIME_WAIT") : s.sockstat.tw.value_or(0);
    if (tw > 0) {
        plan.rate = double(tw) / double(threshold::kTimeWaitLength); // include/net/tcp.h: TCP_TIMEWAIT_LEN
        plan.rateFromTimeWait = true;
    } else {
        plan.rate = kDefaultRate;
    }
    plan.rate = std::clamp(plan.rate, 0.1, kMaxPlannedRate);
    const std::int64_t twSided = twServer + twClient;
    plan.serverClosesFraction = twSided > 0 ? double(twServer) / double(twSided) : 0;
    if (twSided == 0 || plan.serverClosesFraction < 0.2) plan.closer = Closer::Client;
    else if (plan.serverClosesFraction > 0.8) plan.closer = Closer::Server;
    else plan.closer = Closer::Mix;
    plan.clients = plan.closer == Closer::Client ? 1 : std::clamp(static_cast<int>(serverPeers.size()), 1, 1000);

    const std::int64_t cw = s.state("CLOSE_WAIT");
    plan.leak = cw > 0 ? std::min(1.0, double(cw) / (plan.rate * double(threshold::kTimeWaitLength))) : 0;

    auto &o = plan.config.options;
    o["rate"] = numberText(plan.rate);
    o["duration"] = "90"; // past one TIME_WAIT length: the plateau shows
    o["tail"] = "5";
    o["clients"] = std::to_string(plan.clients);
    o["closer"] = plan.closer == Closer::Client ? "client" : plan.closer == Closer::Server ? "server" : "mix";
    if (plan.closer == Closer::Mix) o["server_closes"] = numberText(plan.serverClosesFraction);
    if (plan.leak > 0) o["leak"] = numberText(plan.leak);
    plan.config.until = static_cast<SimTime>(95) * kSec;
    return plan;
}

} // namespace closelab::server
