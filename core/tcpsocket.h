// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apptask.h"
#include "codes.h"
#include "eventqueue.h"
#include "ringqueue.h"
#include "sendqueue.h"
#include "simtime.h"
#include "tcpstate.h"
#include "timewaittable.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

namespace closelab {

class Host;
class Simulator;
struct WireSegment;
enum class TimerSlot : std::uint8_t;

/// A TCB: the state machine of one end of one connection, modelled on Linux's tcp_sock.
/// Segment processing follows tcp_rcv_state_process(); timers follow tcp_timer.c.
class alignas(64) TcpSocket {
public:
    TcpSocket(Simulator &sim, Host &host, std::uint32_t id, std::uint32_t conn, std::uint32_t incarnation);

    // --- identity
    std::uint32_t id() const { return m_id; }
    std::uint32_t conn() const { return m_conn; }
    TcpState state() const { return m_state; }
    bool isListener() const { return m_state == TcpState::Listen; }
    bool isOrphan() const { return m_orphan; }
    bool isRequest() const { return m_request; }
    std::uint32_t incarnation() const { return m_incarnation; }
    Side side() const;
    FourTuple tuple() const { return {localAddr, remoteAddr, localPort, remotePort}; }
    SimTime tsRecentStamp() const { return m_tsRecentStamp; }
    std::uint32_t sndNxt() const { return m_sndNxt; }
    std::uint32_t rcvNxt() const { return m_rcvNxt; }
    std::uint32_t tsRecent() const { return m_tsRecent; }
    std::uint32_t receiveWindow() const { return window(); }
    SimTime rto() const { return m_rto; }
    /// tcp_time_wait() moved this connection into a timewait socket: the full socket is freed silently.
    void handOverToTimeWait();
    /// The state change that records a socket's end ("gone").
    void die(Cause cause, GoneReason reason, std::string_view limit);
    /// Listener: an ACK that may be a SYN cookie (cookie_v4_check()); true when it created a connection.
    bool acceptCookie(const WireSegment &ack);
    std::uint32_t cookieIsn(const WireSegment &syn, int minutesAgo) const;
    void offerToApp(TcpSocket &child);
    /// The application's accept() returns child `cid` (incarnation `cinc`) of listener `lid`, offered earlier.
    static void acceptOffered(Host &h, std::uint32_t lid, std::uint32_t cid, std::uint32_t cinc,
                              const std::function<void(TcpSocket &)> &cb);
    void markAccepted();
    /// Releases the slot once both the kernel and the application are done with the socket.
    void maybeRelease();
    /// A new connection takes this TIME_WAIT socket's 4-tuple (tcp_tw_reuse): it is destroyed.
    /// connect() with the ISN a TIME_WAIT takeover dictates (0: choose one).
    void connectWithIsn(std::uint16_t port, std::uint16_t remotePort, std::uint32_t isn, bool ephemeral = true);

    // --- socket calls (the app's view); each records an App event
    void listen(int backlog);
    void connect(std::uint16_t port, std::uint16_t remotePort);
    std::int64_t write(std::uint32_t bytes);
    std::int64_t read();
    void close();
    void shutdown(AppCall how);
    void setLinger(bool on, int seconds);
    void setKeepalive(bool on);
    void setLinger2(int seconds);
    /// The kernel's view when the host dies: no segment, the socket just vanishes.
    void crash();

    /// Listener: accept() the oldest established child (nullptr when the queue is empty, or when the
    /// process has no descriptor left: EMFILE, onAcceptFailed, the child stays queued). The one place a
    /// connection is handed to the application, whether it sits in accept() (onAccept) or calls it.
    TcpSocket *accept();
    /// Hands the application what is waiting: data (onData, or read() when autoRead) and end-of-file.
    void deliverPendingToApp();
    /// The application holds a file descriptor for this socket (ulimit -n accounting).
    void holdFd();

    // --- kernel entry points
    void receive(const WireSegment &seg);
    void onTimer(TimerSlot slot);
    /// SYN arrived at this listener: create a request socket (tcp_conn_request).
    void startPassiveOpen(const WireSegment &syn, std::uint32_t isn);
    void onRequestTimer();

    std::uint32_t unread() const { return m_unread; }
    bool eofPending() const { return m_rcvFin; }
    int backlog() const { return m_backlog; }

