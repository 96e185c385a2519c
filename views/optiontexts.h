// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>

namespace closelab::text {

/// What the parameter panel shows for a scenario option instead of its raw key.
struct OptionWords {
    QString title;       ///< "Connections per second" (translated)
    QString unit;        ///< "s", "B", "" (a protocol unit, untranslated)
    QString description; ///< one sentence: what the option changes (translated)
};

/// The words of a scenario option key (rate, closer, leak, server_close_delay…); a key without
/// words gets its key as the title.
OptionWords optionWords(const std::string &key);

/// The value the scenario uses when the option is left empty: the library's default, or the
/// population preset's (tw_bucket_overflow: rate 200). Empty when there is none (e.g. "never").
QString optionDefault(const std::string &scenario, const std::string &key);

} // namespace closelab::text
