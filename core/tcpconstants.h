// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simtime.h"

#include <cstdint>

namespace closelab::tcp {

// include/net/tcp.h
inline constexpr SimTime kTimeoutInit = 1 * kSec;     ///< TCP_TIMEOUT_INIT: first RTO of SYN and SYN-ACK
inline constexpr SimTime kRtoMin = 200 * kMs;         ///< TCP_RTO_MIN: the base of tcp_model_timeout()
inline constexpr SimTime kTimeWaitLen = 60 * kSec;    ///< TCP_TIMEWAIT_LEN: not a sysctl
inline constexpr SimTime kFinTimeoutMax = 120 * kSec; ///< TCP_FIN_TIMEOUT_MAX: cap of TCP_LINGER2
inline constexpr SimTime kAtoMin = 40 * kMs;          ///< TCP_ATO_MIN (HZ/25): delayed ACK
inline constexpr SimTime kDelackMax = 200 * kMs;      ///< TCP_DELACK_MAX
inline constexpr int kMaxQuickAcks = 16;              ///< TCP_MAX_QUICKACKS
inline constexpr std::uint32_t kMss = 1448;           ///< Ethernet MSS with timestamps
inline constexpr SimTime kTimeoutMin = 2 * kMs;       ///< TCP_TIMEOUT_MIN (2 jiffies at HZ=1000; 1 at 250)

} // namespace closelab::tcp
