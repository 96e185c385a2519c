// SPDX-License-Identifier: GPL-3.0-or-later
#include "replay.h"

#include "inferencedetail.h"

#include "core/host.h"
#include "core/simulator.h"
#include "core/sysctltable.h"
#include "core/tcpsocket.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

namespace closelab::capture {
namespace {

/// The engine's drop-rule classes (core/simulator.cpp: matches()), so that a rule's n-th match is the
/// capture's n-th segment of that class.
bool ruleMatches(DropRule::Match m, const TcpPacket &p)
{
    switch (m) {
    case DropRule::Match::Any: return true;
    case DropRule::Match::Syn: return (p.flags & FlagSyn) && !(p.flags & FlagAck);
    case DropRule::Match::SynAck: return (p.flags & FlagSyn) && (p.flags & FlagAck);
    case DropRule::Match::Ack: return (p.flags & FlagAck) && !(p.flags & (FlagSyn | FlagFin | FlagRst)) && p.payload == 0;
    case DropRule::Match::Fin: return p.flags & FlagFin;
    case DropRule::Match::Rst: return p.flags & FlagRst;
    case DropRule::Match::Data: return p.payload > 0;
    }
    return false;
}

/// The narrowest class a segment belongs to.
DropRule::Match matchOf(const TcpPacket &p)
{
    if (p.flags & FlagRst) return DropRule::Match::Rst;
    if ((p.flags & FlagSyn) && (p.flags & FlagAck)) return DropRule::Match::SynAck;
    if (p.flags & FlagSyn) return DropRule::Match::Syn;
    if (p.flags & FlagFin) return DropRule::Match::Fin;
    if (p.payload > 0) return DropRule::Match::Data;
    return DropRule::Match::Ack;
}

/// Half the handshake's round trip as the capture saw it (SYN to the client's ACK of the SYN-ACK).
SimTime handshakeRttOf(const CaptureIndex &ix, const Connection &conn)
{
    SimTime syn = kNever;
    for (const SegmentInfo &s : conn.segments) {
        const TcpPacket &p = ix.tcp[s.packet];
        if ((p.flags & FlagSyn) && !(p.flags & FlagAck) && syn == kNever) syn = p.t;
        else if (syn != kNever && s.from == Side::Client && !(p.flags & (FlagSyn | FlagRst)) && (p.flags & FlagAck))
            return p.t > syn ? p.t - syn : kNever;
    }
    // No handshake: the server's answer to the SYN (an RST from a port nobody listens on).
    for (const SegmentInfo &s : conn.segments) {
        const TcpPacket &p = ix.tcp[s.packet];
        if (syn != kNever && s.from == Side::Server && p.t > syn) return p.t - syn;
    }
    return kNever;
}

std::string setText(const Finding &f)
{
    if (f.range) return std::to_string(f.min) + ".." + std::to_string(f.max);
    std::string s = "{";
    for (std::size_t i = 0; i < f.values.size(); ++i) s += (i ? ", " : "") + std::to_string(f.values[i]);
    return s + "}";
}

bool inSet(const Finding &f, std::int64_t v)
{
    return f.range ? v >= f.min && v <= f.max : std::find(f.values.begin(), f.values.end(), v) != f.values.end();
}

/// A value from the finding's set: Linux's default when the set holds it (the least surprising
/// assumption), else the middle of the set.
std::int64_t pick(const Finding &f, std::int64_t linuxDefault)
{
    if (inSet(f, linuxDefault)) return linuxDefault;
    if (f.range) return f.min + (f.max - f.min) / 2;
    return f.values.empty() ? linuxDefault : f.values[(f.values.size() - 1) / 2];
}

/// Who called close() and who shutdown(SHUT_WR): a side that goes on receiving data after its FIN
/// without resetting the connection only half-closed it (tcp.c: tcp_shutdown()); data reaching a
/// closed socket is answered with an RST (tcp_rcv_state_process(): TCPAbortOnData).
AppCall closeCallOf(const CaptureIndex &ix, const Connection &conn, Side side, SimTime finAt)
{
    bool dataAfter = false;
    for (const SegmentInfo &s : conn.segments) {
        const TcpPacket &p = ix.tcp[s.packet];
        if (p.t <= finAt) continue;
        if (s.from == side && (p.flags & FlagRst)) return AppCall::Close;
        if (s.from != side && p.payload > 0) dataAfter = true;
    }
    return dataAfter ? AppCall::ShutdownWr : AppCall::Close;
}

/// Which segments never reached their receiver: those the inference says were lost after the capture
/// point, and each transmission of a SYN, FIN or data that was sent again without its receiver
/// answering it in between (no ACK covering it, no RST) — or, the last of such a series, without an
/// answer until the capture ends. The receiver would have acknowledged it (at once for a SYN or a FIN
/// out of order, within the 40 ms delayed-ACK time for data, well inside the sender's 200 ms RTO).
std::vector<bool> lostSegments(const CaptureIndex &ix, const Connection &conn)
{
    const std::size_t count = conn.segments.size();
    std::vector<bool> lost(count);
    for (std::size_t i = 0; i < count; ++i) lost[i] = conn.segments[i].lostAfterCapture;
    const auto key = [](const TcpPacket &p) { return p.flags & (FlagSyn | FlagFin); };
    // The next transmission of the same segment (same sender, sequence number, SYN/FIN), in one pass
    // from the end: long connections stay linear.
    std::vector<std::size_t> nextSame(count, count);
    {
        std::unordered_map<std::uint64_t, std::size_t> seen;
        for (std::size_t j = count; j-- > 0;) {
            const TcpPacket &q = ix.tcp[conn.segments[j].packet];
            if (q.flags & FlagRst) continue;
            const std::uint64_t k = std::uint64_t(q.seq) << 8 | std::uint64_t(key(q)) << 1 | (conn.segments[j].from == Side::Server ? 1u : 0u);
            const auto [it, fresh] = seen.try_emplace(k, j);
            if (!fresh) {
                nextSame[j] = it->second;
                it->second = j;
            }
        }
    }
    for (std::size_t i = 0; i < count; ++i) {
        const SegmentInfo &s = conn.segments[i];
        const TcpPacket &p = ix.tcp[s.packet];
        if (lost[i] || (p.flags & FlagRst) || (!key(p) && p.payload == 0)) continue;
        if (s.retransmission == RetransKind::Keepalive || s.retransmission == RetransKind::Probe) continue;
        const std::size_t next = nextSame[i];
        if (next == count && !s.retransmission) continue; // sent once: nothing says it was lost
        const std::uint32_t end = p.seq + p.payload + (key(p) ? 1u : 0u);
        bool answered = false;
        if (next == count) {
            // The last of a series: lost when its receiver stayed silent from the previous transmission
            // on (what crossed it, like simultaneous FINs, shows the receiver was there).
            std::size_t from = i;
            while (from > 0) {
                const TcpPacket &q = ix.tcp[conn.segments[--from].packet];
                if (conn.segments[from].from == s.from && q.seq == p.seq && key(q) == key(p)) break;
            }
            for (std::size_t j = from + 1; j < count && !answered; ++j) answered = conn.segments[j].from != s.from;
        }
        for (std::size_t j = i + 1; j < next && !answered; ++j) {
            const TcpPacket &q = ix.tcp[conn.segments[j].packet];
            if (conn.segments[j].from == s.from) continue;
            answered = (q.flags & FlagRst) || ((q.flags & FlagAck) && !seqBefore(q.ack, end));
        }
        if (!answered) lost[i] = true;
    }
    return lost;
}

void addLosses(const CaptureIndex &ix, const Connection &conn, const std::vector<bool> &lost, Side from, ReplayPlan &plan)
{
    std::vector<std::size_t> mine; // positions in conn.segments of what `from` sent
    for (std::size_t k = 0; k < conn.segments.size(); ++k)
        if (conn.segments[k].from == from) mine.push_back(k);
    const auto first = std::find_if(mine.begin(), mine.end(), [&](std::size_t k) { return lost[k]; });
    const auto dir = from == Side::Client ? DropRule::Direction::ClientToServer : DropRule::Direction::ServerToClient;
    // A run of losses: from the first lost segment on, every segment of one class (any segment, or
    // e.g. every pure ACK while the FINs still arrive) was lost. One rule from half-way between the
    // last segment that arrived and the first that did not.
    std::optional<DropRule::Match> runMatch;
    if (first != mine.end()) {
        int lostCount = 0;
        for (auto it = first; it != mine.end(); ++it) lostCount += lost[*it] ? 1 : 0;
        for (DropRule::Match m : {DropRule::Match::Any, matchOf(ix.tcp[conn.segments[*first].packet])}) {
            const bool fits = lostCount >= 2 && std::all_of(first, mine.end(), [&](std::size_t k) {
                return lost[k] == ruleMatches(m, ix.tcp[conn.segments[k].packet]);
            });
            if (fits) {
                runMatch = m;
                break;
            }
        }
    }
    const bool suffix = runMatch.has_value();
    if (suffix) {
        ReplayLoss loss;
        loss.from = from;
        loss.rule.dir = dir;
        loss.rule.match = *runMatch;
        loss.rule.when = DropRule::When::From;
        const SimTime lostAt = ix.tcp[conn.segments[*first].packet].t;
        const SimTime before = first == mine.begin() ? lostAt : ix.tcp[conn.segments[*(first - 1)].packet].t;
        loss.rule.time = std::max<SimTime>(0, before + (lostAt - before) / 2);
        for (auto it = first; it != mine.end(); ++it)
            if (lost[*it]) loss.frames.push_back(ix.tcp[conn.segments[*it].packet].frame);
        plan.losses.push_back(std::move(loss));
    }
    // Each loss on its own: the n-th segment of its class in this direction. A retransmission whose
    // original the capture never saw was lost before the capture point: the original counts too.
    // Running counts per rule class of what this side sent so far (the originals lost before the capture
    // point included), and the segments seen so far: one pass.
    constexpr DropRule::Match kMatches[] = {DropRule::Match::Any, DropRule::Match::Syn, DropRule::Match::SynAck, DropRule::Match::Ack,
                                            DropRule::Match::Fin, DropRule::Match::Rst, DropRule::Match::Data};
    std::array<int, std::size(kMatches)> sofar{};
    const auto count = [&](const TcpPacket &q) {
        for (std::size_t k = 0; k < std::size(kMatches); ++k) sofar[k] += ruleMatches(kMatches[k], q) ? 1 : 0;
    };
    const auto nth = [&](DropRule::Match m) { return sofar[static_cast<std::size_t>(m)]; };
    std::unordered_set<std::uint64_t> sentBefore; // (seq, SYN/FIN) of what this side sent
    const auto keyOf = [](const TcpPacket &q) { return std::uint64_t(q.seq) << 8 | (q.flags & (FlagSyn | FlagFin)); };
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const SegmentInfo &s = conn.segments[*it];
        const TcpPacket &p = ix.tcp[s.packet];
        const DropRule::Match m = matchOf(p);
        if (s.retransmission && !(p.flags & FlagRst) && *s.retransmission != RetransKind::Keepalive && *s.retransmission != RetransKind::Probe
            && !sentBefore.count(keyOf(p))) {
            ReplayLoss loss;
            loss.from = from;
            loss.afterCapture = false;
            loss.frames = {p.frame};
            loss.rule.dir = dir;
            loss.rule.match = m;
            loss.rule.when = DropRule::When::Nth;
            loss.rule.n = nth(m) + 1;
            plan.losses.push_back(std::move(loss));
            count(p); // the original the capture never saw
        }
        count(p);
        if (!(p.flags & FlagRst)) sentBefore.insert(keyOf(p));
        if (lost[*it] && !suffix) {
            ReplayLoss loss;
            loss.from = from;
            loss.frames = {p.frame};
            loss.rule.dir = dir;
            loss.rule.match = m;
            loss.rule.when = DropRule::When::Nth;
            loss.rule.n = nth(m);
            plan.losses.push_back(std::move(loss));
        }
    }
}

void addSysctls(const Connection &conn, ReplayPlan &plan, const std::array<AppCall, 2> &closeCall)
{
    std::array<Sysctls, 2> values;
    for (const Finding &f : conn.findings) {
        if (f.sysctl.empty() || (!f.range && f.values.empty())) continue;
        const AppCall call = closeCall[static_cast<std::size_t>(sideIndex(f.side))];
        if (f.condition == "close" && call != AppCall::Close) continue;
        if (f.condition == "shutdown" && call != AppCall::ShutdownWr) continue;
        const std::span<const SysctlInfo> rows = sysctlRowsForKey(f.sysctl);
        if (rows.size() != 1) {
            plan.notes.push_back("unknown_sysctl:" + f.sysctl);
            continue;
        }
        const auto same = std::find_if(plan.sysctls.begin(), plan.sysctls.end(),
                                       [&](const ReplaySysctl &r) { return r.key == f.sysctl && r.side == f.side; });
        if (same != plan.sysctls.end()) {
            if (!inSet(f, same->value)) plan.notes.push_back("conflicting_findings:" + f.sysctl);
            continue;
        }
        ReplaySysctl r;
        r.side = f.side;
        r.key = f.sysctl;
        r.finding = f.code;
        r.consistent = setText(f);
        r.value = std::clamp(pick(f, rows[0].defaultValue), rows[0].min, rows[0].max);
        r.linuxDefault = r.value == rows[0].defaultValue;
        if (!values[static_cast<std::size_t>(sideIndex(f.side))].set(rows[0].id, r.value)) continue;
        plan.sysctls.push_back(std::move(r));
    }
    plan.config.sysctls = values[0];
    if (!(values[1] == values[0])) plan.config.serverSysctls = values[1];
}

/// The two applications of a replay: each call at its time; writes (and a server's calls) wait until
/// the connection exists on that side.
struct Replayer {
    Replayer(Simulator &s, const ReplayPlan &p) : sim(s), plan(p) {}
    Simulator &sim;
    const ReplayPlan &plan;
    std::array<TcpSocket *, 2> sock{nullptr, nullptr};
    std::array<bool, 2> ready{false, false};
    std::array<std::uint32_t, 2> base{}; ///< rcv_nxt when the connection became ready (the peer's ISN + 1)
    struct Waiting {
        std::uint32_t received = 0;
        std::function<void()> fn;
    };
    std::array<std::vector<Waiting>, 2> pending; ///< in call order

