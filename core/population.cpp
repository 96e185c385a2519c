// SPDX-License-Identifier: GPL-3.0-or-later
// Many connections through the same Host/TcpSocket code as the single-connection scenarios: an arrival
// process of client connects, a server that accepts (maybe slowly) and answers, closers by policy, and
// samples of every table the kernel bounds.
#include "population.h"

#include "host.h"
#include "simulator.h"
#include "tcpconstants.h"

#include <algorithm>
#include <cmath>

namespace closelab {
namespace {

constexpr std::uint16_t kServerPort = 80;
constexpr std::uint32_t kClientBase = (10u << 24) | (1u << 16); // 10.1.0.0: client i is 10.1.0.0 + i + 1
constexpr std::uint32_t kSpoofBase = (198u << 24) | (18u << 16); // 198.18.0.0/15: benchmarking range
constexpr std::uint32_t kSpoofConnBase = 0x80000000u;

enum Tag : std::uint32_t { TagArrival, TagAccept, TagSample, TagFlood, TagClose, TagRetry };
// The simulator's call lanes (Simulator::call()): arrivals come in time order, and so do closes and retries
// (each a constant delay after now); the periodic ticks go to the heap.
constexpr int kArrivalLane = 0, kCloseLane = 1, kNoLane = -1;

const std::array<TcpState, 9> kSampledStates = {TcpState::SynSent,  TcpState::SynRecv, TcpState::Established,
                                               TcpState::FinWait1, TcpState::FinWait2, TcpState::Closing,
                                               TcpState::TimeWait, TcpState::CloseWait, TcpState::LastAck};
const std::array<Errno, 6> kConnectErrors = {Errno::Eaddrnotavail, Errno::Etimedout, Errno::Econnrefused,
                                             Errno::Econnreset, Errno::Emfile, Errno::Epipe};

/// Per socket slot: what the application on it is doing (slots are recycled; incarnation tells apart).
struct AppState {
    std::uint32_t incarnation = UINT32_MAX;
    std::uint32_t bytesIn = 0;
    std::uint16_t client = 0;
    bool established = false;
    bool closed = false;
    bool leak = false;
    bool closesFirst = false;
};

class PopulationDriver {
public:
    PopulationDriver(const RunConfig &config, const PopulationConfig &w, const std::atomic<bool> *cancel,
                     const std::function<void(double)> &progress)
        : m_sim(config, true), m_w(w), m_progress(progress), m_client(m_sim.host(Side::Client)), m_server(m_sim.host(Side::Server))
    {
        // Small runs are recorded in full (every connection's story); large ones keep the first as a sample.
        if (!w.recordAll && w.rate * w.duration + w.burstRate * w.burstLength > 200) m_sim.recorder().recordOnlyFirstConnection();
        else m_sim.recorder().skipSpoofedConnections();
        m_sim.recorder().trace().populationSample = true;
        m_sim.enableTimerWheel();
        m_sim.cancel = cancel;
        m_client.setRecycling(true);
        m_server.setRecycling(true);
        const int n = std::max(1, w.clients);
        m_client.setAddressRange(kClientBase + 1, kClientBase + static_cast<std::uint32_t>(n));
        m_clientFds.assign(static_cast<std::size_t>(n), 0);
        m_horizon = config.until.value_or(fromSeconds(w.start + w.duration + w.tail));
        m_sample = w.sampleInterval > 0 ? fromSeconds(w.sampleInterval)
                                         : (w.duration + w.tail >= 20 ? kSec : std::max<SimTime>(fromSeconds((w.duration + w.tail) / 200), kMs));
        m_sim.callHandler = [this](std::uint32_t tag, std::uint32_t value) { onCall(tag, value); };
        setUpSeries();
    }

