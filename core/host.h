// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"
#include "connectiontable.h"
#include "hugepagearena.h"
#include "occupancy.h"
#include "sysctltable.h"
#include "tcpsocket.h"
#include "timewaittable.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace closelab {

class Simulator;
struct WireSegment;

/// Counters Linux shows in /proc/net/netstat and /proc/net/snmp that the engine moves.
struct HostCounters {
    std::int64_t listenOverflows = 0;   ///< TcpExt.ListenOverflows
    std::int64_t listenDrops = 0;       ///< TcpExt.ListenDrops
    std::int64_t timeWaitOverflow = 0;  ///< TcpExt.TCPTimeWaitOverflow
    std::int64_t abortOnMemory = 0;     ///< TcpExt.TCPAbortOnMemory
    std::int64_t abortOnClose = 0;      ///< TcpExt.TCPAbortOnClose
    std::int64_t abortOnData = 0;       ///< TcpExt.TCPAbortOnData
    std::int64_t abortOnTimeout = 0;    ///< TcpExt.TCPAbortOnTimeout
    std::int64_t abortOnLinger = 0;     ///< TcpExt.TCPAbortOnLinger
    std::int64_t syncookiesSent = 0;    ///< TcpExt.SyncookiesSent
    std::int64_t syncookiesRecv = 0;    ///< TcpExt.SyncookiesRecv
    std::int64_t pawsPassiveRejected = 0; ///< TcpExt.PAWSPassive (tcp_tw_recycle)
    std::int64_t outRsts = 0;           ///< Tcp.OutRsts
    std::int64_t retransSegs = 0;       ///< Tcp.RetransSegs
    std::int64_t timeouts = 0;          ///< TcpExt.TCPTimeouts
    std::int64_t lossProbes = 0;        ///< TcpExt.TCPLossProbes
    std::int64_t delayedAcks = 0;       ///< TcpExt.DelayedACKs
    std::int64_t tw = 0;                ///< TcpExt.TW: TIME_WAIT sockets that ran their 60 s
    std::int64_t activeOpens = 0;       ///< Tcp.ActiveOpens
    std::int64_t passiveOpens = 0;      ///< Tcp.PassiveOpens
    std::array<std::int64_t, kRstReasonCount> rstsByReason{};
    std::array<std::int64_t, kRetransKindCount> retransByKind{};
};

/// A kernel: its sockets and the tables that bound them.
class Host {
public:
    Host(Simulator &sim, Side side, std::uint32_t address);
    ~Host();

    Side side() const { return m_side; }
    /// This kernel's parameters (the server may have its own: RunConfig::serverSysctls). Inline: the TCP
    /// code reads them on every segment.
    std::int64_t sysctl(SysctlId id) const { return m_sysctls->get(id); }
    std::uint32_t address() const { return m_address; }
    bool up() const { return m_up; }
    /// Addresses this host answers for (a population's clients); others are silently ignored.
    void setAddressRange(std::uint32_t low, std::uint32_t high) { m_addrLow = low; m_addrHigh = high; }
    /// A vanished peer's connection: segments for it are silently lost.
    void blackhole(const FourTuple &t) { m_blackholes.insert(t); }

    /// A new socket (what socket() returns); conn is the connection index recorded in the trace.
    TcpSocket &newSocket(std::uint32_t conn);
    TcpSocket &socket(std::uint32_t id) { return m_slotChunks[id >> kSlotChunkBits][id & (kSlotChunk - 1)]; }
    const TcpSocket &socket(std::uint32_t id) const { return m_slotChunks[id >> kSlotChunkBits][id & (kSlotChunk - 1)]; }
    std::size_t socketCount() const { return m_slotCount; }
    /// Starts fetching socket `id`'s first line (a hint: out of range is ignored). Always inlined: GCC 12
    /// finds a function whose only effect is a prefetch "pure" and deletes its calls.
    [[gnu::always_inline]] void prefetchSocket(std::uint32_t id) const
    {
        if (id < m_slotCount) __builtin_prefetch(&socket(id));
    }
    /// True while socket `id` is still incarnation `incarnation` (population runs recycle socket slots).
    bool socketAlive(std::uint32_t id, std::uint32_t incarnation) const
    {
        return id < m_slotCount && socket(id).incarnation() == incarnation;
    }

