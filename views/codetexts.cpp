// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/codetexts.h"

#include <QCoreApplication>

namespace closelab::text {

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("CodeTexts", source);
}
} // namespace

QString stateName(TcpState s)
{
    const std::string_view n = closelab::stateName(s);
    return QString::fromLatin1(n.data(), qsizetype(n.size()));
}

QString stateExplanation(TcpState s)
{
    switch (s) {
    case TcpState::Closed:
        return tr_(QT_TRANSLATE_NOOP("CodeTexts", "No connection: before connect() or listen(), and after the socket is gone."));
    case TcpState::Listen:
        return tr_(QT_TRANSLATE_NOOP("CodeTexts", "A server socket waiting for SYNs. A new connection waits in the SYN queue during the handshake, then in the accept queue until accept() takes it."));
    case TcpState::SynSent:
        return tr_(QT_TRANSLATE_NOOP("CodeTexts", "connect() sent a SYN and waits for the SYN-ACK. An unanswered SYN is retransmitted (1 s, 2 s, 4 s…) up to tcp_syn_retries times; then connect() fails with ETIMEDOUT."));
    case TcpState::SynRecv:
        return tr_(QT_TRANSLATE_NOOP("CodeTexts", "The server answered a SYN with a SYN-ACK and waits for the handshake's last ACK. The request sits in the SYN queue; the SYN-ACK is retransmitted up to tcp_synack_retries times."));
    case TcpState::Established:
        return tr_(QT_TRANSLATE_NOOP("CodeTexts", "The connection is open: data can flow both ways."));
    case TcpState::FinWait1:
        return tr_(QT_TRANSLATE_NOOP("CodeTexts", "This side closed first (the active closer): its FIN is sent but not yet acknowledged. The FIN is retransmitted at each RTO, at most tcp_orphan_retries times for an orphan (after close()), tcp_retries2 otherwise."));
    case TcpState::FinWait2:
        return tr_(QT_TRANSLATE_NOOP("CodeTexts", "Our FIN is acknowledged; we wait for the peer's FIN (half-closed). An orphan (after close()) waits at most tcp_fin_timeout; after shutdown() it may wait forever."));
    case TcpState::Closing:
        return tr_(QT_TRANSLATE_NOOP("CodeTexts", "Simultaneous close: the peer's FIN arrived before the ACK of ours. We wait for that ACK and retransmit our FIN meanwhile."));
    case TcpState::TimeWait:
        return tr_(QT_TRANSLATE_NOOP("CodeTexts", "The active closer's last state: it acknowledged the peer's FIN and waits 60 s (TCP_TIMEWAIT_LEN, fixed in the kernel, not tcp_fin_timeout) so that a lost last ACK can be sent again and old segments die out. tcp_max_tw_buckets caps how many exist."));
    case TcpState::CloseWait:
        return tr_(QT_TRANSLATE_NOOP("CodeTexts", "The peer closed its direction (we are the passive closer) and read() returns 0. The kernel waits for the application to call close(): no timer limits this state."));
    case TcpState::LastAck:
        return tr_(QT_TRANSLATE_NOOP("CodeTexts", "The passive closer sent its FIN after close() and waits for the last ACK. The FIN is retransmitted at each RTO, at most tcp_orphan_retries times."));
    }
    return {};
}

QString sideRole(Side s)
{
    return s == Side::Client ? tr_(QT_TRANSLATE_NOOP("CodeTexts", "client"))
                             : tr_(QT_TRANSLATE_NOOP("CodeTexts", "server"));
}

QString causeLabel(Cause c, TcpState from)
{
    // tcp.c: tcp_close_state() — new_state[] gives TCP_ACTION_FIN to ESTABLISHED, SYN_RECV and
    // CLOSE_WAIT only; close() in LISTEN or SYN_SENT goes to CLOSE without a segment, and in the
    // closing states it sends nothing new.
    if (c == Cause::AppClose && from != TcpState::Established && from != TcpState::SynRecv && from != TcpState::CloseWait) {
        return QStringLiteral("close()");
    }
    return causeLabel(c);
}

QString causeLabel(Cause c)
{
    switch (c) {
    case Cause::AppListen: return QStringLiteral("listen()");
    case Cause::AppConnect: return QStringLiteral("connect() / snd SYN");
    case Cause::AppClose: return QStringLiteral("close() / snd FIN");
    case Cause::RcvSyn: return QStringLiteral("rcv SYN / snd SYN,ACK");
    case Cause::RcvSynAck: return QStringLiteral("rcv SYN,ACK / snd ACK");
    case Cause::RcvAck: return QStringLiteral("rcv ACK");
    case Cause::RcvFin: return QStringLiteral("rcv FIN / snd ACK");
    case Cause::RcvFinAck: return QStringLiteral("rcv FIN,ACK / snd ACK");
    case Cause::RcvRst: return QStringLiteral("rcv RST");
    case Cause::SendRst: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "abort / snd RST"));
    case Cause::TimeWaitExpired: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "60 s"));
    case Cause::FinWait2Timeout: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "FIN_WAIT2 timeout"));
    case Cause::RetriesExhausted: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "retries exhausted"));
    case Cause::KeepaliveExhausted: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "keepalive unanswered / snd RST"));
    case Cause::TwBucketOverflow: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "TIME_WAIT table full"));
    case Cause::OrphanOverflow: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "too many orphans / snd RST"));
    case Cause::HostCrash: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "host crash"));
    case Cause::ProcessExit: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "process exit"));
    case Cause::AcceptOverflow: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "accept queue full"));
    }
    return {};
}

