// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"

#include <QString>

namespace closelab {

/// What one event of a trace means, in the current language.
struct Narration {
    QString headline; ///< one line for the event log: "close()", "→ F. seq 1 ack 1", "FIN_WAIT1 → FIN_WAIT2"
    QString what;     ///< what happened, as a sentence
    QString why;      ///< the kernel's rule behind it (corrects the seed articles where they are wrong)
    QString sysctl;   ///< the sysctl that governs it ("net.ipv4.tcp_fin_timeout"), or empty
    bool operator==(const Narration &) const = default;
};

/// Narrates trace.events[index]. Reads the trace only to tell the story (e.g. whether the socket is
/// an orphan because its application called close()); it decides nothing about TCP.
Narration narrate(const Trace &trace, int index);

/// The event the story at time t is about: of the events at the time of the last event at or
/// before t, the application call first, then a segment sent, lost or received, then a state
/// change, and auxiliary timers last (at t = 0 of normal_close: the close(), not "TLP armed").
/// Only events on the lifelines (Trace::onLifelines: a population's sample). -1 before the first.
int storyEventAt(const Trace &trace, SimTime t);

/// Whether `side`'s socket of connection `conn` has been closed with close() (or by the process
/// exiting) at or before event `index`: an orphan, which only the kernel's limits end.
bool isOrphanAt(const Trace &trace, Side side, std::uint32_t conn, int index);

} // namespace closelab
