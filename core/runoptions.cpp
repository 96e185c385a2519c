// SPDX-License-Identifier: GPL-3.0-or-later
#include "runoptions.h"

#include <charconv>
#include <cmath>

namespace closelab {
namespace {

bool parseNumber(std::string_view text, double &out)
{
    const char *end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, out);
    return !text.empty() && ec == std::errc() && p == end && std::isfinite(out);
}

std::optional<std::string> seconds(std::string_view name, std::string_view value, double min, double max, SimTime &out)
{
    double v = 0;
    if (!parseNumber(value, v) || v < min || v > max)
        return "--" + std::string(name) + ": expected seconds between " + std::to_string(min).substr(0, 8) + " and "
            + std::to_string(max).substr(0, 8) + ", got '" + std::string(value) + "'";
    out = fromSeconds(v);
    return std::nullopt;
}

std::optional<std::string> probability(std::string_view name, std::string_view value, double &out)
{
    double v = 0;
    if (!parseNumber(value, v) || v < 0 || v > 1)
        return "--" + std::string(name) + ": expected a probability between 0 and 1, got '" + std::string(value) + "'";
    out = v;
    return std::nullopt;
}

} // namespace

std::optional<std::string> applyRunOption(RunConfig &config, std::string_view name, std::string_view value)
{
    RunConfig c = config;
    std::optional<std::string> err;
    if (name == "set") {
        err = c.sysctls.setFromText(value);
        if (!err && c.serverSysctls) err = c.serverSysctls->setFromText(value);
    } else if (name == "set-server" || name == "set-client") {
        // Client and server are different machines: each may have its own value.
        if (!c.serverSysctls) c.serverSysctls = c.sysctls;
        err = (name == "set-server" ? *c.serverSysctls : c.sysctls).setFromText(value);
        if (err) err = "--" + std::string(name) + " " + *err;
    } else if (name == "delay") {
        err = seconds(name, value, toSeconds(kMinDelay), toSeconds(kMaxDelay), c.network.delay);
    } else if (name == "jitter") {
        err = seconds(name, value, 0, toSeconds(kMaxDelay), c.network.jitter);
    } else if (name == "loss") {
        err = probability(name, value, c.network.lossC2S);
        c.network.lossS2C = c.network.lossC2S;
    } else if (name == "loss-c2s") {
        err = probability(name, value, c.network.lossC2S);
    } else if (name == "loss-s2c") {
        err = probability(name, value, c.network.lossS2C);
    } else if (name == "duplicate") {
        err = probability(name, value, c.network.duplicate);
    } else if (name == "drop") {
        DropRule r;
        err = parseDropRule(value, r);
        if (!err) c.network.drops.push_back(r);
    } else if (name == "opt") {
        const auto eq = value.find('=');
        if (eq == std::string_view::npos || eq == 0) err = "--opt expects KEY=VALUE, got '" + std::string(value) + "'";
        else c.options[std::string(value.substr(0, eq))] = std::string(value.substr(eq + 1));
    } else if (name == "seed") {
        std::uint64_t s = 0;
        auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), s);
        if (value.empty() || ec != std::errc() || p != value.data() + value.size())
            err = "--seed: expected a non-negative integer, got '" + std::string(value) + "'";
        else c.seed = s;
    } else if (name == "until") {
        SimTime t = 0;
        err = seconds(name, value, 0.000001, 2592000, t);
        if (!err) c.until = t;
    } else if (name == "budget") {
        std::uint64_t b = 0;
        auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), b);
        if (value.empty() || ec != std::errc() || p != value.data() + value.size() || b == 0 || b > 1'000'000'000)
            err = "--budget: expected an event count between 1 and 1000000000";
        else c.eventBudget = b;
    } else {
        err = "unknown option --" + std::string(name);
    }
    if (!err) config = std::move(c);
    return err;
}

} // namespace closelab