    PopulationResult run()
    {
        m_sim.at(-kSec, [this] { listen(); });
        if ((m_w.rate > 0 || m_w.burstRate > 0) && m_w.duration > 0) m_sim.call(fromSeconds(m_w.start), TagArrival, 0, kArrivalLane);
        if (m_w.synFloodRate > 0) m_sim.call(0, TagFlood, 0, kNoLane);
        if (m_w.acceptRate > 0 && m_w.serverAccepts) m_sim.call(0, TagAccept, 0, kNoLane);
        m_sim.call(0, TagSample, 0, kNoLane);
        PopulationResult r;
        r.sample = m_sim.run();
        r.events = m_sim.eventsProcessed();
        r.runEnd = r.sample.runEnd;
        r.twBytesPerSocket = m_twBytes;
        r.socketSlots = m_client.socketCount() + m_server.socketCount();
        finishTotals(r.totals);
        r.series = std::move(m_series);
        return r;
    }

private:
    // --- set-up ---------------------------------------------------------------------------------------
    void listen()
    {
        TcpSocket &l = m_server.newSocket(kListenerConn);
        l.localPort = kServerPort;
        l.listen(m_w.backlog);
        l.holdFd();
        m_listener = l.id();
        if (m_w.serverAccepts && m_w.acceptRate <= 0) l.onAccept = [this](TcpSocket &child) { serve(child); };
        l.onAcceptFailed = [this](Errno) { ++m_acceptsFailed; }; // accept() = -1 EMFILE, on either path
    }

    double rateAt(SimTime t) const
    {
        const double s = toSeconds(t);
        if (m_w.burstRate > 0 && s >= m_w.burstStart && s < m_w.burstStart + m_w.burstLength) return m_w.burstRate;
        return m_w.rate;
    }

    AppState &app(TcpSocket &s)
    {
        auto &table = s.conn() & kSpoofConnBase ? m_spoofApps : (isClient(s) ? m_apps[0] : m_apps[1]);
        if (table.size() <= s.id()) table.resize(s.id() + 1);
        AppState &a = table[s.id()];
        if (a.incarnation != s.incarnation()) a = AppState{s.incarnation()};
        return a;
    }
    bool isClient(const TcpSocket &s) const { return s.side() == Side::Client; }

    bool decide(std::uint32_t conn, double fraction, std::uint64_t salt) const
    {
        if (fraction <= 0) return false;
        if (fraction >= 1) return true;
        std::uint64_t h = (std::uint64_t{conn} + salt) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 31;
        return static_cast<double>(h % 1000000) < fraction * 1e6;
    }

    // --- events ---------------------------------------------------------------------------------------
    void onCall(std::uint32_t tag, std::uint32_t value)
    {
        switch (tag) {
        case TagArrival: arrival(); break;
        case TagRetry: connectFrom(static_cast<std::uint16_t>(value)); break;
        case TagAccept: acceptTick(); break;
        case TagSample: sampleRow(); break;
        case TagFlood: flood(); break;
        case TagClose: closeApp(Side(value >> 31), value & 0x7FFFFFFFu); break;
        default: break;
        }
    }

    void arrival()
    {
        const SimTime now = m_sim.now();
        if (now >= fromSeconds(m_w.start + m_w.duration)) return;
        const double r = rateAt(now);
        if (r > 0) m_sim.call(now + std::max<SimTime>(fromSeconds(1.0 / r), 1), TagArrival, 0, kArrivalLane);
        const int n = std::max(1, m_w.clients);
        connectFrom(static_cast<std::uint16_t>(m_arrivals++ % static_cast<std::uint64_t>(n)));
        // The next arrival's client: start loading the table slots its connect() will look at first.
        const auto next = static_cast<std::uint32_t>(m_arrivals % static_cast<std::uint64_t>(n));
        m_client.prefetchConnect(m_w.nat ? m_client.address() : kClientBase + 1 + next, m_server.address(), kServerPort);
    }

