// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace closelab::json {

/// A number as JSON writes it (shortest round-trip-ish form, no locale).
inline std::string number(double v)
{
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%.10g", v);
    return std::string(buf, static_cast<std::size_t>(n));
}

/// A JSON string literal.
inline std::string quoted(std::string_view s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + '"';
}

} // namespace closelab::json
