// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"

namespace closelab {

/// The state every view shows for a side at time t (the sequence diagram's header, the state
/// graph's token, the narration): the state of the side's connection socket once it exists; before
/// it, the side's listener (LISTEN from listen() on: the connection will be born from it), else
/// CLOSED. After the connection socket is gone: CLOSED. One function, so that the views never
/// disagree (the header said CLOSED while the state graph said LISTEN at −1.0…−0.3 s).
TcpState sideStateAt(const Trace &trace, Side side, SimTime t);

} // namespace closelab
