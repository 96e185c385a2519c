// SPDX-License-Identifier: GPL-3.0-or-later
#include "network.h"

#include <charconv>
#include <cmath>
#include <string>

namespace closelab {
namespace {

constexpr const char *kRuleGrammar = "DIR:MATCH[:WHEN] with DIR c2s|s2c, MATCH any|syn|synack|ack|fin|rst|data, "
                                     "WHEN all|first|n=K|from=T|until=T";

bool parseSeconds(std::string_view text, SimTime &out)
{
    double v = 0;
    const char *end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc() || p != end || !std::isfinite(v) || v < 0 || v > 86400.0 * 365)
        return false;
    out = fromSeconds(v);
    return true;
}

} // namespace

std::optional<std::string> parseDropRule(std::string_view text, DropRule &out)
{
    DropRule r;
    const auto c1 = text.find(':');
    if (c1 == std::string_view::npos)
        return "--drop '" + std::string(text) + "': expected " + kRuleGrammar;
    const std::string_view dir = text.substr(0, c1);
    std::string_view rest = text.substr(c1 + 1);
    const auto c2 = rest.find(':');
    const std::string_view match = rest.substr(0, c2);
    const std::string_view when = c2 == std::string_view::npos ? std::string_view("all") : rest.substr(c2 + 1);

    if (dir == "c2s") r.dir = DropRule::Direction::ClientToServer;
    else if (dir == "s2c") r.dir = DropRule::Direction::ServerToClient;
    else return "--drop '" + std::string(text) + "': direction '" + std::string(dir) + "' is not c2s or s2c";

    if (match == "any") r.match = DropRule::Match::Any;
    else if (match == "syn") r.match = DropRule::Match::Syn;
    else if (match == "synack") r.match = DropRule::Match::SynAck;
    else if (match == "ack") r.match = DropRule::Match::Ack;
    else if (match == "fin") r.match = DropRule::Match::Fin;
    else if (match == "rst") r.match = DropRule::Match::Rst;
    else if (match == "data") r.match = DropRule::Match::Data;
    else return "--drop '" + std::string(text) + "': match '" + std::string(match) + "' is not one of any|syn|synack|ack|fin|rst|data";

    if (when == "all") {
        r.when = DropRule::When::All;
    } else if (when == "first") {
        r.when = DropRule::When::First;
    } else if (when.starts_with("n=")) {
        r.when = DropRule::When::Nth;
        const std::string_view n = when.substr(2);
        auto [p, ec] = std::from_chars(n.data(), n.data() + n.size(), r.n);
        if (ec != std::errc() || p != n.data() + n.size() || r.n < 1 || r.n > 1000000)
            return "--drop '" + std::string(text) + "': n=K needs an integer K in 1..1000000";
    } else if (when.starts_with("from=") || when.starts_with("until=")) {
        const bool from = when.starts_with("from=");
        r.when = from ? DropRule::When::From : DropRule::When::Until;
        if (!parseSeconds(when.substr(from ? 5 : 6), r.time))
            return "--drop '" + std::string(text) + "': " + (from ? "from" : "until") + "=T needs T in seconds, 0 or more (the story starts at 0)";
    } else {
        return "--drop '" + std::string(text) + "': when '" + std::string(when) + "' is not all|first|n=K|from=T|until=T";
    }
    out = r;
    return std::nullopt;
}

std::string ruleText(const DropRule &r)
{
    std::string s = r.dir == DropRule::Direction::ClientToServer ? "c2s:" : "s2c:";
    static constexpr const char *matches[] = {"any", "syn", "synack", "ack", "fin", "rst", "data"};
    s += matches[static_cast<int>(r.match)];
    switch (r.when) {
    case DropRule::When::All: break;
    case DropRule::When::First: s += ":first"; break;
    case DropRule::When::Nth: s += ":n=" + std::to_string(r.n); break;
    case DropRule::When::From:
    case DropRule::When::Until: {
        char buf[64];
        auto [p, ec] = std::to_chars(buf, buf + sizeof buf, toSeconds(r.time));
        (void)ec;
        s += r.when == DropRule::When::From ? ":from=" : ":until=";
        s.append(buf, p);
        break;
    }
    }
    return s;
}

} // namespace closelab
