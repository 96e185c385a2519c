// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apptask.h"
#include "eventqueue.h"
#include "network.h"
#include "scenario.h"
#include "simtime.h"
#include "sysctltable.h"
#include "tracerecorder.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <vector>

namespace closelab {

class Host;
class TcpSocket;

/// What travels on the wire. Sequence numbers are absolute here; the recorder stores them relative to
/// each side's initial sequence number, as tcpdump prints them.
struct WireSegment {
    SegmentHeader h;
    std::uint16_t srcPort = 0;
    std::uint16_t dstPort = 0;
    std::uint32_t conn = 0;     ///< the sender's connection index (for the trace)
    std::uint32_t srcAddr = 0;  ///< for NAT and spoofed sources
    std::uint32_t dstAddr = 0;  ///< 0: the receiving host's own address
    std::uint32_t slotHint = UINT32_MAX; ///< receiver's socket slot as the sender learned it (Host::receive() checks it)
    std::uint32_t srcSlot = UINT32_MAX;  ///< the sending socket's slot, for the receiver to learn
};

/// Which of a socket's timers an event belongs to (Linux has one timer_list per slot).
enum class TimerSlot : std::uint8_t { Xmit, DelAck, Keepalive, TimeWait };

/// The discrete-event core: one ordered queue, one seeded RNG, two hosts and the network between them.
class Simulator {
public:
    explicit Simulator(const RunConfig &config, bool record = true);
    ~Simulator();
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    /// Runs until nothing is left to do, the horizon or the event budget, and returns the trace.
    Trace run();

    SimTime now() const { return m_now; }
    const Sysctls &sysctls() const { return m_config.sysctls; }
    std::int64_t sysctl(SysctlId id) const { return m_config.sysctls.get(id); }
    /// A host's own value: the server's from RunConfig::serverSysctls when it has its own set.
    std::int64_t sysctlOf(Side s, SysctlId id) const { return sysctlsOf(s).get(id); }
    /// A host's own table (lives as long as the simulator; overrideSysctl() changes it in place).
    const Sysctls &sysctlsOf(Side s) const
    {
        return s == Side::Server && m_config.serverSysctls ? *m_config.serverSysctls : m_config.sysctls;
    }
    const RunConfig &config() const { return m_config; }
    Host &host(Side s) { return *m_hosts[static_cast<int>(s)]; }
    TraceRecorder &recorder() { return m_recorder; }
    std::mt19937_64 &rng() { return m_rng; }

    /// A kernel timer armed now with `delay` fires at this absolute time (timer wheel, see timerwheel.h).
    SimTime timerExpiry(SimTime delay) const;
    /// Queues a socket's timer; the handle lets cancelEvent() take it out again (large runs).
    EventQueue::Handle scheduleTimer(SimTime at, Side side, std::uint32_t socket, TimerSlot slot, std::uint32_t generation);
    EventQueue::Handle scheduleRequestTimer(SimTime at, Side side, std::uint32_t socket, std::uint32_t generation);
    /// A cancelled timer leaves the queue, if it sits in the bucket ring (populations); elsewhere it still
    /// comes up and is skipped by its generation. Either way nothing it would do happens.
    void cancelEvent(const EventQueue::Handle &h) { m_queue.cancel(h); }
    void scheduleTimeWaitTimer(SimTime at, Side side, std::uint32_t fifo);
    /// The jiffies counter at an absolute time that is a timer expiry (exact), and back.
    std::uint32_t jiffyOf(SimTime t) const;
    SimTime timeOfJiffy(std::uint32_t jiffy) const;
    /// tcp_time_stamp(): the millisecond clock.
    std::int64_t nowMs() const { return msOf(m_now); }
    std::int64_t msOf(SimTime t) const { return (t + m_phase) / kMs; }
    /// The TSval a host (or one of its addresses: clients behind NAT have their own clocks) sends now.
    std::uint32_t tsClock(Side side, std::uint32_t addr) const;
    /// Runs a scripted application action at time t.
    void at(SimTime t, std::function<void()> action);
    /// An application blocked on socket `id` of `host` wakes up at t and runs `fn`, unless the slot was
    /// recycled by then (incarnation). Without allocation (`fn` is small).
    void wakeApp(SimTime t, Host &host, std::uint32_t id, std::uint32_t incarnation, AppTask fn);
    /// The application's accept() gets child `child` of listener `listener` at t (TcpSocket::acceptOffered()).
    void offerAccept(SimTime t, Host &host, std::uint32_t listener, std::uint32_t child, std::uint32_t incarnation,
                     const std::function<void(TcpSocket &)> &onAccept);
    /// A cheap scheduled call without allocation: `callHandler(tag, value)` runs at time t. Calls given the
    /// same `lane` (0 or 1) should mostly come in time order (they then skip the heap); -1: no order.
    void call(SimTime t, std::uint32_t tag, std::uint32_t value, int lane = 0);
    std::function<void(std::uint32_t tag, std::uint32_t value)> callHandler;
    /// Cancels the run from another thread (checked between events).
    const std::atomic<bool> *cancel = nullptr;
    std::uint64_t eventsProcessed() const { return m_processed; }