    std::uint32_t generation(TimerSlot slot) const { return m_timers[static_cast<int>(slot)].generation; }
    std::uint32_t requestGeneration() const { return m_reqGen; }

private:
    friend class Host;
    // state changes: the only place m_state changes
    void transitionTo(TcpState next, Cause cause);
    void notifyApp(AppTask fn);
    void reportEof();
    bool ownedByApp() const;
    // output (tcp_output.c)
    void sendSegment(std::uint8_t flags, std::uint32_t seq, std::uint32_t len, std::uint16_t transmission,
                     std::optional<RetransKind> kind, std::optional<RstReason> rst = std::nullopt);
    void sendAck();
    void sendActiveReset(RstReason reason);
    void queueFin();
    void closeState();
    void pushPending();
    void sendSyn();
    void sendSynAck(std::uint16_t transmission);
    void scheduleAck(bool immediate);
    void retransmitHead(std::optional<RetransKind> kindOverride, bool isProbe);
    // input (tcp_input.c)
    void processAck(const WireSegment &seg);
    void processSynSent(const WireSegment &seg);
    void processRequest(const WireSegment &seg);
    void processData(const WireSegment &seg);
    void processFin();
    void resetBy(const WireSegment &seg);
    void rttSample(SimTime sample);
    void updateRto();
    // timers (tcp_timer.c)
    void armTimer(TimerSlot slot, TimerKind kind, SimTime delay);
    void cancelTimer(TimerSlot slot);
    void recordTimerArm(TimerSlot slot, TimerKind kind, SimTime at);
    void endTimerRecord(TimerSlot slot, TimerAction action);
    void onRetransmitTimeout();
    void onLossProbe();
    void onZeroWindowProbe();
    void onKeepaliveTimer();
    bool writeTimeout();
    bool retransmitsTimedOut(int boundary, SimTime rtoBase) const;
    void enterTimeWait(TcpState substate, SimTime timeout, Cause cause);
    SimTime finTime() const;
    void armProbeTimer();
    bool scheduleLossProbe();
    void writeError(Errno err, Cause cause, GoneReason gone, std::string_view limit);
    bool outOfResources(bool doReset);
    void reportError(Errno err);
    std::uint32_t packetsOut() const
    {
        std::uint32_t n = 0;
        for (const SendBuffer &b : m_queue) {
            if (b.transmissions == 0) break;
            ++n;
        }
        return n;
    }
    bool hasUnsent() const { return !m_queue.empty() && m_queue.back().transmissions == 0; }
    void recordApp(AppCall call, std::int64_t arg, std::int64_t result, Errno err);
    void sendChallengeAck();
    std::uint32_t window() const { return m_unread >= receiveBuffer ? 0 : receiveBuffer - m_unread; }
    std::uint32_t tsNow() const;

    // Data members, in the order a segment touches them: the first five cache lines hold what
    // receive(), the ACK and the output path read and write; what the application hooks, the listener,
    // the options and the recorder use comes after (a population keeps thousands of live sockets, so
    // every line a segment touches is a cache miss). The class is cache-line aligned (Host's slot pool).
    struct Timer {
        EventQueue::Handle queued; ///< its event, taken out of the queue when the timer is cancelled
        std::uint32_t generation = 0;
        TimerKind kind = TimerKind::Retransmit;
        bool armed = false;
        bool recorded = false; ///< the recorder holds a timer record for it (m_timerRecords)
    };

