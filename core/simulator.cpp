// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator.h"

#include "host.h"
#include "timerwheel.h"
#include "transitiontable.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace closelab {
namespace {

constexpr std::uint32_t kClientAddr = (10u << 24) | 1u; // 10.0.0.1
constexpr std::uint32_t kServerAddr = (10u << 24) | 2u; // 10.0.0.2

bool matches(const DropRule &r, const WireSegment &seg)
{
    const std::uint8_t f = seg.h.flags;
    switch (r.match) {
    case DropRule::Match::Any: return true;
    case DropRule::Match::Syn: return (f & FlagSyn) && !(f & FlagAck);
    case DropRule::Match::SynAck: return (f & FlagSyn) && (f & FlagAck);
    case DropRule::Match::Ack: return (f & FlagAck) && !(f & (FlagSyn | FlagFin | FlagRst)) && seg.h.len == 0;
    case DropRule::Match::Fin: return f & FlagFin;
    case DropRule::Match::Rst: return f & FlagRst;
    case DropRule::Match::Data: return seg.h.len > 0;
    }
    return false;
}

} // namespace

Simulator::Simulator(const RunConfig &config, bool record)
    : m_config(config), m_recorder(record), m_rng(config.seed)
{
    // The jiffies counter at t = 0 decides where the timer wheel's bucket boundaries fall.
    m_phase = static_cast<SimTime>(m_rng() % (1u << 20)) * kJiffy + static_cast<SimTime>(m_rng() % kJiffy);
    m_isnKey = m_rng();
    m_hosts[0] = std::make_unique<Host>(*this, Side::Client, kClientAddr);
    m_hosts[1] = std::make_unique<Host>(*this, Side::Server, kServerAddr);
    m_ruleMatches.assign(m_config.network.drops.size(), 0);
    m_recorder.trace().address = {kClientAddr, kServerAddr};
}

Simulator::~Simulator() = default;

SimTime Simulator::timerExpiry(SimTime delay) const { return timerWheelExpiry(m_now, delay, m_phase); }

// Inlined into every caller (all in this file): the event is then written once, straight into its lane,
// bucket or heap slot, not built on the stack and copied (a wide copy of narrow stores stalls).
[[gnu::always_inline]] inline EventQueue::Handle Simulator::push(Event e, bool onJiffy, int callLane)
{
    e.order = m_order++;
    const EventQueue::Event q{e.t, e.order, static_cast<std::uint8_t>(e.kind), static_cast<std::uint8_t>(e.side),
                              static_cast<std::uint8_t>(e.slot), e.index, e.generation};
    // Lanes for what is born in time order: a direction's deliveries (arrivals never overtake each other),
    // scripted and application wake-ups, the driver's calls (two lanes: its own arrivals, its others).
    int lane = EventQueue::kNoLane;
    switch (e.kind) {
    case Kind::Deliver: lane = static_cast<int>(e.side); break;
    case Kind::Script:
    case Kind::AppWake: lane = 2; break;
    case Kind::Call: lane = callLane; break;
    default: break;
    }
    if (onJiffy) return m_queue.push(q, static_cast<std::int64_t>(jiffyOf(e.t)), static_cast<std::int64_t>(jiffyOf(m_now)), lane);
    return m_queue.push(q, -1, 0, lane);
}

[[gnu::always_inline]] inline Simulator::Event Simulator::popEvent()
{
    const EventQueue::Event q = m_queue.pop();
    return Event{q.t, q.order, static_cast<Kind>(q.kind), static_cast<Side>(q.side), static_cast<TimerSlot>(q.slot), q.index, q.generation};
}

EventQueue::Handle Simulator::scheduleTimer(SimTime at, Side side, std::uint32_t socket, TimerSlot slot, std::uint32_t generation)
{
    return push(Event{at, 0, Kind::Timer, side, slot, socket, generation}, true);
}

EventQueue::Handle Simulator::scheduleRequestTimer(SimTime at, Side side, std::uint32_t socket, std::uint32_t generation)
{
    return push(Event{at, 0, Kind::RequestTimer, side, TimerSlot::Xmit, socket, generation}, true);
}

void Simulator::scheduleTimeWaitTimer(SimTime at, Side side, std::uint32_t fifo)
{
    push(Event{at, 0, Kind::TimeWaitTimer, side, TimerSlot::Xmit, fifo, 0}, true);
}

std::uint32_t Simulator::jiffyOf(SimTime t) const { return static_cast<std::uint32_t>((t + m_phase) / kJiffy); }

