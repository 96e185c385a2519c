// SPDX-License-Identifier: GPL-3.0-or-later
#include "host.h"

#include "simulator.h"

namespace closelab {

Host::Host(Simulator &sim, Side side, std::uint32_t address) : m_sim(sim), m_side(side), m_address(address) {}

Host::~Host() = default;

TcpSocket &Host::newSocket(std::uint32_t conn)
{
    const auto id = static_cast<std::uint32_t>(m_sockets.size());
    m_sockets.push_back(std::make_unique<TcpSocket>(m_sim, *this, id, conn));
    return *m_sockets.back();
}

TcpSocket *Host::findConnection(std::uint16_t localPort, std::uint16_t remotePort, std::uint32_t remoteAddr)
{
    // Newest first: a connection that took over a TIME_WAIT 4-tuple wins.
    for (auto it = m_sockets.rbegin(); it != m_sockets.rend(); ++it) {
        TcpSocket &s = **it;
        if (s.state() == TcpState::Closed || s.isListener()) continue;
        if (s.localPort == localPort && s.remotePort == remotePort && s.remoteAddr == remoteAddr) return &s;
    }
    return nullptr;
}

TcpSocket *Host::findListener(std::uint16_t localPort)
{
    for (auto &p : m_sockets) {
        if (p->isListener() && p->localPort == localPort) return p.get();
    }
    return nullptr;
}

void Host::receive(const WireSegment &seg)
{
    // tcp_ipv4.c: tcp_v4_rcv(): established (and request / timewait) sockets first, then listeners.
    if (TcpSocket *s = findConnection(seg.dstPort, seg.srcPort, seg.srcAddr)) {
        s->receive(seg);
        return;
    }
    const std::uint8_t f = seg.h.flags;
    if (TcpSocket *l = findListener(seg.dstPort)) {
        if (f & FlagRst) return;
        if ((f & FlagSyn) && !(f & FlagAck)) {
            l->startPassiveOpen(seg, 0);
            return;
        }
        // tcp_rcv_state_process(), LISTEN: an ACK for no request: "return 1" and the caller resets.
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
    r.srcAddr = m_address;
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
    m_sim.transmit(m_side, r, 1, std::nullopt, reason);
}

void Host::crash()
{
    for (auto &s : m_sockets) s->crash();
    m_up = false;
    timeWaitCount = 0;
    orphanCount = 0;
}

void Host::reboot() { m_up = true; }

Errno Host::claimFourTuple(std::uint16_t localPort, std::uint16_t remotePort, std::uint32_t remoteAddr, std::uint32_t &isn)
{
    TcpSocket *s = findConnection(localPort, remotePort, remoteAddr);
    if (!s) return Errno::None;
    if (s->state() != TcpState::TimeWait) return Errno::Eaddrnotavail;
    // tcp_ipv4.c: tcp_twsk_unique()
    const std::int64_t reuse = m_sim.sysctl(SysctlId::TcpTwReuse);
    const bool loopback = m_sim.config().network.delay <= kLoopbackDelay;
    const bool allowed = (reuse == 1 || (reuse == 2 && loopback)) && s->tsRecentStamp() != kNever
        && m_sim.now() - s->tsRecentStamp() > m_sim.sysctl(SysctlId::TcpTwReuseDelay) * kMs;
    if (!allowed) return Errno::Eaddrnotavail;
    isn = s->sndNxt() + 65535 + 2;
    s->takeOver();
    return Errno::None;
}

Errno Host::bindCheck(std::uint16_t port, bool reuseAddr) const
{
    for (const auto &p : m_sockets) {
        const TcpSocket &s = *p;
        if (s.state() == TcpState::Closed || s.localPort != port) continue;
        if (reuseAddr && s.reuseAddr && !s.isListener()) continue;
        return Errno::Eaddrinuse;
    }
    return Errno::None;
}

std::uint16_t Host::allocatePort(std::uint16_t remotePort)
{
    // inet_hashtables.c: __inet_hash_connect() walks the range from a hashed offset; a port is usable when
    // no socket holds the same 4-tuple (a TIME_WAIT one may be taken over, see tcp_twsk_unique()).
    const auto low = static_cast<std::uint32_t>(m_sim.sysctl(SysctlId::IpLocalPortRangeLow));
    const auto high = static_cast<std::uint32_t>(m_sim.sysctl(SysctlId::IpLocalPortRangeHigh));
    const std::uint32_t range = high - low + 1;
    if (nextPortHint == 0) nextPortHint = static_cast<std::uint16_t>(low + m_sim.rng()() % range);
    for (std::uint32_t i = 0; i < range; ++i) {
        const auto port = static_cast<std::uint16_t>(low + (nextPortHint - low + i) % range);
        bool used = false;
        for (auto &s : m_sockets) {
            if (s->state() != TcpState::Closed && s->localPort == port && s->remotePort == remotePort) {
                used = true;
                break;
            }
        }
        if (!used) {
            nextPortHint = static_cast<std::uint16_t>(low + (port - low + 1) % range);
            return port;
        }
    }
    return 0;
}

} // namespace closelab
