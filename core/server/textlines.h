// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small text helpers shared by the snapshot parsers (internal to core/server).

#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace closelab::server::text {

inline bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

inline std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

/// Splits on runs of white space into `out` (cleared first).
inline void split(std::string_view s, std::vector<std::string_view> &out)
{
    out.clear();
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpace(s[i])) ++i;
        const std::size_t start = i;
        while (i < s.size() && !isSpace(s[i])) ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
}

/// Calls fn(line) for each line (without its '\n' or '\r').
template <typename Fn>
void forEachLine(std::string_view s, Fn &&fn)
{
    std::size_t pos = 0;
    while (pos < s.size()) {
        std::size_t nl = s.find('\n', pos);
        if (nl == std::string_view::npos) nl = s.size();
        std::string_view line = s.substr(pos, nl - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        fn(line);
        pos = nl + 1;
    }
}

inline std::optional<std::int64_t> toInt(std::string_view s, int base = 10)
{
    if (s.empty()) return std::nullopt;
    if (base == 10 && s.front() == '+') s.remove_prefix(1);
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v, base);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return v;
}

inline bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

} // namespace closelab::server::text