SimTime Simulator::timeOfJiffy(std::uint32_t jiffy) const { return static_cast<SimTime>(jiffy) * kJiffy - m_phase; }

std::uint32_t Simulator::tsClock(Side side, std::uint32_t addr) const
{
    // Each machine's timestamp clock has its own offset (clients behind one NAT address included).
    const std::uint64_t offset = (std::uint64_t{addr} * 0x9E3779B97F4A7C15ull ^ m_isnKey) >> 40;
    (void)side;
    return static_cast<std::uint32_t>(nowMs() + static_cast<std::int64_t>(offset));
}

void Simulator::at(SimTime t, std::function<void()> action)
{
    std::uint32_t slot;
    if (!m_freeScripts.empty()) {
        slot = m_freeScripts.back();
        m_freeScripts.pop_back();
        m_scripts[slot] = std::move(action);
    } else {
        slot = static_cast<std::uint32_t>(m_scripts.size());
        m_scripts.push_back(std::move(action));
    }
    ++m_scriptsPending;
    push(Event{t, 0, Kind::Script, Side::Client, TimerSlot::Xmit, slot, 0});
}

Simulator::AppWake &Simulator::pushAppWake(SimTime t)
{
    std::uint32_t slot;
    if (!m_freeWakes.empty()) {
        slot = m_freeWakes.back();
        m_freeWakes.pop_back();
    } else {
        slot = static_cast<std::uint32_t>(m_wakes.size());
        m_wakes.emplace_back();
    }
    // Counted and ordered like a script step (at()): the same place in the agenda.
    ++m_scriptsPending;
    push(Event{t, 0, Kind::AppWake, Side::Client, TimerSlot::Xmit, slot, 0});
    return m_wakes[slot];
}

void Simulator::wakeApp(SimTime t, Host &host, std::uint32_t id, std::uint32_t incarnation, AppTask fn)
{
    AppWake &w = pushAppWake(t);
    w.host = &host;
    w.id = id;
    w.incarnation = incarnation;
    w.listener = UINT32_MAX;
    w.fn = std::move(fn);
}

void Simulator::offerAccept(SimTime t, Host &host, std::uint32_t listener, std::uint32_t child, std::uint32_t incarnation,
                            const std::function<void(TcpSocket &)> &onAccept)
{
    AppWake &w = pushAppWake(t);
    w.host = &host;
    w.id = child;
    w.incarnation = incarnation;
    w.listener = listener;
    w.onAccept = onAccept;
}

void Simulator::call(SimTime t, std::uint32_t tag, std::uint32_t value, int lane)
{
    ++m_scriptsPending;
    push(Event{t, 0, Kind::Call, Side::Client, TimerSlot::Xmit, tag, value}, false, lane < 0 ? EventQueue::kNoLane : 3 + (lane & 1));
}

std::uint32_t Simulator::initialSequence(std::uint32_t saddr, std::uint16_t sport, std::uint32_t daddr, std::uint16_t dport) const
{
    std::uint64_t h = m_isnKey ^ (std::uint64_t{saddr} << 32 | daddr) ^ (std::uint64_t{sport} << 16 | dport) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    // The clock part: ktime_get_real_ns() >> 6. t = 0 is an arbitrary instant of that clock.
    const auto clock = static_cast<std::uint64_t>(m_now + 3600 * kSec) >> 6;
    return static_cast<std::uint32_t>(h + clock);
}

void Simulator::registerIsn(Side s, std::uint32_t conn, std::uint32_t isn)
{
    if (conn > (1u << 24)) return; // spoofed sources and listeners: their numbers stay absolute
    if (!m_recorder.records(conn)) return; // only recorded segments are numbered relative to the ISN
    auto &v = m_isn[static_cast<int>(s)];
    if (v.size() <= conn) v.resize(conn + 1, 0);
    v[conn] = isn;
}

std::uint32_t Simulator::relSeq(Side s, std::uint32_t conn, std::uint32_t abs) const
{
    const auto &v = m_isn[static_cast<int>(s)];
    return conn < v.size() ? abs - v[conn] : abs;
}

double Simulator::uniform01()
{
    // What std::uniform_real_distribution<double>(0, 1) draws from a 64-bit engine (libstdc++'s
    // generate_canonical(): one draw, scaled by 2^-64, kept below 1), without its two long double logarithms
    // per call: the same numbers, so the same losses.
    const double u = static_cast<double>(m_rng()) * 0x1p-64;
    return u >= 1.0 ? std::nextafter(1.0, 0.0) : u;
}