    std::uint32_t receivedSoFar(std::size_t i) const { return sock[i]->rcvNxt() - base[i] + 1; }

    void becomeReady(Side side)
    {
        const auto i = static_cast<std::size_t>(sideIndex(side));
        ready[i] = true;
        base[i] = sock[i]->rcvNxt();
        if (plan.keepalive[i]) sock[i]->setKeepalive(true);
        // onData runs before the application's read() takes the bytes (tcpinput.cpp): the calls it
        // releases run just after, when the data has been read, as the application's would.
        sock[i]->onData = [this, side] { sim.at(sim.now(), [this, side] { runPending(side); }); };
        sock[i]->onEof = [this, side] { runPending(side); };
        runPending(side);
    }

    /// Runs the calls whose condition holds now, in order, up to the first that must wait.
    void runPending(Side side)
    {
        const auto i = static_cast<std::size_t>(sideIndex(side));
        // Received, and read by the application (its read() comes after the kernel took the bytes:
        // tcp_data_queue() wakes the reader) — unless it never reads.
        const auto due = [&] {
            return !seqBefore(receivedSoFar(i), pending[i].front().received) && (!plan.reads[i] || sock[i]->unread() == 0);
        };
        while (ready[i] && !pending[i].empty() && due()) {
            std::function<void()> fn = std::move(pending[i].front().fn);
            pending[i].erase(pending[i].begin());
            fn();
        }
    }

