// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/narrationtexts.h"

#include <QCoreApplication>

#include <algorithm>

namespace closelab::text {

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("Narration", source);
}
} // namespace

QString causeWhy(Cause c, TcpState from, TcpState to, bool orphan)
{
    switch (c) {
    case Cause::AppListen:
        return tr_(QT_TRANSLATE_NOOP("Narration", "listen() turns the socket into a listener. Its accept queue holds at most min(backlog, somaxconn) connections that finished the handshake."));
    case Cause::AppConnect:
        if (from == TcpState::TimeWait)
            return tr_(QT_TRANSLATE_NOOP("Narration", "tcp_tw_reuse lets a new outgoing connection take over a port held by TIME_WAIT, when timestamps are on and the TIME_WAIT socket is older than tcp_tw_reuse_delay (1 s): the timestamps tell old segments from new ones."));
        return tr_(QT_TRANSLATE_NOOP("Narration", "connect() takes a free ephemeral port from ip_local_port_range and sends a SYN. A port still held by a TIME_WAIT socket to the same destination is not free."));
    case Cause::AppClose:
        if (to == TcpState::LastAck)
            return tr_(QT_TRANSLATE_NOOP("Narration", "The passive closer's application finally called close(): its FIN goes out and it waits for the last ACK. CLOSE_WAIT lasted exactly as long as the application took: the kernel never ends it by itself."));
        if (to == TcpState::Closed)
            return tr_(QT_TRANSLATE_NOOP("Narration", "Nothing was connected yet, so close() simply frees the socket."));
        return tr_(QT_TRANSLATE_NOOP("Narration", "The application called close() or shutdown(SHUT_WR): the kernel queues a FIN after any unsent data, and this side becomes the active closer. After close() the socket is an orphan: no process owns it any more, and only the kernel's limits end it."));
    case Cause::RcvSyn:
        return tr_(QT_TRANSLATE_NOOP("Narration", "A SYN arrived for a listening port: the kernel keeps a small request in the SYN queue (tcp_max_syn_backlog) and answers with a SYN-ACK."));
    case Cause::RcvSynAck:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The SYN-ACK completes the client's side of the three-way handshake: it answers with an ACK and connect() returns."));
    case Cause::RcvAck:
        switch (from) {
        case TcpState::SynRecv:
            return tr_(QT_TRANSLATE_NOOP("Narration", "The handshake's last ACK arrived: the connection moves from the SYN queue to the accept queue, where accept() will find it."));
        case TcpState::FinWait1:
            return tr_(QT_TRANSLATE_NOOP("Narration", "The peer acknowledged our FIN: our direction is closed and the connection is half-closed. Now we wait for the peer's FIN, for as long as the peer's application takes."));
        case TcpState::Closing:
            return tr_(QT_TRANSLATE_NOOP("Narration", "After the crossing FINs, the ACK of our FIN arrived: like any active closer, we go on to TIME_WAIT."));
        default:
            break;
        }
        return tr_(QT_TRANSLATE_NOOP("Narration", "The last ACK of the four-way close arrived: the passive closer's socket is destroyed at once. Only the active closer keeps TIME_WAIT."));
    case Cause::RcvFin:
        if (from == TcpState::FinWait2)
            return tr_(QT_TRANSLATE_NOOP("Narration", "The peer's FIN arrived: we acknowledge it and enter TIME_WAIT for 60 s, in case that ACK is lost and the FIN comes again."));
        if (from == TcpState::FinWait1)
            return tr_(QT_TRANSLATE_NOOP("Narration", "The peer's FIN arrived before the ACK of ours: both sides closed at the same time (simultaneous close), so we go to CLOSING instead of FIN_WAIT2."));
        return tr_(QT_TRANSLATE_NOOP("Narration", "The peer's FIN arrived: the kernel acknowledges it by itself and read() will return 0. This side is now the passive closer and stays in CLOSE_WAIT until its application calls close()."));
    case Cause::RcvFinAck:
        if (to == TcpState::Closed)
            return tr_(QT_TRANSLATE_NOOP("Narration", "The peer's FIN (with the ACK of ours) arrived, but tcp_max_tw_buckets TIME_WAIT sockets already exist: this one is destroyed instead of entering TIME_WAIT (TCPTimeWaitOverflow), silently, without an RST."));
        return tr_(QT_TRANSLATE_NOOP("Narration", "The peer's FIN also acknowledged ours (its ACK was piggybacked: the \"three-way\" close). We skip FIN_WAIT2 and go straight to TIME_WAIT."));
    case Cause::RcvRst:
        if (from == TcpState::TimeWait)
            return tr_(QT_TRANSLATE_NOOP("Narration", "An RST ended TIME_WAIT early (TIME_WAIT assassination, RFC 1337). With tcp_rfc1337 = 1 the kernel ignores such RSTs."));
        return tr_(QT_TRANSLATE_NOOP("Narration", "An RST arrived: the connection is destroyed at once, without the four-way close. Unread data is thrown away; the application's next read() fails with ECONNRESET, a write() with EPIPE."));
    case Cause::SendRst:
        return tr_(QT_TRANSLATE_NOOP("Narration", "This side aborted the connection with an RST instead of a FIN (the RST's reason is in its own event). An abort skips FIN_WAIT and TIME_WAIT entirely."));
    case Cause::TimeWaitExpired:
        return tr_(QT_TRANSLATE_NOOP("Narration", "TIME_WAIT lasted TCP_TIMEWAIT_LEN = 60 s, a constant compiled into the kernel (2 MSL with MSL = 30 s). Some articles say tcp_fin_timeout sets it: it does not, tcp_fin_timeout only bounds an orphan's FIN_WAIT2. A real kernel's timer wheel adds up to about a second (61 s observed)."));
    case Cause::FinWait2Timeout:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The socket is an orphan (closed with close()) and the peer never sent its FIN: after tcp_fin_timeout (or the socket's TCP_LINGER2) the kernel destroys it silently; a late FIN from the peer will get an RST. tcp_fin_timeout bounds only this orphaned FIN_WAIT2: not TIME_WAIT, and not a socket half-closed with shutdown(), which may stay in FIN_WAIT2 forever."));
    case Cause::RetriesExhausted:
        if (from == TcpState::SynSent)
            return tr_(QT_TRANSLATE_NOOP("Narration", "No SYN-ACK came back after tcp_syn_retries retransmissions of the SYN (1 s, 2 s, 4 s… apart): connect() fails with ETIMEDOUT."));
        if (from == TcpState::SynRecv)
            return tr_(QT_TRANSLATE_NOOP("Narration", "No ACK came back after tcp_synack_retries retransmissions of the SYN-ACK: the request is dropped from the SYN queue, silently."));
        if (orphan)
            return tr_(QT_TRANSLATE_NOOP("Narration", "No ACK came back for the FIN after every retransmission. The socket is an orphan, so tcp_orphan_retries, not tcp_retries2, limits the FIN retransmissions (tcp_timer.c: tcp_write_timeout() asks tcp_orphan_retries() only for a socket no process owns, SOCK_DEAD); 0 means 8, not 0. Contrary to some articles, it does not apply to a socket still owned by a process. The socket is destroyed silently, without an RST."));
        return tr_(QT_TRANSLATE_NOOP("Narration", "No ACK came back after the retransmissions tcp_retries2 allows (a time budget, about 15 minutes with the default 15): the connection is destroyed and the application gets ETIMEDOUT. The socket is not an orphan, so tcp_orphan_retries does not apply."));
    case Cause::KeepaliveExhausted:
        return tr_(QT_TRANSLATE_NOOP("Narration", "SO_KEEPALIVE: after tcp_keepalive_time of silence the kernel sent tcp_keepalive_probes probes, tcp_keepalive_intvl apart, and none was answered: it resets the connection and the application gets ETIMEDOUT."));
    case Cause::TwBucketOverflow:
        return tr_(QT_TRANSLATE_NOOP("Narration", "tcp_max_tw_buckets TIME_WAIT sockets already exist: instead of entering TIME_WAIT this socket is destroyed at once (TCPTimeWaitOverflow), silently, without an RST. The newest connection loses its TIME_WAIT; the older ones keep theirs."));
    case Cause::OrphanOverflow:
        return tr_(QT_TRANSLATE_NOOP("Narration", "More than tcp_max_orphans orphaned sockets exist: the kernel resets this one instead of closing it gracefully (TCPAbortOnMemory)."));
    case Cause::HostCrash:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The host crashed: its sockets vanish without sending anything. The peer notices only when its own segments go unanswered, or, after a reboot, when an RST comes back."));
    case Cause::ProcessExit:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The process exited: the kernel closes every socket it held, exactly as close() would, so they become orphans."));
    case Cause::AcceptOverflow:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The accept queue (min(backlog, somaxconn)) stayed full. With tcp_abort_on_overflow = 0 the handshake's last ACK is ignored and the SYN-ACK retransmitted until the request is dropped, while the client believes it is connected; with 1 the server answers with an RST at once."));
    }
    return {};
}

QString timerWhy(TimerKind k, bool orphan)
{
    switch (k) {
    case TimerKind::Retransmit:
        if (orphan)
            return tr_(QT_TRANSLATE_NOOP("Narration", "The retransmission timer (RTO) guards what is not yet acknowledged. It starts at about 200 ms plus the measured RTT and doubles after each expiry (exponential backoff, at most 120 s). This socket is an orphan, so tcp_orphan_retries (0 means 8) limits how often it fires."));
        return tr_(QT_TRANSLATE_NOOP("Narration", "The retransmission timer (RTO) guards what is not yet acknowledged. It starts at about 200 ms plus the measured RTT and doubles after each expiry (exponential backoff, at most 120 s); tcp_retries2 limits how often it fires."));
    case TimerKind::LossProbe:
        return tr_(QT_TRANSLATE_NOOP("Narration", "Tail loss probe: shortly after the last segment, Linux resends it once to provoke an ACK before the full RTO expires."));
    case TimerKind::ZeroWindowProbe:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The peer advertised a zero window: the persist timer sends probes to learn when it opens. A FIN queued behind unsent data cannot leave meanwhile, so the socket can sit in FIN_WAIT1 for a long time."));
    case TimerKind::Keepalive:
        return tr_(QT_TRANSLATE_NOOP("Narration", "SO_KEEPALIVE: after tcp_keepalive_time of silence the kernel probes the peer every tcp_keepalive_intvl and gives up after tcp_keepalive_probes unanswered probes."));
    case TimerKind::TimeWait:
        return tr_(QT_TRANSLATE_NOOP("Narration", "TIME_WAIT lasts TCP_TIMEWAIT_LEN = 60 s, fixed in the kernel: tcp_fin_timeout does not change it. A retransmitted FIN arriving meanwhile is acknowledged again and restarts the timer."));
    case TimerKind::FinWait2:
        return tr_(QT_TRANSLATE_NOOP("Narration", "An orphaned socket in FIN_WAIT2 waits at most tcp_fin_timeout (or TCP_LINGER2) for the peer's FIN; ss shows this timer as \"timewait\". Only orphans have it: after shutdown(), FIN_WAIT2 has no timer at all."));
    case TimerKind::SynAck:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The SYN-ACK is retransmitted 1 s, 2 s, 4 s… apart, at most tcp_synack_retries times, while the request waits in the SYN queue."));
    case TimerKind::DelayedAck:
        return tr_(QT_TRANSLATE_NOOP("Narration", "Linux delays a pure ACK (40 ms at first) hoping to send it together with data or a FIN."));
    case TimerKind::Linger:
        return tr_(QT_TRANSLATE_NOOP("Narration", "SO_LINGER with a timeout: close() blocks until the data and the FIN are acknowledged or the linger time runs out."));
    }
    return {};
}

QString dropWhy(DropReason r)
{
    switch (r) {
    case DropReason::RandomLoss:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The network lost it at random (the loss rate of this direction). The sender only notices when its retransmission timer expires."));
    case DropReason::DropRule:
        return tr_(QT_TRANSLATE_NOOP("Narration", "A scripted drop rule removed it, like the nftables rules used to observe a real kernel. The sender only notices when its retransmission timer expires."));
    case DropReason::Firewall:
        return tr_(QT_TRANSLATE_NOOP("Narration", "A stateful firewall forgot this idle connection and discards its segments. Keepalive probes more frequent than the firewall's idle timeout prevent this."));
    case DropReason::HostDown:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The receiving host is down: nothing receives or answers the segment."));
    case DropReason::ListenOverflow:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The listener's accept queue is full and tcp_abort_on_overflow = 0: the kernel ignores the handshake's ACK (ListenOverflows) and will retransmit its SYN-ACK."));
    case DropReason::SynQueueFull:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The SYN queue is full and no SYN cookie was sent (tcp_max_syn_backlog, tcp_syncookies): the SYN is dropped and the client will retransmit it."));
    case DropReason::NoSocket:
        return tr_(QT_TRANSLATE_NOOP("Narration", "No socket matches it, and no RST is sent in reply (an RST is never answered)."));
    case DropReason::LostAfterCapture:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The capture saw it pass, but its receiver behaves as if it never arrived (it retransmits what this segment acknowledged, or never answers it): it was lost between the capture point and the receiver."));
    }
    return {};
}

QString rstWhy(RstReason r)
{
    switch (r) {
    case RstReason::NoSocket:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The segment matches no socket (no listener on the port, or the connection is already gone): the kernel answers with an RST."));
    case RstReason::UnreadData:
        return tr_(QT_TRANSLATE_NOOP("Narration", "close() was called while received data was still unread: the kernel discards it and sends an RST instead of a FIN (RFC 2525, TCPAbortOnClose). No TIME_WAIT follows."));
    case RstReason::Linger0:
        return tr_(QT_TRANSLATE_NOOP("Narration", "SO_LINGER {1, 0}: close() aborts the connection with an RST instead of a FIN; unsent data is thrown away and there is no TIME_WAIT."));
    case RstReason::DataAfterClose:
        return tr_(QT_TRANSLATE_NOOP("Narration", "Data arrived for a socket whose application has already called close(): nobody can ever read it, so the kernel answers with an RST (TCPAbortOnData) and destroys the socket."));
    case RstReason::KeepaliveTimeout:
        return tr_(QT_TRANSLATE_NOOP("Narration", "No keepalive probe was answered: the kernel gives the connection up and tells the peer with an RST."));
    case RstReason::AcceptOverflow:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The accept queue is full and tcp_abort_on_overflow = 1: the server refuses the connection with an RST instead of ignoring the ACK."));
    case RstReason::OrphanOverflow:
        return tr_(QT_TRANSLATE_NOOP("Narration", "There are more orphans than tcp_max_orphans: the kernel resets this orphan to free memory (TCPAbortOnMemory)."));
    case RstReason::Firewall:
        return tr_(QT_TRANSLATE_NOOP("Narration", "A firewall that forgot the connection answered in the peer's name with an RST."));
    case RstReason::TimeWaitRst:
        return tr_(QT_TRANSLATE_NOOP("Narration", "A TIME_WAIT socket received a segment it cannot accept and answered with an RST."));
    }
    return {};
}

QString goneWhy(GoneReason g)
{
    switch (g) {
    case GoneReason::None:
        return {};
    case GoneReason::TimeWaitDone:
        return tr_(QT_TRANSLATE_NOOP("Narration", "TIME_WAIT is over: the socket disappears from ss and its port can be used again."));
    case GoneReason::LastAckAcked:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The passive closer is done as soon as its FIN is acknowledged: no TIME_WAIT on this side."));
    case GoneReason::FinWait2Timeout:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The orphan waited tcp_fin_timeout in FIN_WAIT2 and was destroyed without TIME_WAIT and without an RST."));
    case GoneReason::RetriesExhausted:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The retransmission limit was reached: the socket is destroyed. For an orphan this happens silently, without an RST."));
    case GoneReason::RstReceived:
        return tr_(QT_TRANSLATE_NOOP("Narration", "An RST from the peer destroyed the socket at once."));
    case GoneReason::RstSent:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The socket sent an RST and was destroyed at once: no FIN, no TIME_WAIT."));
    case GoneReason::TwBucketOverflow:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The TIME_WAIT table was full (tcp_max_tw_buckets): the socket was destroyed instead of waiting 60 s."));
    case GoneReason::OrphanOverflow:
        return tr_(QT_TRANSLATE_NOOP("Narration", "Too many orphans (tcp_max_orphans): the kernel reset this one."));
    case GoneReason::KeepaliveExhausted:
        return tr_(QT_TRANSLATE_NOOP("Narration", "Keepalive probes went unanswered: the kernel gave the connection up."));
    case GoneReason::SynTimeout:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The handshake never completed within the SYN or SYN-ACK retransmissions."));
    case GoneReason::LingerAbort:
        return tr_(QT_TRANSLATE_NOOP("Narration", "SO_LINGER made close() abort the connection with an RST."));
    case GoneReason::HostCrash:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The host crashed and took its sockets with it, without a word to the peer."));
    case GoneReason::Closed:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The socket was closed before any connection existed."));
    }
    return {};
}

QString errnoWhy(Errno e)
{
    switch (e) {
    case Errno::None:
        return {};
    case Errno::Epipe:
        return tr_(QT_TRANSLATE_NOOP("Narration", "EPIPE: writing to a connection that is closed or was reset (the process also gets SIGPIPE unless it ignores it)."));
    case Errno::Econnreset:
        return tr_(QT_TRANSLATE_NOOP("Narration", "ECONNRESET: the peer reset the connection: an RST arrived."));
    case Errno::Econnrefused:
        return tr_(QT_TRANSLATE_NOOP("Narration", "ECONNREFUSED: the SYN was answered with an RST: nothing listens on that port."));
    case Errno::Etimedout:
        return tr_(QT_TRANSLATE_NOOP("Narration", "ETIMEDOUT: retransmissions or keepalive probes went unanswered until the kernel's limit."));
    case Errno::Eaddrinuse:
        return tr_(QT_TRANSLATE_NOOP("Narration", "EADDRINUSE: the local address and port are taken, for example by TIME_WAIT sockets, unless SO_REUSEADDR is set."));
    case Errno::Eaddrnotavail:
        return tr_(QT_TRANSLATE_NOOP("Narration", "EADDRNOTAVAIL: no free ephemeral port in ip_local_port_range for this destination; TIME_WAIT sockets hold them (tcp_tw_reuse can reuse one after 1 s when timestamps are on)."));
    case Errno::Emfile:
        return tr_(QT_TRANSLATE_NOOP("Narration", "EMFILE: the process reached its file descriptor limit (ulimit -n), often because CLOSE_WAIT sockets were never closed."));
    case Errno::Eagain:
        return tr_(QT_TRANSLATE_NOOP("Narration", "EAGAIN: nothing can be done right now on a non-blocking socket; try again later."));
    case Errno::Enotconn:
        return tr_(QT_TRANSLATE_NOOP("Narration", "ENOTCONN: the socket is not connected."));
    }
    return {};
}

QString appCallWhat(AppCall c, std::int64_t result, std::int64_t arg)
{
    switch (c) {
    case AppCall::Listen:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The application calls listen(): the socket starts accepting connections."));
    case AppCall::Connect:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The application calls connect(): the kernel starts the three-way handshake."));
    case AppCall::Accept:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The application calls accept(): it takes a finished connection from the accept queue."));
    case AppCall::Write: {
        const int bytes = int(std::max(arg, result));
        return QCoreApplication::translate("Narration", "The application writes %n byte(s).", nullptr, bytes);
    }
    case AppCall::Read:
        if (result == 0)
            return tr_(QT_TRANSLATE_NOOP("Narration", "read() returns 0: end of stream, the peer sent its FIN. The application should now call close(); if it forgets, the socket stays in CLOSE_WAIT forever."));
        {
            const int bytes = int(std::max<std::int64_t>(result, 0));
            return QCoreApplication::translate("Narration", "The application reads %n byte(s).", nullptr, bytes);
        }
    case AppCall::Close:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The application calls close(): the descriptor is released and the socket becomes an orphan, owned only by the kernel."));
    case AppCall::ShutdownWr:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The application calls shutdown(SHUT_WR): a FIN is sent, but the process still owns the socket and can go on reading (half-close). It is not an orphan, so neither tcp_fin_timeout nor tcp_orphan_retries applies to it."));
    case AppCall::ShutdownRd:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The application calls shutdown(SHUT_RD): its later reads return 0; nothing is sent to the peer."));
    case AppCall::ShutdownRdWr:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The application calls shutdown(SHUT_RDWR): a FIN is sent; the descriptor stays open, so the socket is not an orphan."));
    case AppCall::SetLinger:
        if (arg == 0)
            return tr_(QT_TRANSLATE_NOOP("Narration", "SO_LINGER {1, 0}: close() will abort the connection with an RST instead of a FIN."));
        return tr_(QT_TRANSLATE_NOOP("Narration", "SO_LINGER with a timeout: close() will wait until the data is acknowledged or the time runs out."));
    case AppCall::SetKeepalive:
        return tr_(QT_TRANSLATE_NOOP("Narration", "SO_KEEPALIVE is switched on: after tcp_keepalive_time of silence the kernel will probe the peer."));
    case AppCall::SetReuseAddr:
        return tr_(QT_TRANSLATE_NOOP("Narration", "SO_REUSEADDR: bind() may use a local port that TIME_WAIT sockets still hold."));
    case AppCall::SetLinger2:
        return tr_(QT_TRANSLATE_NOOP("Narration", "TCP_LINGER2 overrides tcp_fin_timeout for this socket's orphaned FIN_WAIT2."));
    case AppCall::Bind:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The application binds the socket to a local address and port."));
    case AppCall::ProcessExit:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The process exits: the kernel closes every socket it held."));
    case AppCall::HostCrash:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The host crashes: from now on it neither sends nor answers anything."));
    case AppCall::HostReboot:
        return tr_(QT_TRANSLATE_NOOP("Narration", "The host reboots: it remembers none of its old connections and answers their segments with RST."));
    }
    return {};
}

QString segmentWhy(std::uint8_t flags, std::uint32_t len)
{
    if (flags & FlagRst)
        return tr_(QT_TRANSLATE_NOOP("Narration", "An RST aborts the connection at once. It is never acknowledged and never retransmitted."));
    if ((flags & FlagSyn) && (flags & FlagAck))
        return tr_(QT_TRANSLATE_NOOP("Narration", "The SYN-ACK acknowledges the client's SYN and carries the server's own SYN: the second step of the three-way handshake."));
    if (flags & FlagSyn)
        return tr_(QT_TRANSLATE_NOOP("Narration", "A SYN asks to open a connection. It takes one sequence number, so it must be acknowledged."));
    if (flags & FlagFin)
        return tr_(QT_TRANSLATE_NOOP("Narration", "A FIN says: I will send no more data. It takes one sequence number (seq + 1 is acknowledged) and is retransmitted until acknowledged. Closing takes four segments because each direction is closed on its own."));
    if (len > 0)
        return tr_(QT_TRANSLATE_NOOP("Narration", "Data. The receiver's kernel acknowledges it; the sender keeps it until then, for retransmission."));
    return tr_(QT_TRANSLATE_NOOP("Narration", "A pure ACK: the receiver's kernel acknowledges what arrived, without the application's help. An ACK takes no sequence number and is never retransmitted by itself."));
}

QString retransmissionWhy(RetransKind k, bool orphan)
{
    switch (k) {
    case RetransKind::Fin:
        if (orphan)
            return tr_(QT_TRANSLATE_NOOP("Narration", "No ACK for the FIN within the RTO: it is sent again and the RTO doubles. The socket is an orphan, so tcp_orphan_retries limits these retransmissions (0 means 8)."));
        return tr_(QT_TRANSLATE_NOOP("Narration", "No ACK for the FIN within the RTO: it is sent again and the RTO doubles. The socket is still owned by its process, so tcp_retries2 limits these retransmissions, not tcp_orphan_retries."));
    case RetransKind::Syn:
        return tr_(QT_TRANSLATE_NOOP("Narration", "No SYN-ACK within the timeout: the SYN is sent again, the wait doubling each time, at most tcp_syn_retries times."));
    case RetransKind::SynAck:
        return tr_(QT_TRANSLATE_NOOP("Narration", "No ACK for the SYN-ACK: it is sent again, at most tcp_synack_retries times."));
    case RetransKind::Data:
        return tr_(QT_TRANSLATE_NOOP("Narration", "No ACK for the data within the RTO: it is sent again and the RTO doubles, at most tcp_retries2 times."));
    case RetransKind::Probe:
        return tr_(QT_TRANSLATE_NOOP("Narration", "A zero-window probe asks whether the peer's receive window has opened."));
    case RetransKind::Keepalive:
        return tr_(QT_TRANSLATE_NOOP("Narration", "A keepalive probe: an old sequence number that forces the peer to answer with an ACK if it is still there."));
    }
    return {};
}

} // namespace closelab::text
