// SPDX-License-Identifier: GPL-3.0-or-later
// The library's entries: names, groups, seeds, options. The scripts live in scenarioscripts.cpp.
#include "scenario.h"

#include "population.h"

#include <charconv>
#include <cmath>
#include <initializer_list>

namespace closelab {
namespace {

using G = ScenarioGroup;

const std::vector<ScenarioOption> kPopulationOptions = {
    {"rate", "", "population"}, {"duration", "", "population"}, {"connections", "", "population"}, {"tail", "", "population"},
    {"clients", "", "population"}, {"nat", "", "population"}, {"closer", "", "population"}, {"leak", "", "population"},
    {"accept_rate", "", "population"}, {"accepts", "", "population"}, {"backlog", "", "population"}, {"hold", "", "population"},
    {"request", "", "population"}, {"response", "", "population"}, {"syn_flood", "", "population"}, {"burst_rate", "", "population"},
    {"burst_start", "", "population"}, {"burst_length", "", "population"}, {"vanish", "", "population"},
    {"server_closes", "", "population"}, {"retry", "", "population"}, {"start", "", "population"},
    {"syn_flood_count", "", "population"},
};

using S = TcpState;

// ScenarioInfo::endStates: besides gone, where each side's sockets may rest when the story is over (or at
// the default horizon, which an option's time may pass: normal_close's server is then still in CLOSE_WAIT).
EndStates ends(std::initializer_list<TcpState> client, std::initializer_list<TcpState> server)
{
    EndStates e;
    for (TcpState s : client) e.client |= stateBit(s);
    for (TcpState s : server) e.server |= stateBit(s);
    return e;
}

const std::vector<ScenarioInfo> &library()
{
    static const std::vector<ScenarioInfo> lib = {
        {"normal_close", G::NormalClose, "003", "client closes first; the server reads EOF and closes 50 ms later: four segments",
         {{"server_close_delay", "0.05", "seconds >= 0"}}, ends({}, {S::CloseWait})},
        {"server_close_first", G::NormalClose, "001", "HTTP-style: the server closes after responding, so TIME_WAIT lands on the server",
         {{"client_close_delay", "0.05", "seconds >= 0"}}, ends({S::CloseWait}, {})},
        {"fin_ack_combined", G::NormalClose, "003", "the passive side closes at once: its ACK rides on its FIN, three segments", {}, ends({}, {})},
        {"simultaneous_close", G::NormalClose, "003", "both sides close at t=0: FIN_WAIT1 -> CLOSING -> TIME_WAIT on both",
         {{"mode", "close", "close|shutdown"}}, ends({}, {})},
        {"half_close", G::NormalClose, "003", "client shutdown(SHUT_WR); the server keeps sending, then closes: FIN_WAIT2 without a timer",
         {{"send_for", "5", "seconds >= 0"}}, ends({S::FinWait2}, {S::CloseWait})},
        {"fin_unacked", G::RetransmissionAndTimeouts, "000", "client closes; everything from the server is dropped: FIN retransmissions until the retry budget",
         {{"mode", "close", "close|shutdown"}, {"server_close_at", "", "seconds > 0, or empty for never"}}, ends({}, {S::CloseWait})},
        {"fin_wait2_timeout", G::RetransmissionAndTimeouts, "003", "client closes, the server never does (CLOSE_WAIT bug): orphaned FIN_WAIT2 times out",
         {{"mode", "close", "close|shutdown"}, {"client_close_at", "", "seconds > 0, or empty for never"},
          {"server_close_at", "", "seconds > 0, or empty for never"}}, ends({S::FinWait2}, {S::CloseWait})},
        {"last_ack_lost", G::RetransmissionAndTimeouts, "003", "the client's last ACK is lost: LAST_ACK retransmits its FIN, TIME_WAIT re-ACKs and restarts",
         {{"n", "1", "integer 1..20"}, {"server_close_delay", "0.05", "seconds >= 0"}}, ends({}, {S::CloseWait})},
        {"stale_segment", G::TimeWaitAndPorts, "001", "why 2MSL: a delayed duplicate from an old connection meets a new one on the same 4-tuple",
         {{"time_wait", "on", "on|off"}, {"reconnect_at", "0.5", "seconds > 0"}}, ends({S::Established}, {S::Established})},
        {"so_reuseaddr_restart", G::TimeWaitAndPorts, "001", "the server closes first, restarts and binds its port again: EADDRINUSE without SO_REUSEADDR",
         {{"reuseaddr", "0", "0|1"}}, ends({S::Established}, {S::Established, S::CloseWait})},
        {"rst_linger0", G::Rst, "004", "SO_LINGER {1, 0} then close(): an RST instead of a FIN, no TIME_WAIT",
         {{"who", "client", "client|server|both"}}, ends({}, {})},
        {"rst_unread_data", G::Rst, "004", "close() with unread data in the receive queue: RST", {}, ends({}, {})},
        {"rst_closed_port", G::Rst, "004", "connect() to a port nobody listens on: RST, ECONNREFUSED", {}, ends({}, {})},
        {"rst_data_after_close", G::Rst, "004", "data reaches a socket whose application closed it: RST, then EPIPE", {}, ends({}, {})},
        {"peer_crash", G::RetransmissionAndTimeouts, "002", "the server host dies silently; the client's data retransmits until tcp_retries2",
         {{"reboot_at", "", "seconds > 0, or empty for never"}}, ends({}, {})},
        {"process_crash", G::Rst, "002", "the server process dies: its kernel closes the socket (FIN); the client's next write meets an RST", {}, ends({}, {})},
        {"synack_lost", G::HandshakeAndQueues, "003", "the client's handshake ACK is lost: SYN-ACK retransmissions until tcp_synack_retries",
         {{"heal_at", "", "seconds > 0 (default: 2 s after the request expires)"}}, ends({S::Established}, {S::Established})},
        {"syn_unanswered", G::HandshakeAndQueues, "003", "every SYN is dropped: SYN retransmissions, then connect() fails with ETIMEDOUT",
         {{"close_at", "", "seconds > 0, or empty for never"}}, ends({}, {})},
        {"keepalive_dead_peer", G::KeepaliveAndMiddleboxes, "000", "an idle connection to a vanished peer: keepalive probes, then RST and ETIMEDOUT",
         {{"keepalive", "1", "0|1"}}, ends({S::Established}, {S::Established})},
        {"firewall_idle_timeout", G::KeepaliveAndMiddleboxes, "002", "a firewall forgets an idle connection; the next write vanishes (or is reset)",
         {{"idle", "300", "seconds > 0"}, {"action", "drop", "drop|reset"}, {"keepalive", "0", "0|1"}}, ends({S::Established}, {S::Established})},
        {"zero_window_fin_wait1", G::RetransmissionAndTimeouts, "003", "FIN stuck behind data to a peer with a zero window: an orphan probing until tcp_orphan_retries",
         {{"rcvbuf", "4096", "bytes 256..1048576"}}, ends({}, {S::Established, S::CloseWait})},
        {"tw_bucket_overflow", G::Population, "001", "200 connections/s closed by the client: TIME_WAIT plateaus at tcp_max_tw_buckets (5000)", kPopulationOptions, ends({}, {})},
        {"port_exhaustion", G::Population, "001", "1000 connections/s to one server:port: after about 28 s every ephemeral port is in TIME_WAIT, connect() fails EADDRNOTAVAIL", kPopulationOptions, ends({}, {})},
        {"tw_reuse", G::Population, "001", "the same load with tcp_tw_reuse=1: TIME_WAIT ports are reused after tcp_tw_reuse_delay", kPopulationOptions, ends({}, {})},
        {"close_wait_leak", G::Population, "003", "a tenth of the server's handlers never close: CLOSE_WAIT grows until ulimit -n, then accept() fails EMFILE", kPopulationOptions, ends({}, {S::CloseWait})},
        {"accept_queue_overflow", G::Population, "003", "listen(8) and no accept(): backlog + 1 connections are held, later handshakes are dropped", kPopulationOptions, ends({S::Established}, {S::Established})},
        {"syn_flood", G::Population, "003", "spoofed SYNs fill the SYN queue; with tcp_syncookies a legitimate client still connects", kPopulationOptions, ends({}, {})},
        {"orphan_overflow", G::Population, "003", "the server closes, its clients vanish: orphans pile up past tcp_max_orphans and are reset", kPopulationOptions, ends({}, {})},
        {"tw_recycle_nat", G::Population, "001", "kernels before 4.12: tcp_tw_recycle drops SYNs from clients behind one NAT address", kPopulationOptions, ends({}, {})},
        {"http_server_load", G::Population, "001", "seed 001's test, scaled down: the clients run out of ports while the server keeps serving past its bucket limit", kPopulationOptions, ends({}, {})},
        {"population", G::Population, "", "a workload of your own (closelab-cli population)", kPopulationOptions, ends({S::Established, S::FinWait2, S::CloseWait}, {S::Established, S::FinWait2, S::CloseWait})},
    };
    return lib;
}

bool parseDouble(std::string_view text, double &out)
{
    const char *end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && p == end && std::isfinite(out);
}

} // namespace

std::string_view scenarioGroupName(ScenarioGroup g)
{
    switch (g) {
    case G::NormalClose: return "normal_close";
    case G::RetransmissionAndTimeouts: return "retransmission";
    case G::TimeWaitAndPorts: return "time_wait";
    case G::Rst: return "rst";
    case G::HandshakeAndQueues: return "handshake";
    case G::KeepaliveAndMiddleboxes: return "keepalive";
    case G::Population: return "population";
    }
    return "?";
}

std::span<const ScenarioInfo> scenarioLibrary() { return library(); }

const ScenarioInfo *findScenario(std::string_view name)
{
    for (const ScenarioInfo &s : library()) {
        if (s.name == name) return &s;
    }
    return nullptr;
}

std::optional<std::string> validate(const RunConfig &config)
{
    const ScenarioInfo *info = findScenario(config.scenario);
    if (!info) return "unknown scenario '" + config.scenario + "' (closelab-cli list shows them)";
    for (const auto &[key, value] : config.options) {
        const ScenarioOption *opt = nullptr;
        for (const ScenarioOption &o : info->options) {
            if (o.key == key) opt = &o;
        }
        if (!opt) {
            std::string known;
            for (const ScenarioOption &o : info->options) known += (known.empty() ? "" : ", ") + std::string(o.key);
            return "--opt " + key + ": " + config.scenario + " has no such option"
                + (known.empty() ? std::string(" (it takes none)") : " (it takes: " + known + ")");
        }
        const std::string_view allowed = opt->allowed;
        bool ok = true;
        if (allowed == "population") {
            PopulationConfig scratch;
            if (auto err = applyPopulationOption(scratch, key, value)) return err;
            continue;
        }
        if (allowed.starts_with("seconds")) {
            double v = 0;
            ok = (value.empty() && allowed.find("empty") != std::string_view::npos)
                || (parseDouble(value, v) && v >= 0 && v <= 7200 && (allowed.find("> 0") == std::string_view::npos || v > 0));
        } else if (allowed.starts_with("integer") || allowed.starts_with("bytes")) {
            double v = 0;
            const bool isBytes = allowed.starts_with("bytes");
            ok = parseDouble(value, v) && v == std::floor(v) && v >= (isBytes ? 256 : 1) && v <= (isBytes ? 1048576 : 20);
        } else {
            ok = false;
            std::string_view rest = allowed;
            while (!rest.empty()) {
                const auto bar = rest.find('|');
                if (rest.substr(0, bar) == value) ok = true;
                if (bar == std::string_view::npos) break;
                rest.remove_prefix(bar + 1);
            }
        }
        if (!ok) return "--opt " + key + "=" + value + ": expected " + std::string(allowed);
    }
    const NetworkConfig &n = config.network;
    if (n.delay < kMinDelay || n.delay > kMaxDelay) return "--delay: must be between 0.000001 and 0.5 seconds";
    if (n.jitter < 0 || n.jitter > kMaxDelay) return "--jitter: must be between 0 and 0.5 seconds";
    for (double p : {n.lossC2S, n.lossS2C, n.duplicate}) {
        if (!(p >= 0.0 && p <= 1.0)) return "--loss: a probability between 0 and 1";
    }
    if (config.until && (*config.until <= 0 || *config.until > 30 * 86400 * kSec))
        return "--until: must be between 0 and 2592000 seconds";
    return std::nullopt;
}

} // namespace closelab
