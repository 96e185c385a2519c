// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario.h"

#include <QByteArray>
#include <QString>

/// The .closelab experiment file: JSON, language independent. It names the scenario, its options,
/// only the parameters the user changed (by sysctl key, values as /proc/sys shows them), the network
/// and the seed:
///
///     {"format": "closelab-experiment", "version": 1, "scenario": "fin_unacked",
///      "options": {"mode": "close"}, "parameters": {"net.ipv4.tcp_orphan_retries": "2"},
///      "network": {"delay_s": 0.0005, "jitter_s": 0, "loss_c2s": 0, "loss_s2c": 0, "duplicate": 0,
///                  "drops": ["s2c:any"], "firewall": {"idle_s": 0, "action": "drop"}}, "seed": 1}
///
/// Reading never half-applies: a bad or foreign file gives one message naming the field and what is
/// allowed, and the caller's experiment is left alone.
namespace ExperimentFile {

inline constexpr const char *suffix = "closelab";

QByteArray toJson(const closelab::RunConfig &config);
/// Parses a document; "" on success (then `out` is set), else a translated message.
QString fromJson(const QByteArray &data, closelab::RunConfig &out);
/// Writes atomically (QSaveFile); "" or the reason.
QString save(const QString &path, const closelab::RunConfig &config);
QString load(const QString &path, closelab::RunConfig &out);

} // namespace ExperimentFile