    void act(Side side, std::uint32_t received, std::function<void()> fn)
    {
        const auto i = static_cast<std::size_t>(sideIndex(side));
        pending[i].push_back({received, std::move(fn)});
        runPending(side);
    }

    void listen(SimTime at)
    {
        sim.at(at, [this] {
            Host &h = sim.host(Side::Server);
            TcpSocket &l = h.newSocket(kListenerConn);
            l.holdFd();
            sim.recorder().app(sim.now(), Side::Server, kListenerConn, AppCall::Bind, plan.server.port, 0, Errno::None);
            l.localPort = plan.server.port;
            l.listen(128);
            l.onAccept = [this](TcpSocket &child) {
                sock[1] = &child;
                child.autoRead = plan.reads[1];
                becomeReady(Side::Server);
            };
        });
    }

    void connect(SimTime at)
    {
        sim.at(at, [this] {
            Host &h = sim.host(Side::Client);
            TcpSocket &c = h.newSocket(h.nextConn++);
            c.holdFd();
            std::uint32_t isn = 0;
            const FourTuple tuple{h.address(), sim.host(Side::Server).address(), plan.client.port, plan.server.port};
            if (h.claimFourTuple(tuple, isn) != Errno::None) {
                sim.recorder().app(sim.now(), Side::Client, c.conn(), AppCall::Connect, 0, -1, Errno::Eaddrinuse);
                return;
            }
            sock[0] = &c;
            c.autoRead = plan.reads[0];
            c.onEstablished = [this] { becomeReady(Side::Client); };
            c.connectWithIsn(plan.client.port, plan.server.port, isn, false);
            sim.recorder().trace().port = {plan.client.port, plan.server.port};
        });
    }