    /// One connect() attempt by client k (an arrival, or a retry after a failure).
    void connectFrom(std::uint16_t k)
    {
        ++m_attempted;
        const std::uint32_t own = kClientBase + 1 + k;
        const std::uint32_t addr = m_w.nat ? m_client.address() : own;
        // socket(): each client process has its own ulimit -n.
        if (m_clientFds[k] >= m_client.sysctl(SysctlId::UlimitNofile)) {
            failAttempt(k, Errno::Emfile);
            return;
        }
        std::uint32_t isn = 0;
        const std::uint16_t port = m_client.allocatePort(addr, m_server.address(), kServerPort, isn);
        if (port == 0) {
            failAttempt(k, Errno::Eaddrnotavail); // connect(): "Cannot assign requested address"
            return;
        }
        TcpSocket &s = m_client.newSocket(m_client.nextConn++);
        if (s.conn() == 0) {
            // The sample connection's endpoints, for the sequence diagram's lifelines.
            m_sim.recorder().trace().address = {addr, m_server.address()};
            m_sim.recorder().trace().port = {port, kServerPort};
        }
        s.localAddr = addr;
        s.clockAddr = own;
        s.remoteAddr = m_server.address();
        s.holdFd();
        ++m_clientFds[k];
        AppState &a = app(s);
        a.client = k;
        a.closesFirst = m_w.closer == Closer::Client || (m_w.closer == Closer::Mix && !decide(s.conn(), m_w.serverClosesFraction, 7));
        const std::uint32_t id = s.id();
        s.onEstablished = [this, id] {
            TcpSocket &c = m_client.socket(id);
            AppState &st = app(c);
            st.established = true;
            ++m_ok;
            c.write(m_w.requestBytes);
            if (m_w.clientsVanish) {
                // The client machine disappears after its request: nothing it owned answers any more.
                m_client.blackhole(c.tuple());
                st.closed = true;
                --m_clientFds[st.client];
                c.crash();
            }
        };
        s.onData = [this, id] { clientData(m_client.socket(id)); };
        s.onEof = [this, id] { appClose(m_client.socket(id)); };
        s.onError = [this, id](Errno e) {
            TcpSocket &c = m_client.socket(id);
            if (!app(c).established) fail(e);
            appClose(c);
        };
        s.connectWithIsn(port, kServerPort, isn, true);
    }

    /// A connect() that failed before any segment: recorded (it has a connection index of its own) and,
    /// with the retry option, tried again by the same client.
    void failAttempt(std::uint16_t k, Errno e)
    {
        fail(e);
        m_sim.recorder().app(m_sim.now(), Side::Client, m_client.nextConn++, AppCall::Connect, 0, -1, e);
        if (m_w.retry > 0) m_sim.call(m_sim.now() + fromSeconds(m_w.retry), TagRetry, k, kCloseLane);
    }

    void fail(Errno e) { ++m_failed[static_cast<std::size_t>(std::find(kConnectErrors.begin(), kConnectErrors.end(), e) - kConnectErrors.begin())]; }

    void clientData(TcpSocket &c)
    {
        AppState &a = app(c);
        if (c.unread() > 0) a.bytesIn += static_cast<std::uint32_t>(std::max<std::int64_t>(c.read(), 0));
        if (a.bytesIn >= m_w.responseBytes && a.closesFirst && !a.closed) scheduleClose(c, Side::Client);
    }

    void serve(TcpSocket &child)
    {
        ++m_accepts;
        AppState &a = app(child);
        a.leak = decide(child.conn(), m_w.leak, 13);
        // The server closes first for Closer::Server, and for Closer::Mix when the client does not.
        a.closesFirst = m_w.closer == Closer::Server || (m_w.closer == Closer::Mix && decide(child.conn(), m_w.serverClosesFraction, 7));
        const std::uint32_t id = child.id();
        child.onData = [this, id] {
            TcpSocket &s = m_server.socket(id);
            AppState &st = app(s);
            const bool before = st.bytesIn >= m_w.requestBytes;
            if (s.unread() > 0) st.bytesIn += static_cast<std::uint32_t>(std::max<std::int64_t>(s.read(), 0));
            if (!before && st.bytesIn >= m_w.requestBytes) {
                s.write(m_w.responseBytes);
                if (st.closesFirst && !st.leak) scheduleClose(s, Side::Server);
            }
        };
        child.onEof = [this, id] {
            TcpSocket &s = m_server.socket(id);
            if (!app(s).leak) appClose(s);
        };
        child.onError = [this, id](Errno) {
            TcpSocket &s = m_server.socket(id);
            if (!app(s).leak) appClose(s);
        };
        // Data (and a FIN) that arrived while it waited in the accept queue.
        child.deliverPendingToApp();
    }

    void scheduleClose(TcpSocket &s, Side side)
    {
        const std::uint32_t value = (side == Side::Server ? 0x80000000u : 0u) | s.id();
        auto &pending = m_pendingIncarnation[static_cast<int>(side)];
        if (pending.size() <= s.id()) pending.resize(s.id() + 1, kNoClose);
        pending[s.id()] = s.incarnation();
        m_sim.call(m_sim.now() + fromSeconds(m_w.hold), TagClose, value, kCloseLane);
    }

