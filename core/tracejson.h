// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "trace.h"

#include <string>

namespace closelab {

/// The `closelab-cli run --json` document: {"scenario","seed","params","events","summary",...}.
std::string traceToJson(const RunConfig &config, const Trace &trace);
/// The readable form: tcpdump-like lines with state changes and timers between them.
std::string traceToText(const RunConfig &config, const Trace &trace);

} // namespace closelab
