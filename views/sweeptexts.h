// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sweep.h"

#include <QString>

// The sweep's words: parameter names (the parameter panel's titles), outcomes, units, value text.
// Translated at the point of use, like parametertexts.h.
namespace closelab::text {

/// "Retries of orphans" for a sysctl (the panel's title), "One-way delay" for a network field.
QString sweepParameterTitle(const SweepParameter &p);
/// The axis title: "Retries of orphans (net.ipv4.tcp_orphan_retries)" with the unit when it has one.
QString sweepParameterAxisTitle(const SweepParameter &p);
/// The unit beside a value ("s", "times", "sockets"), "" for probabilities and modes.
QString sweepParameterUnit(const SweepParameter &p);
/// A parameter value as shown on the axis and in tooltips ("3", "0.05 s", "5%").
QString sweepValueText(const SweepParameter &p, double value);

QString sweepHostLabel(SweepHost h);
/// "Time until the socket is gone", "Retransmissions", … (no side).
QString sweepMetricTitle(SweepMetric m);
/// What the Y axis says: "Client: gone after (s)", "FIN retransmissions by the server", "TIME_WAIT plateau (sockets)".
QString sweepOutcomeAxisTitle(const SweepOutcome &o);
/// An outcome value ("6.752 s", "9", "FIN_WAIT1", "not gone" for NaN gone times).
QString sweepOutcomeValueText(const SweepOutcome &o, double value);

} // namespace closelab::text
