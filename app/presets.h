// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario.h"

#include <QList>
#include <QString>
#include <QStringList>

class QFontMetrics;

#include <utility>
#include <vector>

/// A named set of parameter values the user can apply in one step, with where the values come
/// from. Titles and sources are translated when the preset is made (call again after a language change).
struct ParameterPreset {
    QString id;                  ///< "linux", "machine", "seed000-keepalive", …
    QString title;
    QString source;              ///< "Linux 6.18 defaults", "/proc/sys on this machine", "seed 000: …"
    bool replacesAll = false;    ///< true: every other parameter goes back to the Linux default first
    std::vector<std::pair<std::string, std::string>> assignments; ///< sysctl key → value text
    QStringList problems;        ///< what could not be read or is out of range (machine preset)
};

/// Every parameter at the table's Linux default.
ParameterPreset linuxDefaultsPreset();
/// The values of this machine, read (read-only) under `procSys` ("/proc/sys"); ulimit -n from
/// getrlimit(). A key that is missing, unreadable or out of the table's range is named in
/// `problems` and left at the default; nothing is guessed.
ParameterPreset thisMachinePreset(const QString &procSys = QStringLiteral("/proc/sys"));
/// The seed articles' recommendations, each labelled with its article.
QList<ParameterPreset> seedPresets();
/// All of them, in menu order.
QList<ParameterPreset> allPresets();

/// `config` with the preset applied; on a bad value returns the engine's message and leaves `out` alone.
std::optional<std::string> applyPreset(const closelab::RunConfig &config, const ParameterPreset &preset,
                                       closelab::RunConfig &out);

/// A preset as Edit > Presets names it: its title, then in parentheses where its values come from.
QString presetText(const ParameterPreset &preset);
/// presetText() shortened to `width` pixels of `metrics` with "…" where a line could break (after a
/// word, between two Chinese characters; never inside a word). The menu item's tooltip and status
/// tip hold the whole text.
QString presetMenuText(const ParameterPreset &preset, const QFontMetrics &metrics, int width);
/// The widest a preset's item is written: 56 average characters of the menu's font (seed 003's 140
/// characters made the menu 1023 px wide at 100 %).
int presetMenuWidth(const QFontMetrics &metrics);
