// SPDX-License-Identifier: GPL-3.0-or-later
// What each library scenario's two applications do, and when. t = 0 is the call the story is about;
// set-up (listen, connect, a small request and response) happens at negative times.
#include "host.h"
#include "population.h"
#include "scenario.h"
#include "simulator.h"
#include "tcpconstants.h"
#include "timerwheel.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace closelab {
namespace {

constexpr std::uint16_t kServerPort = 80;
constexpr std::uint16_t kClosedPort = 81;

double optSeconds(const RunConfig &c, const char *key, double fallback)
{
    auto it = c.options.find(key);
    if (it == c.options.end() || it->second.empty()) return fallback;
    double v = fallback;
    std::from_chars(it->second.data(), it->second.data() + it->second.size(), v);
    return v;
}

std::string optText(const RunConfig &c, const ScenarioInfo &info, const char *key)
{
    auto it = c.options.find(key);
    if (it != c.options.end()) return it->second;
    for (const ScenarioOption &o : info.options) {
        if (o.key == key) return std::string(o.defaultValue);
    }
    return {};
}

/// The two applications of a single-connection story.
struct Story {
    explicit Story(Simulator &s) : sim(s) {}
    Simulator &sim;
    TcpSocket *listener = nullptr;
    TcpSocket *client = nullptr;
    TcpSocket *server = nullptr; ///< the accepted connection
    std::function<void(TcpSocket &)> onServerAccepted;
    std::uint32_t requestBytes = 5;
    std::uint32_t responseBytes = 5;
    bool clientReads = true; ///< false: the client application never reads (from its connect() on)

    Host &clientHost() { return sim.host(Side::Client); }
    Host &serverHost() { return sim.host(Side::Server); }

    bool reuseAddr = false;
    std::uint16_t lastLocalPort = 0;

    void listen(SimTime at)
    {
        sim.at(at, [this] {
            TcpSocket &l = serverHost().newSocket(kListenerConn);
            l.holdFd(); // socket() returned a descriptor (the host's fd count, as in population runs)
            l.reuseAddr = reuseAddr;
            if (reuseAddr) sim.recorder().app(sim.now(), Side::Server, kListenerConn, AppCall::SetReuseAddr, 1, 0, Errno::None);
            // bind(): a TIME_WAIT socket still holding the port refuses it without SO_REUSEADDR.
            const Errno bindErr = serverHost().bindCheck(kServerPort, reuseAddr);
            sim.recorder().app(sim.now(), Side::Server, kListenerConn, AppCall::Bind, kServerPort, bindErr == Errno::None ? 0 : -1, bindErr);
            if (bindErr != Errno::None) return;
            listener = &l;
            listener->localPort = kServerPort;
            listener->listen(128);
            listener->onAccept = [this](TcpSocket &child) {
                server = &child;
                // The server app answers each request with a response of its own.
                child.onData = [this, &child] {
                    if (responseBytes > 0 && child.state() == TcpState::Established) {
                        child.write(responseBytes);
                        responseBytes = 0;
                    }
                };
                if (onServerAccepted) onServerAccepted(child);
            };
        });
    }

    /// Client connects at `at` (from `localPort`, or an ephemeral port) and sends its request once connected.
    void connect(SimTime at, std::uint16_t port = kServerPort, bool samePort = false)
    {
        sim.at(at, [this, port, samePort] {
            Host &h = clientHost();
            TcpSocket &c = h.newSocket(h.nextConn++);
            c.holdFd();
            std::uint32_t isn = 0;
            const std::uint32_t server = serverHost().address();
            const std::uint16_t local = samePort ? lastLocalPort : h.allocatePort(h.address(), server, port, isn);
            if (local == 0) {
                // Every ephemeral port toward this server is taken: "Cannot assign requested address".
                sim.recorder().app(sim.now(), Side::Client, c.conn(), AppCall::Connect, 0, -1, Errno::Eaddrnotavail);
                return;
            }
            lastLocalPort = local;
            if (samePort) {
                // bind() to the old port with SO_REUSEADDR, then connect(): the 4-tuple must be free.
                sim.recorder().app(sim.now(), Side::Client, c.conn(), AppCall::SetReuseAddr, 1, 0, Errno::None);
                const Errno e = h.claimFourTuple(FourTuple{h.address(), server, local, port}, isn);
                if (e != Errno::None) {
                    sim.recorder().app(sim.now(), Side::Client, c.conn(), AppCall::Connect, 0, -1, e);
                    return;
                }
            }
            client = &c;
            c.autoRead = clientReads;
            c.onEstablished = [this, &c] {
                if (requestBytes > 0) c.write(requestBytes);
            };
            c.connectWithIsn(local, port, isn, !samePort);
            if (c.conn() == 0) sim.recorder().trace().port = {local, port};
        });
    }

