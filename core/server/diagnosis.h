// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace closelab::server {

enum class Severity : std::uint8_t { Info, Warning, Critical };
std::string_view severityName(Severity s); ///< "info", "warning", "critical"

/// One figure a finding rests on: a number, or a text (an endpoint, a kernel message).
struct Evidence {
    std::string key;                     ///< "time_wait", "TcpExt.ListenOverflows", "port_range", …
    std::optional<std::int64_t> number;
    std::string text;                    ///< when not a number
    bool operator==(const Evidence &) const = default;
};

/// A finding of the diagnosis. Codes (the JSON's and the GUI's key):
/// close_wait_leak, port_exhaustion_risk, tw_bucket_overflow, accept_queue_overflow, syn_queue_overflow,
/// orphans_near_limit, fin_wait2_pile, tw_recycle_nat, fd_limit_near, keepalive_longer_than_idle_timeout,
/// rst_on_close_unread, rst_linger.
struct Finding {
    std::string code;
    Severity severity = Severity::Warning;
    std::string remote;                  ///< port_exhaustion_risk: the destination ("10.0.0.5:5432")
    std::string local;                   ///< accept_queue_overflow: the listener, when one is seen full
    std::vector<Evidence> evidence;
    std::optional<std::int64_t> evidenceNumber(std::string_view key) const;
};

/// What the diagnosis knows about a code: the kernel rule, the sysctl concerned, the scenario of the
/// library that shows it, and (in English, for the CLI and the README; the GUI has its own translated
/// words keyed by code) what to change and what not to.
struct FindingRule {
    std::string_view code;
    std::string_view kernelRule;   ///< kernel source file and function
    std::string_view sysctl;       ///< the sysctl concerned, or empty
    std::string_view scenario;     ///< library scenario (core/scenariolibrary.cpp)
    std::string_view change;       ///< what to change
    std::string_view dontChange;   ///< what not to do
};
const std::vector<FindingRule> &findingRules();
const FindingRule *findingRule(std::string_view code);

/// What the user adds to a snapshot.
struct DiagnosisOptions {
    std::optional<double> middleboxIdleTimeout; ///< seconds a load balancer / NAT / firewall keeps an idle flow
};

/// Thresholds (README "Diagnosing a server" lists them).
namespace threshold {
inline constexpr double kPortsWarning = 0.5;      ///< ports in use toward one destination / port range
inline constexpr double kPortsCritical = 0.9;
inline constexpr double kTimeWaitBucketsWarning = 0.9; ///< TIME_WAIT / tcp_max_tw_buckets
inline constexpr std::int64_t kCloseWaitWarning = 10;
inline constexpr std::int64_t kCloseWaitCritical = 1000; ///< or half the fd limit
inline constexpr double kOrphansWarning = 0.5;    ///< orphans / tcp_max_orphans
inline constexpr double kOrphansCritical = 0.9;
inline constexpr std::int64_t kFinWait2Warning = 100;
inline constexpr std::int64_t kFinWait2Critical = 10000;
inline constexpr double kFdWarning = 0.8;         ///< sockets holding a descriptor / ulimit -n
inline constexpr double kFdCritical = 0.95;
inline constexpr double kSynBacklogWarning = 0.75; ///< SYN_RECV / tcp_max_syn_backlog (tcp_conn_request())
inline constexpr std::int64_t kTimeWaitLength = 60; ///< seconds (include/net/tcp.h: TCP_TIMEWAIT_LEN)
} // namespace threshold

/// The findings, most severe first (then in the order of the codes above).
std::vector<Finding> diagnose(const Snapshot &snapshot, const DiagnosisOptions &options = {});

} // namespace closelab::server
