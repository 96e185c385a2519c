// SPDX-License-Identifier: GPL-3.0-or-later
#include "host.h"

#include "simulator.h"
#include "tcpconstants.h"
#include "timerwheel.h"

#include <algorithm>
#include <memory>

namespace closelab {

namespace {
bool before(std::uint32_t a, std::uint32_t b) { return static_cast<std::int32_t>(a - b) < 0; }
bool after(std::uint32_t a, std::uint32_t b) { return before(b, a); }
std::uint64_t destinationKey(std::uint32_t localAddr, std::uint32_t remoteAddr, std::uint16_t remotePort)
{
    return (std::uint64_t{localAddr} << 32) ^ (std::uint64_t{remoteAddr} << 16) ^ remotePort;
}
} // namespace

Host::Host(Simulator &sim, Side side, std::uint32_t address)
    : m_sim(sim), m_sysctls(&sim.sysctlsOf(side)), m_side(side), m_address(address)
{
}

Host::~Host()
{
    for (std::uint32_t id = 0; id < m_slotCount; ++id) std::destroy_at(&socket(id));
    for (std::size_t c = 0; c < m_slotChunks.size() && c < kHeapSlotChunks; ++c)
        ::operator delete(m_slotChunks[c], std::align_val_t{alignof(TcpSocket)});
}

TcpSocket &Host::newSocket(std::uint32_t conn)
{
    std::uint32_t id;
    if (m_recycle && !m_freeSlots.empty()) {
        id = m_freeSlots.back();
        m_freeSlots.pop_back();
        ++m_incarnations[id];
        // The slot is rebuilt in place; its queues keep their rings (cleared), so nothing is allocated.
        TcpSocket &old = socket(id);
        SendQueue sendQueue = std::move(old.m_queue);
        RingQueue<std::uint32_t> acceptQueue = std::move(old.acceptQueue);
        std::destroy_at(&old);
        TcpSocket &s = *std::construct_at(&old, m_sim, *this, id, conn, m_incarnations[id]);
        s.m_queue = std::move(sendQueue);
        s.m_queue.clear();
        s.acceptQueue = std::move(acceptQueue);
        s.acceptQueue.clear();
    } else {
        id = m_slotCount;
        if ((id & (kSlotChunk - 1)) == 0) {
            constexpr std::size_t bytes = sizeof(TcpSocket) * kSlotChunk;
            void *raw = m_slotChunks.size() < kHeapSlotChunks ? ::operator new(bytes, std::align_val_t{alignof(TcpSocket)})
                                                              : m_slotArena.allocate(bytes, alignof(TcpSocket));
            m_slotChunks.push_back(static_cast<TcpSocket *>(raw));
        }
        m_incarnations.push_back(0);
        std::construct_at(&m_slotChunks.back()[id & (kSlotChunk - 1)], m_sim, *this, id, conn, 0);
        ++m_slotCount;
    }
    return socket(id);
}

void Host::release(std::uint32_t id)
{
    if (m_recycle) m_released.push_back(id);
}

void Host::collectReleasedSlots()
{
    // Deferred: a socket may release itself from inside one of its own member functions.
    for (std::uint32_t id : m_released) m_freeSlots.push_back(id);
    m_released.clear();
}

void Host::countState(TcpState from, TcpState to)
{
    --stateCount[static_cast<int>(from)];
    ++stateCount[static_cast<int>(to)];
    const auto live = [](TcpState s) { return s != TcpState::Closed && s != TcpState::Listen; };
    m_live += (live(to) ? 1 : 0) - (live(from) ? 1 : 0);
}

HostOccupancy Host::occupancy() const
{
    HostOccupancy o;
    for (std::uint32_t id : m_listeners) {
        const TcpSocket &l = socket(id);
        if (!l.isListener()) continue;
        o.synQueue += l.synQueue;
        o.acceptQueue += static_cast<std::int32_t>(l.acceptQueue.size());
        // sk_acceptq_is_full(): the queue is full when it holds more than sk_max_ack_backlog.
        o.acceptQueueLimit += l.backlog() + 1;
    }
    o.timeWait = timeWaitCount();
    o.orphans = orphanCount;
    o.portsInUse = static_cast<std::int32_t>(portsInUseTotal);
    o.fds = openFds;
    return o;
}

std::uint32_t Host::portsInUse(std::uint32_t localAddr, std::uint32_t remoteAddr, std::uint16_t remotePort) const
{
    auto it = m_portsInUse.find(destinationKey(localAddr, remoteAddr, remotePort));
    return it == m_portsInUse.end() ? 0 : it->second;
}

void Host::registerConnection(TcpSocket &s)
{
    const std::uint32_t replaced = m_connections.set(s.tuple(), s.id());
    if (replaced != ConnectionTable::kNone && replaced != s.id()) socket(replaced).m_hashed = false;
    s.m_hashed = true;
    if (s.ephemeralPort) {
        ++m_portsInUse[destinationKey(s.localAddr, s.remoteAddr, s.remotePort)];
        ++portsInUseTotal;
    }
}

void Host::releasePort(std::uint32_t localAddr, std::uint32_t remoteAddr, std::uint16_t remotePort)
{
    auto it = m_portsInUse.find(destinationKey(localAddr, remoteAddr, remotePort));
    if (it == m_portsInUse.end()) return;
    if (--it->second == 0) m_portsInUse.erase(it);
    --portsInUseTotal;
}

void Host::unregisterConnection(TcpSocket &s)
{
    if (m_connections.erase(s.tuple(), s.id())) s.m_hashed = false;
}

TcpSocket *Host::findConnection(const FourTuple &t)
{
    const std::uint32_t id = m_connections.find(t);
    return id == ConnectionTable::kNone ? nullptr : &socket(id);
}

TcpSocket *Host::findListener(std::uint16_t localPort)
{
    for (std::uint32_t id : m_listeners) {
        TcpSocket &l = socket(id);
        if (l.isListener() && l.localPort == localPort) return &l;
    }
    return nullptr;
}

TcpState Host::connectionState(std::uint32_t conn) const
{
    TcpState found = TcpState::Closed;
    m_connections.forEach([&](const FourTuple &, std::uint32_t id) {
        if (found == TcpState::Closed && socket(id).conn() == conn) found = socket(id).state();
    });
    if (found != TcpState::Closed) return found;
    for (std::uint32_t i = 0; i < m_tw.capacity(); ++i) {
        const TimeWaitSock &e = m_tw.at(i);
        if ((e.flags & TimeWaitSock::kLive) && e.conn == conn) return e.substate;
    }
    return TcpState::Closed;
}

void Host::receive(const WireSegment &seg)
{
    // tcp_ipv4.c: tcp_v4_rcv(): the established hash (full, request and timewait sockets), then listeners.
    const FourTuple t{seg.dstAddr ? seg.dstAddr : m_address, seg.srcAddr, seg.dstPort, seg.srcPort};
    if (m_addrHigh && (t.localAddr < m_addrLow || t.localAddr > m_addrHigh) && t.localAddr != m_address) {
        m_sim.dropCurrent(DropReason::NoSocket); // a spoofed source: nobody there answers
        return;
    }
    if (!m_blackholes.empty() && m_blackholes.count(t)) {
        m_sim.dropCurrent(DropReason::HostDown);
        return;
    }
    // The segment names the slot its sender believes holds this connection here (learned from our own
    // segments): when that slot is the one the established hash maps this 4-tuple to, the lookup's answer
    // is known without reading the table, and the socket's first line is the only memory touched.
    TcpSocket *s = nullptr;
    if (seg.slotHint < m_slotCount) {
        TcpSocket &hinted = socket(seg.slotHint);
        if (hinted.m_hashed && hinted.tuple() == t) s = &hinted;
    }
    if (!s) s = findConnection(t);
    if (s) {
        if (seg.srcSlot != UINT32_MAX) s->m_peerSlot = seg.srcSlot;
        s->receive(seg);
        return;
    }
    const std::uint32_t tw = m_tw.find(t);
    if (tw != UINT32_MAX) {
        processTimeWait(tw, seg);
        return;
    }
    const std::uint8_t f = seg.h.flags;
    if (TcpSocket *l = findListener(seg.dstPort)) {
        if (f & FlagRst) return;
        if ((f & FlagSyn) && !(f & FlagAck)) {
            l->startPassiveOpen(seg, 0);
            return;
        }
        // An ACK for no request: a SYN cookie, or tcp_rcv_state_process() LISTEN "return 1" -> RST.
        if ((f & FlagAck) && l->acceptCookie(seg)) return;
        if (f & FlagAck) sendReset(seg, RstReason::NoSocket, seg.conn);
        return;
    }
    if (!(f & FlagRst)) sendReset(seg, RstReason::NoSocket, seg.conn);
}

void Host::sendReset(const WireSegment &in, RstReason reason, std::uint32_t conn)
{
    // tcp_ipv4.c: tcp_v4_send_reset(): never answer an RST; if the segment carried an ACK the RST takes its
    // sequence number from that ACK and carries no ACK ("R"), otherwise it ACKs everything the segment
    // occupied ("R.", seq 0).
    if (in.h.flags & FlagRst) return;
    WireSegment r;
    r.srcPort = in.dstPort;
    r.dstPort = in.srcPort;
    r.srcAddr = in.dstAddr ? in.dstAddr : m_address;
    r.dstAddr = in.srcAddr;
    r.conn = conn;
    if (in.h.flags & FlagAck) {
        r.h.flags = FlagRst;
        r.h.seq = in.h.ack;
    } else {
        r.h.flags = FlagRst | FlagAck;
        r.h.seq = 0;
        r.h.ack = in.h.seq + in.h.len + ((in.h.flags & FlagSyn) ? 1 : 0) + ((in.h.flags & FlagFin) ? 1 : 0);
    }
    ++counters.outRsts;
    ++counters.rstsByReason[static_cast<int>(reason)];
    m_sim.transmit(m_side, r, 1, std::nullopt, reason);
}

void Host::crash()
{
    for (std::uint32_t id = 0; id < m_slotCount; ++id) socket(id).crash();
    while (m_tw.size() > 0) {
        for (std::uint32_t i = 0; i < m_tw.capacity(); ++i)
            if (m_tw.at(i).flags & TimeWaitSock::kLive) killTimeWait(i, Cause::HostCrash, GoneReason::HostCrash, "", TimerAction::Cancel);
    }
    m_up = false;
    orphanCount = 0;
    m_orphanCache = 0; // a new kernel's tcp_orphan_cache
    openFds = 0; // the processes died with the machine
}

void Host::reboot() { m_up = true; }

// ---------------------------------------------------------------------------------------------------------
// Orphans

void Host::refreshOrphanCache()
{
    // tcp.c: tcp_orphan_update() runs every TCP_ORPHAN_TIMER_PERIOD (100 ms). Called before every change of
    // the count and every read of the cache, so the count now is the count at the last tick.
    constexpr SimTime kPeriod = 100 * kMs;
    const SimTime now = m_sim.now();
    const SimTime tick = now >= 0 ? now / kPeriod : -((-now + kPeriod - 1) / kPeriod);
    if (tick <= m_orphanCacheTick) return;
    m_orphanCache = orphanCount;
    m_orphanCacheTick = tick;
}

void Host::addOrphans(int delta)
{
    refreshOrphanCache();
    orphanCount += delta;
}

int Host::orphanCache()
{
    refreshOrphanCache();
    return m_orphanCache;
}

// ---------------------------------------------------------------------------------------------------------
// Ports

bool Host::portBusy(std::uint32_t localAddr, std::uint16_t port, std::uint32_t remoteAddr, std::uint16_t remotePort,
                    std::uint32_t &isn, bool takeOver, bool bound)
{
    const FourTuple t{localAddr, remoteAddr, port, remotePort};
    // Both lookups of a free port miss the cache; load the timewait index's slot while the established
    // hash is read, so the two misses overlap.
    m_tw.prefetch(t);
    if (findConnection(t)) return true;
    const std::uint32_t tw = m_tw.find(t);
    if (tw == UINT32_MAX) return false;
    // tcp_ipv4.c: tcp_twsk_unique(): with timestamps, a TIME_WAIT 4-tuple may be reused once the last
    // timestamp it saw is older than tcp_tw_reuse_delay (tcp_tw_reuse = 1, or 2 on loopback only).
    const TimeWaitSock &e = m_tw.at(tw);
    const std::int64_t reuse = sysctl(SysctlId::TcpTwReuse);
    const bool loopback = m_sim.config().network.delay <= kLoopbackDelay;
    // A port the application bound itself comes with no twp (__inet_hash_connect() calls
    // check_established(..., NULL)): then timestamps alone make the takeover safe, without tcp_tw_reuse.
    const bool allowed = e.substate == TcpState::TimeWait && e.tsRecentStampMs != INT32_MIN
        && (bound || ((reuse == 1 || (reuse == 2 && loopback))
                      && m_sim.nowMs() - e.tsRecentStampMs > sysctl(SysctlId::TcpTwReuseDelay)));
    if (!allowed) return true;
    if (takeOver) {
        isn = e.sndNxt + 65535 + 2;
        killTimeWait(tw, Cause::AppConnect, GoneReason::TimeWaitDone, bound ? "" : "net.ipv4.tcp_tw_reuse", TimerAction::Cancel);
    }
    return false;
}

Errno Host::claimFourTuple(const FourTuple &t, std::uint32_t &isn)
{
    return portBusy(t.localAddr, t.localPort, t.remoteAddr, t.remotePort, isn, true, true) ? Errno::Eaddrnotavail : Errno::None;
}

Errno Host::bindCheck(std::uint16_t port, bool reuseAddr) const
{
    for (std::uint32_t id = 0; id < m_slotCount; ++id) {
        const TcpSocket &s = socket(id);
        if (s.state() == TcpState::Closed || s.localPort != port) continue;
        if (reuseAddr && s.reuseAddr && !s.isListener()) continue;
        return Errno::Eaddrinuse;
    }
    for (std::uint32_t i = 0; i < m_tw.capacity(); ++i) {
        const TimeWaitSock &e = m_tw.at(i);
        if (!(e.flags & TimeWaitSock::kLive) || e.localPort != port) continue;
        if (reuseAddr && (e.flags & TimeWaitSock::kReuseAddr)) continue;
        return Errno::Eaddrinuse;
    }
    return Errno::None;
}

std::uint16_t Host::allocatePort(std::uint32_t localAddr, std::uint32_t remoteAddr, std::uint16_t remotePort, std::uint32_t &isn)
{
    // inet_hashtables.c: __inet_hash_connect() walks ip_local_port_range from a hashed offset; a port is
    // free toward this destination unless a socket holds the same 4-tuple (TIME_WAIT may be taken over).
    const auto low = static_cast<std::uint32_t>(sysctl(SysctlId::IpLocalPortRangeLow));
    const auto high = static_cast<std::uint32_t>(sysctl(SysctlId::IpLocalPortRangeHigh));
    const std::uint32_t range = high - low + 1;
    const std::uint64_t key = destinationKey(localAddr, remoteAddr, remotePort);
    const bool reuse = sysctl(SysctlId::TcpTwReuse) == 1
        || (sysctl(SysctlId::TcpTwReuse) == 2 && m_sim.config().network.delay <= kLoopbackDelay);
    if (!reuse && portsInUse(localAddr, remoteAddr, remotePort) >= range) return 0; // all taken: EADDRNOTAVAIL
    auto [it, fresh] = m_portHint.try_emplace(key, 0);
    if (fresh) it->second = static_cast<std::uint32_t>(m_sim.rng()() % range);
    for (std::uint32_t i = 0; i < range; ++i) {
        const std::uint32_t offset = (it->second + i) % range;
        const auto port = static_cast<std::uint16_t>(low + offset);
        if (!portBusy(localAddr, port, remoteAddr, remotePort, isn, true)) {
            it->second = (offset + 1) % range;
            return port;
        }
    }
    return 0;
}

void Host::prefetchConnect(std::uint32_t localAddr, std::uint32_t remoteAddr, std::uint16_t remotePort) const
{
    const auto it = m_portHint.find(destinationKey(localAddr, remoteAddr, remotePort));
    if (it == m_portHint.end()) return; // the first connect draws its offset: nothing known yet
    const auto port = static_cast<std::uint16_t>(sysctl(SysctlId::IpLocalPortRangeLow) + it->second);
    const FourTuple t{localAddr, remoteAddr, port, remotePort};
    m_connections.prefetch(t);
    m_tw.prefetch(t);
}

// ---------------------------------------------------------------------------------------------------------
// TIME_WAIT (tcp_minisocks.c)

void Host::timeWait(TcpSocket &s, TcpState substate, SimTime timeout, Cause cause)
{
    // tcp_time_wait(): inet_twsk_alloc() refuses when tcp_max_tw_buckets timewait sockets exist
    // ("TCP: time wait bucket table overflow"): the socket is then simply destroyed, no RST.
    if (static_cast<std::int64_t>(m_tw.size()) >= sysctl(SysctlId::TcpMaxTwBuckets)) {
        ++counters.timeWaitOverflow;
        s.die(Cause::TwBucketOverflow, GoneReason::TwBucketOverflow, "net.ipv4.tcp_max_tw_buckets");
        return;
    }
    const SimTime rto35 = (s.rto() << 2) - (s.rto() >> 1);
    if (timeout < rto35) timeout = rto35;
    // Kernels before 4.12 with tcp_tw_recycle: remember the peer's last timestamp (tcp_remember_stamp())
    // and keep TIME_WAIT only 3.5 RTO instead of 60 s.
    const bool recycle = sysctl(SysctlId::TcpTwRecycle) != 0 && s.tsRecentStamp() != kNever;
    if (recycle) peerTimestamps[s.remoteAddr] = {s.tsRecent(), m_sim.now()};
    if (substate == TcpState::TimeWait) timeout = recycle ? rto35 : tcp::kTimeWaitLen;
    TimeWaitSock tw;
    tw.localAddr = s.localAddr;
    tw.remoteAddr = s.remoteAddr;
    tw.localPort = s.localPort;
    tw.remotePort = s.remotePort;
    tw.sndNxt = s.sndNxt();
    tw.rcvNxt = s.rcvNxt();
    tw.tsRecent = s.tsRecent();
    tw.tsRecentStampMs = s.tsRecentStamp() == kNever ? INT32_MIN : static_cast<std::int32_t>(m_sim.msOf(s.tsRecentStamp()));
    tw.conn = s.conn();
    tw.rcvWnd = static_cast<std::uint16_t>(std::min<std::uint32_t>(s.receiveWindow(), 65535));
    tw.substate = substate;
    tw.flags = static_cast<std::uint8_t>((s.reuseAddr ? TimeWaitSock::kReuseAddr : 0) | (s.ephemeralPort ? TimeWaitSock::kEphemeral : 0));
    // The full socket hands its story over to the timewait socket: no "gone" for it.
    const TcpState from = s.state();
    s.handOverToTimeWait();
    const std::uint32_t index = m_tw.insert(tw);
    countState(TcpState::Closed, substate);
    if (substate == TcpState::TimeWait) m_sim.recordTransition(m_side, tw.conn, from, TcpState::TimeWait, cause);
    armTimeWait(index, substate == TcpState::TimeWait ? TimerKind::TimeWait : TimerKind::FinWait2, timeout);
}

void Host::armTimeWait(std::uint32_t index, TimerKind kind, SimTime timeout)
{
    TimeWaitSock &e = m_tw.at(index);
    ++e.generation;
    const SimTime expires = m_sim.timerExpiry(timeout);
    e.expiresJiffy = m_sim.jiffyOf(expires);
    // Only recorded connections have timer records (an unrecorded one never has an entry to look up).
    if (m_sim.recorder().records(e.conn)) {
        auto it = m_twTimerRecords.find(index);
        if (it != m_twTimerRecords.end()) m_sim.recorder().timerEnd(m_sim.now(), it->second, TimerAction::Cancel);
        const int record = m_sim.recorder().timerArm(m_sim.now(), m_side, e.conn, kind, expires);
        if (record >= 0) m_twTimerRecords[index] = record;
        else if (it != m_twTimerRecords.end()) m_twTimerRecords.erase(it);
    }
    const auto [fifo, wasEmpty] = m_tw.queueTimer(index, timeout);
    if (wasEmpty) m_sim.scheduleTimeWaitTimer(expires, m_side, fifo);
}

void Host::onTimeWaitTimer(std::uint32_t fifo)
{
    TimeWaitTable::Due d;
    // At 10^5 connections a second some 400 timewait sockets expire in each 4 ms jiffy; each erase reads
    // an index word nowhere near the last. Those of the sockets a few places behind the head are fetched
    // while the head is killed.
    constexpr std::size_t kAhead = 6;
    for (std::size_t k = 1; k < kAhead; ++k) m_tw.prefetchQueued(fifo, k);
    while (m_tw.head(fifo, d)) {
        m_tw.prefetchQueued(fifo, kAhead);
        const SimTime expires = m_sim.timeOfJiffy(m_tw.at(d.index).expiresJiffy);
        if (expires > m_sim.now()) {
            m_sim.scheduleTimeWaitTimer(expires, m_side, fifo);
            return;
        }
        m_tw.popHead(fifo);
        const TimeWaitSock &e = m_tw.at(d.index);
        if (e.substate == TcpState::TimeWait) {
            ++counters.tw;
            killTimeWait(d.index, Cause::TimeWaitExpired, GoneReason::TimeWaitDone, "", TimerAction::Fire);
        } else {
            killTimeWait(d.index, Cause::FinWait2Timeout, GoneReason::FinWait2Timeout, "net.ipv4.tcp_fin_timeout", TimerAction::Fire);
        }
    }
}

void Host::killTimeWait(std::uint32_t index, Cause cause, GoneReason reason, std::string_view limit, TimerAction timerEnd)
{
    TimeWaitSock &e = m_tw.at(index);
    m_sim.recordTransition(m_side, e.conn, e.substate, TcpState::Closed, cause);
    if (m_sim.recorder().records(e.conn)) {
        auto it = m_twTimerRecords.find(index);
        if (it != m_twTimerRecords.end()) {
            m_sim.recorder().timerEnd(m_sim.now(), it->second, timerEnd);
            m_twTimerRecords.erase(it);
        }
        m_sim.recorder().gone(m_sim.now(), m_side, e.conn, reason, limit);
    }
    countState(e.substate, TcpState::Closed);
    if (e.flags & TimeWaitSock::kEphemeral) releasePort(e.localAddr, e.remoteAddr, e.remotePort);
    m_tw.erase(index);
}

void Host::sendFromTimeWait(const TimeWaitSock &tw, std::uint8_t flags)
{
    WireSegment w;
    w.h.flags = flags;
    w.h.seq = tw.sndNxt;
    w.h.ack = tw.rcvNxt;
    w.h.window = tw.rcvWnd;
    if (sysctl(SysctlId::TcpTimestamps) != 0) {
        w.h.tsval = m_sim.tsClock(m_side, tw.localAddr);
        w.h.tsecr = tw.tsRecent;
    }
    w.srcPort = tw.localPort;
    w.dstPort = tw.remotePort;
    w.srcAddr = tw.localAddr;
    w.dstAddr = tw.remoteAddr;
    w.conn = tw.conn;
    m_sim.transmit(m_side, w, 1, std::nullopt, std::nullopt);
}

void Host::processTimeWait(std::uint32_t index, const WireSegment &seg)
{
    // tcp_minisocks.c: tcp_timewait_state_process()
    TimeWaitSock &e = m_tw.at(index);
    const std::uint8_t f = seg.h.flags;
    const std::uint32_t endSeq = seg.h.seq + seg.h.len + ((f & FlagFin) ? 1 : 0) + ((f & FlagSyn) ? 1 : 0);
    if (e.substate == TcpState::FinWait2) {
        const bool inWindow = !before(endSeq, e.rcvNxt) && !after(seg.h.seq, e.rcvNxt + e.rcvWnd);
        if (!inWindow) {
            sendFromTimeWait(e, FlagAck);
            return;
        }
        if (f & FlagRst) {
            killTimeWait(index, Cause::RcvRst, GoneReason::RstReceived, "", TimerAction::Cancel);
            return;
        }
        if ((f & FlagSyn) && !before(seg.h.seq, e.rcvNxt)) {
            sendReset(seg, RstReason::TimeWaitRst, e.conn);
            killTimeWait(index, Cause::SendRst, GoneReason::RstSent, "", TimerAction::Cancel);
            return;
        }
        if (!(f & FlagAck) || !after(endSeq, e.rcvNxt) || endSeq == seg.h.seq) return; // duplicate ACK
        // New data after a half-duplex close: TCP_TW_RST. A FIN: enter the real TIME_WAIT.
        if (!(f & FlagFin) || endSeq != e.rcvNxt + 1) {
            ++counters.abortOnData;
            sendReset(seg, RstReason::DataAfterClose, e.conn);
            killTimeWait(index, Cause::SendRst, GoneReason::RstSent, "", TimerAction::Cancel);
            return;
        }
        e.rcvNxt = endSeq;
        e.tsRecent = seg.h.tsval;
        if (seg.h.tsval) e.tsRecentStampMs = static_cast<std::int32_t>(m_sim.nowMs());
        e.substate = TcpState::TimeWait;
        countState(TcpState::FinWait2, TcpState::TimeWait);
        m_sim.recordTransition(m_side, e.conn, TcpState::FinWait2, TcpState::TimeWait, Cause::RcvFin);
        armTimeWait(index, TimerKind::TimeWait, tcp::kTimeWaitLen);
        sendFromTimeWait(m_tw.at(index), FlagAck);
        return;
    }
    // The real TIME_WAIT.
    if (seg.h.seq == e.rcvNxt && (endSeq == seg.h.seq || (f & FlagRst))) {
        if (f & FlagRst) {
            // TIME_WAIT assassination (RFC 1337): Linux lets the RST kill it unless tcp_rfc1337 = 1.
            killTimeWait(index, Cause::RcvRst, GoneReason::RstReceived, "", TimerAction::Cancel);
        } else {
            armTimeWait(index, TimerKind::TimeWait, tcp::kTimeWaitLen);
        }
        return;
    }
    if ((f & FlagSyn) && !(f & FlagRst) && !(f & FlagAck) && after(seg.h.seq, e.rcvNxt)) {
        // TCP_TW_SYN: a new incarnation may take over the 4-tuple, its ISN above the old snd_nxt.
        const std::uint32_t isn = e.sndNxt + 65535 + 2;
        killTimeWait(index, Cause::TimeWaitExpired, GoneReason::TimeWaitDone, "", TimerAction::Cancel);
        if (TcpSocket *l = findListener(seg.dstPort)) l->startPassiveOpen(seg, isn);
        return;
    }
    if (!(f & FlagRst)) {
        // Out-of-window segments (a retransmitted FIN above all) re-arm TIME_WAIT and are ACKed.
        if (f & FlagAck) armTimeWait(index, TimerKind::TimeWait, tcp::kTimeWaitLen);
        sendFromTimeWait(m_tw.at(index), FlagAck);
    }
}

} // namespace closelab
