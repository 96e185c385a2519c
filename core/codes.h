// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

namespace closelab {

/// Which end of the connection an event belongs to.
enum class Side : std::uint8_t { Client, Server };
std::string_view sideName(Side s); ///< "client" / "server"
constexpr Side peerOf(Side s) { return s == Side::Client ? Side::Server : Side::Client; }

/// TCP header flags (bit set). Printed the way tcpdump prints them: `S`, `S.`, `.`, `P.`, `F.`, `R`, `R.`.
enum SegmentFlag : std::uint8_t {
    FlagFin = 0x01,
    FlagSyn = 0x02,
    FlagRst = 0x04,
    FlagPsh = 0x08,
    FlagAck = 0x10,
};

/// Socket calls an application makes, and host-level actions.
enum class AppCall : std::uint8_t {
    Listen,
    Connect,
    Accept,
    Write,
    Read,
    Close,
    ShutdownWr,
    ShutdownRd,
    ShutdownRdWr,
    SetLinger,      ///< SO_LINGER {on, seconds}
    SetKeepalive,   ///< SO_KEEPALIVE
    SetReuseAddr,   ///< SO_REUSEADDR
    SetLinger2,     ///< TCP_LINGER2
    Bind,
    ProcessExit,    ///< the kernel closes every socket the process held
    HostCrash,      ///< the host goes silent: no segment in or out
    HostReboot,     ///< the host comes back with no memory of its connections
};
std::string_view appCallName(AppCall c); ///< "close", "shutdown(SHUT_WR)", …

/// Error numbers an application can see (the Linux names).
enum class Errno : std::uint8_t {
    None,
    Epipe,
    Econnreset,
    Econnrefused,
    Etimedout,
    Eaddrinuse,
    Eaddrnotavail,
    Emfile,
    Eagain,
    Enotconn,
};
std::string_view errnoName(Errno e); ///< "EPIPE", … ("" for None)
int errnoValue(Errno e);             ///< Linux numeric value (32 for EPIPE), 0 for None

/// Why a segment did not arrive.
enum class DropReason : std::uint8_t {
    RandomLoss,   ///< --loss probability
    DropRule,     ///< a scripted --drop rule
    Firewall,     ///< a middlebox that forgot the connection
    HostDown,     ///< the receiving host has crashed
    ListenOverflow, ///< the receiving listener's accept queue was full (tcp_abort_on_overflow=0)
    SynQueueFull, ///< the receiving listener's SYN queue was full and no cookie was sent
    NoSocket,     ///< nothing matched and no RST is sent (e.g. an RST for a dead socket)
    LostAfterCapture, ///< only in traces made from a capture: the capture saw it, its receiver never got it
};
std::string_view dropReasonName(DropReason r);

/// Timer kinds, named as `ss -o` names them where it has a name.
enum class TimerKind : std::uint8_t {
    Retransmit,      ///< RTO ("on")
    LossProbe,       ///< tail loss probe
    ZeroWindowProbe, ///< "persist"
    Keepalive,       ///< "keepalive"
    TimeWait,        ///< TIME_WAIT 60 s ("timewait")
    FinWait2,        ///< orphaned FIN_WAIT2 (tcp_fin_timeout; ss also says "timewait")
    SynAck,          ///< request socket SYN-ACK retransmission
    DelayedAck,      ///< delayed ACK
    Linger,          ///< SO_LINGER wait in close()
};
std::string_view timerKindName(TimerKind k);

enum class TimerAction : std::uint8_t { Arm, Fire, Cancel };
std::string_view timerActionName(TimerAction a);

/// What kind of segment a retransmission re-sent.
enum class RetransKind : std::uint8_t { Syn, SynAck, Fin, Data, Probe, Keepalive };
std::string_view retransKindName(RetransKind k); ///< "SYN", "SYN-ACK", "FIN", "DATA", "PROBE", "KEEPALIVE"
inline constexpr int kRetransKindCount = 6;

/// Why a state changed. Each value is one trigger of the transition table.
enum class Cause : std::uint8_t {
    AppListen,
    AppConnect,
    AppClose,         ///< close() or shutdown(SHUT_WR): a FIN is queued
    RcvSyn,
    RcvSynAck,
    RcvAck,           ///< an ACK of our SYN-ACK or of our FIN
    RcvFin,
    RcvFinAck,        ///< a FIN that also acknowledges our FIN
    RcvRst,
    SendRst,          ///< we aborted: SO_LINGER 0, unread data, data after close, keepalive exhausted…
    TimeWaitExpired,
    FinWait2Timeout,  ///< orphaned FIN_WAIT2 timer (tcp_fin_timeout / TCP_LINGER2)
    RetriesExhausted, ///< tcp_retries2 / tcp_orphan_retries / tcp_syn_retries / tcp_synack_retries
    KeepaliveExhausted,
    TwBucketOverflow, ///< tcp_max_tw_buckets reached: the socket is destroyed instead of entering TIME_WAIT
    OrphanOverflow,   ///< tcp_max_orphans reached
    HostCrash,
    ProcessExit,
    AcceptOverflow,   ///< request dropped because the accept queue stayed full
};
std::string_view causeName(Cause c);

/// How a socket ended (the summary's gone_reason).
enum class GoneReason : std::uint8_t {
    None,
    TimeWaitDone,
    LastAckAcked,
    FinWait2Timeout,
    RetriesExhausted,
    RstReceived,
    RstSent,
    TwBucketOverflow,
    OrphanOverflow,
    KeepaliveExhausted,
    SynTimeout,
    LingerAbort,
    HostCrash,
    Closed, ///< closed before anything was established (e.g. a listener closed by its application)
};
std::string_view goneReasonName(GoneReason g); ///< "time_wait_done", … ("" for None)

/// Why an RST was sent (summary and population counters).
enum class RstReason : std::uint8_t {
    NoSocket,        ///< segment for a port or connection that does not exist
    UnreadData,      ///< close() with unread receive data (TCPAbortOnClose)
    Linger0,         ///< SO_LINGER {1, 0}
    DataAfterClose,  ///< data arrived for an orphan (TCPAbortOnData)
    KeepaliveTimeout,
    AcceptOverflow,  ///< tcp_abort_on_overflow=1
    OrphanOverflow,  ///< too many orphaned sockets (TCPAbortOnMemory)
    Firewall,        ///< a middlebox answered for a forgotten connection
    TimeWaitRst,     ///< a TIME_WAIT socket answered an unacceptable segment
};
std::string_view rstReasonName(RstReason r);
inline constexpr int kRstReasonCount = 9;

} // namespace closelab
