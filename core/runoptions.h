// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <optional>
#include <string>
#include <string_view>

namespace closelab {

/// Applies one option of `closelab-cli run` (and of the GUI's --screenshot mode) to a RunConfig:
/// `set` (KEY=VALUE, both hosts), `set-client` / `set-server` (one host), `delay`, `jitter`, `loss`, `loss-c2s`, `loss-s2c`, `duplicate`, `drop`, `opt` (K=V),
/// `seed`, `until`, `budget`. On a bad value returns a one-line message naming the option and what is
/// allowed, and leaves the config unchanged.
std::optional<std::string> applyRunOption(RunConfig &config, std::string_view name, std::string_view value);

} // namespace closelab