    // line 0: what Host::receive() checks (the slot's 4-tuple, m_hashed) and what every segment reads
    Host &m_host;
    std::uint32_t m_id;
    std::uint32_t m_conn;

public:
    std::uint32_t localAddr = 0;
    std::uint32_t remoteAddr = 0;
    std::uint16_t localPort = 0;
    std::uint16_t remotePort = 0;

private:
    std::uint32_t m_peerSlot = UINT32_MAX; ///< the peer host's slot for this connection, as its segments say
    TcpState m_state = TcpState::Closed;
    bool m_hashed = false;      ///< the host's connection table maps tuple() to this slot
    bool m_request = false;     ///< a request sock in the SYN queue
    bool m_orphan = false;      ///< SOCK_DEAD: the application closed it
    bool m_finQueued = false;
    bool m_rcvFin = false;      ///< the peer's FIN was received (EOF once the data is read)
    bool m_rcvShutdown = false; ///< RCV_SHUTDOWN
    bool m_sndShutdown = false; ///< SEND_SHUTDOWN
    // send sequence space
    std::uint32_t m_sndUna = 0;
    std::uint32_t m_sndNxt = 0;
    std::uint32_t m_writeSeq = 0;
    std::uint32_t m_sndWnd = 65535;
    // receive sequence space
    std::uint32_t m_rcvNxt = 0;
    std::uint32_t m_unread = 0;
    // line 1
    Simulator &m_sim;
    std::uint32_t m_rcvWup = 0;  ///< rcv_nxt when the last ACK was sent
    std::uint32_t m_tsRecent = 0;

public:
    std::uint32_t receiveBuffer = 131072; ///< bytes the receive queue may hold (window = free space)

private:
    std::uint32_t m_rttSeq = 0;
    SimTime m_tsRecentStamp = kNever; ///< when m_tsRecent was last updated (ts_recent_stamp)
    SimTime m_lastRcv = 0;      ///< icsk_ack.lrcvtime / rcv_tstamp
    SimTime m_rto = kSec;
    SimTime m_ato = 40 * kMs;
    SimTime m_lastDataRcv = -kSec * 1000; ///< icsk_ack.lrcvtime: last data segment received
    // line 2: the write queue; RTT and retransmission (tcp_rtt_estimator, icsk_rto, icsk_backoff)
    SendQueue m_queue; ///< unacknowledged, then unsent
    SimTime m_retransStamp = kNever;
    SimTime m_srtt8 = 0;        ///< smoothed RTT << 3, in µs like srtt_us
    SimTime m_mdev = 0, m_mdevMax = 0;
    // line 3
    SimTime m_rttvar = 0;
    int m_retransmits = 0;
    int m_probesOut = 0;
    int m_quick = 0;
    int m_backoff = 0;

public:
    std::uint32_t clockAddr = 0; ///< whose timestamp clock (a client behind NAT keeps its own), 0: localAddr
    std::uint32_t listenerId = UINT32_MAX; ///< for a request or an accepted child: its listener

private:
    bool m_ackPending = false;  ///< delayed ACK (inet_connection_sock.icsk_ack)
    bool m_pingpong = false;
    bool m_sawData = false;
    bool m_tlpPending = false;  ///< a loss probe was sent and not yet resolved (tlp_high_seq)
    bool m_finAckedWithFin = false; ///< this segment acked our FIN and carries the peer's FIN
    bool m_accepted = false;
    bool m_released = false;
    bool m_fdHeld = false; ///< an application file descriptor refers to this socket
    bool m_eofReported = false;
    // Linux has one timer_list per slot; TimerSlot::TimeWait belongs to the host's TimeWaitTable.
    std::array<Timer, 3> m_timers;
    // line 4: the application's side
    std::uint32_t m_incarnation = 0;
    Errno m_softErr = Errno::None; ///< sk_err: reported once by the next call

public:
    bool ephemeralPort = false; ///< the local port came from ip_local_port_range
    bool reuseAddr = false;     ///< SO_REUSEADDR (children inherit the listener's)
    // --- application hooks (scripts)
    bool autoRead = true;                 ///< the app sits in read(): data is consumed as it arrives
    std::function<void()> onData;         ///< data became readable
    std::function<void()> onEof;          ///< read() returned 0
    std::function<void()> onEstablished;  ///< connect() returned 0 / accept() returned
    std::function<void(Errno)> onError;   ///< a call failed / the connection was reset or timed out
    std::function<void(TcpSocket &)> onAccept; ///< listener: the app sits in accept() and gets this child
    std::function<void(Errno)> onAcceptFailed; ///< listener: accept() returned -1 (EMFILE: no descriptor left)
    RingQueue<std::uint32_t> acceptQueue; ///< listener: established children not yet accepted
    int synQueue = 0;                       ///< listener: requests in SYN_RECV

private:
    // cold: the handshake's numbers, the request sock, options, counters, the recorder's timer records
    std::uint32_t m_isn = 0;
    std::uint32_t m_irs = 0;
    int m_backlog = 0;
    int m_totalRto = 0;
    SimTime m_lastOowAck = -kSec; ///< tcp_invalid_ratelimit bookkeeping
    // request sock (SYN_RECV)
    int m_numTimeout = 0;
    bool m_reqAcked = false;
    std::uint32_t m_reqGen = 0;
    EventQueue::Handle m_reqQueued; ///< the request timer's event
    // options
    bool m_lingerOn = false;
    bool m_keepalive = false;
    int m_lingerSecs = 0;
    int m_linger2 = 0;          ///< TCP_LINGER2 in seconds; 0 = use tcp_fin_timeout, -1 = RST at once
    std::array<int, 3> m_timerRecords{}; ///< per slot: the recorder's timer record (when Timer::recorded)
};

} // namespace closelab
