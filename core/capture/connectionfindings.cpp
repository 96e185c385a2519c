// SPDX-License-Identifier: GPL-3.0-or-later
// Findings: why a connection ended and the sysctl values consistent with it, from the engine's formulas.
#include "findings.h"
#include "inferencedetail.h"

#include "core/sysctltable.h"
#include "core/tcpconstants.h"
#include "core/tcpformulas.h"

#include <algorithm>

namespace closelab::capture {
namespace {

// Ends a side at t: a GONE step there, replacing a later GONE (an RST its host sent for a socket that
// was already gone only shows that it was gone by then).
void endAt(Connection &conn, Side side, SimTime t, bool inferred, std::uint32_t frame)
{
    auto &v = conn.states[static_cast<std::size_t>(sideIndex(side))];
    if (!v.empty() && v.back().gone) {
        if (v.back().t <= t) return;
        v.pop_back();
    }
    while (!v.empty() && v.back().t > t) v.pop_back();
    if (v.empty()) return;
    v.push_back({TcpState::Closed, true, t, inferred, frame});
}

std::int64_t sysctlMax(SysctlId id) { return sysctlInfo(id).max; }
std::int64_t sysctlMin(SysctlId id) { return sysctlInfo(id).min; }

Finding valuesFinding(std::string code, Side side, SysctlId id, std::vector<std::int64_t> values, std::string condition, SimTime t)
{
    Finding f;
    f.code = std::move(code);
    f.side = side;
    f.sysctl = std::string(sysctlInfo(id).key);
    f.values = std::move(values);
    f.condition = std::move(condition);
    f.t = t;
    return f;
}

Finding rangeFinding(std::string code, Side side, SysctlId id, std::int64_t lo, std::int64_t hi, SimTime t)
{
    Finding f;
    f.code = std::move(code);
    f.side = side;
    f.sysctl = std::string(sysctlInfo(id).key);
    f.range = true;
    f.min = lo;
    f.max = hi;
    f.t = t;
    return f;
}

// The first segment after position `after` from `side` (n when none).
std::size_t nextFrom(const Connection &conn, std::size_t after, Side side)
{
    for (std::size_t i = after + 1; i < conn.segments.size(); ++i)
        if (conn.segments[i].from == side) return i;
    return conn.segments.size();
}

} // namespace

void addFindings(const CaptureIndex &ix, Connection &conn, ConnectionFacts &facts)
{
    const std::size_t n = conn.segments.size();
    auto pkt = [&](std::size_t i) -> const TcpPacket & { return ix.tcp[conn.segments[i].packet]; };
    const SimTime captureEnd = ix.duration;
    // A later bare RST from a side's host, answering the peer: the socket was gone by then.
    auto bareRstAfter = [&](Side x, SimTime t) -> SimTime {
        for (std::size_t i = 0; i < n; ++i)
            if (conn.segments[i].from == x && pkt(i).t > t && (pkt(i).flags & FlagRst) && !(pkt(i).flags & FlagAck)) return pkt(i).t;
        return kNever;
    };
    std::array<SimTime, 2> gaveUpAt{kNever, kNever};

    for (Side x : {Side::Client, Side::Server}) {
        SideFacts &f = facts.side[static_cast<std::size_t>(sideIndex(x))];
        // FIN retransmitted until the retry budget ran out (tcp_write_timeout()): tcp_orphan_retries
        // after close(), tcp_retries2 after shutdown(); the capture cannot tell which call it was.
        if (f.finSent && !f.finRetransmits.empty() && f.finAckReceived == kNever) {
            const SimTime death = nextExpiry(f.finOriginal, f.finRetransmits);
            const bool silent = f.lastSent <= f.finRetransmits.back();
            const SimTime rstAt = bareRstAfter(x, f.finRetransmits.back());
            if (silent && (captureEnd + timerSlack(death - f.finRetransmits.back()) >= death || rstAt != kNever)) {
                const std::vector<int> b = consistentRetryBoundaries(f.finOriginal, f.finRetransmits, death);
                const bool alive = death - f.finRetransmits.back() < 120 * kSec;
                std::vector<std::int64_t> orphan, retries2;
                for (std::int64_t v = sysctlMin(SysctlId::TcpOrphanRetries); v <= sysctlMax(SysctlId::TcpOrphanRetries); ++v)
                    if (std::find(b.begin(), b.end(), tcp::orphanRetries(static_cast<int>(v), alive)) != b.end()) orphan.push_back(v);
                for (int v : b) retries2.push_back(v);
                // A finding never has an empty set: when no retry budget fits the retransmissions' times
                // (e.g. a tail-loss probe 8 ms after the FIN, then a 10 s RTO still due: orphan_overflow
                // on the kernel), the capture does not show the socket giving up, only that it was alive.
                if (!orphan.empty())
                    conn.findings.push_back(valuesFinding("orphan_retries_exhausted", x, SysctlId::TcpOrphanRetries, orphan, "close", death));
                if (!retries2.empty())
                    conn.findings.push_back(valuesFinding("retries2_exhausted", x, SysctlId::TcpRetries2, retries2, "shutdown", death));
                if (!orphan.empty() || !retries2.empty()) {
                    gaveUpAt[static_cast<std::size_t>(sideIndex(x))] = std::min(death, rstAt);
                    endAt(conn, x, std::min(death, rstAt), true, 0);
                }
            }
        }
        // Data retransmitted until tcp_retries2 ran out.
        if (!f.dataRetransmits.empty() && !f.finSent && f.lastSent <= f.dataRetransmits.back()) {
            const SimTime death = nextExpiry(f.dataOriginal, f.dataRetransmits);
            const SimTime rstAt = bareRstAfter(x, f.dataRetransmits.back());
            bool peerReset = false;
            for (std::size_t i = 0; i < n; ++i)
                if (conn.segments[i].from != x && (pkt(i).flags & FlagRst)) peerReset = true;
            if (!peerReset && (captureEnd + timerSlack(death - f.dataRetransmits.back()) >= death || rstAt != kNever)) {
                const std::vector<int> b = consistentRetryBoundaries(f.dataOriginal, f.dataRetransmits, death);
                if (!b.empty()) { // nothing consistent: no finding, and no giving up shown
                    conn.findings.push_back(valuesFinding("retries2_exhausted", x, SysctlId::TcpRetries2,
                                                          std::vector<std::int64_t>(b.begin(), b.end()), "", death));
                    gaveUpAt[static_cast<std::size_t>(sideIndex(x))] = std::min(death, rstAt);
                    endAt(conn, x, std::min(death, rstAt), true, 0);
                }
            }
        }
    }

    // SYN retransmitted, then silence: tcp_syn_retries with tcp_syn_linear_timeouts.
    {
        SideFacts &f = facts.side[0];
        if (f.synSent && !f.established && !f.synRetransmits.empty() && f.lastSent <= f.synRetransmits.back()) {
            bool answered = false;
            for (std::size_t i = 0; i < n; ++i)
                if (conn.segments[i].from == Side::Server) answered = true;
            SimTime death = kNever;
            const std::vector<SynRetryPair> pairs = consistentSynRetries(f.synOriginal, f.synRetransmits, death);
            if (!answered && !pairs.empty() && captureEnd + timerSlack(death - f.synRetransmits.back()) >= death) {
                std::vector<std::int64_t> retries, linear;
                for (const SynRetryPair &p : pairs) {
                    if (std::find(retries.begin(), retries.end(), p.retries) == retries.end()) retries.push_back(p.retries);
                    if (std::find(linear.begin(), linear.end(), p.linear) == linear.end()) linear.push_back(p.linear);
                }
                std::sort(retries.begin(), retries.end());
                std::sort(linear.begin(), linear.end());
                conn.findings.push_back(valuesFinding("syn_retries_exhausted", Side::Client, SysctlId::TcpSynRetries, retries, "", death));
                conn.findings.push_back(valuesFinding("syn_linear_timeouts", Side::Client, SysctlId::TcpSynLinearTimeouts, linear, "", f.synOriginal));
                gaveUpAt[0] = death;
                endAt(conn, Side::Client, death, true, 0);
            } else if (!answered) {
                // Still retransmitting when the capture ends: only lower bounds (the retries seen).
                std::vector<SynRetryPair> alive;
                consistentSynRetriesSoFar(f.synOriginal, f.synRetransmits, alive);
                if (!alive.empty()) {
                    std::int64_t lo = 127;
                    std::vector<std::int64_t> linear;
                    for (const SynRetryPair &p : alive) {
                        lo = std::min<std::int64_t>(lo, p.retries);
                        if (std::find(linear.begin(), linear.end(), p.linear) == linear.end()) linear.push_back(p.linear);
                    }
                    std::sort(linear.begin(), linear.end());
                    conn.findings.push_back(rangeFinding("syn_retransmitting", Side::Client, SysctlId::TcpSynRetries, lo, 127, f.synRetransmits.back()));
                    conn.findings.push_back(valuesFinding("syn_linear_timeouts", Side::Client, SysctlId::TcpSynLinearTimeouts, linear, "", f.synOriginal));
                }
            }
        }
    }

    // SYN-ACK retransmitted, then the request dropped silently: tcp_synack_retries (reqsk_timer_handler()).
    {
        SideFacts &f = facts.side[1];
        if (f.synSent && !f.established && !f.synRetransmits.empty()) {
            const int count = static_cast<int>(f.synRetransmits.size());
            const SimTime death = f.synRetransmits.back() + tcp::synAckTimeout(count, 120 * kSec);
            const SimTime rstAt = bareRstAfter(Side::Server, f.synRetransmits.back());
            if (captureEnd + timerSlack(death - f.synRetransmits.back()) >= death || rstAt != kNever) {
                // Under SYN-queue pressure (more than half full) old requests get fewer retries, down to 2;
                // other half-open connections to this server at that time say whether that could be.
                Finding fd = valuesFinding("synack_retries_exhausted", Side::Server, SysctlId::TcpSynackRetries, {count}, "", death);
                conn.findings.push_back(fd);
                gaveUpAt[1] = std::min(death, rstAt);
                endAt(conn, Side::Server, std::min(death, rstAt), true, 0);
            }
        }
        bool ackSeenBeforeSynAck = false;
        for (std::size_t i = 0; i < n; ++i)
            if (conn.segments[i].from == Side::Client && conn.segments[i].lostAfterCapture && !(pkt(i).flags & (FlagSyn | FlagRst)))
                ackSeenBeforeSynAck = true;
        if (f.synSent && !f.established && ackSeenBeforeSynAck) {
            // The capture saw the client's ACK, the server retransmitted its SYN-ACK anyway: the ACK was
            // lost after the capture point, or the accept queue was full and tcp_abort_on_overflow = 0
            // (tcp_minisocks.c: tcp_check_req() -> listen overflow: the ACK is dropped).
            Finding fd;
            fd.code = "handshake_ack_ignored";
            fd.side = Side::Server;
            conn.findings.push_back(fd);
        }
    }

    // RSTs and their reasons.
    for (std::size_t i = 0; i < n; ++i) {
        const TcpPacket &p = pkt(i);
        if (!(p.flags & FlagRst)) continue;
        const Side x = conn.segments[i].from;
        const Side peer = peerOf(x);
        RstEvent r;
        r.t = p.t;
        r.from = x;
        r.frame = p.frame;
        std::size_t prevPeer = n;
        for (std::size_t j = i; j-- > 0;)
            if (conn.segments[j].from == peer) {
                prevPeer = j;
                break;
            }
        bool xGone = false;
        const std::optional<TcpState> xState = stateBefore(conn, x, p.t, &xGone);
        const SideFacts &xf = facts.side[static_cast<std::size_t>(sideIndex(x))];
        const SideFacts &pf = facts.side[static_cast<std::size_t>(sideIndex(peer))];
        const TcpPacket *answered = prevPeer < n ? &pkt(prevPeer) : nullptr;
        const bool bare = !(p.flags & FlagAck);
        std::size_t lastFromX = n;
        for (std::size_t j = i; j-- > 0;)
            if (conn.segments[j].from == x) {
                lastFromX = j;
                break;
            }
        if (answered && (answered->flags & FlagSyn) && !(answered->flags & FlagAck) && !xf.synSent) {
            r.reason = RstCause::NoListener; // tcp_ipv4.c: tcp_v4_send_reset() for a SYN nothing listens for
        } else if (x == Side::Server && answered && xState == TcpState::SynRecv && !(answered->flags & FlagSyn) &&
                   answered->payload == 0 && !(answered->flags & FlagFin)) {
            // tcp_minisocks.c: tcp_check_req(): accept queue full and tcp_abort_on_overflow = 1.
            r.reason = RstCause::AcceptQueueAbort;
            conn.findings.push_back(valuesFinding("accept_queue_overflow_abort", Side::Server, SysctlId::TcpAbortOnOverflow, {1}, "", p.t));
        } else if (!bare && lastFromX < n && conn.segments[lastFromX].retransmission == RetransKind::Keepalive) {
            // tcp_timer.c: tcp_keepalive_timer(): probes unanswered, tcp_send_active_reset().
            r.reason = RstCause::KeepaliveExhausted;
            std::vector<SimTime> probes;
            for (std::size_t k : xf.keepalives) probes.push_back(pkt(k).t);
            SimTime lastHeard = kNever;
            for (std::size_t j = 0; j < n; ++j)
                if (conn.segments[j].from == peer && !conn.segments[j].lostAfterCapture && pkt(j).t < probes.front()) lastHeard = pkt(j).t;
            conn.findings.push_back(valuesFinding("keepalive_exhausted", x, SysctlId::TcpKeepaliveProbes,
                                                  {static_cast<std::int64_t>(probes.size())}, "", p.t));
            if (lastHeard != kNever)
                conn.findings.push_back(valuesFinding("keepalive_time", x, SysctlId::TcpKeepaliveTime,
                                                      secondsConsistentWith(probes.front() - lastHeard, 1, 32767), "", probes.front()));
            std::vector<std::int64_t> intvl;
            bool first = true;
            probes.push_back(p.t); // the RST comes one interval after the last probe
            for (std::size_t k = 1; k < probes.size(); ++k) {
                const std::vector<std::int64_t> v = secondsConsistentWith(probes[k] - probes[k - 1], 1, 32767);
                if (first) intvl = v;
                else {
                    std::vector<std::int64_t> both;
                    std::set_intersection(intvl.begin(), intvl.end(), v.begin(), v.end(), std::back_inserter(both));
                    intvl = both;
                }
                first = false;
            }
            if (!first) conn.findings.push_back(valuesFinding("keepalive_intvl", x, SysctlId::TcpKeepaliveIntvl, intvl, "", probes.front()));
        } else if (bare) {
            // The host answered a segment for a socket it does not have, or an orphan refused data.
            const SimTime gaveUp = gaveUpAt[static_cast<std::size_t>(sideIndex(x))];
            if (gaveUp != kNever && gaveUp <= p.t + timerSlack(0)) {
                r.reason = RstCause::RetriesExhausted;
                // If the last ACK of its FIN did reach it after all, it was an orphan in FIN_WAIT2 whose
                // timer ran out instead (see the note ack_lost_after_capture_assumed).
                for (const std::string &note : conn.notes)
                    if (note == "ack_lost_after_capture_assumed:" + std::string(sideName(x))) r.alternative = RstCause::FinWait2Gone;
            } else if (xState == TcpState::FinWait2 && xf.finWait2Since != kNever) {
                const SimTime held = p.t - xf.finWait2Since;
                if (answered && answered->payload > 0) {
                    // tcp_input.c: tcp_rcv_state_process(): data after close() (TCPAbortOnData); an
                    // orphan's FIN_WAIT2 lasts at least tcp_fin_timeout >= 1 s, so a later answer may
                    // also be a socket already gone.
                    r.reason = RstCause::DataAfterClose;
                    if (held >= kSec) r.alternative = RstCause::FinWait2Gone;
                } else {
                    // An orphan FIN_WAIT2 socket would take the FIN into TIME_WAIT: it was gone,
                    // its timer (tcp_fin_time()) had run: tcp_fin_timeout <= the time it was held.
                    r.reason = RstCause::FinWait2Gone;
                    const std::int64_t maxS = held / kSec;
                    if (maxS >= 1) conn.findings.push_back(rangeFinding("fin_timeout_elapsed", x, SysctlId::TcpFinTimeout, 1, maxS, p.t));
                }
            } else if (xState == TcpState::SynRecv || (!xState && !xGone && x == Side::Server)) {
                r.reason = RstCause::NoSocket;
            } else {
                r.reason = RstCause::NoSocket;
            }
            if (r.reason != RstCause::DataAfterClose) endAt(conn, x, p.t, true, p.frame);
        } else if (!bare && (xState == TcpState::FinWait1 || xState == TcpState::LastAck) && xf.finSent && lastFromX < n &&
                   (pkt(lastFromX).flags & FlagFin) && !conn.segments[lastFromX].retransmission &&
                   p.t - xf.finOriginal < kMs && (prevPeer == n || prevPeer < lastFromX) && p.seq == xf.finSeq + 1) {
            // tcp.c: __tcp_close(): tcp_close_state() sends the FIN (tcp_send_fin()), then tcp_check_oom()
            // (tcp_too_many_orphans(): tcp_orphan_cache > tcp_max_orphans, or tcp_out_of_memory()) ->
            // tcp_set_state(TCP_CLOSE) + tcp_send_active_reset() (TCPAbortOnMemory, "too many orphaned
            // sockets"): the FIN and, at once, an RST right after it, the FIN unacknowledged. Unread data or
            // SO_LINGER 0 send the RST instead of a FIN (tcp_close(): data_was_unread / sk_lingertime == 0).
            r.reason = RstCause::OrphanOverflow;
            Finding fd;
            fd.code = "orphan_overflow";
            fd.side = x;
            fd.t = p.t;
            fd.frame = p.frame;
            conn.findings.push_back(fd);
            if (!conn.firstCloser) conn.firstCloser = x;
        } else if (xState == TcpState::Established || xState == TcpState::CloseWait || xState == TcpState::FinWait1 ||
                   xState == TcpState::FinWait2) {
            // tcp.c: tcp_close(): unread data -> RST (TCPAbortOnClose); SO_LINGER {1, 0} -> RST
            // (TCPAbortOnLinger). The capture shows the data arrive, not whether it was read.
            if (pf.payloadSent > 0) {
                r.reason = RstCause::UnreadData;
                r.alternative = RstCause::Linger0;
            } else {
                r.reason = RstCause::Linger0;
            }
            if (!conn.firstCloser) conn.firstCloser = x;
        }
        conn.rsts.push_back(r);
    }

    // Timers that must have run: TIME_WAIT lasts TCP_TIMEWAIT_LEN (60 s; the timer wheel adds up to ~1.5 s).
    for (Side x : {Side::Client, Side::Server}) {
        const SideFacts &f = facts.side[static_cast<std::size_t>(sideIndex(x))];
        const auto &v = conn.states[static_cast<std::size_t>(sideIndex(x))];
        if (!v.empty() && !v.back().gone && !v.back().unknown && v.back().state == TcpState::TimeWait && f.timeWaitSince != kNever)
            pushStep(conn, x, {TcpState::Closed, true, f.timeWaitSince + tcp::kTimeWaitLen, true, 0});
    }

    // How it ended.
    if (!conn.rsts.empty()) {
        const RstEvent &r = conn.rsts.front();
        conn.ending = r.reason == RstCause::NoListener ? Ending::Refused : r.from == Side::Client ? Ending::RstByClient : Ending::RstByServer;
        if (gaveUpAt[0] != kNever || gaveUpAt[1] != kNever) {
            if (std::min(gaveUpAt[0], gaveUpAt[1]) <= r.t) conn.ending = Ending::GaveUp;
        }
    } else if (gaveUpAt[0] != kNever || gaveUpAt[1] != kNever) {
        conn.ending = Ending::GaveUp;
    } else if (facts.side[0].finSent && facts.side[1].finSent) {
        conn.ending = Ending::FinBothWays;
    } else {
        conn.ending = Ending::StillOpen;
    }
    (void)nextFrom;
}

void inferAcrossConnections(const CaptureIndex &ix, std::vector<Connection> &conns)
{
    // The earlier connections of each four-tuple (one flow), in start order: a connection looks only at
    // those, not at every earlier connection of the capture.
    std::vector<std::vector<std::uint32_t>> earlier(ix.flows.size());
    // A connection reusing the four-tuple while its predecessor's client was in TIME_WAIT:
    // tcp_ipv4.c: tcp_twsk_unique(): tcp_tw_reuse (1, or 2 on loopback) with timestamps, once
    // tcp_tw_reuse_delay has passed since the TIME_WAIT socket's last timestamp. That holds only when
    // connect() chose the port: a port the application bind()s reaches tcp_twsk_unique() with twp NULL
    // (inet_hashtables.c: __inet_hash_connect(): check_established(death_row, sk, port, NULL)), where
    // timestamps alone let it take over the TIME_WAIT socket, whatever tcp_tw_reuse says (the kernel
    // suite's stale_segment reconnects from its bound port 0.5 s into TIME_WAIT with tcp_tw_reuse_delay
    // 1000 ms). The capture cannot tell a bound port from a chosen one.
    for (std::size_t i = 0; i < conns.size(); ++i) {
        Connection &later = conns[i];
        if (later.segments.empty()) continue;
        std::vector<std::uint32_t> &sameFlow = earlier[ix.tcp[later.segments.front().packet].flow];
        const std::size_t count = sameFlow.size();
        sameFlow.push_back(static_cast<std::uint32_t>(i));
        if (!later.rolesKnown) continue;
        for (std::size_t k = count; k-- > 0;) {
            Connection &prev = conns[sameFlow[k]];
            if (!(prev.client == later.client && prev.server == later.server)) continue;
            auto &steps = prev.states[0];
            SimTime tw = kNever;
            SimTime gone = kNever; // an RST may have ended TIME_WAIT early (tcp_minisocks.c: tcp_timewait_state_process())
            for (const StateStep &s : steps) {
                if (!s.gone && !s.unknown && s.state == TcpState::TimeWait) tw = s.t;
                if (s.gone) gone = s.t;
            }
            if (tw != kNever && later.start > tw && later.start - tw < tcp::kTimeWaitLen && later.start < gone) {
                const SimTime gap = later.start - tw;
                const bool loopback = !later.client.v6 ? later.client.addr[0] == 127 : later.client.addr[15] == 1;
                Finding f;
                f.code = "tw_reuse";
                f.side = Side::Client;
                f.sysctl = "net.ipv4.tcp_tw_reuse";
                f.values = loopback ? std::vector<std::int64_t>{1, 2} : std::vector<std::int64_t>{1};
                f.condition = "autobind";
                f.t = later.start;
                later.findings.push_back(f);
                Finding d;
                d.code = "tw_reuse_delay";
                d.side = Side::Client;
                d.sysctl = "net.ipv4.tcp_tw_reuse_delay";
                d.range = true;
                d.min = 1;
                d.max = std::max<std::int64_t>(1, (gap + timerSlack(0)) / kMs);
                d.condition = "autobind";
                d.t = later.start;
                later.findings.push_back(d);
                endAt(prev, Side::Client, later.start, false, ix.tcp[later.segments.front().packet].frame);
            }
            break;
        }
    }
}

} // namespace closelab::capture
