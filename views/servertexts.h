// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/diagnosis.h"

#include <QString>

// The words of the server health view and the diagnosis (core/server codes → translated text), in one
// place. Kernel function names, sysctl keys, state and counter names stay untranslated.
namespace closelab::text {

QString severityLabel(server::Severity s);              ///< "critical", "warning", "info"
QString findingTitle(const QString &code);              ///< one line: "Connections left in CLOSE_WAIT"
QString findingMeaning(const QString &code);            ///< what it means, two sentences
QString findingChange(const QString &code);             ///< what to change
QString findingDontChange(const QString &code);         ///< what not to do
QString evidenceLabel(const QString &key);              ///< "time_wait" → "TIME_WAIT sockets"; counters unchanged
QString counterMeaning(const QString &counter);         ///< "TcpExt.ListenOverflows" → words, "" when unknown
/// The counters the health view lists, in its order.
const QStringList &healthCounters();

} // namespace closelab::text