    void call(const ReplayCall &c)
    {
        const auto i = static_cast<std::size_t>(sideIndex(c.side));
        sim.at(c.t, [this, c, i] {
            switch (c.call) {
            case AppCall::Write:
                act(c.side, c.afterReceived, [this, c, i] { sock[i]->write(c.bytes); });
                break;
            case AppCall::Close:
            case AppCall::ShutdownWr:
            case AppCall::SetLinger: {
                auto fn = [this, c, i] {
                    if (c.call == AppCall::SetLinger) sock[i]->setLinger(true, 0);
                    if (c.call == AppCall::ShutdownWr) sock[i]->shutdown(AppCall::ShutdownWr);
                    else sock[i]->close();
                };
                // A client may close before its connection is established (connect() still running).
                if (c.side == Side::Client && sock[0] && !ready[0]) fn();
                else act(c.side, c.afterReceived, fn);
                break;
            }
            default:
                break;
            }
        });
    }
};

} // namespace

ReplayPlan planReplay(const CaptureIndex &ix, const Connection &conn)
{
    ReplayPlan plan;
    plan.config.scenario = std::string(kReplayScenario);
    plan.client = conn.client;
    plan.server = conn.server;
    if (!conn.rolesKnown) plan.notes.push_back("roles_guessed");

    // The network: half the handshake's round trip each way.
    plan.handshakeRtt = handshakeRttOf(ix, conn);
    if (plan.handshakeRtt != kNever) plan.config.network.delay = std::clamp<SimTime>(plan.handshakeRtt / 2, kMinDelay, kMaxDelay);
    else plan.notes.push_back("no_handshake");

    // Who called what when: connect() at the first SYN, write() for each segment carrying new bytes,
    // close()/shutdown() at each side's first FIN, SO_LINGER 0 + close() for an RST an application caused.
    std::array<AppCall, 2> closeCall{AppCall::Close, AppCall::Close};
    std::array<bool, 2> finSeen{false, false};
    std::array<std::optional<std::uint32_t>, 2> sentEnd; // next new sequence number per side
    std::array<bool, 2> aborted{false, false};
    std::array<std::optional<std::uint32_t>, 2> isn;
    for (const SegmentInfo &s : conn.segments) {
        const TcpPacket &p = ix.tcp[s.packet];
        if ((p.flags & FlagSyn) && !isn[static_cast<std::size_t>(sideIndex(s.from))]) isn[static_cast<std::size_t>(sideIndex(s.from))] = p.seq;
    }
    // What the segment's ACK says its sender had received of the peer's sequence space.
    const auto received = [&](const SegmentInfo &s, const TcpPacket &p) -> std::uint32_t {
        const auto &peer = isn[static_cast<std::size_t>(1 - sideIndex(s.from))];
        return (p.flags & FlagAck) && peer ? p.ack - *peer : 0;
    };
    bool connected = false;
    for (const SegmentInfo &s : conn.segments) {
        const TcpPacket &p = ix.tcp[s.packet];
        const auto i = static_cast<std::size_t>(sideIndex(s.from));
        if ((p.flags & FlagSyn) && !(p.flags & FlagAck) && s.from == Side::Client && !connected) {
            plan.calls.push_back({p.t, Side::Client, AppCall::Connect, 0, p.frame});
            connected = true;
        }
        if (!connected) {
            // No handshake in the capture: the engine's connection starts just before its first segment.
            plan.calls.push_back({std::max<SimTime>(0, p.t - 3 * plan.config.network.delay), Side::Client, AppCall::Connect, 0, 0});
            connected = true;
        }
        if (p.flags & FlagSyn) sentEnd[i] = p.seq + 1;
        if (p.flags & FlagRst) {
            for (const RstEvent &r : conn.rsts) {
                if (r.frame != p.frame || aborted[i] || finSeen[i]) continue;
                if (r.reason == RstCause::NoListener) plan.listening = false;
                if (r.reason == RstCause::UnreadData) {
                    // close() with unread data: the application never read (tcp.c: __tcp_close()).
                    plan.reads[i] = false;
                    plan.calls.push_back({p.t, s.from, AppCall::Close, 0, p.frame, received(s, p)});
                    aborted[i] = true;
                } else if (r.reason == RstCause::Linger0) {
                    plan.calls.push_back({p.t, s.from, AppCall::SetLinger, 0, p.frame, received(s, p)});
                    aborted[i] = true;
                }
            }
            continue;
        }
        if (!sentEnd[i]) sentEnd[i] = p.seq;
        if (p.payload > 0 && seqAfter(p.seq + p.payload, *sentEnd[i])) {
            const std::uint32_t fresh = p.seq + p.payload - (seqAfter(*sentEnd[i], p.seq) ? *sentEnd[i] : p.seq);
            plan.calls.push_back({p.t, s.from, AppCall::Write, fresh, p.frame, received(s, p)});
            sentEnd[i] = p.seq + p.payload;
        }
        if (s.retransmission == RetransKind::Keepalive) plan.keepalive[i] = true;
        if ((p.flags & FlagFin) && !finSeen[i]) {
            finSeen[i] = true;
            closeCall[i] = closeCallOf(ix, conn, s.from, p.t);
            plan.calls.push_back({p.t, s.from, closeCall[i], 0, p.frame, received(s, p)});
        }
    }
    std::stable_sort(plan.calls.begin(), plan.calls.end(), [](const ReplayCall &a, const ReplayCall &b) { return a.t < b.t; });

    const std::vector<bool> lost = lostSegments(ix, conn);
    addLosses(ix, conn, lost, Side::Client, plan);
    addLosses(ix, conn, lost, Side::Server, plan);
    for (const ReplayLoss &l : plan.losses) plan.config.network.drops.push_back(l.rule);
    addSysctls(conn, plan, closeCall);
    return plan;
}

Trace runReplay(const ReplayPlan &plan, const RunConfig &config)
{
    RunConfig c = config;
    c.scenario = std::string(kReplayScenario);
    Simulator sim(c);
    Replayer r(sim, plan);
    const SimTime first = plan.calls.empty() ? 0 : plan.calls.front().t;
    if (plan.listening) r.listen(first - kMs);
    for (const ReplayCall &call : plan.calls) {
        if (call.call == AppCall::Connect) r.connect(call.t);
        else r.call(call);
    }
    return sim.run();
}

} // namespace closelab::capture
