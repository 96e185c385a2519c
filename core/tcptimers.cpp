// SPDX-License-Identifier: GPL-3.0-or-later
// Timers: tcp_timer.c (retransmit, loss probe, zero-window probe, keepalive/FIN_WAIT2, delayed ACK),
// inet_connection_sock.c (request socks), tcp_minisocks.c (TIME_WAIT).
#include "tcpsocket.h"

#include "host.h"
#include "simulator.h"
#include "tcpconstants.h"
#include "tcpformulas.h"
#include "timerwheel.h"

#include <algorithm>

namespace closelab {

void TcpSocket::armTimer(TimerSlot slot, TimerKind kind, SimTime delay)
{
    Timer &t = m_timers[static_cast<int>(slot)];
    if (t.armed) {
        endTimerRecord(slot, TimerAction::Cancel);
        m_sim.cancelEvent(t.queued);
    }
    ++t.generation;
    t.armed = true;
    t.kind = kind;
    const SimTime at = m_sim.timerExpiry(delay);
    recordTimerArm(slot, kind, at);
    t.queued = m_sim.scheduleTimer(at, m_host.side(), m_id, slot, t.generation);
}

void TcpSocket::recordTimerArm(TimerSlot slot, TimerKind kind, SimTime at)
{
    // Unrecorded connections (most of a population) keep no record: the cold line stays untouched.
    Timer &t = m_timers[static_cast<int>(slot)];
    t.recorded = m_sim.recorder().records(m_conn);
    if (t.recorded) m_timerRecords[static_cast<int>(slot)] = m_sim.recorder().timerArm(m_sim.now(), m_host.side(), m_conn, kind, at);
}

void TcpSocket::endTimerRecord(TimerSlot slot, TimerAction action)
{
    Timer &t = m_timers[static_cast<int>(slot)];
    if (!t.recorded) return;
    t.recorded = false;
    m_sim.recorder().timerEnd(m_sim.now(), m_timerRecords[static_cast<int>(slot)], action);
}

void TcpSocket::cancelTimer(TimerSlot slot)
{
    Timer &t = m_timers[static_cast<int>(slot)];
    if (!t.armed) return;
    ++t.generation;
    t.armed = false;
    m_sim.cancelEvent(t.queued);
    endTimerRecord(slot, TimerAction::Cancel);
}

void TcpSocket::onTimer(TimerSlot slot)
{
    Timer &t = m_timers[static_cast<int>(slot)];
    if (!t.armed) return;
    t.armed = false;
    endTimerRecord(slot, TimerAction::Fire);
    switch (slot) {
    case TimerSlot::Xmit:
        if (t.kind == TimerKind::LossProbe) onLossProbe();
        else if (t.kind == TimerKind::ZeroWindowProbe) onZeroWindowProbe();
        else onRetransmitTimeout();
        break;
    case TimerSlot::DelAck:
        // tcp_delack_timer_handler(): a missed delayed ACK leaves pingpong mode, or inflates the ATO.
        if (m_ackPending && m_state != TcpState::Closed) {
            if (m_pingpong) {
                m_pingpong = false;
                m_ato = tcp::kAtoMin;
            } else {
                m_ato = std::min(m_ato * 2, m_rto);
            }
            ++m_host.counters.delayedAcks;
            sendAck();
        }
        break;
    case TimerSlot::Keepalive:
        onKeepaliveTimer();
        break;
    case TimerSlot::TimeWait:
        break; // timewait sockets live in the host's TimeWaitTable
    }
}

SimTime TcpSocket::finTime() const
{
    // tcp.h: tcp_fin_time(): TCP_LINGER2 or tcp_fin_timeout, but never below 3.5 RTO.
    const SimTime fin = m_linger2 > 0 ? m_linger2 * kSec : m_host.sysctl(SysctlId::TcpFinTimeout) * kSec;
    return tcp::finTime(fin, m_rto);
}

void TcpSocket::enterTimeWait(TcpState substate, SimTime timeout, Cause cause)
{
    m_host.timeWait(*this, substate, timeout, cause);
}

bool TcpSocket::retransmitsTimedOut(int boundary, SimTime rtoBase) const
{
    // tcp_timer.c: retransmits_timed_out() with tcp_model_timeout(): the retry budget is a time.
    if (m_retransmits == 0 || m_retransStamp == kNever) return false;
    const SimTime rtoMax = m_host.sysctl(SysctlId::TcpRtoMaxMs) * kMs;
    return m_sim.now() - m_retransStamp >= tcp::modelTimeout(boundary, rtoBase, rtoMax);
}

bool TcpSocket::outOfResources(bool doReset)
{
    // tcp_timer.c: tcp_out_of_resources(): an orphan is killed when there are too many of them
    // (tcp.c: tcp_check_oom() -> tcp_too_many_orphans(), against tcp_orphan_cache: Host::orphanCache()).
    int shift = 0;
    if (!doReset) ++shift;
    if ((static_cast<std::int64_t>(m_host.orphanCache()) << shift) <= m_host.sysctl(SysctlId::TcpMaxOrphans)) return false;
    if (doReset || m_sndWnd == 0) sendActiveReset(RstReason::OrphanOverflow);
    ++m_host.counters.abortOnMemory;
    die(Cause::OrphanOverflow, GoneReason::OrphanOverflow, "net.ipv4.tcp_max_orphans");
    return true;
}

bool TcpSocket::writeTimeout()
{
    // tcp_timer.c: tcp_write_timeout()
    bool expired = false;
    int retryUntil;
    std::string_view limit;
    SimTime rtoBase = tcp::kRtoMin;
    const bool synState = m_state == TcpState::SynSent || m_state == TcpState::SynRecv;
    if (synState) {
        retryUntil = static_cast<int>(m_host.sysctl(SysctlId::TcpSynRetries));
        int maxRetransmits = retryUntil;
        // SYN_SENT adds tcp_syn_linear_timeouts retries spent at the initial RTO.
        if (m_state == TcpState::SynSent) maxRetransmits += static_cast<int>(m_host.sysctl(SysctlId::TcpSynLinearTimeouts));
        expired = m_retransmits >= maxRetransmits;
        rtoBase = tcp::kTimeoutInit;
        limit = "net.ipv4.tcp_syn_retries";
    } else {
        retryUntil = static_cast<int>(m_host.sysctl(SysctlId::TcpRetries2));
        limit = "net.ipv4.tcp_retries2";
        if (m_orphan) {
            // tcp_orphan_retries(): 0 means 8 while the RTO is below tcp_rto_max ("alive").
            const bool alive = m_rto < m_host.sysctl(SysctlId::TcpRtoMaxMs) * kMs;
            retryUntil = tcp::orphanRetries(static_cast<int>(m_host.sysctl(SysctlId::TcpOrphanRetries)), alive);
            limit = "net.ipv4.tcp_orphan_retries";
            const bool doReset = alive || !retransmitsTimedOut(retryUntil, rtoBase);
            if (outOfResources(doReset)) return true;
        }
    }
    if (!expired) expired = retransmitsTimedOut(retryUntil, rtoBase);
    if (!expired) return false;
    ++m_host.counters.abortOnTimeout;
    writeError(Errno::Etimedout, Cause::RetriesExhausted,
               m_state == TcpState::SynSent ? GoneReason::SynTimeout : GoneReason::RetriesExhausted, limit);
    return true;
}

void TcpSocket::writeError(Errno err, Cause cause, GoneReason gone, std::string_view limit)
{
    // tcp_timer.c: tcp_write_err(): sk_err = ETIMEDOUT, tcp_done().
    const bool orphan = m_orphan;
    const bool connecting = m_state == TcpState::SynSent;
    die(cause, gone, limit);
    if (orphan) return;
    if (connecting) {
        recordApp(AppCall::Connect, 0, -1, err);
        if (onError) notifyApp([this, err] { if (onError) onError(err); });
        return;
    }
    reportError(err);
}

void TcpSocket::onRetransmitTimeout()
{
    // tcp_timer.c: tcp_retransmit_timer()
    if (packetsOut() == 0) return;
    m_tlpPending = false;
    ++m_host.counters.timeouts;
    if (writeTimeout()) return;
    // tcp_update_rto_stats()
    ++m_retransmits;
    ++m_totalRto;
    retransmitHead(std::nullopt, false);
    if (m_retransStamp == kNever) m_retransStamp = m_sim.now(); // tcp_retransmit_skb(): first retransmit
    // Exponential backoff, except SYN_SENT's first tcp_syn_linear_timeouts retries.
    const SimTime rtoMax = m_host.sysctl(SysctlId::TcpRtoMaxMs) * kMs;
    if (tcp::rtoBacksOff(m_state == TcpState::SynSent, m_totalRto, static_cast<int>(m_host.sysctl(SysctlId::TcpSynLinearTimeouts)))) {
        ++m_backoff;
        m_rto = std::min(m_rto * 2, rtoMax);
    }
    armTimer(TimerSlot::Xmit, TimerKind::Retransmit, m_rto);
}

bool TcpSocket::scheduleLossProbe()
{
    // tcp_output.c: tcp_schedule_loss_probe(): RACK-TLP, early_retrans 3 or 4, only in the Open state.
    const std::int64_t er = m_host.sysctl(SysctlId::TcpEarlyRetrans);
    if ((er != 3 && er != 4) || packetsOut() == 0 || m_retransmits > 0 || m_tlpPending) return false;
    if (m_state == TcpState::SynSent || m_state == TcpState::SynRecv) return false;
    SimTime timeout;
    if (m_srtt8 != 0) {
        // 2*srtt, plus the minimum RTO for a lone segment (the peer may delay its ACK).
        timeout = roundUpToJiffies((m_srtt8 >> 2) * kUs);
        timeout += packetsOut() == 1 ? m_host.sysctl(SysctlId::TcpRtoMinUs) * kUs : tcp::kTimeoutMin;
    } else {
        timeout = tcp::kTimeoutInit;
    }
    timeout = std::min(timeout, m_rto);
    armTimer(TimerSlot::Xmit, TimerKind::LossProbe, timeout);
    return true;
}

void TcpSocket::onLossProbe()
{
    // tcp_output.c: tcp_send_loss_probe(): new data if any fits, else the tail again; then the RTO.
    ++m_host.counters.lossProbes;
    m_tlpPending = true;
    if (hasUnsent() && static_cast<std::int32_t>(m_queue.back().endSeq() - (m_sndUna + m_sndWnd)) <= 0) pushPending();
    else retransmitHead(std::nullopt, true);
    armTimer(TimerSlot::Xmit, TimerKind::Retransmit, m_rto);
}

void TcpSocket::armProbeTimer()
{
    // tcp_check_probe_timer(): tcp_probe0_base() = max(rto, TCP_RTO_MIN) << backoff
    if (m_timers[static_cast<int>(TimerSlot::Xmit)].armed) return;
    const SimTime base = std::max(m_rto, tcp::kRtoMin);
    armTimer(TimerSlot::Xmit, TimerKind::ZeroWindowProbe, base);
}

void TcpSocket::onZeroWindowProbe()
{
    // tcp_timer.c: tcp_probe_timer()
    if (packetsOut() > 0 || !hasUnsent()) {
        m_probesOut = 0;
        return;
    }
    const SimTime rtoMax = m_host.sysctl(SysctlId::TcpRtoMaxMs) * kMs;
    int maxProbes = static_cast<int>(m_host.sysctl(SysctlId::TcpRetries2));
    std::string_view limit = "net.ipv4.tcp_retries2";
    const SimTime backedOff = std::min(m_rto << std::min(m_backoff, 30), rtoMax);
    if (m_orphan) {
        const bool alive = backedOff < rtoMax;
        maxProbes = static_cast<int>(m_host.sysctl(SysctlId::TcpOrphanRetries));
        if (maxProbes == 0 && alive) maxProbes = 8;
        limit = "net.ipv4.tcp_orphan_retries";
        if (!alive && m_backoff >= maxProbes) {
            ++m_host.counters.abortOnTimeout;
            writeError(Errno::Etimedout, Cause::RetriesExhausted, GoneReason::RetriesExhausted, limit);
            return;
        }
        if (outOfResources(true)) return;
    }
    if (m_probesOut >= maxProbes) {
        ++m_host.counters.abortOnTimeout;
        writeError(Errno::Etimedout, Cause::RetriesExhausted, GoneReason::RetriesExhausted, limit);
        return;
    }
    // tcp_send_probe0() -> tcp_write_wakeup() -> tcp_xmit_probe_skb(): seq snd_una - 1, no data.
    sendSegment(FlagAck, m_sndUna - 1, 0, static_cast<std::uint16_t>(m_probesOut + 1), RetransKind::Probe);
    if (m_backoff < m_host.sysctl(SysctlId::TcpRetries2)) ++m_backoff;
    ++m_probesOut;
    armTimer(TimerSlot::Xmit, TimerKind::ZeroWindowProbe, std::min(m_rto << std::min(m_backoff, 30), rtoMax));
}

void TcpSocket::onKeepaliveTimer()
{
    // tcp_timer.c: tcp_keepalive_timer(), which also times orphaned FIN_WAIT2 sockets.
    if (m_state == TcpState::FinWait2 && m_orphan) {
        if (m_linger2 >= 0) {
            const SimTime tmo = finTime() - tcp::kTimeWaitLen;
            if (tmo > 0) {
                enterTimeWait(TcpState::FinWait2, tmo, Cause::FinWait2Timeout);
                return;
            }
        }
        sendActiveReset(RstReason::Linger0);
        die(Cause::FinWait2Timeout, GoneReason::FinWait2Timeout, "net.ipv4.tcp_fin_timeout");
        return;
    }
    if (!m_keepalive || m_state == TcpState::Closed || m_state == TcpState::SynSent || m_state == TcpState::Listen) return;
    const SimTime ktime = m_host.sysctl(SysctlId::TcpKeepaliveTime) * kSec;
    const SimTime intvl = m_host.sysctl(SysctlId::TcpKeepaliveIntvl) * kSec;
    if (packetsOut() > 0 || hasUnsent()) {
        armTimer(TimerSlot::Keepalive, TimerKind::Keepalive, ktime);
        return;
    }
    const SimTime elapsed = m_sim.now() - m_lastRcv;
    SimTime next;
    if (elapsed >= ktime) {
        if (m_probesOut >= m_host.sysctl(SysctlId::TcpKeepaliveProbes)) {
            sendActiveReset(RstReason::KeepaliveTimeout);
            writeError(Errno::Etimedout, Cause::KeepaliveExhausted, GoneReason::KeepaliveExhausted,
                       "net.ipv4.tcp_keepalive_probes");
            return;
        }
        // tcp_write_wakeup() -> tcp_xmit_probe_skb(): an old sequence number makes the peer answer.
        sendSegment(FlagAck, m_sndUna - 1, 0, static_cast<std::uint16_t>(m_probesOut + 1), RetransKind::Keepalive);
        ++m_probesOut;
        next = intvl;
    } else {
        next = ktime - elapsed;
    }
    armTimer(TimerSlot::Keepalive, TimerKind::Keepalive, next);
}

void TcpSocket::onRequestTimer()
{
    // inet_connection_sock.c: reqsk_timer_handler()
    Timer &t = m_timers[static_cast<int>(TimerSlot::Xmit)];
    if (t.armed) {
        endTimerRecord(TimerSlot::Xmit, TimerAction::Fire);
        t.armed = false;
    }
    if (!m_request) return;
    int maxRetries = static_cast<int>(m_host.sysctl(SysctlId::TcpSynackRetries));
    TcpSocket &listener = m_host.socket(listenerId);
    // Under pressure (queue more than half full) old requests get fewer retries.
    const int qlen = listener.synQueue;
    if ((qlen << 1) > std::max(8, listener.m_backlog)) {
        int young = 0;
        for (std::uint32_t i = 0; i < m_host.socketCount(); ++i) {
            const TcpSocket &r = m_host.socket(i);
            if (r.m_request && r.listenerId == listenerId && r.m_state == TcpState::SynRecv && r.m_numTimeout == 0) ++young;
        }
        young <<= 1;
        while (maxRetries > 2) {
            if (qlen < young) break;
            --maxRetries;
            young <<= 1;
        }
    }
    if (m_numTimeout >= maxRetries) {
        // The request is dropped silently: no RST (tcp_synack_retries).
        die(Cause::RetriesExhausted, GoneReason::RetriesExhausted, "net.ipv4.tcp_synack_retries");
        return;
    }
    retransmitHead(RetransKind::SynAck, false);
    ++m_numTimeout;
    // reqsk_timeout(): TCP_TIMEOUT_INIT << num_timeout, capped (and never shifted past the cap).
    const SimTime cap = m_host.sysctl(SysctlId::TcpRtoMaxMs) * kMs;
    const SimTime timeout = tcp::synAckTimeout(m_numTimeout, cap);
    ++m_reqGen;
    const SimTime at = m_sim.timerExpiry(timeout);
    recordTimerArm(TimerSlot::Xmit, TimerKind::SynAck, at);
    t.kind = TimerKind::SynAck;
    t.armed = true;
    m_reqQueued = m_sim.scheduleRequestTimer(at, m_host.side(), m_id, m_reqGen);
}

} // namespace closelab
