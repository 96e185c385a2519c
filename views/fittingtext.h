// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontMetrics>
#include <QStringList>

namespace closelab {

/// The first of `texts` (longest first, each a whole phrase) whose width in `metrics` is at most
/// `width`, or an empty string where none fits. A line of help that does not fit is said shorter
/// or not at all, never cut mid-word with "…" ("Retransmissions, timers a…" told nothing).
QString firstThatFits(const QFontMetrics &metrics, const QStringList &texts, int width);

} // namespace closelab
