// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// `closelab-cli diagnose FILE… | - [--json] [--idle-timeout S]`: reads ss / netstat / nstat / /proc/net /
/// sysctl / ulimit / dmesg text as one server snapshot and prints its diagnosis. `args` are the
/// arguments after "diagnose". Exit 0, or 2 with one line on stderr on a usage error or when nothing at
/// all could be read.
int diagnoseCommand(const QStringList &args);
