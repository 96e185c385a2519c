// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"
#include "tcpsocket.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace closelab {

class Simulator;
struct WireSegment;

/// Counters Linux shows in /proc/net/netstat and /proc/net/snmp that the engine moves.
struct HostCounters {
    std::int64_t listenOverflows = 0;
    std::int64_t listenDrops = 0;
    std::int64_t timeWaitOverflow = 0;
    std::int64_t abortOnMemory = 0;
    std::int64_t abortOnClose = 0;
    std::int64_t abortOnData = 0;
    std::int64_t abortOnTimeout = 0;
    std::int64_t abortOnLinger = 0;
    std::int64_t syncookiesSent = 0;
    std::int64_t outRsts = 0;
    std::int64_t retransSegs = 0;
    std::int64_t timeouts = 0;
    std::int64_t lossProbes = 0;
    std::int64_t delayedAcks = 0;
    std::int64_t tw = 0;
};

/// A kernel: its sockets and the tables that bound them.
class Host {
public:
    Host(Simulator &sim, Side side, std::uint32_t address);
    ~Host();

    Side side() const { return m_side; }
    std::uint32_t address() const { return m_address; }
    bool up() const { return m_up; }

    /// A new socket (what socket() returns); conn is the connection index recorded in the trace.
    TcpSocket &newSocket(std::uint32_t conn);
    TcpSocket &socket(std::uint32_t id) { return *m_sockets[id]; }
    const TcpSocket &socket(std::uint32_t id) const { return *m_sockets[id]; }
    std::size_t socketCount() const { return m_sockets.size(); }

    /// tcp_v4_rcv(): demultiplex an arriving segment.
    void receive(const WireSegment &seg);
    /// tcp_v4_send_reset(): answer a segment that has no socket (or that a socket refuses).
    void sendReset(const WireSegment &in, RstReason reason, std::uint32_t conn);

    /// The host dies silently (no segment leaves it); every socket vanishes.
    void crash();
    /// The host comes back with empty tables.
    void reboot();

    /// connect() from a given local port (inet_hash_connect() / __inet_check_established()): a socket that
    /// holds the 4-tuple makes it EADDRNOTAVAIL, unless it is in TIME_WAIT and tcp_twsk_unique() lets the
    /// new connection take it over (tcp_tw_reuse, timestamps, tcp_tw_reuse_delay). On takeover the
    /// TIME_WAIT socket is destroyed and `isn` is set to its snd_nxt + 65537.
    Errno claimFourTuple(std::uint16_t localPort, std::uint16_t remotePort, std::uint32_t remoteAddr, std::uint32_t &isn);
    /// bind() (inet_csk_bind_conflict()): EADDRINUSE when another socket uses the port, unless both it and
    /// the new socket set SO_REUSEADDR and it is not listening.
    Errno bindCheck(std::uint16_t port, bool reuseAddr) const;

    /// Ephemeral port for connect() (inet_hash_connect); 0 when none is free.
    std::uint16_t allocatePort(std::uint16_t remotePort);

    // tables and counts
    int timeWaitCount = 0;   ///< tw sockets (TIME_WAIT and orphaned FIN_WAIT2 on its timer)
    int orphanCount = 0;     ///< full sockets closed by their application and not yet gone
    HostCounters counters;
    std::uint16_t nextPortHint = 0;
    std::uint32_t nextConn = 0;

private:
    TcpSocket *findConnection(std::uint16_t localPort, std::uint16_t remotePort, std::uint32_t remoteAddr);
    TcpSocket *findListener(std::uint16_t localPort);

    Simulator &m_sim;
    Side m_side;
    std::uint32_t m_address;
    bool m_up = true;
    std::vector<std::unique_ptr<TcpSocket>> m_sockets;
};

} // namespace closelab