    /// tcp_v4_rcv(): demultiplex an arriving segment.
    void receive(const WireSegment &seg);
    /// tcp_v4_send_reset(): answer a segment that has no socket (or that a socket refuses).
    void sendReset(const WireSegment &in, RstReason reason, std::uint32_t conn);

    /// The host dies silently (no segment leaves it); every socket vanishes.
    void crash();
    /// The host comes back with empty tables.
    void reboot();

    /// connect() from a port bound with bind() (inet_hash_connect() / __inet_check_established() with no
    /// twp): a socket that holds the 4-tuple makes it EADDRNOTAVAIL, unless it is in TIME_WAIT and saw
    /// timestamps: tcp_twsk_unique() then lets the new connection take it over whatever tcp_tw_reuse and
    /// tcp_tw_reuse_delay say. On takeover the TIME_WAIT socket dies and `isn` is its snd_nxt + 65537.
    Errno claimFourTuple(const FourTuple &t, std::uint32_t &isn);
    /// bind() (inet_csk_bind_conflict()): EADDRINUSE when another socket uses the port, unless both it and
    /// the new socket set SO_REUSEADDR and it is not listening.
    Errno bindCheck(std::uint16_t port, bool reuseAddr) const;
    /// Ephemeral port for connect() from `localAddr` to remote (inet_hash_connect()); 0 when none is free.
    std::uint16_t allocatePort(std::uint32_t localAddr, std::uint32_t remoteAddr, std::uint16_t remotePort, std::uint32_t &isn);
    /// Starts loading what the next allocatePort() toward this destination reads first: the established
    /// hash's and the timewait index's slots of the port it tries first (both miss the cache when a
    /// population holds thousands of sockets). A hint only: it changes nothing, draws nothing.
    void prefetchConnect(std::uint32_t localAddr, std::uint32_t remoteAddr, std::uint16_t remotePort) const;

    /// tcp_time_wait(): `s` becomes a timewait socket (or is destroyed when the table is full).
    void timeWait(TcpSocket &s, TcpState substate, SimTime timeout, Cause cause);
    /// A timewait FIFO's head is due.
    void onTimeWaitTimer(std::uint32_t fifo);
    /// The state of connection `conn` on this host (a full socket or a timewait socket), Closed if none.
    TcpState connectionState(std::uint32_t conn) const;

    // socket index bookkeeping (called by TcpSocket)
    void registerConnection(TcpSocket &s);
    void addListener(std::uint32_t id) { m_listeners.push_back(id); }
    void unregisterConnection(TcpSocket &s);
    void releasePort(std::uint32_t localAddr, std::uint32_t remoteAddr, std::uint16_t remotePort);
    void countState(TcpState from, TcpState to);
    /// The socket's application and kernel are both done with it: its slot may be reused (population runs).
    void release(std::uint32_t id);
    void setRecycling(bool on) { m_recycle = on; }
    void collectReleased()
    {
        if (!m_released.empty()) collectReleasedSlots();
    }

