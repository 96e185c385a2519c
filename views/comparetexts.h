// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tracecompare.h"

#include <QString>

#include <vector>

// Words for an A/B comparison (core/tracecompare.h): one sentence per difference, a one-line
// headline, and the names and values of the settings that differ. Translated at the point of use
// (context "CompareTexts"), so they follow a language switched at run time.
namespace closelab::text {

/// "Client: B's socket is gone 104 s earlier (at 3.33 s instead of 107 s)."
QString differenceSentence(const TraceDifference &d);
/// The gist in one line, e.g. "B's client gives up 104 s earlier; 5 FIN retransmissions fewer",
/// or a sentence saying the runs agree.
QString differenceHeadline(const std::vector<TraceDifference> &diffs);
/// Whether a difference is worth a line of its own: time-in-state differences under 1 ms or that
/// only reflect when the runs stop, and segment counts that only echo the retransmissions are left
/// out of the list.
bool isNotable(const TraceDifference &d, const std::vector<TraceDifference> &all);
/// "net.ipv4.tcp_fin_timeout (server)", "One-way delay", "Scenario option mode"…
QString settingName(const SettingDifference &d);
/// A value as the table shows it: "2", "0.5 ms", "(none)".
QString settingValue(const SettingDifference &d, const std::string &value);

} // namespace closelab::text