    void closeApp(Side side, std::uint32_t id)
    {
        Host &h = side == Side::Client ? m_client : m_server;
        auto &pending = m_pendingIncarnation[static_cast<int>(side)];
        if (id >= pending.size() || pending[id] == kNoClose) return;
        const std::uint32_t inc = pending[id];
        pending[id] = kNoClose;
        if (!h.socketAlive(id, inc)) return;
        appClose(h.socket(id));
    }

    void appClose(TcpSocket &s)
    {
        AppState &a = app(s);
        if (a.closed) return;
        a.closed = true;
        if (isClient(s)) --m_clientFds[a.client];
        s.close();
    }

    void acceptTick()
    {
        if (m_w.acceptRate > 0) m_sim.call(m_sim.now() + fromSeconds(1.0 / m_w.acceptRate), TagAccept, 0, kNoLane);
        if (m_listener == UINT32_MAX) return;
        TcpSocket &l = m_server.socket(m_listener);
        if (l.acceptQueue.empty()) return;
        if (TcpSocket *child = l.accept()) serve(*child); // EMFILE is accept()'s to decide (onAcceptFailed)
    }

    void flood()
    {
        const SimTime now = m_sim.now();
        if (now >= fromSeconds(m_w.duration) || (m_w.synFloodCount > 0 && m_spoofed >= m_w.synFloodCount)) return;
        m_sim.call(now + std::max<SimTime>(fromSeconds(1.0 / m_w.synFloodRate), 1), TagFlood, 0, kNoLane);
        // A SYN from a spoofed address: its SYN-ACK goes nowhere.
        WireSegment syn;
        syn.h.flags = FlagSyn;
        syn.h.seq = static_cast<std::uint32_t>(m_sim.rng()());
        syn.h.window = 64240;
        syn.srcAddr = kSpoofBase + static_cast<std::uint32_t>(m_sim.rng()() % 131072);
        syn.dstAddr = m_server.address();
        syn.srcPort = static_cast<std::uint16_t>(1024 + m_sim.rng()() % 64000);
        syn.dstPort = kServerPort;
        syn.conn = kSpoofConnBase | (m_spoofed++ & 0x7FFFFFFFu);
        m_sim.transmit(Side::Client, syn, 1, std::nullopt, std::nullopt);
    }

    // --- series ---------------------------------------------------------------------------------------
    void column(const std::string &name) { m_series.names.push_back(name); }

    void setUpSeries()
    {
        for (const char *side : {"client", "server"}) {
            for (TcpState s : kSampledStates) column(std::string(side) + "." + std::string(stateName(s)));
            column(std::string(side) + ".tw_buckets");
            column(std::string(side) + ".orphans");
            column(std::string(side) + ".fds");
        }
        column("client.ports_in_use");
        column("server.syn_queue");
        column("server.accept_queue");
        column("connects.attempted");
        column("connects.ok");
        for (Errno e : kConnectErrors) column("connects.failed." + std::string(errnoName(e)));
        column("server.accepts");
        column("server.accepts_failed.EMFILE");
        for (int r = 0; r < kRstReasonCount; ++r) column("rst." + std::string(rstReasonName(static_cast<RstReason>(r))));
        for (int k = 0; k < kRetransKindCount; ++k) column("retrans." + std::string(retransKindName(static_cast<RetransKind>(k))));
        for (const char *side : {"client", "server"}) {
            for (const char *c : {"ListenOverflows", "ListenDrops", "TCPTimeWaitOverflow", "TCPAbortOnMemory", "TCPAbortOnClose",
                                  "TCPAbortOnData", "TCPAbortOnTimeout", "SyncookiesSent", "SyncookiesRecv", "PAWSPassive"})
                column(std::string(side) + "." + c);
        }
        m_series.columns.assign(m_series.names.size(), {});
        auto v = [](const Host &h, SysctlId id) { return static_cast<double>(h.sysctl(id)); };
        const double range = v(m_client, SysctlId::IpLocalPortRangeHigh) - v(m_client, SysctlId::IpLocalPortRangeLow) + 1;
        auto &l = m_series.limits;
        l["client.TIME_WAIT"] = l["client.tw_buckets"] = v(m_client, SysctlId::TcpMaxTwBuckets);
        l["server.TIME_WAIT"] = l["server.tw_buckets"] = v(m_server, SysctlId::TcpMaxTwBuckets);
        l["client.orphans"] = v(m_client, SysctlId::TcpMaxOrphans);
        l["server.orphans"] = v(m_server, SysctlId::TcpMaxOrphans);
        l["server.fds"] = v(m_server, SysctlId::UlimitNofile);
        l["client.fds"] = v(m_client, SysctlId::UlimitNofile) * (m_w.nat ? 1 : std::max(1, m_w.clients));
        l["client.ports_in_use"] = range * (m_w.nat ? 1 : std::max(1, m_w.clients));
    }

