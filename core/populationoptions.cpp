// SPDX-License-Identifier: GPL-3.0-or-later
// Population scenarios as workload presets, and the workload's options (`--opt` / the population command).
#include "population.h"

#include <charconv>
#include <cmath>

namespace closelab {
namespace {

bool parseNumber(const std::string &v, double &out)
{
    const char *end = v.data() + v.size();
    auto [p, ec] = std::from_chars(v.data(), end, out);
    return !v.empty() && ec == std::errc() && p == end && std::isfinite(out);
}

struct Preset {
    const char *name;
    std::vector<std::pair<SysctlId, std::int64_t>> sysctls; ///< both hosts
    std::vector<std::pair<SysctlId, std::int64_t>> serverSysctls;
    std::vector<std::pair<const char *, const char *>> options;
};

const std::vector<Preset> &presets()
{
    using I = SysctlId;
    static const std::vector<Preset> p = {
        // Client closes first: TIME_WAIT on the client plateaus at min(rate x 60 s, tcp_max_tw_buckets).
        {"tw_bucket_overflow", {{I::TcpMaxTwBuckets, 5000}}, {}, {{"rate", "200"}, {"duration", "90"}, {"closer", "client"}}},
        // 28232 ports, 1000 connects/s, each port held 60 s in TIME_WAIT: connect() fails from about 28 s.
        {"port_exhaustion", {{I::TcpTwReuse, 0}}, {}, {{"rate", "1000"}, {"duration", "60"}, {"closer", "client"}}},
        // Same load with tcp_tw_reuse = 1 and timestamps: a TIME_WAIT port is reused after 1 s.
        {"tw_reuse", {{I::TcpTwReuse, 1}}, {}, {{"rate", "1000"}, {"duration", "60"}, {"closer", "client"}}},
        // A tenth of the handlers never close: CLOSE_WAIT and descriptors pile up until ulimit -n, then EMFILE.
        {"close_wait_leak", {}, {}, {{"rate", "100"}, {"duration", "150"}, {"closer", "client"}, {"leak", "0.1"}}},
        // listen(8) and no accept(): 9 connections are held, the rest overflow.
        {"accept_queue_overflow", {}, {}, {{"rate", "5"}, {"duration", "10"}, {"backlog", "8"}, {"accepts", "0"}, {"tail", "40"}}},
        // Half-open SYNs from spoofed sources fill the SYN queue; syncookies keep a legitimate client connecting.
        {"syn_flood", {}, {}, {{"rate", "2"}, {"duration", "30"}, {"syn_flood", "500"}, {"backlog", "128"}, {"tail", "0"}}},
        // The server closes, its clients vanish: orphans in FIN_WAIT1 pile up past tcp_max_orphans.
        {"orphan_overflow", {{I::TcpMaxOrphans, 200}}, {}, {{"rate", "50"}, {"duration", "20"}, {"closer", "server"}, {"vanish", "1"}, {"tail", "20"}}},
        // Kernels before 4.12: tcp_tw_recycle with clients behind one NAT address drops SYNs (PAWS).
        {"tw_recycle_nat", {{I::TcpTwRecycle, 1}}, {}, {{"rate", "20"}, {"duration", "30"}, {"clients", "5"}, {"nat", "1"}, {"closer", "server"}, {"tail", "30"}}},
        // Seed 001's experiment, scaled down (the seed: 64k ports, 81920 buckets): a client tool hammering a
        // server with short connections, both sides closing some; the client runs out of ports while the
        // server (its own tcp_max_tw_buckets) keeps serving past its bucket limit. A new SYN takes over a
        // server TIME_WAIT on the same 4-tuple (tcp_timewait_state_process(): TCP_TW_SYN), so one client
        // address keeps at most about 0.7 x its port range in the server's table.
        {"http_server_load", {{I::IpLocalPortRangeLow, 50000}, {I::IpLocalPortRangeHigh, 59999}}, {{I::TcpMaxTwBuckets, 5000}},
         {{"rate", "800"}, {"duration", "60"}, {"closer", "mix"}, {"server_closes", "0.7"}, {"tail", "5"}}},
    };
    return p;
}

} // namespace

bool isPopulationScenario(const std::string &name)
{
    if (name == "population") return true;
    for (const Preset &p : presets())
        if (name == p.name) return true;
    return false;
}

std::optional<std::string> applyPopulationOption(PopulationConfig &w, const std::string &key, const std::string &value)
{
    double v = 0;
    const bool num = parseNumber(value, v);
    auto range = [&](double lo, double hi, const char *what) -> std::optional<std::string> {
        if (!num || v < lo || v > hi) return "--opt " + key + "=" + value + ": expected " + what;
        return std::nullopt;
    };
    std::optional<std::string> err;
    if (key == "rate") { if (!(err = range(0, 1e6, "connections per second 0..1000000"))) w.rate = v; }
    else if (key == "duration") { if (!(err = range(0, 86400, "seconds 0..86400"))) w.duration = v; }
    else if (key == "connections") {
        if (!(err = range(0, 1e8, "a count 0..100000000"))) w.duration = w.rate > 0 ? (v - 0.5) / w.rate + 1e-9 : 0;
    }
    else if (key == "tail") { if (!(err = range(0, 86400, "seconds 0..86400"))) w.tail = v; }
    else if (key == "clients") { if (!(err = range(1, 65535, "an integer 1..65535"))) w.clients = static_cast<int>(v); }
    else if (key == "nat") { if (!(err = range(0, 1, "0 or 1"))) w.nat = v != 0; }
    else if (key == "leak") { if (!(err = range(0, 1, "a fraction 0..1"))) w.leak = v; }
    else if (key == "accept_rate") { if (!(err = range(0, 1e7, "accepts per second (0: at once)"))) w.acceptRate = v; }
    else if (key == "accepts") { if (!(err = range(0, 1, "0 (never accept) or 1"))) w.serverAccepts = v != 0; }
    else if (key == "backlog") { if (!(err = range(0, 65535, "an integer 0..65535"))) w.backlog = static_cast<int>(v); }
    else if (key == "hold") { if (!(err = range(0, 3600, "seconds 0..3600"))) w.hold = v; }
    else if (key == "request") { if (!(err = range(1, 1e7, "bytes 1..10000000"))) w.requestBytes = static_cast<std::uint32_t>(v); }
    else if (key == "response") { if (!(err = range(1, 1e7, "bytes 1..10000000"))) w.responseBytes = static_cast<std::uint32_t>(v); }
    else if (key == "syn_flood") { if (!(err = range(0, 1e6, "SYNs per second"))) w.synFloodRate = v; }
    else if (key == "burst_rate") { if (!(err = range(0, 1e6, "connections per second"))) w.burstRate = v; }
    else if (key == "burst_start") { if (!(err = range(0, 86400, "seconds"))) w.burstStart = v; }
    else if (key == "burst_length") { if (!(err = range(0, 86400, "seconds"))) w.burstLength = v; }
    else if (key == "start") { if (!(err = range(0, 86400, "seconds before the first arrival"))) w.start = v; }
    else if (key == "syn_flood_count") { if (!(err = range(0, 1e9, "a count of spoofed SYNs (0: as long as duration)"))) w.synFloodCount = static_cast<std::uint32_t>(v); }
    else if (key == "retry") { if (!(err = range(0, 3600, "seconds (0: a failed connect() is not retried)"))) w.retry = v; }
    else if (key == "server_closes") { if (!(err = range(0, 1, "a fraction 0..1 (closer=mix)"))) w.serverClosesFraction = v; }
    else if (key == "vanish") { if (!(err = range(0, 1, "0 or 1"))) w.clientsVanish = v != 0; }
    else if (key == "closer") {
        if (value == "client") w.closer = Closer::Client;
        else if (value == "server") w.closer = Closer::Server;
        else if (value == "mix") w.closer = Closer::Mix;
        else err = "--opt closer=" + value + ": expected client|server|mix";
    } else {
        err = "--opt " + key + ": a population run has no such option (rate, duration, connections, tail, clients, nat, closer, "
              "leak, accept_rate, accepts, backlog, hold, request, response, syn_flood, syn_flood_count, burst_rate, burst_start, burst_length, vanish, "
              "server_closes, retry, start)";
    }
    return err;
}

std::optional<std::string> applyPopulationOptions(PopulationConfig &w, const std::map<std::string, std::string> &options)
{
    for (const auto &[k, v] : options)
        if (k != "connections")
            if (auto err = applyPopulationOption(w, k, v)) return err;
    if (auto it = options.find("connections"); it != options.end()) return applyPopulationOption(w, it->first, it->second);
    return std::nullopt;
}

bool populationPreset(const std::string &name, RunConfig &config, PopulationConfig &w)
{
    if (name == "population") return true;
    for (const Preset &p : presets()) {
        if (name != p.name) continue;
        // The preset's parameters apply where the user left the Linux default.
        for (auto [id, value] : p.sysctls) {
            config.sysctls.setScenarioDefault(id, value);
            if (config.serverSysctls) config.serverSysctls->setScenarioDefault(id, value);
        }
        if (!p.serverSysctls.empty() && !config.serverSysctls) config.serverSysctls = config.sysctls;
        for (auto [id, value] : p.serverSysctls) config.serverSysctls->setScenarioDefault(id, value);
        for (auto [k, v] : p.options) (void)applyPopulationOption(w, k, v);
        return true;
    }
    return false;
}

} // namespace closelab
