// SPDX-License-Identifier: GPL-3.0-or-later
// Passive open: the listener's side of the handshake. tcp_input.c (tcp_conn_request), tcp_minisocks.c
// (tcp_check_req), syncookies.c (cookie_v4_init_sequence, cookie_v4_check), inet_connection_sock.c
// (inet_csk_accept).
#include "tcpsocket.h"

#include "host.h"
#include "simulator.h"
#include "tcpconstants.h"
#include "timerwheel.h"

#include <algorithm>

namespace closelab {

std::uint32_t TcpSocket::cookieIsn(const WireSegment &syn, int minutesAgo) const
{
    // syncookies.c: the cookie is a keyed hash of the 4-tuple and a counter of minutes, valid for two.
    const auto minute = static_cast<std::uint32_t>((m_sim.now() + 3600 * kSec) / (60 * kSec)) - static_cast<std::uint32_t>(minutesAgo);
    std::uint64_t h = (std::uint64_t{syn.srcAddr} << 32 | (syn.dstAddr ? syn.dstAddr : m_host.address())) ^ 0x5EC0C0DE5EC0C0DEull;
    h ^= (std::uint64_t{syn.srcPort} << 16 | localPort) * 0x9E3779B97F4A7C15ull;
    h ^= std::uint64_t{minute} * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 29;
    return static_cast<std::uint32_t>(h * 0xBF58476D1CE4E5B9ull >> 32);
}

bool TcpSocket::acceptCookie(const WireSegment &ack)
{
    // syncookies.c: cookie_v4_check(): an ACK acknowledging a cookie ISN creates the connection directly.
    if (m_host.sysctl(SysctlId::TcpSyncookies) == 0 || (ack.h.flags & (FlagSyn | FlagRst | FlagFin)) != 0) return false;
    if (ack.h.ack - 1 != cookieIsn(ack, 0) && ack.h.ack - 1 != cookieIsn(ack, 1)) return false;
    if (acceptQueue.size() > static_cast<std::size_t>(m_backlog)) {
        ++m_host.counters.listenOverflows;
        ++m_host.counters.listenDrops;
        return true; // dropped: the client will retransmit
    }
    ++m_host.counters.syncookiesRecv;
    TcpSocket &child = m_host.newSocket(ack.conn);
    child.listenerId = m_id;
    child.reuseAddr = reuseAddr;
    child.localPort = localPort;
    child.remotePort = ack.srcPort;
    child.remoteAddr = ack.srcAddr;
    child.localAddr = ack.dstAddr ? ack.dstAddr : m_host.address();
    child.m_isn = ack.h.ack - 1;
    child.m_sndUna = child.m_sndNxt = ack.h.ack;
    child.m_writeSeq = ack.h.ack;
    child.m_irs = ack.h.seq - 1;
    child.m_rcvNxt = child.m_rcvWup = ack.h.seq;
    child.m_sndWnd = ack.h.window;
    child.m_tsRecent = ack.h.tsval;
    child.receiveBuffer = receiveBuffer;
    child.m_peerSlot = ack.srcSlot;
    m_host.registerConnection(child);
    ++m_host.counters.passiveOpens;
    child.m_state = TcpState::Listen;
    m_host.countState(TcpState::Closed, TcpState::Listen);
    child.transitionTo(TcpState::SynRecv, Cause::RcvSyn);
    child.transitionTo(TcpState::Established, Cause::RcvAck);
    child.updateRto();
    acceptQueue.push_back(child.m_id);
    offerToApp(child);
    if (ack.h.len > 0) child.processData(ack);
    return true;
}

void TcpSocket::offerToApp(TcpSocket &child)
{
    if (!onAccept) return;
    m_sim.offerAccept(m_sim.now() + 10 * kUs, m_host, m_id, child.m_id, child.m_incarnation, onAccept);
}

void TcpSocket::acceptOffered(Host &h, std::uint32_t lid, std::uint32_t cid, std::uint32_t cinc, const std::function<void(TcpSocket &)> &cb)
{
    if (!h.socketAlive(cid, cinc)) return;
    if (!h.socket(lid).isListener() || h.socket(cid).m_accepted) return;
    const auto &q = h.socket(lid).acceptQueue;
    if (std::find(q.begin(), q.end(), cid) == q.end()) return;
    const std::uint32_t linc = h.socket(lid).m_incarnation;
    // The application, woken by this connection, calls accept() until it has it or accept() fails;
    // children left queued by an earlier EMFILE come first (inet_csk_accept(): the oldest).
    while (TcpSocket *c = h.socket(lid).accept()) {
        const std::uint32_t id = c->m_id, inc = c->m_incarnation;
        cb(*c);
        // What arrived while the connection waited in the accept queue is now the application's.
        if (h.socketAlive(id, inc)) h.socket(id).deliverPendingToApp();
        if (id == cid || !h.socketAlive(lid, linc) || !h.socket(lid).isListener()) break;
    }
}

void TcpSocket::markAccepted()
{
    // accept() returned this connection: the application now holds a descriptor for it.
    m_accepted = true;
    holdFd();
    recordApp(AppCall::Accept, 0, 0, Errno::None);
}

TcpSocket *TcpSocket::accept()
{
    // socket.c: __sys_accept4_file(): get_unused_fd_flags() fails with EMFILE (RLIMIT_NOFILE, ulimit -n)
    // before do_accept() touches the queue: the connection stays in the accept queue.
    const bool waiting = std::any_of(acceptQueue.begin(), acceptQueue.end(),
                                     [this](std::uint32_t id) { return !m_host.socket(id).m_accepted; });
    if (waiting && m_host.openFds >= m_host.sysctl(SysctlId::UlimitNofile)) {
        if (onAcceptFailed) onAcceptFailed(Errno::Emfile);
        return nullptr;
    }
    // inet_csk_accept(): the oldest established child.
    while (!acceptQueue.empty()) {
        TcpSocket &c = m_host.socket(acceptQueue.front());
        acceptQueue.pop_front();
        if (c.m_accepted) continue;
        c.markAccepted();
        return &c;
    }
    return nullptr;
}

void TcpSocket::startPassiveOpen(const WireSegment &syn, std::uint32_t isn)
{
    // tcp_input.c: tcp_conn_request(), on the listener.
    const auto backlog = static_cast<std::size_t>(m_backlog);
    const std::int64_t cookies = m_host.sysctl(SysctlId::TcpSyncookies);
    bool wantCookie = false;
    // inet_csk_reqsk_queue_is_full(): more requests than the backlog (the SYN queue is bounded by it).
    if ((cookies == 2 || static_cast<std::size_t>(synQueue) > backlog) && !isn) {
        // tcp_syn_flood_action(): "Possible SYN flooding on port ... Sending cookies" or "Dropping request".
        if (cookies == 0) {
            ++m_host.counters.listenDrops;
            m_sim.dropCurrent(DropReason::SynQueueFull);
            return;
        }
        wantCookie = true;
    }
    if (acceptQueue.size() > backlog) {
        // sk_acceptq_is_full(): the SYN is dropped (ListenOverflows, ListenDrops).
        ++m_host.counters.listenOverflows;
        ++m_host.counters.listenDrops;
        m_sim.dropCurrent(DropReason::ListenOverflow);
        return;
    }
    const std::int64_t maxSyn = m_host.sysctl(SysctlId::TcpMaxSynBacklog);
    if (!wantCookie && cookies == 0 && maxSyn - synQueue < (maxSyn >> 2)) {
        // Without cookies the last quarter of tcp_max_syn_backlog is kept for peers proven alive.
        ++m_host.counters.listenDrops;
        m_sim.dropCurrent(DropReason::SynQueueFull);
        return;
    }
    if (m_host.sysctl(SysctlId::TcpTwRecycle) != 0 && syn.h.tsval != 0) {
        // Kernels before 4.12, tcp_tw_recycle: tcp_peer_is_proven(paws_check): a SYN whose timestamp is
        // older than one this peer address sent within 60 s is dropped (PAWSPassive). Behind one NAT
        // address, clients with different clocks break each other.
        auto it = m_host.peerTimestamps.find(syn.srcAddr);
        if (it != m_host.peerTimestamps.end() && m_sim.now() - it->second.second < tcp::kTimeWaitLen
            && static_cast<std::int32_t>(it->second.first - syn.h.tsval) > 1) {
            ++m_host.counters.pawsPassiveRejected;
            ++m_host.counters.listenDrops;
            m_sim.dropCurrent(DropReason::DropRule);
            return;
        }
    }
    if (wantCookie) {
        // cookie_v4_init_sequence(): no request is kept; the SYN-ACK's ISN encodes it.
        ++m_host.counters.syncookiesSent;
        WireSegment w;
        w.h.flags = FlagSyn | FlagAck;
        w.h.seq = cookieIsn(syn, 0);
        w.h.ack = syn.h.seq + 1;
        w.h.window = 65535;
        w.srcPort = localPort;
        w.dstPort = syn.srcPort;
        w.srcAddr = syn.dstAddr ? syn.dstAddr : m_host.address();
        w.dstAddr = syn.srcAddr;
        w.conn = syn.conn;
        w.slotHint = syn.srcSlot;
        m_sim.registerIsn(m_host.side(), syn.conn, w.h.seq);
        m_sim.transmit(m_host.side(), w, 1, std::nullopt, std::nullopt);
        return;
    }
    TcpSocket &req = m_host.newSocket(syn.conn);
    req.m_request = true;
    req.listenerId = m_id;
    req.reuseAddr = reuseAddr;
    req.localPort = localPort;
    req.remotePort = syn.srcPort;
    req.remoteAddr = syn.srcAddr;
    req.localAddr = syn.dstAddr ? syn.dstAddr : m_host.address();
    req.receiveBuffer = receiveBuffer;
    req.m_peerSlot = syn.srcSlot;
    req.m_irs = syn.h.seq;
    req.m_rcvNxt = req.m_rcvWup = syn.h.seq + 1;
    req.m_tsRecent = syn.h.tsval;
    req.m_sndWnd = syn.h.window;
    req.m_isn = isn ? isn : m_sim.initialSequence(m_host.address(), localPort, syn.srcAddr, syn.srcPort);
    req.m_sndUna = req.m_sndNxt = req.m_isn;
    req.m_writeSeq = req.m_isn + 1;
    m_sim.registerIsn(m_host.side(), req.m_conn, req.m_isn);
    m_sim.registerIsn(peerOf(m_host.side()), req.m_conn, req.m_irs);
    ++synQueue;
    m_host.registerConnection(req);
    ++m_host.counters.passiveOpens;
    req.m_state = TcpState::Listen;
    m_host.countState(TcpState::Closed, TcpState::Listen); // a request sock is born from its listener: LISTEN -> SYN_RECV
    req.transitionTo(TcpState::SynRecv, Cause::RcvSyn);
    SendBuffer b;
    b.seq = req.m_isn;
    b.syn = true;
    b.lastSent = m_sim.now();
    b.transmissions = 1;
    req.m_queue.push_back(b);
    req.m_sndNxt = req.m_isn + 1;
    req.sendSegment(FlagSyn | FlagAck, req.m_isn, 0, 1, std::nullopt);
    // The request's timer: TCP_TIMEOUT_INIT << num_timeout (reqsk_timeout()).
    ++req.m_reqGen;
    const SimTime at = m_sim.timerExpiry(tcp::kTimeoutInit);
    req.recordTimerArm(TimerSlot::Xmit, TimerKind::SynAck, at);
    req.m_timers[0].kind = TimerKind::SynAck;
    req.m_timers[0].armed = true;
    req.m_reqQueued = m_sim.scheduleRequestTimer(at, m_host.side(), req.m_id, req.m_reqGen);
}

void TcpSocket::processRequest(const WireSegment &seg)
{
    // tcp_minisocks.c: tcp_check_req()
    const std::uint8_t f = seg.h.flags;
    if (f & FlagRst) {
        die(Cause::RcvRst, GoneReason::RstReceived, "");
        return;
    }
    if ((f & FlagSyn) && !(f & FlagAck)) {
        if (seg.h.seq == m_irs) retransmitHead(RetransKind::SynAck, false); // inet_rtx_syn_ack()
        return;
    }
    if (!(f & FlagAck)) return;
    if (seg.h.ack != m_isn + 1) {
        m_host.sendReset(seg, RstReason::NoSocket, m_conn);
        return;
    }
    TcpSocket &listener = m_host.socket(listenerId);
    if (listener.acceptQueue.size() > static_cast<std::size_t>(listener.m_backlog)) {
        // inet_csk_complete_hashdance() failed: the accept queue is full (backlog + 1 held).
        ++m_host.counters.listenOverflows;
        ++m_host.counters.listenDrops;
        if (m_host.sysctl(SysctlId::TcpAbortOnOverflow) == 0) {
            m_reqAcked = true; // the ACK is forgotten; the SYN-ACK timer will try again
            m_sim.dropCurrent(DropReason::ListenOverflow);
            return;
        }
        m_host.sendReset(seg, RstReason::AcceptOverflow, m_conn);
        die(Cause::AcceptOverflow, GoneReason::RstSent, "net.ipv4.tcp_abort_on_overflow");
        return;
    }
    // The handshake completes: the request becomes a full socket in the accept queue.
    m_request = false;
    --listener.synQueue;
    cancelTimer(TimerSlot::Xmit);
    ++m_reqGen;
    m_sim.cancelEvent(m_reqQueued);
    const SendBuffer synack = m_queue.front();
    m_queue.pop_front();
    m_sndUna = m_isn + 1;
    m_sndWnd = seg.h.window;
    m_lastRcv = m_sim.now();
    if (seg.h.tsval) {
        m_tsRecent = seg.h.tsval;
        m_tsRecentStamp = m_sim.now();
    }
    if (synack.transmissions == 1) rttSample(m_sim.now() - synack.lastSent);
    else updateRto();
    transitionTo(TcpState::Established, Cause::RcvAck);
    listener.acceptQueue.push_back(m_id);
    listener.offerToApp(*this);
    if (seg.h.len > 0 || (f & FlagFin)) processData(seg);
}

} // namespace closelab