    /// A scenario's own drop rule (e.g. "everything from the server while the client socket exists").
    std::function<bool(Side from, const WireSegment &seg)> scenarioDrop;

    /// Puts a segment on the wire from `from`; returns the trace's segment index.
    int transmit(Side from, const WireSegment &seg, std::uint16_t transmission, std::optional<RetransKind> kind,
                 std::optional<RstReason> rst);

    /// The segment being delivered right now was discarded by the receiving kernel (queue full…).
    void dropCurrent(DropReason reason);

    /// net/core/secure_seq.c: secure_tcp_seq(): a keyed hash of the 4-tuple plus a clock that ticks every
    /// 64 ns (seq_scale()), so a new connection on the same 4-tuple starts ahead of the old one.
    std::uint32_t initialSequence(std::uint32_t saddr, std::uint16_t sport, std::uint32_t daddr, std::uint16_t dport) const;
    /// A scenario may deliver a late duplicate of a segment (a segment "stuck" in the network): the extra delay.
    std::function<std::optional<SimTime>(Side from, const WireSegment &seg)> scenarioLateDuplicate;

    /// Records a state change of a socket that has no TcpSocket (a timewait socket), checked against the
    /// transition table like TcpSocket::transitionTo().
    void recordTransition(Side s, std::uint32_t conn, TcpState from, TcpState to, Cause cause);

    /// Registers the initial sequence number of side `s` on connection `conn` (for relative numbering).
    void registerIsn(Side s, std::uint32_t conn, std::uint32_t isn);
    /// Many connections: use the bucketed timer queue.
    void enableTimerWheel() { m_queue.enableWheel(); }
    /// A scenario forces a parameter (e.g. stale_segment without TIME_WAIT: tcp_max_tw_buckets = 0).
    void overrideSysctl(SysctlId id, std::int64_t value) { m_config.sysctls.set(id, value); }
    /// A scenario whose story is longer than the default 2-hour horizon (keepalive's defaults) extends it.
    void extendDefaultHorizon(SimTime horizon) { m_defaultHorizon = std::max(m_defaultHorizon, horizon); }
    /// Stops the run at the next opportunity (used by scenarios that end on an app's decision).
    void requestStop() { m_stopRequested = true; }
    /// True once both stories' sockets are gone and no script step is pending.
    bool quiescent() const;

private:
    enum class Kind : std::uint8_t { Deliver, Drop, Timer, RequestTimer, Script, TimeWaitTimer, Call, AppWake };
    struct Event {
        SimTime t;
        std::uint64_t order;
        Kind kind;
        Side side;
        TimerSlot slot;
        std::uint32_t index;
        std::uint32_t generation;
    };
    struct InFlight {
        WireSegment seg;
        int record;
        DropReason reason; // for Drop events
    };

    inline EventQueue::Handle push(Event e, bool onJiffy = false, int callLane = EventQueue::kNoLane);
    inline Event popEvent();
    bool dropByRule(Side from, const WireSegment &seg);
    /// The trace's record of a segment sent now by `from` (a recorded connection's); returns its index.
    [[gnu::noinline]] int recordSend(Side from, const WireSegment &seg, std::uint16_t transmission, std::optional<RetransKind> kind,
                                     std::optional<RstReason> rst);
    /// A uniform draw in [0, 1) from the run's RNG (for loss and duplication).
    double uniform01();
    std::uint32_t relSeq(Side s, std::uint32_t conn, std::uint32_t abs) const;

    RunConfig m_config;
    TraceRecorder m_recorder;
    std::mt19937_64 m_rng;
    SimTime m_now = 0;
    SimTime m_phase = 0;
    std::uint64_t m_order = 0;
    std::uint64_t m_isnKey = 0;
    SimTime m_defaultHorizon = kDefaultHorizon;
    EventQueue m_queue;
    std::array<std::unique_ptr<Host>, 2> m_hosts;
    std::vector<std::function<void()>> m_scripts;
    /// Application wake-ups (Kind::AppWake), in recycled slots.
    struct AppWake {
        Host *host = nullptr;
        std::uint32_t id = 0;
        std::uint32_t incarnation = 0;
        std::uint32_t listener = UINT32_MAX; ///< an accept offer: the listener (fn is then unused)
        AppTask fn;
        std::function<void(TcpSocket &)> onAccept;
    };
    /// A free slot of m_wakes (its previous contents still there), queued at t.
    AppWake &pushAppWake(SimTime t);
    std::vector<AppWake> m_wakes;
    std::vector<std::uint32_t> m_freeWakes;
    std::size_t m_scriptsPending = 0;
    std::vector<std::uint32_t> m_freeScripts;
    std::uint64_t m_processed = 0;
    std::vector<InFlight> m_inFlight;
    std::vector<std::uint32_t> m_freeInFlight;
    std::array<std::vector<std::uint32_t>, 2> m_isn;
    std::vector<int> m_ruleMatches; // per drop rule, how many segments matched so far
    std::array<SimTime, 2> m_lastArrival{INT64_MIN, INT64_MIN}; // per direction: jitter never reorders
    bool m_stopRequested = false;
    int m_currentRecord = -1; // the segment being delivered
    std::vector<SimTime> m_firewallSeen; // per connection: last segment the firewall saw (kNever: forgotten)
};

} // namespace closelab
