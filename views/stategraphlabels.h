// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace closelab {

/// Lines of at most maxWidth, broken only between items: a term such as 主机崩溃 or
/// tcp_max_tw_buckets is never split.
QString wrapItems(const QStringList &items, const QString &separator, const QFont &font, double maxWidth);

/// What a state graph's edge label of several items may be drawn as, in order of preference, each
/// whole (never cut with "…"): the items wrapped to `maxWidth` (a list of ways out to CLOSED,
/// "tcp_synack_retries · RST"; maxWidth 0: one item a line, as a transition's triggers are); one
/// item a line; the first items and how many more ("tcp_synack_retries +1", "RST · tcp_syn_retries
/// +1"; the ⊗ terminal's tooltip lists them all). One item: itself alone. Never one item of
/// several alone: it would read as the only way out.
QStringList edgeLabelForms(const QStringList &items, const QFont &font, double maxWidth);

} // namespace closelab