bool Simulator::dropByRule(Side from, const WireSegment &seg)
{
    const auto dir = from == Side::Client ? DropRule::Direction::ClientToServer : DropRule::Direction::ServerToClient;
    bool drop = false;
    for (std::size_t i = 0; i < m_config.network.drops.size(); ++i) {
        const DropRule &r = m_config.network.drops[i];
        // Rules act on the story (t >= 0, or from=T); the set-up before it is never dropped.
        const SimTime start = r.when == DropRule::When::From ? r.time : 0;
        if (r.dir != dir || m_now < start || !matches(r, seg)) continue;
        const int n = ++m_ruleMatches[i];
        switch (r.when) {
        case DropRule::When::All: drop = true; break;
        case DropRule::When::First: drop = drop || n == 1; break;
        case DropRule::When::Nth: drop = drop || n == r.n; break;
        case DropRule::When::From: drop = drop || m_now >= r.time; break;
        case DropRule::When::Until: drop = drop || m_now < r.time; break;
        }
    }
    return drop;
}

int Simulator::recordSend(Side from, const WireSegment &seg, std::uint16_t transmission, std::optional<RetransKind> kind,
                          std::optional<RstReason> rst)
{
    SegmentRecord rec;
    rec.from = from;
    rec.conn = seg.conn;
    rec.header = seg.h;
    rec.header.seq = relSeq(from, seg.conn, seg.h.seq);
    rec.header.ack = (seg.h.flags & FlagAck) ? relSeq(peerOf(from), seg.conn, seg.h.ack) : 0;
    rec.sentAt = m_now;
    rec.transmission = transmission;
    rec.retransKind = kind;
    rec.rstReason = rst;
    return m_recorder.send(m_now, rec);
}

