// SPDX-License-Identifier: GPL-3.0-or-later
// The one place where engine codes get their (untranslated, protocol-level) names.
#include "codes.h"
#include "tcpstate.h"
#include "trace.h"

#include <array>

namespace closelab {

std::string_view stateName(TcpState s)
{
    static constexpr std::array<std::string_view, 11> names = {
        "CLOSED", "LISTEN", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT1",
        "FIN_WAIT2", "CLOSING", "TIME_WAIT", "CLOSE_WAIT", "LAST_ACK",
    };
    return names[static_cast<int>(s)];
}

bool stateFromName(std::string_view name, TcpState &out)
{
    for (TcpState s : kAllStates) {
        if (stateName(s) == name) {
            out = s;
            return true;
        }
    }
    return false;
}

std::string_view sideName(Side s) { return s == Side::Client ? "client" : "server"; }

std::string_view appCallName(AppCall c)
{
    switch (c) {
    case AppCall::Listen: return "listen";
    case AppCall::Connect: return "connect";
    case AppCall::Accept: return "accept";
    case AppCall::Write: return "write";
    case AppCall::Read: return "read";
    case AppCall::Close: return "close";
    case AppCall::ShutdownWr: return "shutdown(SHUT_WR)";
    case AppCall::ShutdownRd: return "shutdown(SHUT_RD)";
    case AppCall::ShutdownRdWr: return "shutdown(SHUT_RDWR)";
    case AppCall::SetLinger: return "setsockopt(SO_LINGER)";
    case AppCall::SetKeepalive: return "setsockopt(SO_KEEPALIVE)";
    case AppCall::SetReuseAddr: return "setsockopt(SO_REUSEADDR)";
    case AppCall::SetLinger2: return "setsockopt(TCP_LINGER2)";
    case AppCall::Bind: return "bind";
    case AppCall::ProcessExit: return "exit";
    case AppCall::HostCrash: return "host_crash";
    case AppCall::HostReboot: return "host_reboot";
    }
    return "?";
}

std::string_view errnoName(Errno e)
{
    switch (e) {
    case Errno::None: return "";
    case Errno::Epipe: return "EPIPE";
    case Errno::Econnreset: return "ECONNRESET";
    case Errno::Econnrefused: return "ECONNREFUSED";
    case Errno::Etimedout: return "ETIMEDOUT";
    case Errno::Eaddrinuse: return "EADDRINUSE";
    case Errno::Eaddrnotavail: return "EADDRNOTAVAIL";
    case Errno::Emfile: return "EMFILE";
    case Errno::Eagain: return "EAGAIN";
    case Errno::Enotconn: return "ENOTCONN";
    }
    return "?";
}

int errnoValue(Errno e)
{
    switch (e) {
    case Errno::None: return 0;
    case Errno::Epipe: return 32;
    case Errno::Econnreset: return 104;
    case Errno::Econnrefused: return 111;
    case Errno::Etimedout: return 110;
    case Errno::Eaddrinuse: return 98;
    case Errno::Eaddrnotavail: return 99;
    case Errno::Emfile: return 24;
    case Errno::Eagain: return 11;
    case Errno::Enotconn: return 107;
    }
    return 0;
}

std::string_view dropReasonName(DropReason r)
{
    switch (r) {
    case DropReason::RandomLoss: return "random_loss";
    case DropReason::DropRule: return "drop_rule";
    case DropReason::Firewall: return "firewall";
    case DropReason::HostDown: return "host_down";
    case DropReason::ListenOverflow: return "listen_overflow";
    case DropReason::SynQueueFull: return "syn_queue_full";
    case DropReason::NoSocket: return "no_socket";
    case DropReason::LostAfterCapture: return "lost_after_capture";
    }
    return "?";
}

std::string_view timerKindName(TimerKind k)
{
    switch (k) {
    case TimerKind::Retransmit: return "retransmit";
    case TimerKind::LossProbe: return "loss_probe";
    case TimerKind::ZeroWindowProbe: return "zero_window_probe";
    case TimerKind::Keepalive: return "keepalive";
    case TimerKind::TimeWait: return "time_wait";
    case TimerKind::FinWait2: return "fin_wait2";
    case TimerKind::SynAck: return "synack";
    case TimerKind::DelayedAck: return "delayed_ack";
    case TimerKind::Linger: return "linger";
    }
    return "?";
}

std::string_view timerActionName(TimerAction a)
{
    switch (a) {
    case TimerAction::Arm: return "arm";
    case TimerAction::Fire: return "fire";
    case TimerAction::Cancel: return "cancel";
    }
    return "?";
}

std::string_view retransKindName(RetransKind k)
{
    switch (k) {
    case RetransKind::Syn: return "SYN";
    case RetransKind::SynAck: return "SYN-ACK";
    case RetransKind::Fin: return "FIN";
    case RetransKind::Data: return "DATA";
    case RetransKind::Probe: return "PROBE";
    case RetransKind::Keepalive: return "KEEPALIVE";
    }
    return "?";
}

std::string_view causeName(Cause c)
{
    switch (c) {
    case Cause::AppListen: return "app_listen";
    case Cause::AppConnect: return "app_connect";
    case Cause::AppClose: return "app_close";
    case Cause::RcvSyn: return "rcv_syn";
    case Cause::RcvSynAck: return "rcv_synack";
    case Cause::RcvAck: return "rcv_ack";
    case Cause::RcvFin: return "rcv_fin";
    case Cause::RcvFinAck: return "rcv_fin_ack";
    case Cause::RcvRst: return "rcv_rst";
    case Cause::SendRst: return "send_rst";
    case Cause::TimeWaitExpired: return "time_wait_expired";
    case Cause::FinWait2Timeout: return "fin_wait2_timeout";
    case Cause::RetriesExhausted: return "retries_exhausted";
    case Cause::KeepaliveExhausted: return "keepalive_exhausted";
    case Cause::TwBucketOverflow: return "tw_bucket_overflow";
    case Cause::OrphanOverflow: return "orphan_overflow";
    case Cause::HostCrash: return "host_crash";
    case Cause::ProcessExit: return "process_exit";
    case Cause::AcceptOverflow: return "accept_overflow";
    }
    return "?";
}

std::string_view goneReasonName(GoneReason g)
{
    switch (g) {
    case GoneReason::None: return "";
    case GoneReason::TimeWaitDone: return "time_wait_done";
    case GoneReason::LastAckAcked: return "last_ack_acked";
    case GoneReason::FinWait2Timeout: return "fin_wait2_timeout";
    case GoneReason::RetriesExhausted: return "retries_exhausted";
    case GoneReason::RstReceived: return "rst_received";
    case GoneReason::RstSent: return "rst_sent";
    case GoneReason::TwBucketOverflow: return "tw_bucket_overflow";
    case GoneReason::OrphanOverflow: return "orphan_overflow";
    case GoneReason::KeepaliveExhausted: return "keepalive_exhausted";
    case GoneReason::SynTimeout: return "syn_timeout";
    case GoneReason::LingerAbort: return "linger_abort";
    case GoneReason::HostCrash: return "host_crash";
    case GoneReason::Closed: return "closed";
    }
    return "?";
}

std::string_view rstReasonName(RstReason r)
{
    switch (r) {
    case RstReason::NoSocket: return "no_socket";
    case RstReason::UnreadData: return "unread_data";
    case RstReason::Linger0: return "linger0";
    case RstReason::DataAfterClose: return "data_after_close";
    case RstReason::KeepaliveTimeout: return "keepalive_timeout";
    case RstReason::AcceptOverflow: return "accept_overflow";
    case RstReason::OrphanOverflow: return "orphan_overflow";
    case RstReason::Firewall: return "firewall";
    case RstReason::TimeWaitRst: return "time_wait";
    }
    return "?";
}

std::string_view eventTypeName(EventType t)
{
    switch (t) {
    case EventType::App: return "app";
    case EventType::Send: return "send";
    case EventType::Deliver: return "deliver";
    case EventType::Drop: return "drop";
    case EventType::State: return "state";
    case EventType::Timer: return "timer";
    case EventType::Gone: return "gone";
    }
    return "?";
}

std::string_view runEndName(RunEnd e)
{
    switch (e) {
    case RunEnd::Quiescent: return "quiescent";
    case RunEnd::Horizon: return "horizon";
    case RunEnd::EventBudget: return "event_budget";
    case RunEnd::Cancelled: return "cancelled";
    }
    return "?";
}

} // namespace closelab
