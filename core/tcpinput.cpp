// SPDX-License-Identifier: GPL-3.0-or-later
// Segment input: tcp_input.c (tcp_rcv_state_process, tcp_ack, tcp_data_queue, tcp_fin, tcp_reset),
// tcp_minisocks.c (tcp_check_req, tcp_timewait_state_process).
#include "tcpsocket.h"

#include "host.h"
#include "simulator.h"
#include "tcpconstants.h"
#include "timerwheel.h"

#include <algorithm>

namespace closelab {

namespace {
bool before(std::uint32_t a, std::uint32_t b) { return static_cast<std::int32_t>(a - b) < 0; }
bool after(std::uint32_t a, std::uint32_t b) { return before(b, a); }
} // namespace

void TcpSocket::receive(const WireSegment &seg)
{
    if (m_state == TcpState::Closed || m_state == TcpState::Listen) return;
    if (m_request) {
        processRequest(seg);
        return;
    }
    if (m_state == TcpState::SynSent) {
        processSynSent(seg);
        return;
    }
    const std::uint8_t f = seg.h.flags;
    const std::uint32_t endSeq = seg.h.seq + seg.h.len + ((f & FlagFin) ? 1 : 0) + ((f & FlagSyn) ? 1 : 0);

    // Step 1 (tcp_validate_incoming / tcp_sequence): the segment must overlap the receive window.
    const bool inWindow = !before(endSeq, m_rcvWup) && !after(seg.h.seq, m_rcvNxt + window());
    if (!inWindow) {
        if (!(f & FlagRst)) {
            if (f & FlagSyn) sendChallengeAck();
            else if (seg.h.len > 0) sendAck(); // tcp_send_dupack()
            else sendChallengeAck();           // pure ACKs are rate-limited (tcp_oow_rate_limited)
        }
        return;
    }
    // Step 2: RST. Exactly at rcv_nxt resets; elsewhere in the window earns a challenge ACK (RFC 5961).
    if (f & FlagRst) {
        if (seg.h.seq == m_rcvNxt) resetBy(seg);
        else sendChallengeAck();
        return;
    }
    // Step 4: a SYN in a synchronized state: challenge ACK (TCPSYNChallenge).
    if (f & FlagSyn) {
        sendChallengeAck();
        return;
    }
    if (!(f & FlagAck)) return;
    if (seg.h.tsval) {
        m_tsRecent = seg.h.tsval;
        m_tsRecentStamp = m_sim.now();
    }
    m_lastRcv = m_sim.now();

    // Step 5: the ACK field.
    const TcpState before5 = m_state;
    if (after(seg.h.ack, m_sndNxt)) {
        sendChallengeAck(); // ACK of data never sent: discard
        return;
    }
    m_finAckedWithFin = false;
    processAck(seg);
    if (m_state == TcpState::Closed) return;
    const bool finAcked = m_finQueued && m_sndUna == m_writeSeq;
    if (finAcked) {
        switch (before5) {
        case TcpState::FinWait1: {
            const bool carriesFin = (f & FlagFin) && seg.h.seq + seg.h.len == m_rcvNxt;
            m_sndShutdown = true;
            if (carriesFin) {
                // FIN+ACK in one segment: tcp_fin() moves straight on to TIME_WAIT.
                m_finAckedWithFin = true;
                break;
            }
            transitionTo(TcpState::FinWait2, Cause::RcvAck);
            if (!m_orphan) break; // a half-closed socket waits in FIN_WAIT2 without a timer
            if (m_linger2 < 0) {
                ++m_host.counters.abortOnData;
                die(Cause::SendRst, GoneReason::RstSent, "TCP_LINGER2");
                return;
            }
            if (seg.h.len > 0) {
                // Data after close(): tcp_rcv_state_process() "Receive out of order FIN after close()".
                ++m_host.counters.abortOnData;
                m_host.sendReset(seg, RstReason::DataAfterClose, m_conn);
                die(Cause::SendRst, GoneReason::RstSent, "");
                return;
            }
            const SimTime tmo = finTime();
            if (tmo > tcp::kTimeWaitLen) {
                armTimer(TimerSlot::Keepalive, TimerKind::FinWait2, tmo - tcp::kTimeWaitLen);
            } else if (f & FlagFin) {
                armTimer(TimerSlot::Keepalive, TimerKind::FinWait2, tmo);
            } else {
                // The orphan becomes a FIN_WAIT2 timewait mini-socket ("timer:(timewait,...)" in ss).
                enterTimeWait(TcpState::FinWait2, tmo, Cause::RcvAck);
                return;
            }
            break;
        }
        case TcpState::Closing:
            enterTimeWait(TcpState::TimeWait, 0, Cause::RcvAck);
            return;
        case TcpState::LastAck:
            die(Cause::RcvAck, GoneReason::LastAckAcked, "");
            return;
        default:
            break;
        }
    }
    // Steps 6-7: text and FIN.
    processData(seg);
}

void TcpSocket::rttSample(SimTime sampleNs)
{
    // tcp_input.c: tcp_rtt_estimator(), in microseconds as the kernel keeps it.
    SimTime m = std::max<SimTime>(sampleNs / kUs, 1);
    const SimTime rtoMinUs = m_host.sysctl(SysctlId::TcpRtoMinUs);
    if (m_srtt8 != 0) {
        m -= (m_srtt8 >> 3);
        m_srtt8 += m;
        if (m < 0) {
            m = -m;
            m -= (m_mdev >> 2);
            if (m > 0) m >>= 3;
        } else {
            m -= (m_mdev >> 2);
        }
        m_mdev += m;
        if (m_mdev > m_mdevMax) {
            m_mdevMax = m_mdev;
            if (m_mdevMax > m_rttvar) m_rttvar = m_mdevMax;
        }
        if (after(m_sndUna, m_rttSeq)) {
            if (m_mdevMax < m_rttvar) m_rttvar -= (m_rttvar - m_mdevMax) >> 2;
            m_rttSeq = m_sndNxt;
            m_mdevMax = rtoMinUs;
        }
    } else {
        m_srtt8 = m << 3;
        m_mdev = m << 1;
        m_rttvar = std::max(m_mdev, rtoMinUs);
        m_mdevMax = m_rttvar;
        m_rttSeq = m_sndNxt;
    }
    m_srtt8 = std::max<SimTime>(m_srtt8, 1);
    updateRto();
    // RFC 6298: only a valid RTT measurement resets the backoff (tcp_ack_update_rtt()).
    m_backoff = 0;
}

void TcpSocket::updateRto()
{
    // tcp_input.c: tcp_set_rto(): srtt + rttvar (rttvar already holds 4*mdev, floored at tcp_rto_min_us),
    // in jiffies, bounded by tcp_rto_max_ms.
    const SimTime us = (m_srtt8 >> 3) + m_rttvar;
    m_rto = std::min(roundUpToJiffies(us * kUs), m_host.sysctl(SysctlId::TcpRtoMaxMs) * kMs);
}

void TcpSocket::processAck(const WireSegment &seg)
{
    const std::uint32_t ack = seg.h.ack;
    if (before(ack, m_sndUna)) return; // old ACK
    m_sndWnd = seg.h.window;
    m_probesOut = 0; // tcp_ack(): "Something worked"
    if (after(ack, m_sndUna)) {
        std::optional<SimTime> sample;
        while (!m_queue.empty() && m_queue.front().transmissions > 0 && !after(m_queue.front().endSeq(), ack)) {
            const SendBuffer &b = m_queue.front();
            if (b.transmissions == 1) sample = m_sim.now() - b.lastSent;
            else if (m_host.sysctl(SysctlId::TcpTimestamps) != 0)
                sample = std::max<SimTime>(((m_sim.now() - b.lastSent) / kMs) * kMs, kMs); // TS echo: ms, at least 1
            m_queue.pop_front();
        }
        m_sndUna = ack;
        m_retransmits = 0;
        m_retransStamp = kNever;
        m_tlpPending = false;
        if (sample) rttSample(*sample);
        if (packetsOut() > 0) {
            // tcp_set_xmit_timer(): a loss probe if allowed, else the RTO.
            if (!scheduleLossProbe()) armTimer(TimerSlot::Xmit, TimerKind::Retransmit, m_rto);
        } else {
            cancelTimer(TimerSlot::Xmit);
        }
    }
    if (hasUnsent()) {
        pushPending();
        if (packetsOut() == 0 && hasUnsent()) {
            // tcp_ack_probe(): the window is still shut: probe again after rto << backoff.
            armTimer(TimerSlot::Xmit, TimerKind::ZeroWindowProbe,
                     std::min(m_rto << std::min(m_backoff, 30), m_host.sysctl(SysctlId::TcpRtoMaxMs) * kMs));
        }
    }
}

void TcpSocket::processData(const WireSegment &seg)
{
    const std::uint8_t f = seg.h.flags;
    const bool fin = f & FlagFin;
    const std::uint32_t endSeq = seg.h.seq + seg.h.len + (fin ? 1 : 0);
    if (seg.h.len == 0 && !fin) return;
    switch (m_state) {
    case TcpState::CloseWait:
    case TcpState::Closing:
    case TcpState::LastAck:
        // The peer already sent its FIN: anything new is bogus and dropped.
        if (!before(seg.h.seq, m_rcvNxt)) return;
        break;
    case TcpState::FinWait1:
    case TcpState::FinWait2:
        // RFC 1122 says we MUST reset data that arrives after the application stopped receiving.
        if (m_rcvShutdown && seg.h.len > 0 && after(seg.h.seq + seg.h.len, m_rcvNxt)) {
            ++m_host.counters.abortOnData;
            m_host.sendReset(seg, RstReason::DataAfterClose, m_conn);
            die(Cause::SendRst, GoneReason::RstSent, "");
            return;
        }
        break;
    default:
        break;
    }
    // tcp_data_queue()
    if (!after(endSeq, m_rcvNxt)) {
        // A retransmission of what we already have: force an immediate ACK (DSACK), leave pingpong mode.
        m_pingpong = false;
        m_quick = tcp::kMaxQuickAcks;
        m_ato = tcp::kAtoMin;
        scheduleAck(true);
        return;
    }
    if (after(seg.h.seq, m_rcvNxt)) {
        // Out of order: the engine does not queue it; an immediate duplicate ACK asks for the hole.
        scheduleAck(true);
        return;
    }
    const std::uint32_t skip = m_rcvNxt - seg.h.seq;
    const std::uint32_t newBytes = seg.h.len > skip ? seg.h.len - skip : 0;
    if (newBytes > 0) {
        // tcp_event_data_recv(): the first data, or data after a gap longer than the RTO, enters quickack.
        if (!m_sawData || m_sim.now() - m_lastDataRcv > m_rto) m_quick = tcp::kMaxQuickAcks;
        m_sawData = true;
        m_lastDataRcv = m_sim.now();
        m_unread += newBytes;
        m_rcvNxt += newBytes;
    }
    bool acked = false;
    if (fin) {
        m_rcvNxt += 1;
        const TcpState was = m_state;
        processFin();
        if (m_state == TcpState::Closed) return;
        acked = was == TcpState::FinWait1; // tcp_fin() ACKed at once on the way to CLOSING
    }
    // tcp_ack_snd_check(): immediate in quickack mode or past one full segment, else delayed.
    if (!acked && m_state != TcpState::Closed) {
        const bool immediate = (m_quick > 0 && !m_pingpong) || (m_rcvNxt - m_rcvWup > tcp::kMss);
        scheduleAck(immediate);
    }
    // Only an application that owns the socket can read: a child still in the accept queue waits.
    if ((newBytes > 0 || fin) && !m_orphan && ownedByApp()) notifyApp([this] { deliverPendingToApp(); });
}

bool TcpSocket::ownedByApp() const { return m_accepted || listenerId == UINT32_MAX; }

void TcpSocket::deliverPendingToApp()
{
    if (m_unread > 0 && onData) onData();
    if (autoRead && !m_rcvShutdown && m_unread > 0) read();
    reportEof();
}

void TcpSocket::reportEof()
{
    if (!autoRead || m_eofReported || !m_rcvFin || m_unread > 0) return;
    m_eofReported = true;
    read();
    if (onEof) onEof();
}

void TcpSocket::processFin()
{
    // tcp_input.c: tcp_fin()
    m_rcvFin = true;
    m_rcvShutdown = true;
    switch (m_state) {
    case TcpState::SynRecv:
    case TcpState::Established:
        transitionTo(TcpState::CloseWait, Cause::RcvFin);
        m_pingpong = true; // inet_csk_enter_pingpong_mode(): the ACK waits for our own FIN
        break;
    case TcpState::FinWait1:
        sendAck();
        if (m_finAckedWithFin) {
            enterTimeWait(TcpState::TimeWait, 0, Cause::RcvFinAck);
            return;
        }
        // Simultaneous close: both FINs crossed.
        transitionTo(TcpState::Closing, Cause::RcvFin);
        break;
    case TcpState::FinWait2:
        sendAck();
        enterTimeWait(TcpState::TimeWait, 0, Cause::RcvFin);
        break;
    default:
        break; // a retransmitted FIN in CLOSE_WAIT, CLOSING, LAST_ACK
    }
}

void TcpSocket::resetBy(const WireSegment &)
{
    // tcp_input.c: tcp_reset()
    Errno err = Errno::Econnreset;
    if (m_state == TcpState::SynSent) err = Errno::Econnrefused;
    else if (m_state == TcpState::CloseWait) err = Errno::Epipe;
    const bool orphan = m_orphan;
    die(Cause::RcvRst, GoneReason::RstReceived, "");
    if (!orphan) reportError(err);
}

void TcpSocket::reportError(Errno err)
{
    m_softErr = err;
    if (onError) notifyApp([this, err] { if (onError) onError(err); });
    // An application blocked in read() or connect() learns it now.
    if (m_state == TcpState::Closed && !m_rcvFin && autoRead && ownedByApp()) {
        notifyApp([this] {
            if (m_softErr != Errno::None) read();
        });
    }
}

void TcpSocket::processSynSent(const WireSegment &seg)
{
    // tcp_input.c: tcp_rcv_synsent_state_process()
    const std::uint8_t f = seg.h.flags;
    if (f & FlagAck) {
        if (seg.h.ack != m_isn + 1) {
            if (!(f & FlagRst)) m_host.sendReset(seg, RstReason::NoSocket, m_conn);
            return;
        }
        if (f & FlagRst) {
            die(Cause::RcvRst, GoneReason::RstReceived, "");
            recordApp(AppCall::Connect, 0, -1, Errno::Econnrefused);
            m_softErr = Errno::None;
            if (onError) notifyApp([this] { if (onError) onError(Errno::Econnrefused); });
            return;
        }
        if (!(f & FlagSyn)) return;
        m_irs = seg.h.seq;
        m_rcvNxt = m_rcvWup = seg.h.seq + 1;
        m_sim.registerIsn(peerOf(m_host.side()), m_conn, m_irs);
        m_tsRecent = seg.h.tsval;
        if (seg.h.tsval) m_tsRecentStamp = m_sim.now();
        m_sndWnd = seg.h.window;
        m_lastRcv = m_sim.now();
        const SendBuffer syn = m_queue.front();
        m_queue.pop_front();
        m_sndUna = m_isn + 1;
        m_retransmits = 0;
        m_retransStamp = kNever;
        cancelTimer(TimerSlot::Xmit);
        if (syn.transmissions == 1) rttSample(m_sim.now() - syn.lastSent);
        else if (m_host.sysctl(SysctlId::TcpTimestamps) != 0)
            rttSample(std::max<SimTime>(((m_sim.now() - syn.lastSent) / kMs) * kMs, kMs));
        else updateRto();
        transitionTo(TcpState::Established, Cause::RcvSynAck);
        sendAck();
        recordApp(AppCall::Connect, 0, 0, Errno::None);
        if (m_keepalive) armTimer(TimerSlot::Keepalive, TimerKind::Keepalive, m_host.sysctl(SysctlId::TcpKeepaliveTime) * kSec);
        if (onEstablished) notifyApp(onEstablished);
        pushPending();
        return;
    }
    // A bare RST without ACK is ignored in SYN_SENT; a bare SYN would be a simultaneous open (not modelled).
}

} // namespace closelab
