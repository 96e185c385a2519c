// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <string>

namespace closelab::server {

/// This machine, read-only and unprivileged: /proc/net/tcp and tcp6 (the socket table), /proc/net/netstat
/// and snmp (counters), /proc/net/sockstat, the engine's sysctls from /proc/sys, and this process's
/// RLIMIT_NOFILE. `procRoot` is "/proc" except in tests. A file that cannot be read is left out (its
/// absence is listed as an input with no lines).
Snapshot readMachine(const std::string &procRoot = "/proc");

} // namespace closelab::server
