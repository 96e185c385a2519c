// SPDX-License-Identifier: GPL-3.0-or-later
// Socket calls, the one state-change function, and segment output (tcp.c, tcp_output.c).
#include "tcpsocket.h"

#include "host.h"
#include "simulator.h"
#include "tcpconstants.h"
#include "transitiontable.h"

#include <algorithm>
#include <vector>

namespace closelab {

namespace {
constexpr SimTime kAppLatency = 10 * kUs; // a blocked application wakes up this long after the kernel event
}

TcpSocket::TcpSocket(Simulator &sim, Host &host, std::uint32_t id, std::uint32_t conn, std::uint32_t incarnation)
    : m_host(host), m_id(id), m_conn(conn), m_sim(sim), m_incarnation(incarnation)
{
    // Timer generations continue across recycled slots, so a stale timer event never matches.
    for (Timer &t : m_timers) t.generation = incarnation << 20;
    m_reqGen = incarnation << 20;
    localAddr = host.address();
    m_host.countState(TcpState::Closed, TcpState::Closed);
}

Side TcpSocket::side() const { return m_host.side(); }

void TcpSocket::recordApp(AppCall call, std::int64_t arg, std::int64_t result, Errno err)
{
    // Most of a population is not recorded: skip the call (and its arguments) for those connections.
    if (m_sim.recorder().records(m_conn)) m_sim.recorder().app(m_sim.now(), m_host.side(), m_conn, call, arg, result, err);
}

void TcpSocket::notifyApp(AppTask fn)
{
    // The application runs later; by then a population run may have recycled this socket's slot.
    Host &h = m_host;
    m_sim.wakeApp(m_sim.now() + kAppLatency, h, m_id, m_incarnation, std::move(fn));
}

void TcpSocket::holdFd()
{
    if (m_fdHeld) return;
    m_fdHeld = true;
    ++m_host.openFds;
}

void TcpSocket::maybeRelease()
{
    // Nobody holds a request socket, or a child the application never accepted.
    const bool unowned = m_orphan || m_request || (!m_accepted && listenerId != UINT32_MAX);
    if (m_released || m_state != TcpState::Closed || !unowned) return;
    m_released = true;
    m_host.release(m_id);
}

void TcpSocket::handOverToTimeWait()
{
    for (TimerSlot s : {TimerSlot::Xmit, TimerSlot::DelAck, TimerSlot::Keepalive}) cancelTimer(s);
    if (m_orphan) m_host.addOrphans(-1);
    ephemeralPort = false; // the timewait socket holds the port now
    m_host.unregisterConnection(*this);
    m_host.countState(m_state, TcpState::Closed);
    m_state = TcpState::Closed;
    m_sndShutdown = m_rcvShutdown = true;
    m_queue.clear();
    maybeRelease();
}

// ---------------------------------------------------------------------------------------------------------
// The state machine's single door.

void TcpSocket::transitionTo(TcpState next, Cause cause)
{
    if (next == m_state) return;
    if (!findTransition(m_state, next, cause)) ++m_sim.recorder().trace().illegalTransitions;
    if (m_sim.recorder().records(m_conn)) m_sim.recorder().state(m_sim.now(), m_host.side(), m_conn, m_state, next, cause);
    m_host.countState(m_state, next);
    m_state = next;
    // Timers the new state does not own.
    if (next == TcpState::TimeWait) {
        cancelTimer(TimerSlot::Xmit);
        cancelTimer(TimerSlot::DelAck);
        cancelTimer(TimerSlot::Keepalive);
    } else if (next == TcpState::Closed) {
        for (TimerSlot s : {TimerSlot::Xmit, TimerSlot::DelAck, TimerSlot::Keepalive}) cancelTimer(s);
        ++m_reqGen;
        m_sim.cancelEvent(m_reqQueued);
    }
}

void TcpSocket::die(Cause cause, GoneReason reason, std::string_view limit)
{
    if (m_state == TcpState::Closed) return;
    if (m_orphan) m_host.addOrphans(-1);
    if (ephemeralPort) m_host.releasePort(localAddr, remoteAddr, remotePort);
    m_host.unregisterConnection(*this);
    if (m_request && listenerId != UINT32_MAX) --m_host.socket(listenerId).synQueue;
    if (!m_accepted && !m_request && listenerId != UINT32_MAX) {
        auto &q = m_host.socket(listenerId).acceptQueue;
        q.erase(std::remove(q.begin(), q.end(), m_id), q.end());
    }
    const bool wasListener = m_state == TcpState::Listen;
    transitionTo(TcpState::Closed, cause);
    m_sndShutdown = m_rcvShutdown = true;
    m_queue.clear();
    if (!wasListener && m_sim.recorder().records(m_conn)) m_sim.recorder().gone(m_sim.now(), m_host.side(), m_conn, reason, limit);
    maybeRelease();
}

// ---------------------------------------------------------------------------------------------------------
// Socket calls

void TcpSocket::listen(int backlog)
{
    // af_inet.c: inet_listen(): the backlog is capped by net.core.somaxconn.
    m_backlog = static_cast<int>(std::min<std::int64_t>(backlog, m_host.sysctl(SysctlId::Somaxconn)));
    m_conn = kListenerConn;
    m_host.addListener(m_id);
    transitionTo(TcpState::Listen, Cause::AppListen);
    recordApp(AppCall::Listen, backlog, 0, Errno::None);
}

void TcpSocket::connect(std::uint16_t port, std::uint16_t remote) { connectWithIsn(port, remote, 0); }

void TcpSocket::connectWithIsn(std::uint16_t port, std::uint16_t remote, std::uint32_t isn, bool ephemeral)
{
    localPort = port;
    remotePort = remote;
    if (!remoteAddr) remoteAddr = m_host.side() == Side::Client ? m_sim.host(Side::Server).address() : m_sim.host(Side::Client).address();
    ephemeralPort = ephemeral;
    m_host.registerConnection(*this);
    ++m_host.counters.activeOpens;
    m_isn = isn ? isn : m_sim.initialSequence(m_host.address(), localPort, remoteAddr, remotePort);
    m_sim.registerIsn(m_host.side(), m_conn, m_isn);
    m_sndUna = m_sndNxt = m_writeSeq = m_isn;
    transitionTo(TcpState::SynSent, Cause::AppConnect);
    // tcp_output.c: tcp_connect(): the SYN goes out at once, retransmitted on icsk_rto = TCP_TIMEOUT_INIT.
    SendBuffer syn;
    syn.seq = m_isn;
    syn.syn = true;
    m_queue.push_back(syn);
    m_writeSeq = m_isn + 1;
    m_rto = tcp::kTimeoutInit;
    m_retransStamp = m_sim.now();
    pushPending();
}

std::int64_t TcpSocket::write(std::uint32_t bytes)
{
    if (m_softErr != Errno::None) {
        const Errno e = m_softErr;
        m_softErr = Errno::None;
        recordApp(AppCall::Write, bytes, -1, e);
        return -1;
    }
    if (m_sndShutdown || m_state == TcpState::Closed || m_state == TcpState::Listen) {
        // tcp.c: tcp_sendmsg_locked(): SEND_SHUTDOWN -> EPIPE.
        recordApp(AppCall::Write, bytes, -1, Errno::Epipe);
        return -1;
    }
    std::uint32_t left = bytes;
    while (left > 0) {
        SendBuffer b;
        b.seq = m_writeSeq;
        b.len = std::min(left, tcp::kMss);
        m_writeSeq += b.len;
        left -= b.len;
        m_queue.push_back(b);
    }
    recordApp(AppCall::Write, bytes, bytes, Errno::None);
    if (m_state != TcpState::SynSent) pushPending();
    return bytes;
}

std::int64_t TcpSocket::read()
{
    if (m_unread > 0) {
        const std::uint32_t n = m_unread;
        const bool wasZero = window() == 0;
        m_unread = 0;
        recordApp(AppCall::Read, 0, n, Errno::None);
        // tcp.c: tcp_cleanup_rbuf(): a window that reopens from zero is announced at once.
        if (wasZero && m_state != TcpState::Closed) sendAck();
        return n;
    }
    // tcp.c: tcp_recvmsg_locked(): after the peer's FIN (SOCK_DONE) read() returns 0 before any error.
    if (m_rcvFin) {
        recordApp(AppCall::Read, 0, 0, Errno::None);
        return 0;
    }
    if (m_softErr != Errno::None) {
        const Errno e = m_softErr;
        m_softErr = Errno::None;
        recordApp(AppCall::Read, 0, -1, e);
        return -1;
    }
    if (m_rcvShutdown || m_state == TcpState::Closed) {
        recordApp(AppCall::Read, 0, 0, Errno::None);
        return 0;
    }
    recordApp(AppCall::Read, 0, -1, Errno::Eagain);
    return -1;
}

void TcpSocket::close()
{
    recordApp(AppCall::Close, 0, 0, Errno::None);
    if (m_orphan) return;
    if (m_fdHeld) {
        m_fdHeld = false;
        --m_host.openFds;
    }
    // tcp.c: __tcp_close()
    m_rcvShutdown = m_sndShutdown = true;
    if (m_state == TcpState::Listen) {
        // inet_csk_listen_stop(): children not yet accepted are reset.
        for (std::uint32_t child : std::vector<std::uint32_t>(acceptQueue.begin(), acceptQueue.end())) {
            TcpSocket &c = m_host.socket(child);
            c.m_accepted = true;
            c.close();
        }
        acceptQueue.clear();
        die(Cause::AppClose, GoneReason::Closed, "");
        return;
    }
    if (m_state == TcpState::Closed) {
        m_orphan = true;
        maybeRelease();
        return;
    }
    const std::uint32_t unreadBytes = m_unread;
    m_unread = 0;
    if (m_state == TcpState::SynSent) {
        m_orphan = true;
        die(Cause::AppClose, GoneReason::Closed, "");
        return;
    }
    m_orphan = true;
    m_host.addOrphans(1); // tcp_orphan_count_inc() in __tcp_close(), before tcp_check_oom()
    if (unreadBytes > 0) {
        // Unread data was tossed: zap the connection (RFC 2525 2.17). TCPAbortOnClose.
        ++m_host.counters.abortOnClose;
        sendActiveReset(RstReason::UnreadData);
        die(Cause::SendRst, GoneReason::RstSent, "");
        return;
    }
    if (m_lingerOn && m_lingerSecs == 0) {
        // SO_LINGER {1, 0}: tcp_disconnect() sends an RST where tcp_need_reset() says so. TCPAbortOnData.
        ++m_host.counters.abortOnData;
        const bool needReset = m_state == TcpState::Established || m_state == TcpState::CloseWait
            || m_state == TcpState::FinWait1 || m_state == TcpState::FinWait2 || m_state == TcpState::SynRecv;
        if (needReset) sendActiveReset(RstReason::Linger0);
        die(Cause::SendRst, GoneReason::LingerAbort, "SO_LINGER");
        return;
    }
    closeState();
    if (m_state == TcpState::FinWait2) {
        if (m_linger2 < 0) {
            sendActiveReset(RstReason::Linger0);
            ++m_host.counters.abortOnLinger;
            die(Cause::SendRst, GoneReason::RstSent, "TCP_LINGER2");
            return;
        }
        const SimTime tmo = finTime();
        if (tmo > tcp::kTimeWaitLen) {
            armTimer(TimerSlot::Keepalive, TimerKind::FinWait2, tmo - tcp::kTimeWaitLen);
        } else {
            enterTimeWait(TcpState::FinWait2, tmo, Cause::AppClose);
            return;
        }
    }
    // tcp_check_oom(): too many orphans -> RST and give up at once ("too many orphaned sockets").
    // tcp.c: tcp_too_many_orphans() reads tcp_orphan_cache (Host::orphanCache()), which does not count this
    // socket yet: with tcp_max_orphans = N and closes more than 100 ms apart, N + 1 orphans are kept, not N.
    if (m_state != TcpState::Closed && m_host.orphanCache() > m_host.sysctl(SysctlId::TcpMaxOrphans)) {
        ++m_host.counters.abortOnMemory;
        sendActiveReset(RstReason::OrphanOverflow);
        die(Cause::OrphanOverflow, GoneReason::OrphanOverflow, "net.ipv4.tcp_max_orphans");
    }
}

void TcpSocket::shutdown(AppCall how)
{
    recordApp(how, 0, 0, Errno::None);
    if (how == AppCall::ShutdownRd || how == AppCall::ShutdownRdWr) m_rcvShutdown = true;
    if (how == AppCall::ShutdownWr || how == AppCall::ShutdownRdWr) {
        closeState();
    }
}

void TcpSocket::closeState()
{
    // tcp.c: tcp_close_state(): ESTABLISHED (or SYN_RECV) -> FIN_WAIT1, CLOSE_WAIT -> LAST_ACK, each with a
    // FIN; every other state sends nothing.
    if (m_state == TcpState::Established || m_state == TcpState::SynRecv) {
        transitionTo(TcpState::FinWait1, Cause::AppClose);
        queueFin();
    } else if (m_state == TcpState::CloseWait) {
        transitionTo(TcpState::LastAck, Cause::AppClose);
        queueFin();
    }
}

void TcpSocket::setLinger(bool on, int seconds)
{
    m_lingerOn = on;
    m_lingerSecs = seconds;
    recordApp(AppCall::SetLinger, on ? seconds : -1, 0, Errno::None);
}

void TcpSocket::setKeepalive(bool on)
{
    m_keepalive = on;
    recordApp(AppCall::SetKeepalive, on ? 1 : 0, 0, Errno::None);
    // tcp.c: tcp_set_keepalive(): arm for tcp_keepalive_time unless closed or listening.
    if (on && m_state != TcpState::Closed && m_state != TcpState::Listen)
        armTimer(TimerSlot::Keepalive, TimerKind::Keepalive, m_host.sysctl(SysctlId::TcpKeepaliveTime) * kSec);
    else if (!on)
        cancelTimer(TimerSlot::Keepalive);
}

void TcpSocket::setLinger2(int seconds)
{
    // tcp.c: do_tcp_setsockopt(TCP_LINGER2): negative -> -1 (RST at once), capped at TCP_FIN_TIMEOUT_MAX.
    if (seconds < 0) m_linger2 = -1;
    else m_linger2 = static_cast<int>(std::min<SimTime>(seconds, tcp::kFinTimeoutMax / kSec));
    recordApp(AppCall::SetLinger2, seconds, 0, Errno::None);
}

void TcpSocket::crash()
{
    if (m_state == TcpState::Closed) return;
    die(Cause::HostCrash, GoneReason::HostCrash, "");
}

// ---------------------------------------------------------------------------------------------------------
// Output

std::uint32_t TcpSocket::tsNow() const { return m_sim.tsClock(m_host.side(), clockAddr ? clockAddr : localAddr); }

void TcpSocket::sendSegment(std::uint8_t flags, std::uint32_t seq, std::uint32_t len, std::uint16_t transmission,
                            std::optional<RetransKind> kind, std::optional<RstReason> rst)
{
    WireSegment w;
    w.h.flags = flags;
    w.h.seq = seq;
    w.h.ack = (flags & FlagAck) ? m_rcvNxt : 0;
    w.h.len = len;
    w.h.window = window();
    if (m_host.sysctl(SysctlId::TcpTimestamps) != 0 && !(flags & FlagRst)) {
        w.h.tsval = tsNow();
        w.h.tsecr = m_tsRecent;
    }
    w.srcPort = localPort;
    w.dstPort = remotePort;
    w.conn = m_conn;
    w.srcAddr = localAddr;
    w.dstAddr = remoteAddr;
    w.slotHint = m_peerSlot;
    w.srcSlot = m_id;
    if (flags & FlagAck) {
        // tcp_output.c: tcp_event_ack_sent(): any ACK cancels the delayed one.
        m_ackPending = false;
        m_rcvWup = m_rcvNxt;
        if (m_quick > 0) --m_quick;
        cancelTimer(TimerSlot::DelAck);
    }
    if (transmission > 1) ++m_host.counters.retransSegs;
    if (flags & FlagRst) {
        ++m_host.counters.outRsts;
        if (rst) ++m_host.counters.rstsByReason[static_cast<int>(*rst)];
    }
    if (kind) ++m_host.counters.retransByKind[static_cast<int>(*kind)];
    m_sim.transmit(m_host.side(), w, transmission, kind, rst);
}

void TcpSocket::sendAck()
{
    if (m_state == TcpState::Closed) return;
    sendSegment(FlagAck, m_sndNxt, 0, 1, std::nullopt);
}

void TcpSocket::sendChallengeAck()
{
    // tcp_input.c: tcp_send_challenge_ack(), limited per socket by tcp_invalid_ratelimit.
    const SimTime limit = 500 * kMs;
    if (m_sim.now() - m_lastOowAck < limit) return;
    m_lastOowAck = m_sim.now();
    sendAck();
}

void TcpSocket::sendActiveReset(RstReason reason)
{
    // tcp_output.c: tcp_send_active_reset(): RST|ACK at snd_nxt.
    sendSegment(FlagRst | FlagAck, m_sndNxt, 0, 1, std::nullopt, reason);
}

void TcpSocket::queueFin()
{
    // tcp_output.c: tcp_send_fin(): the FIN rides on the last unsent buffer, or goes alone.
    m_finQueued = true;
    if (!m_queue.empty() && m_queue.back().transmissions == 0 && !m_queue.back().syn) {
        m_queue.back().fin = true;
    } else {
        SendBuffer b;
        b.seq = m_writeSeq;
        b.fin = true;
        m_queue.push_back(b);
    }
    m_writeSeq += 1;
    pushPending();
}

void TcpSocket::pushPending()
{
    // tcp_output.c: tcp_write_xmit(): send what the peer's window allows.
    const std::uint32_t priorPackets = packetsOut();
    bool sent = false;
    for (SendBuffer &b : m_queue) {
        if (b.transmissions > 0) continue;
        // tcp_snd_wnd_test(): the whole buffer, FIN included, must fit the offered window.
        if (!b.syn && static_cast<std::int32_t>(b.endSeq() - (m_sndUna + m_sndWnd)) > 0) break;
        std::uint8_t flags = b.syn ? FlagSyn : FlagAck;
        if (b.fin) flags |= FlagFin;
        if (b.len > 0) flags |= FlagPsh;
        b.lastSent = m_sim.now();
        b.transmissions = 1;
        m_sndNxt = b.endSeq();
        if (b.len > 0 && m_sim.now() - m_lastDataRcv < m_ato) m_pingpong = true; // tcp_event_data_sent()
        sendSegment(flags, b.seq, b.len, 1, std::nullopt);
        sent = true;
    }
    if (sent) {
        if (m_state == TcpState::SynSent) {
            armTimer(TimerSlot::Xmit, TimerKind::Retransmit, m_rto);
        } else {
            // tcp_event_new_data_sent() re-arms the RTO when nothing was out, unless a loss probe takes the slot.
            if (!scheduleLossProbe() && priorPackets == 0) armTimer(TimerSlot::Xmit, TimerKind::Retransmit, m_rto);
        }
    } else if (packetsOut() == 0 && hasUnsent()) {
        armProbeTimer();
    }
}

void TcpSocket::retransmitHead(std::optional<RetransKind> kindOverride, bool tail)
{
    if (m_queue.empty() || m_queue.front().transmissions == 0) return;
    SendBuffer *b = &m_queue.front();
    if (tail) {
        for (SendBuffer &x : m_queue) {
            if (x.transmissions == 0) break;
            b = &x;
        }
    }
    std::uint8_t flags = b->syn ? FlagSyn : FlagAck;
    if (b->syn && m_state == TcpState::SynRecv) flags |= FlagAck;
    if (b->fin) flags |= FlagFin;
    if (b->len > 0) flags |= FlagPsh;
    ++b->transmissions;
    b->lastSent = m_sim.now();
    RetransKind kind = RetransKind::Data;
    if (b->syn) kind = RetransKind::Syn;
    else if (b->fin && b->len == 0) kind = RetransKind::Fin;
    if (kindOverride) kind = *kindOverride;
    sendSegment(flags, b->seq, b->len, b->transmissions, kind);
}

void TcpSocket::scheduleAck(bool immediate)
{
    m_ackPending = true;
    if (immediate) {
        sendAck();
        return;
    }
    // tcp_output.c: tcp_send_delayed_ack()
    if (!m_timers[static_cast<int>(TimerSlot::DelAck)].armed)
        armTimer(TimerSlot::DelAck, TimerKind::DelayedAck, m_ato);
}

} // namespace closelab
