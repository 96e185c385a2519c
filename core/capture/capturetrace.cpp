// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturetrace.h"

#include "core/tcpconstants.h"

#include <algorithm>

namespace closelab::capture {
namespace {

std::optional<RstReason> rstReasonOf(RstCause c)
{
    switch (c) {
    case RstCause::UnreadData: return RstReason::UnreadData;
    case RstCause::Linger0: return RstReason::Linger0;
    case RstCause::DataAfterClose: return RstReason::DataAfterClose;
    case RstCause::AcceptQueueAbort: return RstReason::AcceptOverflow;
    case RstCause::KeepaliveExhausted: return RstReason::KeepaliveTimeout;
    case RstCause::OrphanOverflow: return RstReason::OrphanOverflow;
    case RstCause::NoListener: case RstCause::FinWait2Gone: case RstCause::RetriesExhausted: case RstCause::NoSocket:
        return RstReason::NoSocket;
    case RstCause::Unknown: break;
    }
    return std::nullopt;
}

Cause causeOf(TcpState from, TcpState to, Side side)
{
    switch (to) {
    case TcpState::SynSent: return Cause::AppConnect;
    case TcpState::SynRecv: return Cause::RcvSyn;
    case TcpState::Established: return side == Side::Client ? Cause::RcvSynAck : Cause::RcvAck;
    case TcpState::FinWait1: case TcpState::LastAck: return Cause::AppClose;
    case TcpState::FinWait2: return Cause::RcvAck;
    case TcpState::CloseWait: case TcpState::Closing: return Cause::RcvFin;
    case TcpState::TimeWait: return from == TcpState::Closing ? Cause::RcvAck : Cause::RcvFin;
    default: return Cause::RcvAck;
    }
}

} // namespace

std::vector<std::uint32_t> connectionFrames(const CaptureIndex &index, const Connection &conn)
{
    std::vector<std::uint32_t> out;
    out.reserve(conn.segments.size());
    for (const SegmentInfo &s : conn.segments) out.push_back(index.tcp[s.packet].frame);
    return out;
}

Trace connectionTrace(const CaptureIndex &ix, const Connection &conn)
{
    Trace tr;
    const SimTime base = 0; // the capture's clock: the same times as the connections table and the CLI
    auto pkt = [&](const SegmentInfo &s) -> const TcpPacket & { return ix.tcp[s.packet]; };
    // Each side's initial sequence number (its SYN, or its first segment) for relative numbers.
    std::array<std::optional<std::uint32_t>, 2> isn;
    for (const SegmentInfo &s : conn.segments) {
        const TcpPacket &p = pkt(s);
        auto &i = isn[static_cast<std::size_t>(s.from == Side::Client ? 0 : 1)];
        if ((p.flags & FlagSyn) && !i) i = p.seq;
    }
    for (const SegmentInfo &s : conn.segments) {
        auto &i = isn[static_cast<std::size_t>(s.from == Side::Client ? 0 : 1)];
        if (!i && !(pkt(s).flags & FlagRst)) i = pkt(s).seq - 1;
    }
    // Travel time: half the handshake's round trip as the capture saw it, 50 µs without one.
    SimTime travel = 50 * kUs;
    {
        SimTime syn = kNever, ack = kNever;
        for (const SegmentInfo &s : conn.segments) {
            const TcpPacket &p = pkt(s);
            if ((p.flags & FlagSyn) && !(p.flags & FlagAck) && syn == kNever) syn = p.t;
            else if (syn != kNever && s.from == Side::Client && !(p.flags & FlagSyn) && (p.flags & FlagAck)) {
                ack = p.t;
                break;
            }
        }
        if (syn != kNever && ack != kNever && ack > syn) travel = std::clamp<SimTime>((ack - syn) / 2, kUs, 50 * kMs);
    }
    if (!conn.client.v6) tr.address[0] = std::uint32_t(conn.client.addr[0]) << 24 | std::uint32_t(conn.client.addr[1]) << 16 |
                                         std::uint32_t(conn.client.addr[2]) << 8 | conn.client.addr[3];
    if (!conn.server.v6) tr.address[1] = std::uint32_t(conn.server.addr[0]) << 24 | std::uint32_t(conn.server.addr[1]) << 16 |
                                         std::uint32_t(conn.server.addr[2]) << 8 | conn.server.addr[3];
    tr.port = {conn.client.port, conn.server.port};

    std::array<std::array<std::uint16_t, kRetransKindCount>, 2> nth{};
    std::array<SimTime, 2> lastSent{kNever, kNever};
    for (std::size_t k = 0; k < conn.segments.size(); ++k) {
        const SegmentInfo &s = conn.segments[k];
        const TcpPacket &p = pkt(s);
        const int x = s.from == Side::Client ? 0 : 1;
        SegmentRecord rec;
        rec.from = s.from;
        rec.header.flags = p.flags;
        rec.header.seq = p.seq - isn[static_cast<std::size_t>(x)].value_or(p.seq);
        rec.header.ack = (p.flags & FlagAck) ? p.ack - isn[static_cast<std::size_t>(1 - x)].value_or(p.ack) : 0;
        rec.header.len = p.payload;
        rec.header.window = p.window;
        rec.sentAt = p.t - base;
        rec.frame = p.frame;
        if (s.lostAfterCapture) {
            rec.droppedAt = rec.sentAt + travel * 3 / 4;
            rec.dropReason = DropReason::LostAfterCapture;
        } else {
            rec.arrivesAt = rec.sentAt + travel;
        }
        if (s.retransmission) {
            rec.retransKind = s.retransmission;
            rec.transmission = static_cast<std::uint16_t>(++nth[static_cast<std::size_t>(x)][static_cast<std::size_t>(*s.retransmission)] + 1);
            // The timer that sent it: armed at the previous transmission from this side.
            if (*s.retransmission != RetransKind::Keepalive && *s.retransmission != RetransKind::Probe && lastSent[static_cast<std::size_t>(x)] != kNever) {
                TimerRecord t;
                t.host = s.from;
                t.kind = TimerKind::Retransmit;
                t.armedAt = lastSent[static_cast<std::size_t>(x)];
                t.expires = t.endedAt = rec.sentAt;
                t.end = TimerAction::Fire;
                tr.timers.push_back(t);
            }
        }
        if (p.flags & FlagRst) {
            for (const RstEvent &r : conn.rsts)
                if (r.frame == p.frame) rec.rstReason = rstReasonOf(r.reason);
            ++tr.summary[static_cast<std::size_t>(x)].rstSent;
        }
        if (!(p.flags & FlagRst) && (p.payload > 0 || (p.flags & (FlagSyn | FlagFin)) || s.retransmission)) lastSent[static_cast<std::size_t>(x)] = rec.sentAt;
        const auto index = static_cast<std::int32_t>(tr.segments.size());
        tr.segments.push_back(rec);
        TraceEvent send;
        send.t = rec.sentAt;
        send.type = EventType::Send;
        send.host = s.from;
        send.segment = index;
        tr.events.push_back(send);
        TraceEvent arrive = send;
        arrive.host = peerOf(s.from);
        if (s.lostAfterCapture) {
            arrive.type = EventType::Drop;
            arrive.t = rec.droppedAt;
            arrive.inferred = true;
        } else {
            arrive.type = EventType::Deliver;
            arrive.t = rec.arrivesAt;
        }
        tr.events.push_back(arrive);
    }

    for (int x = 0; x < 2; ++x) {
        const Side side = x == 0 ? Side::Client : Side::Server;
        TcpState prev = TcpState::Closed;
        SideSummary &sum = tr.summary[static_cast<std::size_t>(x)];
        sum.retransmissions = conn.retransmissions[static_cast<std::size_t>(x)];
        for (const StateStep &st : conn.states[static_cast<std::size_t>(x)]) {
            if (st.unknown) continue; // no state change the trace could draw: the capture cannot tell
            TraceEvent e;
            e.t = st.t - base;
            e.type = EventType::State;
            e.host = side;
            e.from = prev;
            e.inferred = st.inferred;
            if (st.gone) {
                e.to = TcpState::Closed;
                e.cause = prev == TcpState::TimeWait ? Cause::TimeWaitExpired : prev == TcpState::LastAck ? Cause::RcvAck : Cause::RcvRst;
                TraceEvent g = e;
                g.type = EventType::Gone;
                g.gone = prev == TcpState::TimeWait ? GoneReason::TimeWaitDone
                         : prev == TcpState::LastAck ? GoneReason::LastAckAcked
                         : sum.rstSent > 0 ? GoneReason::RstSent
                                           : GoneReason::RstReceived;
                for (const Finding &f : conn.findings)
                    if (f.side == side && f.code.find("exhausted") != std::string::npos && e.t == f.t - base)
                        g.gone = prev == TcpState::SynSent ? GoneReason::SynTimeout : GoneReason::RetriesExhausted;
                tr.events.push_back(e);
                tr.events.push_back(g);
                sum.goneAt = e.t;
                sum.goneReason = g.gone;
                if (prev == TcpState::TimeWait) {
                    TimerRecord t;
                    t.host = side;
                    t.kind = TimerKind::TimeWait;
                    t.expires = e.t;
                    t.armedAt = e.t - tcp::kTimeWaitLen;
                    t.endedAt = e.t;
                    t.end = TimerAction::Fire;
                    tr.timers.push_back(t);
                }
                prev = TcpState::Closed;
                break;
            }
            e.to = st.state;
            e.cause = causeOf(prev, st.state, side);
            tr.events.push_back(e);
            prev = st.state;
        }
        sum.finalState = prev;
    }
    std::stable_sort(tr.events.begin(), tr.events.end(), [](const TraceEvent &a, const TraceEvent &b) { return a.t < b.t; });
    std::sort(tr.timers.begin(), tr.timers.end(), [](const TimerRecord &a, const TimerRecord &b) { return a.armedAt < b.armedAt; });
    for (const TimerRecord &t : tr.timers) {
        TraceEvent arm;
        arm.t = t.armedAt;
        arm.type = EventType::Timer;
        arm.host = t.host;
        arm.timer = t.kind;
        arm.action = TimerAction::Arm;
        arm.expires = t.expires;
        arm.inferred = true;
        TraceEvent fire = arm;
        fire.t = t.endedAt;
        fire.action = TimerAction::Fire;
        tr.events.insert(std::upper_bound(tr.events.begin(), tr.events.end(), arm, [](const TraceEvent &a, const TraceEvent &b) { return a.t < b.t; }), arm);
        tr.events.insert(std::upper_bound(tr.events.begin(), tr.events.end(), fire, [](const TraceEvent &a, const TraceEvent &b) { return a.t < b.t; }), fire);
    }
    tr.start = tr.events.empty() ? 0 : std::min<SimTime>(0, tr.events.front().t);
    tr.end = tr.events.empty() ? 0 : tr.events.back().t;
    return tr;
}

} // namespace closelab::capture
