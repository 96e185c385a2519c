// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "trace.h"

#include <string>
#include <vector>

namespace closelab {

/// Checks the rules every run must keep, from the Trace alone (the engine's tables are not consulted):
///
/// - `transition`: every state change is a row of the transition table and starts from the state the
///   socket was in; `Trace::illegalTransitions` is 0.
/// - `end_state`: at a quiescent end every socket is gone, or rests in a state that needs no timer and the
///   needs no application to act (LISTEN, ESTABLISHED, CLOSE_WAIT, FIN_WAIT2 of an owned socket), and no
///   timer runs; a socket that reached CLOSED (other than a listener) is gone exactly once; the summary
///   agrees; and the scenario's declared end states hold (checkEndStates()).
/// - `time_wait_buckets`, `accept_queue`, `ports`: derived counts are never negative and never exceed
///   their limits: tw sockets per host (TIME_WAIT plus orphaned FIN_WAIT2 mini-sockets) <=
///   tcp_max_tw_buckets, accept queue <= min(backlog, somaxconn) + 1, client connections <= port range.
/// - `time`: events are in time order, between Trace::start and Trace::end; the horizon is respected;
///   segments arrive after they are sent; timers end at or after they are armed and fire at their expiry.
/// - `segments`, `timers`: every delivered or dropped segment was sent (once), and ends once; the segment
///   and timer records agree with the events.
///
/// Returns one line per broken rule (empty when all hold), each starting with the rule's name and giving
/// the time and the values involved. At most 50 lines. Never runs the engine, so simulate() may call it.
std::vector<std::string> checkInvariants(const RunConfig &config, const Trace &trace);

/// `end_state` against a declaration: when a run ends by itself or at the default horizon on an ideal
/// network (no loss, duplication, jitter, drop rules or firewall), every connection socket with no timer
/// running is gone or in a state `declared` allows for its side. checkInvariants() calls this with the
/// scenario's own declaration (ScenarioInfo::endStates); tests call it with wrong ones. At most 50 lines.
std::vector<std::string> checkEndStates(const RunConfig &config, const Trace &trace, const EndStates &declared);

/// `determinism`: runs `config` again and reports the first difference from `trace` (empty when equal).
std::vector<std::string> checkReproducible(const RunConfig &config, const Trace &trace);

} // namespace closelab
