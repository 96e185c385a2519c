// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every code the capture inference can write into a Connection, in one list each, so that whoever turns
// them into words (views/capturetexts) can be checked against all of them (tests/views/tst_capturetexts),
// and the inference against the lists (tests/core/tst_capturekernel).

#include <array>
#include <string_view>

namespace closelab::capture {

/// Finding::code
inline constexpr std::array<std::string_view, 15> kFindingCodes{
    "orphan_retries_exhausted", "retries2_exhausted",     "syn_retries_exhausted", "syn_linear_timeouts",
    "syn_retransmitting",       "synack_retries_exhausted", "handshake_ack_ignored", "accept_queue_overflow_abort",
    "keepalive_exhausted",      "keepalive_time",         "keepalive_intvl",       "fin_timeout_elapsed",
    "tw_reuse",                 "tw_reuse_delay",         "orphan_overflow",
};

/// Connection::notes, each "code:client" or "code:server"
inline constexpr std::array<std::string_view, 5> kNoteCodes{
    "ack_lost_after_capture", "ack_lost_after_capture_assumed", "fin_lost_after_capture", "handshake_ack_not_taken",
    "network_copy",
};

/// Finding::condition when not empty: the application called close() / shutdown(); connect() chose the port
inline constexpr std::array<std::string_view, 3> kFindingConditions{"close", "shutdown", "autobind"};

} // namespace closelab::capture
