// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis.h"
#include "snapshot.h"

#include <string>

namespace closelab::server {

/// Most destinations listed (those with the most ports in use toward them).
inline constexpr std::size_t kMaxDestinationsListed = 100;

/// `closelab-cli diagnose --json`: one object (README "Diagnosing a server" documents the keys).
std::string diagnosisToJson(const Snapshot &snapshot, const std::vector<Finding> &findings);
/// `closelab-cli diagnose`: the same as text, for a terminal.
std::string diagnosisToText(const Snapshot &snapshot, const std::vector<Finding> &findings);
/// A JSON string literal of any bytes: control characters escaped, invalid UTF-8 replaced by U+FFFD.
std::string jsonString(std::string_view s);
/// Destinations with ports in use, most first, at most kMaxDestinationsListed.
std::vector<const Destination *> busiestDestinations(const Snapshot &snapshot);

} // namespace closelab::server