int Simulator::transmit(Side from, const WireSegment &seg, std::uint16_t transmission, std::optional<RetransKind> kind,
                        std::optional<RstReason> rst)
{
    Host &sender = host(from);
    if (!sender.up()) return -1;
    const Side to = peerOf(from);
    // A connection that is not recorded (most of a population) gets no segment record at all.
    const bool recorded = m_recorder.records(seg.conn);
    const int record = recorded ? recordSend(from, seg, transmission, kind, rst) : -1;

    const NetworkConfig &net = m_config.network;
    SimTime delay = net.delay;
    if (net.jitter > 0) delay += static_cast<SimTime>(m_rng() % static_cast<std::uint64_t>(net.jitter + 1));
    const int dir = static_cast<int>(from);
    SimTime arrival = std::max(m_now + delay, m_lastArrival[dir]);
    m_lastArrival[dir] = arrival;

    std::optional<DropReason> dropReason;
    const FirewallConfig &fw = net.firewall;
    if (fw.idleTimeout > 0 && seg.conn != kListenerConn) {
        // A stateful middlebox: a connection idle longer than its timeout is forgotten; a forgotten
        // connection's segments are dropped (or answered with an RST), except a new SYN.
        if (m_firewallSeen.size() <= seg.conn) m_firewallSeen.resize(seg.conn + 1, kNever);
        SimTime &seen = m_firewallSeen[seg.conn];
        const bool syn = (seg.h.flags & FlagSyn) && !(seg.h.flags & FlagAck);
        if (syn) seen = m_now;
        else if (seen != kNever && m_now - seen > fw.idleTimeout) seen = -1; // forgotten
        if (seen == -1 && !syn) {
            dropReason = DropReason::Firewall;
            if (fw.action == FirewallConfig::Action::Reset && !(seg.h.flags & FlagRst)) {
                at(m_now + (arrival - m_now) / 2, [this, from, seg] {
                    // The firewall answers the sender for the peer: an RST that looks like the peer's.
                    WireSegment rst;
                    rst.srcPort = seg.dstPort;
                    rst.dstPort = seg.srcPort;
                    rst.conn = seg.conn;
                    rst.srcAddr = seg.dstAddr ? seg.dstAddr : host(peerOf(from)).address();
                    rst.dstAddr = seg.srcAddr;
                    rst.h.flags = FlagRst;
                    rst.h.seq = seg.h.ack;
                    SegmentRecord rr;
                    rr.from = peerOf(from);
                    rr.conn = seg.conn;
                    rr.header = rst.h;
                    rr.header.seq = relSeq(peerOf(from), seg.conn, rst.h.seq);
                    rr.sentAt = m_now;
                    rr.rstReason = RstReason::Firewall;
                    const int rec = m_recorder.send(m_now, rr);
                    const SimTime back = m_now + m_config.network.delay / 2;
                    m_inFlight.push_back(InFlight{rst, rec, DropReason::RandomLoss});
                    push(Event{back, 0, Kind::Deliver, from, TimerSlot::Xmit, static_cast<std::uint32_t>(m_inFlight.size() - 1), 0});
                });
            }
        } else if (!syn && seen != kNever) {
            seen = m_now;
        }
    }
    if (dropReason) {
    } else if (scenarioDrop && scenarioDrop(from, seg)) {
        dropReason = DropReason::DropRule;
    } else if (!net.drops.empty() && dropByRule(from, seg)) {
        dropReason = DropReason::DropRule;
    } else {
        const double loss = from == Side::Client ? net.lossC2S : net.lossS2C;
        if (loss > 0 && uniform01() < loss)
            dropReason = DropReason::RandomLoss;
    }

    std::uint32_t slot;
    if (!m_freeInFlight.empty()) {
        slot = m_freeInFlight.back();
        m_freeInFlight.pop_back();
    } else {
        slot = static_cast<std::uint32_t>(m_inFlight.size());
        m_inFlight.emplace_back();
    }
    // Field by field: a temporary InFlight copied in whole is read back with wide loads over its narrow
    // stores, which stalls (perf: 15 % of transmit()).
    InFlight &f = m_inFlight[slot];
    f.seg = seg;
    f.record = record;
    f.reason = dropReason.value_or(DropReason::RandomLoss);
    if (dropReason) {
        // A lost segment is drawn travelling half-way, then stopping.
        push(Event{m_now + (arrival - m_now) / 2, 0, Kind::Drop, to, TimerSlot::Xmit, slot, 0});
    } else {
        // A delivery's unused generation carries the receiver's slot hint, so run() can prefetch that socket.
        push(Event{arrival, 0, Kind::Deliver, to, TimerSlot::Xmit, slot, seg.slotHint});
        if (scenarioLateDuplicate) {
            if (auto extra = scenarioLateDuplicate(from, seg)) {
                const int lateRecord = recorded ? recordSend(from, seg, transmission, kind, rst) : -1;
                m_inFlight.push_back(InFlight{seg, lateRecord, DropReason::RandomLoss});
                push(Event{arrival + *extra, 0, Kind::Deliver, to, TimerSlot::Xmit, static_cast<std::uint32_t>(m_inFlight.size() - 1), 0});
            }
        }
        if (net.duplicate > 0 && uniform01() < net.duplicate) {
            const int dupRecord = recorded ? recordSend(from, seg, transmission, kind, rst) : -1;
            m_inFlight.push_back(InFlight{seg, dupRecord, DropReason::RandomLoss});
            push(Event{arrival, 0, Kind::Deliver, to, TimerSlot::Xmit, static_cast<std::uint32_t>(m_inFlight.size() - 1), 0});
        }
    }
    return record;
}

void Simulator::recordTransition(Side s, std::uint32_t conn, TcpState from, TcpState to, Cause cause)
{
    if (!findTransition(from, to, cause)) ++m_recorder.trace().illegalTransitions;
    m_recorder.state(m_now, s, conn, from, to, cause);
}

void Simulator::dropCurrent(DropReason reason)
{
    if (m_currentRecord < 0) return;
    // Delivered to the host, then discarded by it: keep one record, marked dropped at arrival.
    auto &events = m_recorder.trace().events;
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        if (it->type == EventType::Deliver && it->segment == m_currentRecord) {
            events.erase(std::next(it).base());
            break;
        }
    }
    m_recorder.drop(m_now, m_currentRecord, reason);
    m_currentRecord = -1;
}

bool Simulator::quiescent() const
{
    if (m_scriptsPending > 0) return false;
    return m_hosts[0]->live() == 0 && m_hosts[1]->live() == 0;
}

