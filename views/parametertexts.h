// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sysctltable.h"

#include <QString>

// The one place where parameters become words: a title, what the parameter does and the kernel's
// fine print (defaults that mean something else, parameters that govern fewer sockets than their
// name suggests). Translated at the point of use, like codetexts.h. Sysctl keys stay untranslated.
namespace closelab::text {

/// The panel's groups: the sysctl table's five, then the network and the scenario's options.
enum class ParameterGroup { CloseAndRetransmission, TimeWaitAndPorts, HandshakeAndQueues, Keepalive, Limits, Network, ScenarioOptions };
inline constexpr int kParameterGroupCount = 7;

ParameterGroup parameterGroup(SysctlGroup g);
QString parameterGroupTitle(ParameterGroup g);
/// Short name shown beside the slider ("FIN_WAIT2 timeout of orphans").
QString parameterTitle(SysctlId id);
/// One or two sentences: what the kernel does with it.
QString parameterDescription(SysctlId id);
/// Kernel notes that blogs get wrong, or "" when there is none.
QString parameterNote(SysctlId id);
/// The unit as shown beside the spin box ("s", "ms", "µs", "sockets" …).
QString unitLabel(std::string_view unit);
/// What a value means when the number alone does not say it: the modes of tcp_tw_reuse,
/// tcp_syncookies, tcp_timestamps, tcp_early_retrans, the on/off ones, and tcp_orphan_retries' 0
/// (which the kernel reads as 8). "" for plain quantities.
QString valueMeaning(SysctlId id, std::int64_t value);
/// The whole tooltip (HTML): key, description, default with unit, range, notes, namespace scope.
QString parameterToolTip(const SysctlInfo &info);

/// Network parameters (not sysctls).
enum class NetworkParameter { Delay, Jitter, LossC2S, LossS2C, Duplicate, DropRules, FirewallIdle, FirewallAction };
QString networkTitle(NetworkParameter p);
QString networkDescription(NetworkParameter p);

} // namespace closelab::text