    static double counter(const HostCounters &c, const std::string &name)
    {
        if (name == "ListenOverflows") return static_cast<double>(c.listenOverflows);
        if (name == "ListenDrops") return static_cast<double>(c.listenDrops);
        if (name == "TCPTimeWaitOverflow") return static_cast<double>(c.timeWaitOverflow);
        if (name == "TCPAbortOnMemory") return static_cast<double>(c.abortOnMemory);
        if (name == "TCPAbortOnClose") return static_cast<double>(c.abortOnClose);
        if (name == "TCPAbortOnData") return static_cast<double>(c.abortOnData);
        if (name == "TCPAbortOnTimeout") return static_cast<double>(c.abortOnTimeout);
        if (name == "SyncookiesSent") return static_cast<double>(c.syncookiesSent);
        if (name == "SyncookiesRecv") return static_cast<double>(c.syncookiesRecv);
        if (name == "PAWSPassive") return static_cast<double>(c.pawsPassiveRejected);
        return 0;
    }

    void sampleRow()
    {
        const SimTime now = m_sim.now();
        if (now + m_sample <= m_horizon) m_sim.call(now + m_sample, TagSample, 0, kNoLane);
        if (m_progress) m_progress(std::clamp(toSeconds(now) / toSeconds(m_horizon), 0.0, 1.0));
        const TcpSocket *l = m_listener == UINT32_MAX ? nullptr : &m_server.socket(m_listener);
        if (l) {
            m_series.limits["server.accept_queue"] = l->backlog() + 1;
            m_series.limits["server.syn_queue"] = l->backlog() + 1;
        }
        std::size_t i = 0;
        auto put = [&](double v) { m_series.columns[i++].push_back(v); };
        for (Host *h : {&m_client, &m_server}) {
            for (TcpState s : kSampledStates) put(static_cast<double>(h->stateCount[static_cast<int>(s)]));
            put(h->timeWaitCount());
            put(h->orphanCount);
            put(h == &m_client ? static_cast<double>(clientFds()) : h->openFds);
        }
        put(static_cast<double>(m_client.portsInUseTotal));
        put(l ? l->synQueue : 0);
        put(l ? static_cast<double>(l->acceptQueue.size()) : 0);
        put(static_cast<double>(m_attempted));
        put(static_cast<double>(m_ok));
        for (std::size_t e = 0; e < kConnectErrors.size(); ++e) put(static_cast<double>(m_failed[e]));
        put(static_cast<double>(m_accepts));
        put(static_cast<double>(m_acceptsFailed));
        for (int r = 0; r < kRstReasonCount; ++r)
            put(static_cast<double>(m_client.counters.rstsByReason[r] + m_server.counters.rstsByReason[r]));
        for (int k = 0; k < kRetransKindCount; ++k)
            put(static_cast<double>(m_client.counters.retransByKind[k] + m_server.counters.retransByKind[k]));
        for (Host *h : {&m_client, &m_server}) {
            for (const char *c : {"ListenOverflows", "ListenDrops", "TCPTimeWaitOverflow", "TCPAbortOnMemory", "TCPAbortOnClose",
                                  "TCPAbortOnData", "TCPAbortOnTimeout", "SyncookiesSent", "SyncookiesRecv", "PAWSPassive"})
                put(counter(h->counters, c));
        }
        m_series.t.push_back(toSeconds(now));
        m_twPeak[0] = std::max<std::int64_t>(m_twPeak[0], m_client.stateCount[static_cast<int>(TcpState::TimeWait)]);
        m_twPeak[1] = std::max<std::int64_t>(m_twPeak[1], m_server.stateCount[static_cast<int>(TcpState::TimeWait)]);
        m_synRecvPeak = std::max<std::int64_t>(m_synRecvPeak, m_server.stateCount[static_cast<int>(TcpState::SynRecv)]);
        if (l) m_acceptPeak = std::max<std::int64_t>(m_acceptPeak, static_cast<std::int64_t>(l->acceptQueue.size()));
        for (Host *h : {&m_client, &m_server}) {
            if (h->timeWaitCount() >= static_cast<int>(m_maxTwSeen)) {
                m_maxTwSeen = static_cast<std::size_t>(h->timeWaitCount());
                m_twBytes = h->timeWaitTable().bytesPerEntry();
            }
        }
    }

