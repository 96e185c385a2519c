// SPDX-License-Identifier: GPL-3.0-or-later
#include "transitiontable.h"

#include <array>

namespace closelab {
namespace {

using S = TcpState;
using C = Cause;

// RFC 9293 figure 5, plus what Linux adds (linuxOnly = true). A socket that is destroyed goes to Closed.
// Only edges some library scenario takes are listed, with the library's options or on a lossy network
// (tests/core/tst_transitiontable.cpp proves each one);
// simultaneous open (SYN_SENT -> SYN_RECV) is not modelled.
constexpr std::array kTable = {
    Transition{S::Closed, S::Listen, C::AppListen, "", false},
    Transition{S::Closed, S::SynSent, C::AppConnect, "", false},
    Transition{S::Listen, S::SynRecv, C::RcvSyn, "net.ipv4.tcp_max_syn_backlog", false},
    Transition{S::Listen, S::Closed, C::AppClose, "", false},
    Transition{S::Listen, S::Closed, C::HostCrash, "", true},
    Transition{S::SynSent, S::Established, C::RcvSynAck, "", false},
    Transition{S::SynSent, S::Closed, C::RcvRst, "", false},
    Transition{S::SynSent, S::Closed, C::RetriesExhausted, "net.ipv4.tcp_syn_retries", true},
    Transition{S::SynSent, S::Closed, C::AppClose, "", false},
    Transition{S::SynRecv, S::Established, C::RcvAck, "", false},
    Transition{S::SynRecv, S::Closed, C::RetriesExhausted, "net.ipv4.tcp_synack_retries", true},
    Transition{S::SynRecv, S::Closed, C::RcvRst, "", false},
    Transition{S::SynRecv, S::Closed, C::HostCrash, "", true},
    Transition{S::SynRecv, S::Closed, C::AcceptOverflow, "net.ipv4.tcp_abort_on_overflow", true},
    Transition{S::Established, S::FinWait1, C::AppClose, "", false},
    Transition{S::Established, S::CloseWait, C::RcvFin, "", false},
    Transition{S::Established, S::Closed, C::RcvRst, "", false},
    Transition{S::Established, S::Closed, C::SendRst, "", false},
    Transition{S::Established, S::Closed, C::RetriesExhausted, "net.ipv4.tcp_retries2", true},
    Transition{S::Established, S::Closed, C::KeepaliveExhausted, "net.ipv4.tcp_keepalive_probes", true},
    Transition{S::Established, S::Closed, C::HostCrash, "", true},
    Transition{S::FinWait1, S::FinWait2, C::RcvAck, "", false},
    Transition{S::FinWait1, S::Closing, C::RcvFin, "", false},
    Transition{S::FinWait1, S::TimeWait, C::RcvFinAck, "", false},
    Transition{S::FinWait1, S::Closed, C::TwBucketOverflow, "net.ipv4.tcp_max_tw_buckets", true},
    Transition{S::FinWait1, S::Closed, C::RetriesExhausted, "net.ipv4.tcp_orphan_retries", true},
    Transition{S::FinWait1, S::Closed, C::RcvRst, "", false},
    Transition{S::FinWait1, S::Closed, C::SendRst, "", false},
    Transition{S::FinWait1, S::Closed, C::OrphanOverflow, "net.ipv4.tcp_max_orphans", true},
    Transition{S::FinWait2, S::TimeWait, C::RcvFin, "", false},
    Transition{S::FinWait2, S::Closed, C::TwBucketOverflow, "net.ipv4.tcp_max_tw_buckets", true},
    Transition{S::FinWait2, S::Closed, C::FinWait2Timeout, "net.ipv4.tcp_fin_timeout", true},
    Transition{S::FinWait2, S::Closed, C::SendRst, "", false},
    Transition{S::FinWait2, S::Closed, C::RcvRst, "", false},
    // tcp.c: __tcp_close(): tcp_check_oom() also resets a FIN_WAIT2 socket kept whole (tcp_fin_time() > 60 s).
    Transition{S::FinWait2, S::Closed, C::OrphanOverflow, "net.ipv4.tcp_max_orphans", true},
    Transition{S::Closing, S::TimeWait, C::RcvAck, "", false},
    Transition{S::Closing, S::Closed, C::TwBucketOverflow, "net.ipv4.tcp_max_tw_buckets", true},
    Transition{S::Closing, S::Closed, C::RetriesExhausted, "net.ipv4.tcp_orphan_retries", true},
    Transition{S::Closing, S::Closed, C::RcvRst, "", false},
    // tcp_timer.c: tcp_out_of_resources(): the retransmit timer of any orphan, a CLOSING one waiting for the
    // ACK of its FIN too, resets it when there are too many orphans (fuzz finding, closing_orphan_overflow).
    Transition{S::Closing, S::Closed, C::OrphanOverflow, "net.ipv4.tcp_max_orphans", true},
    Transition{S::TimeWait, S::Closed, C::TimeWaitExpired, "TCP_TIMEWAIT_LEN", false},
    Transition{S::TimeWait, S::Closed, C::RcvRst, "net.ipv4.tcp_rfc1337", true},
    Transition{S::TimeWait, S::Closed, C::AppConnect, "net.ipv4.tcp_tw_reuse", true},
    Transition{S::CloseWait, S::LastAck, C::AppClose, "", false},
    Transition{S::CloseWait, S::Closed, C::RcvRst, "", false},
    Transition{S::CloseWait, S::Closed, C::SendRst, "", false},
    Transition{S::CloseWait, S::Closed, C::RetriesExhausted, "net.ipv4.tcp_retries2", true},
    Transition{S::LastAck, S::Closed, C::RcvAck, "", false},
    Transition{S::LastAck, S::Closed, C::RcvRst, "", false},
    Transition{S::LastAck, S::Closed, C::RetriesExhausted, "net.ipv4.tcp_orphan_retries", true},
    Transition{S::LastAck, S::Closed, C::OrphanOverflow, "net.ipv4.tcp_max_orphans", true},
};

} // namespace

std::span<const Transition> transitionTable() { return kTable; }

const Transition *findTransition(TcpState from, TcpState to, Cause cause)
{
    // Checked on every state change of every socket: an index by (from, to, cause).
    constexpr int kCauses = static_cast<int>(Cause::AcceptOverflow) + 1;
    static const auto index = [] {
        std::array<std::int16_t, 11 * 11 * kCauses> idx{};
        idx.fill(-1);
        for (std::size_t i = 0; i < kTable.size(); ++i) {
            const Transition &t = kTable[i];
            idx[(static_cast<int>(t.from) * 11 + static_cast<int>(t.to)) * kCauses + static_cast<int>(t.cause)] = static_cast<std::int16_t>(i);
        }
        return idx;
    }();
    const int i = index[(static_cast<int>(from) * 11 + static_cast<int>(to)) * kCauses + static_cast<int>(cause)];
    return i < 0 ? nullptr : &kTable[static_cast<std::size_t>(i)];
}

} // namespace closelab