QString timerLabel(TimerKind k)
{
    switch (k) {
    case TimerKind::Retransmit: return QStringLiteral("RTO");
    case TimerKind::LossProbe: return QStringLiteral("TLP");
    case TimerKind::ZeroWindowProbe: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "zero-window probe"));
    case TimerKind::Keepalive: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "keepalive"));
    case TimerKind::TimeWait: return QStringLiteral("TIME_WAIT");
    case TimerKind::FinWait2: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "FIN_WAIT2 timeout"));
    case TimerKind::SynAck: return QStringLiteral("SYN-ACK");
    case TimerKind::DelayedAck: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "delayed ACK"));
    case TimerKind::Linger: return QStringLiteral("SO_LINGER");
    }
    return {};
}

QString dropReasonLabel(DropReason r)
{
    switch (r) {
    case DropReason::RandomLoss: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "random loss"));
    case DropReason::DropRule: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "drop rule"));
    case DropReason::Firewall: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "firewall"));
    case DropReason::HostDown: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "host down"));
    case DropReason::ListenOverflow: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "accept queue full"));
    case DropReason::SynQueueFull: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "SYN queue full"));
    case DropReason::NoSocket: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "no socket"));
    //: a segment the capture saw but its receiver never got (lost between the capture point and the receiver)
    case DropReason::LostAfterCapture: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "lost after the capture point"));
    }
    return {};
}

QString goneReasonLabel(GoneReason g)
{
    switch (g) {
    case GoneReason::None: return {};
    case GoneReason::TimeWaitDone: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "TIME_WAIT ended"));
    case GoneReason::LastAckAcked: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "the last ACK arrived"));
    case GoneReason::FinWait2Timeout: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "FIN_WAIT2 timed out"));
    case GoneReason::RetriesExhausted: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "retransmissions exhausted"));
    case GoneReason::RstReceived: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "reset by the peer"));
    case GoneReason::RstSent: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "aborted with an RST"));
    case GoneReason::TwBucketOverflow: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "no room in the TIME_WAIT table"));
    case GoneReason::OrphanOverflow: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "too many orphans"));
    case GoneReason::KeepaliveExhausted: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "keepalive timed out"));
    case GoneReason::SynTimeout: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "handshake timed out"));
    case GoneReason::LingerAbort: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "SO_LINGER abort"));
    case GoneReason::HostCrash: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "the host crashed"));
    case GoneReason::Closed: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "closed before it was connected"));
    }
    return {};
}

QString rstReasonLabel(RstReason r)
{
    switch (r) {
    case RstReason::NoSocket: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "no such connection"));
    case RstReason::UnreadData: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "close() with unread data"));
    case RstReason::Linger0: return QStringLiteral("SO_LINGER {1, 0}");
    case RstReason::DataAfterClose: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "data for a closed socket"));
    case RstReason::KeepaliveTimeout: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "keepalive timeout"));
    case RstReason::AcceptOverflow: return QStringLiteral("tcp_abort_on_overflow = 1");
    case RstReason::OrphanOverflow: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "too many orphans"));
    case RstReason::Firewall: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "reset by a firewall"));
    case RstReason::TimeWaitRst: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "TIME_WAIT answered an unacceptable segment"));
    }
    return {};
}

QString errnoMeaning(Errno e)
{
    switch (e) {
    case Errno::None: return {};
    case Errno::Epipe: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "Broken pipe"));
    case Errno::Econnreset: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "Connection reset by peer"));
    case Errno::Econnrefused: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "Connection refused"));
    case Errno::Etimedout: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "Connection timed out"));
    case Errno::Eaddrinuse: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "Address already in use"));
    case Errno::Eaddrnotavail: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "Cannot assign requested address"));
    case Errno::Emfile: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "Too many open files"));
    case Errno::Eagain: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "Resource temporarily unavailable"));
    case Errno::Enotconn: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "Transport endpoint is not connected"));
    }
    return {};
}

QString retransKindLabel(RetransKind k)
{
    switch (k) {
    case RetransKind::Syn: return QStringLiteral("SYN");
    case RetransKind::SynAck: return QStringLiteral("SYN-ACK");
    case RetransKind::Fin: return QStringLiteral("FIN");
    case RetransKind::Data: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "data"));
    case RetransKind::Probe: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "window probe"));
    case RetransKind::Keepalive: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "keepalive probe"));
    }
    return {};
}

QString eventTypeLabel(EventType t)
{
    switch (t) {
    case EventType::App: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "app call"));
    case EventType::Send: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "sent"));
    case EventType::Deliver: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "received"));
    case EventType::Drop: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "lost"));
    case EventType::State: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "state"));
    case EventType::Timer: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "timer"));
    case EventType::Gone: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "gone"));
    }
    return {};
}

QString timerActionLabel(TimerAction a)
{
    switch (a) {
    case TimerAction::Arm: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "armed"));
    case TimerAction::Fire: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "fired"));
    case TimerAction::Cancel: return tr_(QT_TRANSLATE_NOOP("CodeTexts", "cancelled"));
    }
    return {};
}

} // namespace closelab::text