Trace Simulator::run()
{
    const SimTime horizon = m_config.until.value_or(m_defaultHorizon);
    std::uint64_t processed = 0;
    RunEnd end = RunEnd::Quiescent;
    SimTime endTime = m_now;
    while (!m_queue.empty()) {
        const Event e = popEvent();
        if (e.t > horizon) {
            end = RunEnd::Horizon;
            endTime = horizon;
            break;
        }
        if (++processed > m_config.eventBudget) {
            end = RunEnd::EventBudget;
            break;
        }
        m_processed = processed;
        if (cancel && (processed & 4095) == 0 && cancel->load(std::memory_order_relaxed)) {
            end = RunEnd::Cancelled;
            break;
        }
        m_now = e.t;
        endTime = m_now;
        // The next delivery of each direction: start fetching its in-flight slot and the socket it is
        // hinted for, so those misses overlap this event's work instead of stalling the next one.
        for (int lane = 0; lane < 2; ++lane) {
            if (const EventQueue::Event *next = m_queue.laneFront(lane)) {
                __builtin_prefetch(m_inFlight.data() + next->index);
                m_hosts[static_cast<std::size_t>(lane)]->prefetchSocket(next->generation);
            }
        }
        switch (e.kind) {
        case Kind::Script: {
            --m_scriptsPending;
            std::function<void()> fn = std::move(m_scripts[e.index]);
            m_scripts[e.index] = nullptr;
            m_freeScripts.push_back(e.index);
            fn();
            break;
        }
        case Kind::AppWake: {
            --m_scriptsPending;
            // Taken out of its slot first: what it runs may queue wake-ups (reusing the slot, growing m_wakes).
            AppWake &slot = m_wakes[e.index];
            Host &h = *slot.host;
            const std::uint32_t id = slot.id, incarnation = slot.incarnation, listener = slot.listener;
            m_freeWakes.push_back(e.index);
            if (listener != UINT32_MAX) {
                const std::function<void(TcpSocket &)> onAccept = std::move(slot.onAccept);
                TcpSocket::acceptOffered(h, listener, id, incarnation, onAccept);
            } else {
                AppTask fn = std::move(slot.fn); // a small one is copied, a std::function moved (the slot's left empty)
                if (h.socketAlive(id, incarnation)) fn();
            }
            break;
        }
        case Kind::Call:
            --m_scriptsPending;
            if (callHandler) callHandler(e.index, e.generation);
            break;
        case Kind::Deliver: {
            const InFlight f = m_inFlight[e.index];
            m_freeInFlight.push_back(e.index);
            Host &h = host(e.side);
            if (!h.up()) {
                m_recorder.drop(m_now, f.record, DropReason::HostDown);
                break;
            }
            m_recorder.deliver(m_now, f.record);
            m_currentRecord = f.record;
            h.receive(f.seg);
            m_currentRecord = -1;
            break;
        }
        case Kind::Drop: {
            const InFlight f = m_inFlight[e.index];
            m_freeInFlight.push_back(e.index);
            m_recorder.drop(m_now, f.record, f.reason);
            break;
        }
        case Kind::Timer: {
            Host &h = host(e.side);
            if (!h.up() || e.index >= h.socketCount()) break;
            TcpSocket &s = h.socket(e.index);
            if (s.generation(e.slot) != e.generation) break; // re-armed or cancelled since
            s.onTimer(e.slot);
            break;
        }
        case Kind::TimeWaitTimer:
            if (host(e.side).up()) host(e.side).onTimeWaitTimer(e.index);
            break;
        case Kind::RequestTimer: {
            Host &h = host(e.side);
            if (!h.up() || e.index >= h.socketCount()) break;
            TcpSocket &s = h.socket(e.index);
            if (s.requestGeneration() != e.generation) break;
            s.onRequestTimer();
            break;
        }
        }
        m_hosts[0]->collectReleased();
        m_hosts[1]->collectReleased();
        if (m_recorder.recordsOccupancy()) {
            m_recorder.occupancy(m_now, Side::Client, m_hosts[0]->occupancy());
            m_recorder.occupancy(m_now, Side::Server, m_hosts[1]->occupancy());
        }
        if (m_stopRequested) break;
        if (!m_config.until && quiescent() && e.kind != Kind::Script && e.kind != Kind::AppWake) {
            // Both sides are gone: whatever is still queued (delayed ACK timers of dead sockets,
            // segments in flight to nobody) cannot change the story, except segments still in flight.
            const bool inFlight = m_queue.any([](const EventQueue::Event &q) {
                const auto k = static_cast<Kind>(q.kind);
                return k == Kind::Deliver || k == Kind::Drop || k == Kind::Script || k == Kind::AppWake;
            });
            if (!inFlight) break;
        }
    }
    if (m_queue.empty() && m_config.until && end == RunEnd::Quiescent) {
        // Nothing more can happen before the requested horizon: the run covers it all.
        end = RunEnd::Horizon;
        endTime = horizon;
    }
    Trace t = m_recorder.finish(endTime, end);
    std::stable_sort(t.events.begin(), t.events.end(), [](const TraceEvent &a, const TraceEvent &b) { return a.t < b.t; });
    return t;
}

} // namespace closelab