    /// The usual set-up: listen, connect at `connectAt` (default -0.3 s, earlier on slow paths so the
    /// exchange is over by t = 0), request and response.
    void establish(SimTime connectAt = 0)
    {
        if (connectAt == 0) connectAt = -300 * kMs - 6 * sim.config().network.delay;
        listen(connectAt - 700 * kMs);
        connect(connectAt);
    }

    void at(SimTime t, std::function<void()> fn) { sim.at(t, std::move(fn)); }

    /// The story's call: close(), or shutdown(SHUT_WR) for the half-close variants.
    static void finish(TcpSocket *sock, bool shutdownOnly)
    {
        if (!sock) return;
        if (shutdownOnly) sock->shutdown(AppCall::ShutdownWr);
        else sock->close();
    }
};

SimTime secs(double s) { return fromSeconds(s); }

/// The latest a timer armed for `delay` fires: one bucket of its timer-wheel level late (timerwheel.h).
SimTime latestWheelExpiry(SimTime delay)
{
    SimTime start = 63, bucket = 1;
    const SimTime jiffies = roundUpToJiffies(delay) / kJiffy;
    while (jiffies >= start && bucket < (SimTime{1} << 24)) {
        start <<= 3;
        bucket <<= 3;
    }
    return delay + bucket * kJiffy;
}

void scriptNormalClose(Story &s, const RunConfig &c, double serverDelay)
{
    s.establish();
    s.onServerAccepted = [&s, serverDelay](TcpSocket &child) {
        child.onEof = [&s, &child, serverDelay] { s.at(s.sim.now() + secs(serverDelay), [&child] { child.close(); }); };
    };
    (void)c;
    s.at(0, [&s] { if (s.client) s.client->close(); });
}

void buildScript(Story &s, const RunConfig &c, const ScenarioInfo &info)
{
    Simulator &sim = s.sim;
    const std::string name = c.scenario;
    if (name == "normal_close") {
        scriptNormalClose(s, c, optSeconds(c, "server_close_delay", 0.05));
    } else if (name == "fin_ack_combined") {
        scriptNormalClose(s, c, 0.0);
    } else if (name == "server_close_first") {
        const double delay = optSeconds(c, "client_close_delay", 0.05);
        s.establish();
        sim.at(-300 * kMs + kUs, [&s, delay] {
            if (s.client) s.client->onEof = [&s, delay] { s.at(s.sim.now() + secs(delay), [&s] { if (s.client) s.client->close(); }); };
        });
        s.at(0, [&s] { if (s.server) s.server->close(); });
    } else if (name == "simultaneous_close") {
        const bool shut = optText(c, info, "mode") == "shutdown";
        s.establish();
        s.at(0, [&s, shut] { Story::finish(s.client, shut); });
        s.at(0, [&s, shut] { Story::finish(s.server, shut); });
    } else if (name == "half_close") {
        const double sendFor = optSeconds(c, "send_for", 5);
        s.establish();
        s.at(0, [&s] { if (s.client) s.client->shutdown(AppCall::ShutdownWr); });
        for (int i = 1; i <= static_cast<int>(std::floor(sendFor)); ++i)
            s.at(secs(i), [&s] { if (s.server) s.server->write(100); });
        s.at(secs(sendFor), [&s] { if (s.server) s.server->close(); });
    } else if (name == "fin_unacked") {
        const bool shut = optText(c, info, "mode") == "shutdown";
        const double closeAt = optSeconds(c, "server_close_at", -1);
        s.establish();
        // Everything from the server is dropped from t = 0 while the client socket exists.
        sim.scenarioDrop = [&s](Side from, const WireSegment &) {
            return from == Side::Server && s.sim.now() >= 0 && s.client && s.client->state() != TcpState::Closed;
        };
        s.at(0, [&s, shut] { Story::finish(s.client, shut); });
        if (closeAt > 0) s.at(secs(closeAt), [&s] { if (s.server) s.server->close(); });
    } else if (name == "fin_wait2_timeout") {
        const double closeAt = optSeconds(c, "server_close_at", -1);
        const double clientCloseAt = optSeconds(c, "client_close_at", -1);
        const bool shut = optText(c, info, "mode") == "shutdown";
        s.establish();
        s.at(0, [&s, shut] { Story::finish(s.client, shut); });
        if (clientCloseAt > 0) s.at(secs(clientCloseAt), [&s] { if (s.client) s.client->close(); });
        if (closeAt > 0) s.at(secs(closeAt), [&s] { if (s.server) s.server->close(); });
    } else if (name == "last_ack_lost") {
        int n = 1;
        if (auto it = c.options.find("n"); it != c.options.end()) std::from_chars(it->second.data(), it->second.data() + it->second.size(), n);
        auto dropped = std::make_shared<int>(0);
        sim.scenarioDrop = [&s, n, dropped](Side from, const WireSegment &seg) {
            // The client's pure ACKs of the server's FIN (sent from TIME_WAIT) are lost n times.
            if (from != Side::Client || s.clientHost().connectionState(0) != TcpState::TimeWait) return false;
            if (seg.h.len != 0 || (seg.h.flags & (FlagFin | FlagSyn | FlagRst))) return false;
            if (*dropped >= n) return false;
            ++*dropped;
            return true;
        };
        scriptNormalClose(s, c, optSeconds(c, "server_close_delay", 0.05));
    } else if (name == "rst_linger0") {
        // who=client: the client aborts. who=server: the client closes normally and the server, in
        // CLOSE_WAIT, aborts 100 ms later. who=both: both close at t = 0, the server with SO_LINGER 0, so its
        // RST meets the client in FIN_WAIT1.
        const std::string who = optText(c, info, "who");
        s.establish();
        if (who == "client") {
            s.at(-100 * kMs, [&s] { if (s.client) s.client->setLinger(true, 0); });
            s.at(0, [&s] { if (s.client) s.client->close(); });
            s.at(100 * kMs, [&s] { if (s.server) s.server->write(5); });
        } else {
            s.at(-100 * kMs, [&s] { if (s.server) s.server->setLinger(true, 0); });
            s.at(0, [&s] { if (s.client) s.client->close(); });
            s.at(who == "both" ? 0 : 100 * kMs, [&s] { if (s.server) s.server->close(); });
        }
    } else if (name == "rst_unread_data") {
        // The client never reads: the 110 B response is still in its receive queue when close() runs at
        // t = 0, whatever the delay (the set-up ends by -0.3 s - 2 x delay). tcp.c: __tcp_close(): data
        // unread at close() -> tcp_send_active_reset(), RST instead of FIN.
        s.responseBytes = 110;
        s.clientReads = false;
        s.establish();
        s.at(0, [&s] { if (s.client) s.client->close(); });
        s.at(100 * kMs, [&s] { if (s.server) s.server->write(5); });
    } else if (name == "rst_closed_port") {
        s.listen(-kSec);
        s.connect(0, kClosedPort);
    } else if (name == "rst_data_after_close") {
        s.establish();
        s.at(0, [&s] { if (s.client) s.client->close(); });
        s.at(550 * kMs, [&s] { if (s.server) s.server->write(9); });
        s.at(850 * kMs, [&s] { if (s.server) s.server->write(9); });
    } else if (name == "peer_crash") {
        const double rebootAt = optSeconds(c, "reboot_at", -1);
        s.establish();
        s.at(-100 * kMs, [&s] { s.serverHost().crash(); s.sim.recorder().app(s.sim.now(), Side::Server, 0, AppCall::HostCrash, 0, 0, Errno::None); });
        s.at(0, [&s] { if (s.client) s.client->write(100); });
        if (rebootAt > 0)
            s.at(secs(rebootAt), [&s] { s.serverHost().reboot(); s.sim.recorder().app(s.sim.now(), Side::Server, 0, AppCall::HostReboot, 0, 0, Errno::None); });
    } else if (name == "process_crash") {
        s.establish();
        s.at(0, [&s] {
            s.sim.recorder().app(s.sim.now(), Side::Server, 0, AppCall::ProcessExit, 0, 0, Errno::None);
            if (s.server) s.server->close();
            if (s.listener) s.listener->close();
        });
        s.at(200 * kMs, [&s] { if (s.client) s.client->write(5); });
        s.at(400 * kMs, [&s] { if (s.client) s.client->write(5); });
    } else if (name == "synack_lost") {
        // The request expires after the SYN-ACK's backoff: 1 + 2 + 4 … s, each step capped at tcp_rto_max.
        const std::int64_t r = sim.sysctl(SysctlId::TcpSynackRetries);
        const double cap = static_cast<double>(sim.sysctl(SysctlId::TcpRtoMaxMs)) / 1000.0;
        double expiry = 0;
        for (std::int64_t i = 0; i <= r; ++i) expiry += std::min(std::ldexp(1.0, static_cast<int>(std::min<std::int64_t>(i, 40))), cap);
        const double heal = optSeconds(c, "heal_at", expiry + 2);
        s.requestBytes = 11;
        sim.scenarioDrop = [&s, heal](Side from, const WireSegment &seg) {
            return from == Side::Client && !(seg.h.flags & FlagSyn) && s.sim.now() < secs(heal);
        };
        s.listen(-kSec);
        s.connect(0);
    } else if (name == "syn_unanswered") {
        const double closeAt = optSeconds(c, "close_at", -1);
        sim.scenarioDrop = [](Side from, const WireSegment &seg) {
            return from == Side::Client && (seg.h.flags & FlagSyn);
        };
        s.listen(-kSec);
        s.connect(0);
        if (closeAt > 0) s.at(secs(closeAt), [&s] { if (s.client) s.client->close(); });
    } else if (name == "keepalive_dead_peer") {
        const bool ka = optText(c, info, "keepalive") == "1";
        s.establish();
        if (ka) s.at(-250 * kMs, [&s] { if (s.client) s.client->setKeepalive(true); });
        // The whole keepalive cycle must fit, even with Linux's 2-hour default, and each of its timers may
        // fire up to one timer-wheel bucket late (timerWheelExpiry(): 131 s for 2 h, 2 s for 75 s).
        const SimTime idle = sim.sysctl(SysctlId::TcpKeepaliveTime) * kSec, intvl = sim.sysctl(SysctlId::TcpKeepaliveIntvl) * kSec;
        const SimTime cycle = latestWheelExpiry(idle) + latestWheelExpiry(intvl) * (sim.sysctl(SysctlId::TcpKeepaliveProbes) + 1) + 60 * kSec;
        sim.extendDefaultHorizon(cycle);
        sim.scenarioDrop = [&s](Side from, const WireSegment &) { return from == Side::Server && s.sim.now() >= 0; };
        s.at(0, [] {});
    } else if (name == "firewall_idle_timeout") {
        const bool ka = optText(c, info, "keepalive") == "1";
        // The connection must sit idle for longer than the firewall remembers before t = 0.
        const SimTime start = -fromSeconds(optSeconds(c, "idle", 300)) - 10 * kSec;
        s.establish(start);
        if (ka) s.at(start + 50 * kMs, [&s] { if (s.client) s.client->setKeepalive(true); });
        s.at(0, [&s] { if (s.client) s.client->write(100); });
    } else if (name == "zero_window_fin_wait1") {
        std::uint32_t rcvbuf = 4096;
        if (auto it = c.options.find("rcvbuf"); it != c.options.end())
            std::from_chars(it->second.data(), it->second.data() + it->second.size(), rcvbuf);
        s.responseBytes = 0;
        s.onServerAccepted = [rcvbuf](TcpSocket &child) {
            child.autoRead = false; // the server application never reads
            child.receiveBuffer = rcvbuf;
        };
        s.establish();
        // The data must have closed the window before close() (its zero-window ACK back by t = 0): at
        // -0.1 s, earlier on slow paths.
        s.at(std::min<SimTime>(-100 * kMs, -4 * sim.config().network.delay - 10 * kMs),
             [&s, rcvbuf] { if (s.client) s.client->write(rcvbuf * 2); });
        s.at(0, [&s] { if (s.client) s.client->close(); });
    } else if (name == "so_reuseaddr_restart") {
        // The server closes first (TIME_WAIT on port 80), its process exits and is started again.
        s.reuseAddr = optText(c, info, "reuseaddr") == "1";
        const double delay = 0.05;
        s.establish();
        sim.at(-300 * kMs + kUs, [&s, delay] {
            if (s.client) s.client->onEof = [&s, delay] { s.at(s.sim.now() + secs(delay), [&s] { if (s.client) s.client->close(); }); };
        });
        s.at(0, [&s] { if (s.server) s.server->close(); });
        s.at(500 * kMs, [&s] {
            s.sim.recorder().app(s.sim.now(), Side::Server, kListenerConn, AppCall::ProcessExit, 0, 0, Errno::None);
            if (s.listener) s.listener->close();
            s.listener = nullptr;
        });
        s.listen(kSec);
        s.at(kSec + kMs, [&s] { s.requestBytes = 5; s.responseBytes = 5; });
        s.connect(2 * kSec);
        s.at(2500 * kMs, [&s] {
            if (s.client && s.client->conn() == 1 && s.client->state() == TcpState::Established) s.client->close();
        });
    } else if (name == "stale_segment") {
        // A copy of the server's response is stuck in the network for 1.5 s. The client closes at t = 0 and
        // connects again at 0.5 s from the same port; the late copy arrives at 1.2 s.
        const bool tw = optText(c, info, "time_wait") == "on";
        if (!tw) s.sim.overrideSysctl(SysctlId::TcpMaxTwBuckets, 0);
        s.responseBytes = 1000;
        auto sent = std::make_shared<bool>(false);
        sim.scenarioLateDuplicate = [sent](Side from, const WireSegment &seg) -> std::optional<SimTime> {
            if (from != Side::Server || seg.h.len == 0 || *sent) return std::nullopt;
            *sent = true;
            return 1500 * kMs;
        };
        s.onServerAccepted = [](TcpSocket &child) {
            child.onEof = [&child] { child.close(); };
        };
        s.establish();
        s.at(0, [&s] { if (s.client) s.client->close(); });
        const SimTime reconnect = secs(optSeconds(c, "reconnect_at", 0.5));
        s.at(reconnect, [&s] {
            s.requestBytes = 5;
            s.responseBytes = 5;
        });
        s.connect(reconnect, kServerPort, true);
    }
}

void applyFirewall(RunConfig &c)
{
    if (c.scenario != "firewall_idle_timeout") return;
    double idle = optSeconds(c, "idle", 300);
    c.network.firewall.idleTimeout = fromSeconds(idle);
    auto it = c.options.find("action");
    c.network.firewall.action = (it != c.options.end() && it->second == "reset") ? FirewallConfig::Action::Reset
                                                                                 : FirewallConfig::Action::Drop;
}

} // namespace

Trace simulate(const RunConfig &input)
{
    if (isPopulationScenario(input.scenario)) {
        // A population run: the trace is its first connection.
        RunConfig c = input;
        PopulationConfig w;
        populationPreset(c.scenario, c, w);
        (void)applyPopulationOptions(w, c.options);
        return simulatePopulation(c, w).sample;
    }
    RunConfig config = input;
    applyFirewall(config);
    const ScenarioInfo *info = findScenario(config.scenario);
    Simulator sim(config);
    Story story(sim);
    if (info) buildScript(story, config, *info);
    return sim.run();
}

} // namespace closelab
