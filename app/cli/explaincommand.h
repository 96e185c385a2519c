// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// `closelab-cli explain FILE [--json] [--connection N]`: each TCP connection of a pcap/pcapng capture,
/// each side's states, retransmissions, RSTs and the sysctl values consistent with them. `args` are the
/// arguments after "explain". Returns the exit code (2 with one line on stderr for bad input).
int explainCommand(const QStringList &args);