    // tables and counts
    int timeWaitCount() const { return static_cast<int>(m_tw.size()); }
    int orphanCount = 0;     ///< full sockets closed by their application and not yet gone (change it with addOrphans)
    /// tcp_orphan_count_inc()/dec(): the exact count changes by `delta` now.
    void addOrphans(int delta);
    /// tcp.c: tcp_too_many_orphans() compares tcp_max_orphans with tcp_orphan_cache, not with the count:
    /// tcp_orphan_update(), a timer every 100 ms (TCP_ORPHAN_TIMER_PERIOD), copies tcp_orphan_count_sum()
    /// into it. So an orphan made in the last 100 ms is not seen yet (the socket tcp_close() is checking
    /// never is). The engine's timer fires at every multiple of 100 ms of simulated time, before the events
    /// of that instant; the kernel's phase is its own (a deferrable timer started at boot).
    int orphanCache();
    int openFds = 0;         ///< file descriptors the applications hold
    HostCounters counters;
    std::uint32_t nextConn = 0;
    std::array<std::int64_t, 11> stateCount{}; ///< sockets per state (timewait sockets included)
    std::int64_t live() const { return m_live; } ///< sockets neither closed nor listening
    /// The tables' counts now (queues of the listeners, timewait sockets, orphans, ports, fds).
    HostOccupancy occupancy() const;
    const TimeWaitTable &timeWaitTable() const { return m_tw; }
    /// Last tcp_tw_recycle timestamp seen per peer address (legacy kernels' inet_peer).
    std::unordered_map<std::uint32_t, std::pair<std::uint32_t, SimTime>> peerTimestamps;

private:
    void collectReleasedSlots();
    TcpSocket *findConnection(const FourTuple &t);
    TcpSocket *findListener(std::uint16_t localPort);
    void processTimeWait(std::uint32_t index, const WireSegment &seg);
    void armTimeWait(std::uint32_t index, TimerKind kind, SimTime timeout);
    void killTimeWait(std::uint32_t index, Cause cause, GoneReason reason, std::string_view limit, TimerAction timerEnd);
    void sendFromTimeWait(const TimeWaitSock &tw, std::uint8_t flags);
    bool portBusy(std::uint32_t localAddr, std::uint16_t port, std::uint32_t remoteAddr, std::uint16_t remotePort, std::uint32_t &isn,
                  bool takeOver, bool bound = false);

    Simulator &m_sim;
    const Sysctls *m_sysctls; // the simulator's table for this side (scenario overrides included)
    Side m_side;
    std::uint32_t m_address;
    bool m_up = true;
    bool m_recycle = false;
    std::uint32_t m_addrLow = 0, m_addrHigh = 0;
    std::unordered_set<FourTuple, FourTupleHash> m_blackholes;
    std::int64_t m_live = 0;
    int m_orphanCache = 0;                 // tcp_orphan_cache
    SimTime m_orphanCacheTick = INT64_MIN; // the 100 ms tick it was copied at
    void refreshOrphanCache();
    // Socket slots live in chunks of kSlotChunk cache-line aligned sockets that never move: socket(id) reads
    // a small chunk table instead of chasing a pointer per socket, and a socket starts on a line boundary.
    // The first kHeapSlotChunks chunks (1,024 sockets, 720 KB) come from the heap; a population's further
    // ones from an arena of 2 MB blocks, each mapped in one step and offered for huge pages (thousands of
    // live sockets are megabytes of fresh memory, read in no order). A 2 MB block costs ~0.3-0.8 ms to
    // map here, so a scenario of a few hundred sockets (orphan_overflow) must not need one.
    static constexpr unsigned kSlotChunkBits = 6;
    static constexpr std::uint32_t kSlotChunk = 1u << kSlotChunkBits;
    static constexpr std::size_t kHeapSlotChunks = 16;
    std::vector<TcpSocket *> m_slotChunks; // raw storage; m_slotCount constructed
    HugePageArena m_slotArena{std::size_t{2} << 20, 3};
    std::uint32_t m_slotCount = 0;
    std::vector<std::uint32_t> m_incarnations; // per slot, survives recycling
    std::vector<std::uint32_t> m_freeSlots;
    std::vector<std::uint32_t> m_released;
    ConnectionTable m_connections;
    std::vector<std::uint32_t> m_listeners;
    TimeWaitTable m_tw;
    std::unordered_map<std::uint32_t, int> m_twTimerRecords; // timewait index -> trace timer record
    std::unordered_map<std::uint64_t, std::uint32_t> m_portHint;   // per (local address, destination)
    std::unordered_map<std::uint64_t, std::uint32_t> m_portsInUse; // per (local address, destination)
public:
    /// Ephemeral ports held toward (remoteAddr, remotePort) from localAddr (full and timewait sockets).
    std::uint32_t portsInUse(std::uint32_t localAddr, std::uint32_t remoteAddr, std::uint16_t remotePort) const;
    std::int64_t portsInUseTotal = 0;
};

} // namespace closelab
