// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"
#include "tcpstate.h"

#include <span>
#include <string_view>

namespace closelab {

/// One legal state change. The engine checks every change against this table and the state-graph view
/// draws it; there is no second copy.
struct Transition {
    TcpState from;
    TcpState to;
    Cause cause;
    std::string_view sysctl; ///< the sysctl or timer that governs the edge ("" when none)
    bool linuxOnly;          ///< an edge RFC 9293's diagram does not have (drawn dashed)
};

std::span<const Transition> transitionTable();
/// The table row for (from, to, cause), or nullptr when the change is illegal.
const Transition *findTransition(TcpState from, TcpState to, Cause cause);

} // namespace closelab