    std::int64_t clientFds() const
    {
        std::int64_t n = 0;
        for (int f : m_clientFds) n += f;
        return n;
    }

    void finishTotals(PopulationTotals &t)
    {
        t.connectsAttempted = m_attempted;
        t.connectsOk = m_ok;
        for (std::size_t e = 0; e < kConnectErrors.size(); ++e)
            if (m_failed[e]) t.connectsFailed[std::string(errnoName(kConnectErrors[e]))] = m_failed[e];
        t.accepts = m_accepts;
        t.acceptsFailed = m_acceptsFailed;
        for (int r = 0; r < kRstReasonCount; ++r) {
            const std::int64_t n = m_client.counters.rstsByReason[r] + m_server.counters.rstsByReason[r];
            if (n) t.rstSent[std::string(rstReasonName(static_cast<RstReason>(r)))] = n;
        }
        t.timeWaitPeakClient = m_twPeak[0];
        t.timeWaitPeakServer = m_twPeak[1];
        t.synRecvPeak = m_synRecvPeak;
        t.acceptQueuePeak = m_acceptPeak;
        t.cookiesSent = m_server.counters.syncookiesSent;
        for (Host *h : {&m_client, &m_server}) {
            const std::string side = h == &m_client ? "client." : "server.";
            for (const char *c : {"ListenOverflows", "ListenDrops", "TCPTimeWaitOverflow", "TCPAbortOnMemory", "TCPAbortOnClose",
                                  "TCPAbortOnData", "TCPAbortOnTimeout", "SyncookiesSent", "SyncookiesRecv", "PAWSPassive"}) {
                const double v = counter(h->counters, c);
                if (v != 0) t.linuxCounters[side + c] = static_cast<std::int64_t>(v);
            }
        }
    }

    Simulator m_sim;
    PopulationConfig m_w;
    std::function<void(double)> m_progress;
    Host &m_client;
    Host &m_server;
    std::uint32_t m_listener = UINT32_MAX;
    SimTime m_horizon = 0;
    SimTime m_sample = kSec;
    std::array<std::vector<AppState>, 2> m_apps;
    std::vector<AppState> m_spoofApps;
    /// Per socket slot: the incarnation a scheduled close() is for (slots are few and recycled: no map).
    std::array<std::vector<std::uint32_t>, 2> m_pendingIncarnation;
    static constexpr std::uint32_t kNoClose = UINT32_MAX;
    std::vector<int> m_clientFds;
    std::uint64_t m_arrivals = 0;
    std::uint32_t m_spoofed = 0;
    std::int64_t m_attempted = 0, m_ok = 0, m_accepts = 0, m_acceptsFailed = 0;
    std::array<std::int64_t, kConnectErrors.size()> m_failed{};
    std::array<std::int64_t, 2> m_twPeak{};
    std::int64_t m_synRecvPeak = 0, m_acceptPeak = 0;
    std::size_t m_maxTwSeen = 0;
    double m_twBytes = 0;
    Series m_series;
};

} // namespace

const std::vector<double> *Series::column(const std::string &name) const
{
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return &columns[i];
    return nullptr;
}

PopulationResult simulatePopulation(const RunConfig &config, const PopulationConfig &workload, const std::atomic<bool> *cancel,
                                    const std::function<void(double)> &progress)
{
    RunConfig c = config;
    if (!c.until) c.until = fromSeconds(workload.start + workload.duration + workload.tail);
    c.eventBudget = std::max<std::uint64_t>(c.eventBudget, 2'000'000'000ull);
    PopulationDriver driver(c, workload, cancel, progress);
    return driver.run();
}

} // namespace closelab
