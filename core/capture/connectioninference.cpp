// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings.h"
#include "inferencedetail.h"

#include <algorithm>
#include <optional>
#include <string>

namespace closelab::capture {
namespace {

constexpr SimTime kCrossing = kMs;
constexpr int kZeroWindowOrder = 8; // Event::order of an UNKNOWN that a zero window causes

enum class Ev : std::uint8_t { SynSent, SynRecv, Established, SendFin, RecvFinAck, RecvFin, Gone, Unknown };

struct Event {
    SimTime t;
    std::uint32_t frame;
    int order;
    Side side;
    Ev what;
    bool inferred;
};

// The state a side moves to (tcp_input.c: tcp_rcv_state_process(), tcp_fin(); tcp.c: tcp_close_state()).
std::optional<TcpState> next(std::optional<TcpState> cur, Ev what)
{
    using S = TcpState;
    switch (what) {
    case Ev::SynSent: if (!cur) return S::SynSent; break;
    case Ev::SynRecv: if (!cur) return S::SynRecv; break;
    case Ev::Established:
        if (cur == S::SynSent || cur == S::SynRecv) return S::Established;
        break;
    case Ev::SendFin:
        if (!cur || cur == S::Established || cur == S::SynRecv) return S::FinWait1;
        if (cur == S::CloseWait) return S::LastAck;
        break;
    case Ev::RecvFinAck:
        if (cur == S::FinWait1) return S::FinWait2;
        if (cur == S::Closing) return S::TimeWait;
        break;
    case Ev::RecvFin:
        if (!cur || cur == S::Established) return S::CloseWait;
        if (cur == S::FinWait1) return S::Closing;
        if (cur == S::FinWait2) return S::TimeWait;
        break;
    case Ev::Gone:
    case Ev::Unknown: break;
    }
    return std::nullopt;
}

} // namespace

void pushStep(Connection &conn, Side side, StateStep step)
{
    auto &v = conn.states[static_cast<std::size_t>(sideIndex(side))];
    if (!v.empty() && v.back().gone) return;
    if (!v.empty() && v.back().t == step.t && v.back().frame == step.frame && step.frame != 0 && !step.gone && !step.unknown &&
        !v.back().unknown) {
        // Two transitions caused by one segment (an ACK and a FIN together): the socket passes the
        // first state within the segment, sock_diag never shows it.
        v.back().state = step.state;
        return;
    }
    v.push_back(step);
}

std::optional<TcpState> stateBefore(const Connection &conn, Side side, SimTime t, bool *gone)
{
    std::optional<TcpState> cur;
    if (gone) *gone = false;
    for (const StateStep &s : conn.states[static_cast<std::size_t>(sideIndex(side))]) {
        if (s.t >= t) break;
        if (s.gone) {
            if (gone) *gone = true;
            return std::nullopt;
        }
        cur = s.state;
    }
    return cur;
}

void inferSegments(const CaptureIndex &ix, Connection &conn)
{
    ConnectionFacts facts;
    const std::size_t n = conn.segments.size();
    auto pkt = [&](std::size_t i) -> const TcpPacket & { return ix.tcp[conn.segments[i].packet]; };
    auto from = [&](std::size_t i) { return conn.segments[i].from; };

    // 1. Sequence tracking and retransmission classification, as the engine labels what it re-sends
    //    (tcp_output.c via TcpSocket::retransmitHead(): SYN, SYN-ACK, FIN alone, DATA; probes).
    struct Dir {
        bool nxtValid = false;
        std::uint32_t nxt = 0;       // highest sequence sent + 1
        std::uint16_t window = 1;    // last window it advertised
        std::uint32_t dataStart = 0;
    };
    std::array<Dir, 2> dir;
    for (std::size_t i = 0; i < n; ++i) {
        const TcpPacket &p = pkt(i);
        const int x = sideIndex(from(i));
        Dir &d = dir[static_cast<std::size_t>(x)];
        SideFacts &f = facts.side[static_cast<std::size_t>(x)];
        SegmentInfo &info = conn.segments[i];
        const bool syn = p.flags & FlagSyn, fin = p.flags & FlagFin, rst = p.flags & FlagRst, ack = p.flags & FlagAck;
        if (rst) continue;
        if (syn) {
            if (f.synSent && p.seq == f.isn) {
                info.retransmission = ack ? RetransKind::SynAck : RetransKind::Syn;
                f.synRetransmits.push_back(p.t);
            } else if (!f.synSent) {
                f.synSent = true;
                f.isn = p.seq;
                f.synOriginal = p.t;
            }
        } else if (p.payload > 0) {
            if (d.nxtValid && seqBefore(p.seq, d.nxt)) {
                info.retransmission = RetransKind::Data;
                if (f.dataRetransmits.empty() || p.seq != d.dataStart) {
                    // The first transmission of this data: the last segment from x that carried it.
                    f.dataRetransmits.clear();
                    f.dataOriginal = p.t;
                    for (std::size_t j = i; j-- > 0;)
                        if (sideIndex(from(j)) == x && pkt(j).payload > 0 && pkt(j).seq == p.seq && !conn.segments[j].retransmission) {
                            f.dataOriginal = pkt(j).t;
                            break;
                        }
                    d.dataStart = p.seq;
                }
                f.dataRetransmits.push_back(p.t);
            }
        } else if (fin) {
            if (f.finSent && p.seq == f.finSeq) {
                info.retransmission = RetransKind::Fin;
                f.finRetransmits.push_back(p.t);
            }
        } else if (d.nxtValid && p.seq == d.nxt - 1) {
            // tcp_xmit_probe_skb(): an old sequence number, no data: a zero-window probe when the peer
            // advertised no window, otherwise a keepalive probe.
            const bool zeroWindow = dir[static_cast<std::size_t>(1 - x)].window == 0;
            info.retransmission = zeroWindow ? RetransKind::Probe : RetransKind::Keepalive;
            if (!zeroWindow) f.keepalives.push_back(i);
        }
        if (fin && !f.finSent) {
            f.finSent = true;
            f.finSeq = p.seq + p.payload;
            f.finOriginal = p.t;
        }
        if (!info.retransmission && p.payload > 0) f.payloadSent += p.payload;
        const std::uint32_t end = p.seq + p.payload + (syn ? 1u : 0u) + (fin ? 1u : 0u);
        if (!d.nxtValid || seqAfter(end, d.nxt)) d.nxt = end;
        d.nxtValid = true;
        d.window = p.window;
        f.lastSent = p.t;
        (void)ack;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (auto k = conn.segments[i].retransmission)
            ++conn.retransmissions[static_cast<std::size_t>(sideIndex(from(i)))][static_cast<std::size_t>(*k)];

    std::vector<Event> events;
    const SideFacts &cf = facts.side[0];
    const SideFacts &sf = facts.side[1];
    auto covers = [](const TcpPacket &p, std::uint32_t seqPlusOne) {
        return (p.flags & FlagAck) && !(p.flags & FlagRst) && !seqBefore(p.ack, seqPlusOne);
    };

    // 2. Handshake.
    if (cf.synSent && !(pkt(0).flags & FlagAck) && from(0) == Side::Client)
        events.push_back({cf.synOriginal, pkt(0).frame, 0, Side::Client, Ev::SynSent, false});
    if (sf.synSent) {
        std::size_t firstSa = n;
        for (std::size_t i = 0; i < n; ++i)
            if (from(i) == Side::Server && (pkt(i).flags & FlagSyn)) {
                firstSa = i;
                break;
            }
        if (firstSa < n) events.push_back({pkt(firstSa).t, pkt(firstSa).frame, 0, Side::Server, Ev::SynRecv, false});
        // The client: the SYN-ACK it answered (the last one before its first ACK of it).
        std::size_t lastSa = n;
        for (std::size_t i = firstSa; i < n; ++i) {
            if (from(i) == Side::Server && (pkt(i).flags & FlagSyn)) lastSa = i;
            if (from(i) == Side::Client && lastSa < n && !(pkt(i).flags & FlagSyn) && covers(pkt(i), sf.isn + 1)) {
                events.push_back({pkt(lastSa).t, pkt(lastSa).frame, 1, Side::Client, Ev::Established, false});
                break;
            }
        }
        // The server: established when it answers like an established socket; a client ACK followed
        // by another SYN-ACK never arrived (or met a full accept queue: see the findings).
        std::size_t serverLater = n;
        for (std::size_t i = firstSa + 1; i < n; ++i)
            if (from(i) == Side::Server && !(pkt(i).flags & (FlagSyn | FlagRst))) {
                serverLater = i;
                break;
            }
        std::size_t lastSaBefore = firstSa;
        for (std::size_t i = firstSa; i < serverLater && i < n; ++i)
            if (from(i) == Side::Server && (pkt(i).flags & FlagSyn)) lastSaBefore = i;
        std::size_t ackAfter = n;
        for (std::size_t i = lastSaBefore + 1; i < serverLater && i < n; ++i)
            if (from(i) == Side::Client && covers(pkt(i), sf.isn + 1) && !(pkt(i).flags & FlagSyn)) {
                ackAfter = i;
                break;
            }
        for (std::size_t i = firstSa + 1; i < lastSaBefore; ++i)
            if (from(i) == Side::Client && covers(pkt(i), sf.isn + 1)) conn.segments[i].lostAfterCapture = true;
        if (ackAfter < n) {
            bool established = serverLater < n;
            bool inferred = !established;
            if (!established) {
                // No answer from the server after the ACK: if the client then sent data or a FIN that
                // the server never acknowledged nor reset, the server was not established.
                bool unanswered = false;
                bool rstLater = false;
                for (std::size_t i = ackAfter + 1; i < n; ++i) {
                    if (from(i) == Side::Server && (pkt(i).flags & FlagRst)) rstLater = true;
                    if (from(i) == Side::Client && (pkt(i).payload > 0 || (pkt(i).flags & FlagFin)) && ix.duration - pkt(i).t > kSec / 2)
                        unanswered = true;
                }
                established = !unanswered && !rstLater;
            }
            if (established) events.push_back({pkt(ackAfter).t, pkt(ackAfter).frame, 1, Side::Server, Ev::Established, inferred});
            else conn.notes.push_back("handshake_ack_not_taken:server");
        } else if (lastSaBefore > firstSa) {
            conn.notes.push_back("handshake_ack_not_taken:server");
        }
    } else if (!cf.synSent) {
        // Under way when the capture began.
        events.push_back({pkt(0).t, pkt(0).frame, 0, Side::Client, Ev::SynSent, true});
        events.push_back({pkt(0).t, pkt(0).frame, 0, Side::Server, Ev::SynRecv, true});
        events.push_back({pkt(0).t, pkt(0).frame, 1, Side::Client, Ev::Established, true});
        events.push_back({pkt(0).t, pkt(0).frame, 1, Side::Server, Ev::Established, true});
    }

    // 3. FINs and the ACKs of FINs, each side.
    for (Side x : {Side::Client, Side::Server}) {
        SideFacts &f = facts.side[static_cast<std::size_t>(sideIndex(x))];
        const Side peer = peerOf(x);
        if (!f.finSent) continue;
        std::size_t firstFin = n;
        for (std::size_t i = 0; i < n; ++i)
            if (from(i) == x && (pkt(i).flags & FlagFin) && !(pkt(i).flags & FlagRst)) {
                firstFin = i;
                break;
            }
        if (firstFin == n) continue;
        events.push_back({pkt(firstFin).t, pkt(firstFin).frame, 2, x, Ev::SendFin, false});
        const SimTime lastFinTx = f.finRetransmits.empty() ? f.finOriginal : f.finRetransmits.back();
        // The ACK of x's FIN that reached x: the first after x's last FIN transmission. Earlier ones were
        // lost between the capture point and x (x retransmitted the FIN after the capture saw them).
        bool lostSeen = false;
        bool lostPureAck = false;
        for (std::size_t i = firstFin + 1; i < n; ++i) {
            if (from(i) != peer || !covers(pkt(i), f.finSeq + 1)) continue;
            // A retransmission within a millisecond of the ACK crossed it on the wire.
            const bool pureAck = !(pkt(i).flags & (FlagFin | FlagSyn)) && pkt(i).payload == 0;
            if (pkt(i).t + kCrossing < lastFinTx) {
                conn.segments[i].lostAfterCapture = true;
                lostSeen = true;
                lostPureAck = lostPureAck || pureAck;
                continue;
            }
            // Every earlier pure ACK of this FIN was lost after the capture point and x said nothing
            // more: this one, a pure ACK too, most likely met the same fate (x stayed in
            // FIN_WAIT1/CLOSING). The RST reasons keep the other reading (FIN_WAIT2) as an alternative.
            // Only a capture that goes on past x's next retransmission can show that silence: one that
            // ends before it shows an ACK and nothing against its arrival (last_ack_lost on the kernel: the
            // first ACK dropped, the second taken, LAST_ACK ended).
            bool silentAfter = ix.duration >= nextExpiry(f.finOriginal, f.finRetransmits);
            for (std::size_t j = i + 1; j < n; ++j)
                if (from(j) == x && !(pkt(j).flags & FlagRst)) silentAfter = false;
            if (lostSeen && lostPureAck && pureAck && silentAfter && !f.finRetransmits.empty()) {
                conn.segments[i].lostAfterCapture = true;
                conn.notes.push_back(std::string("ack_lost_after_capture_assumed:") + std::string(sideName(x)));
                break;
            }
            f.finAckReceived = pkt(i).t;
            events.push_back({pkt(i).t, pkt(i).frame, 3, x, Ev::RecvFinAck, false});
            break;
        }
        if (lostSeen) conn.notes.push_back(std::string("ack_lost_after_capture:") + std::string(sideName(x)));
        // x's FIN reaching the peer: shown by the peer's ACK covering it.
        std::size_t answer = n;
        std::size_t finTx = firstFin;
        for (std::size_t i = firstFin + 1; i < n; ++i) {
            if (from(i) == x && (pkt(i).flags & FlagFin)) finTx = i;
            if (from(i) == peer) {
                if (pkt(i).flags & FlagRst) break;
                if (covers(pkt(i), f.finSeq + 1)) {
                    answer = i;
                    break;
                }
            }
        }
        if (answer < n) {
            events.push_back({pkt(finTx).t, pkt(finTx).frame, 4, peer, Ev::RecvFin, false});
        } else {
            bool peerSpoke = false, peerReset = false;
            for (std::size_t i = firstFin + 1; i < n; ++i)
                if (from(i) == peer) {
                    if (pkt(i).flags & FlagRst) peerReset = true;
                    else peerSpoke = true;
                    break;
                }
            if (peerSpoke) {
                for (std::size_t i = firstFin; i < n; ++i)
                    if (from(i) == x && (pkt(i).flags & FlagFin)) conn.segments[i].lostAfterCapture = true;
                conn.notes.push_back(std::string("fin_lost_after_capture:") + std::string(sideName(x)));
            } else if (!peerReset) {
                events.push_back({pkt(firstFin).t, pkt(firstFin).frame, 4, peer, Ev::RecvFin, true});
            }
        }
    }

    // 4. Keepalive probes answered by the peer and probed again: the answers never arrived.
    for (Side x : {Side::Client, Side::Server}) {
        const SideFacts &f = facts.side[static_cast<std::size_t>(sideIndex(x))];
        for (std::size_t k = 0; k < f.keepalives.size(); ++k) {
            const std::size_t probe = f.keepalives[k];
            std::size_t nextFromX = n;
            for (std::size_t i = probe + 1; i < n; ++i)
                if (from(i) == x) {
                    nextFromX = i;
                    break;
                }
            if (nextFromX == n) break;
            const bool probedAgain = conn.segments[nextFromX].retransmission == RetransKind::Keepalive || (pkt(nextFromX).flags & FlagRst);
            if (!probedAgain) continue;
            for (std::size_t i = probe + 1; i < nextFromX; ++i)
                if (from(i) == peerOf(x)) conn.segments[i].lostAfterCapture = true;
        }
    }

    // 5. Data retransmitted after the capture saw its ACK: that ACK was lost.
    for (std::size_t i = 0; i < n; ++i) {
        if (conn.segments[i].retransmission != RetransKind::Data) continue;
        const Side x = from(i);
        const std::uint32_t end = pkt(i).seq + pkt(i).payload;
        for (std::size_t j = i; j-- > 0;) {
            if (from(j) == x && pkt(j).seq == pkt(i).seq && pkt(j).payload > 0) break;
            if (from(j) != x && covers(pkt(j), end)) conn.segments[j].lostAfterCapture = true;
        }
    }

    // 6. RSTs: the sender is gone; so is the receiver, unless it keeps sending as if nothing came.
    for (std::size_t i = 0; i < n; ++i) {
        if (!(pkt(i).flags & FlagRst)) continue;
        const Side x = from(i);
        events.push_back({pkt(i).t, pkt(i).frame, 5, x, Ev::Gone, false});
        bool peerContinues = false;
        for (std::size_t j = i + 1; j < n; ++j)
            if (from(j) == peerOf(x) && !(pkt(j).flags & FlagRst) && !(pkt(j).flags & FlagSyn)) peerContinues = true;
        if (!peerContinues) events.push_back({pkt(i).t, pkt(i).frame, 6, peerOf(x), Ev::Gone, true});
        else conn.segments[i].lostAfterCapture = true;
    }

    // 7. What the capture cannot show.
    for (Side x : {Side::Client, Side::Server}) {
        const Side peer = peerOf(x);
        // x retransmits (RTO) and its peer says nothing more, not even an RST: the peer's socket may be
        // alive with every segment lost on the way to it, or gone with its host unable to answer (a crash):
        // from its last segment on, the capture cannot tell (peer_crash on the kernel: the server's socket
        // vanished without a segment).
        std::size_t firstRetx = n;
        for (std::size_t i = 0; i < n; ++i)
            if (from(i) == x && (conn.segments[i].retransmission == RetransKind::Data || conn.segments[i].retransmission == RetransKind::Fin)) {
                firstRetx = i;
                break;
            }
        if (firstRetx < n) {
            std::size_t lastPeer = n;
            for (std::size_t i = 0; i < n; ++i)
                if (from(i) == peer) lastPeer = i;
            // the retransmitted segment's first transmission: the earliest from x with that sequence number
            std::size_t original = firstRetx;
            for (std::size_t j = 0; j < firstRetx; ++j)
                if (from(j) == x && pkt(j).seq == pkt(firstRetx).seq && !(pkt(j).flags & FlagSyn)) {
                    original = j;
                    break;
                }
            if (lastPeer < n && lastPeer < original)
                events.push_back({pkt(lastPeer).t, pkt(lastPeer).frame, 7, peer, Ev::Unknown, true});
        }
        // x probes a zero window: it has data queued that the window does not let out, and a close() now
        // only marks the FIN on that data (tcp_output.c: tcp_send_fin(): the FIN rides on the tail of the
        // write queue): FIN_WAIT1 (or LAST_ACK) without a segment. From the peer's zero window on, the
        // capture cannot tell whether x closed (zero_window_fin_wait1 on the kernel).
        for (std::size_t i = 0; i < n; ++i) {
            if (from(i) != x || conn.segments[i].retransmission != RetransKind::Probe) continue;
            std::size_t closedAt = n;
            for (std::size_t j = i; j-- > 0;)
                if (from(j) == peer && pkt(j).window == 0 && !(pkt(j).flags & FlagRst)) closedAt = j;
                else if (from(j) == peer) break;
            if (closedAt == n) {
                for (std::size_t j = i; j-- > 0;)
                    if (from(j) == peer && pkt(j).window == 0) {
                        closedAt = j;
                        break;
                    }
            }
            if (closedAt < n) events.push_back({pkt(closedAt).t, pkt(closedAt).frame, kZeroWindowOrder, x, Ev::Unknown, true});
            break;
        }
    }

    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.t != b.t) return a.t < b.t;
        if (a.frame != b.frame) return a.frame < b.frame;
        return a.order < b.order;
    });
    std::array<std::optional<TcpState>, 2> cur;
    std::array<bool, 2> gone{};
    std::array<bool, 2> hiddenFrom{}; // the side's state is UNKNOWN from a step on
    for (const Event &e : events) {
        const int x = sideIndex(e.side);
        if (gone[static_cast<std::size_t>(x)]) continue;
        // Once the capture cannot tell a side's state, only a segment from it tells it again (or its end):
        // a transition inferred from what its peer sent assumes an arrival that the capture cannot show
        // (orphan_overflow on the kernel: the vanished client "received" the server's FIN that nft dropped
        // after the capture point).
        if (hiddenFrom[static_cast<std::size_t>(x)] && e.inferred && e.what != Ev::Gone && e.what != Ev::Unknown) continue;
        if (!e.inferred && e.what != Ev::Gone) hiddenFrom[static_cast<std::size_t>(x)] = false;
        if (e.what == Ev::Unknown) {
            // Only a state where the hidden change can happen: a live socket past the handshake; behind a
            // zero window, one that has not sent its FIN yet (a close() there is what the capture misses).
            const std::optional<TcpState> c = cur[static_cast<std::size_t>(x)];
            const bool hidden = e.order == kZeroWindowOrder
                                    ? (c == TcpState::Established || c == TcpState::CloseWait)
                                    : (c == TcpState::Established || c == TcpState::CloseWait || c == TcpState::FinWait1 ||
                                       c == TcpState::FinWait2 || c == TcpState::Closing || c == TcpState::LastAck || c == TcpState::SynRecv);
            if (hidden) {
                StateStep u{*c, false, e.t, true, e.frame};
                u.unknown = true;
                pushStep(conn, e.side, u);
                hiddenFrom[static_cast<std::size_t>(x)] = true;
            }
            continue;
        }
        if (e.what == Ev::Gone) {
            // A side that never had a socket here (nothing listened) has no state to end.
            if (!cur[static_cast<std::size_t>(x)] && e.inferred) continue;
            if (!cur[static_cast<std::size_t>(x)]) continue;
            gone[static_cast<std::size_t>(x)] = true;
            pushStep(conn, e.side, {TcpState::Closed, true, e.t, e.inferred, e.frame});
            continue;
        }
        if (e.what == Ev::RecvFinAck && cur[static_cast<std::size_t>(x)] == TcpState::LastAck) {
            // tcp_input.c: LAST_ACK: the ACK of our FIN ends the socket (tcp_done()).
            gone[static_cast<std::size_t>(x)] = true;
            pushStep(conn, e.side, {TcpState::Closed, true, e.t, e.inferred, e.frame});
            continue;
        }
        const std::optional<TcpState> to = next(cur[static_cast<std::size_t>(x)], e.what);
        if (!to) continue;
        cur[static_cast<std::size_t>(x)] = to;
        SideFacts &f = facts.side[static_cast<std::size_t>(x)];
        if (*to == TcpState::FinWait2) f.finWait2Since = e.t;
        if (*to == TcpState::TimeWait) f.timeWaitSince = e.t;
        if (*to == TcpState::Established) f.established = true;
        pushStep(conn, e.side, {*to, false, e.t, e.inferred, e.frame});
    }

    // Who closed first: the first FIN, or both when each sent its FIN before the other's arrived.
    const SimTime cFin = cf.finSent ? cf.finOriginal : kNever;
    const SimTime sFin = sf.finSent ? sf.finOriginal : kNever;
    if (cFin != kNever || sFin != kNever) {
        const Side first = cFin <= sFin ? Side::Client : Side::Server;
        conn.firstCloser = first;
        const SimTime other = first == Side::Client ? sFin : cFin;
        bool gotFirst = false;
        for (const StateStep &s : conn.states[static_cast<std::size_t>(sideIndex(peerOf(first)))])
            if (!s.gone && (s.state == TcpState::CloseWait) && s.t <= other) gotFirst = true;
        if (other != kNever && !gotFirst && other - (first == Side::Client ? cFin : sFin) < kSec) {
            // Crossing FINs: the second was sent before the first arrived (both FIN_WAIT1).
            bool crossed = false;
            for (const StateStep &s : conn.states[static_cast<std::size_t>(sideIndex(peerOf(first)))])
                if (!s.gone && s.state == TcpState::Closing) crossed = true;
            conn.bothClosed = crossed;
        }
    }
    addFindings(ix, conn, facts);
}

} // namespace closelab::capture
