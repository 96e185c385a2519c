// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <optional>
#include <string>
#include <vector>

namespace closelab::capture {

/// The `closelab-cli explain --json` object (README.md, "Explaining a capture"): file, packets,
/// tcp_packets, connections (each with client, server, start, end, packets, first_closer, states,
/// retransmissions, rst, findings). `only` keeps one connection. A truncated capture adds "note".
std::string explainJson(const CaptureIndex &index, const std::vector<Connection> &connections,
                        std::optional<std::uint32_t> only = std::nullopt);

/// A JSON string literal, escaping quotes, backslashes and control characters.
std::string jsonString(std::string_view s);

} // namespace closelab::capture
