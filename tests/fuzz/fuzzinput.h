// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz targets' bodies, shared by the libFuzzer entry points (fuzz_*.cpp) and by
// tests/hardening/tst_fuzzregressions.cpp, which replays saved inputs through exactly the same code.
// Each returns the first broken property as one line, or nothing. Header-only, no Qt, no libFuzzer.
#pragma once

#include "core/invariants.h"
#include "core/network.h"
#include "core/runoptions.h"
#include "core/scenario.h"
#include "core/sysctltable.h"
#include "core/transitiontable.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace closelabfuzz {

using namespace closelab;
using Problem = std::optional<std::string>;

/// Most engine work one input may cost (the run is cut by the event budget, then checked).
inline constexpr std::uint64_t kMaxEvents = 3000;
/// Horizon cap for fuzzed runs (30 days is the CLI's own limit).
inline constexpr SimTime kMaxHorizon = 30 * 86400 * kSec;

/// No known gaps remain (the abort edges are in the table since the findings in regressions/engine/).
inline bool isKnownGap(const TraceEvent &) { return false; }

/// checkInvariants() minus the known transition gaps; the first remaining line, or nothing.
inline Problem invariantProblem(const RunConfig &config, const Trace &trace)
{
    int gaps = 0;
    for (const TraceEvent &e : trace.events) gaps += isKnownGap(e) ? 1 : 0;
    std::vector<std::string> left;
    for (const std::string &line : checkInvariants(config, trace)) {
        // The engine's own count may be lower: Host records its mini-sockets' changes without counting them.
        bool gapLine = false;
        for (int n = 1; n <= gaps; ++n) gapLine = gapLine || line == "transition: the engine counted " + std::to_string(n) + " illegal transitions";
        for (const TraceEvent &e : trace.events) {
            if (gapLine || !isKnownGap(e) || !line.ends_with("is not in the transition table")) continue;
            gapLine = line.find(std::string(stateName(e.from)) + " -> " + std::string(stateName(e.to)) + " ("
                                + std::string(causeName(e.cause)) + ")") != std::string::npos;
        }
        const bool knownPorts = false; // fixed: connect() without a free port is EADDRNOTAVAIL
        // checkInvariants() reports at most 50 lines; the count of the rest says nothing new.
        const bool tail = line.starts_with("... and ");
        if (!gapLine && !knownPorts && !tail) left.push_back(line);
    }
    // The specific line rather than the engine's own count of illegal transitions.
    std::stable_partition(left.begin(), left.end(), [](const std::string &l) { return !l.starts_with("transition: the engine counted"); });
    if (left.empty()) return std::nullopt;
    return left.front();
}

/// The closelab-cli command line that reproduces a config (firewall settings, which the CLI cannot set,
/// are appended as a comment).
inline std::string describe(const RunConfig &c)
{
    std::string s = "run " + c.scenario;
    for (const auto &[k, v] : c.options) s += " --opt '" + k + "=" + v + "'";
    for (const SysctlInfo &i : sysctlTable()) {
        if (i.component == 0 && (!c.sysctls.isDefault(i.id) || (sysctlRowsForKey(i.key).size() > 1 && !c.sysctls.isDefault(SysctlId::IpLocalPortRangeHigh))))
            s += " --set '" + std::string(i.key) + "=" + c.sysctls.valueText(i.key) + "'";
    }
    const NetworkConfig &n = c.network;
    const NetworkConfig d;
    if (n.delay != d.delay) s += " --delay " + std::to_string(toSeconds(n.delay));
    if (n.jitter != d.jitter) s += " --jitter " + std::to_string(toSeconds(n.jitter));
    if (n.lossC2S != 0) s += " --loss-c2s " + std::to_string(n.lossC2S);
    if (n.lossS2C != 0) s += " --loss-s2c " + std::to_string(n.lossS2C);
    if (n.duplicate != 0) s += " --duplicate " + std::to_string(n.duplicate);
    for (const DropRule &r : n.drops) s += " --drop '" + ruleText(r) + "'";
    s += " --seed " + std::to_string(c.seed);
    if (c.until) s += " --until " + std::to_string(toSeconds(*c.until));
    s += " --budget " + std::to_string(c.eventBudget);
    if (n.firewall.idleTimeout > 0)
        s += std::string("  # firewall idle ") + std::to_string(toSeconds(n.firewall.idleTimeout)) + " s, "
            + (n.firewall.action == FirewallConfig::Action::Reset ? "reset" : "drop");
    return s;
}

/// Reads a fuzzer's bytes as a stream of small decisions; past the end every read is 0.
class Bytes {
public:
    Bytes(const std::uint8_t *data, std::size_t size) : m_data(data), m_size(size) {}
    std::uint8_t u8() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    std::uint16_t u16() { return static_cast<std::uint16_t>(u8() | (u8() << 8)); }
    std::uint32_t u32() { return u16() | (std::uint32_t{u16()} << 16); }
    std::uint64_t u64() { return u32() | (std::uint64_t{u32()} << 32); }
    bool flag() { return (u8() & 1) != 0; }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : (n <= 256 ? u8() % n : u32() % n); }
    /// A short string straight from the input (length byte, then bytes).
    std::string text(std::size_t max = 24)
    {
        const std::size_t n = std::min<std::size_t>(u8() % (max + 1), m_size - std::min(m_pos, m_size));
        std::string s(reinterpret_cast<const char *>(m_data + std::min(m_pos, m_size)), n);
        m_pos += n;
        return s;
    }
    bool empty() const { return m_pos >= m_size; }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

/// A message is one non-empty line. Readers quote the offending text; closelab-cli escapes control
/// characters when it prints, so here an input's own line break may appear inside the message.
inline bool oneLine(const std::string &s, std::string_view input)
{
    if (input.find_first_of("\r\n") != std::string_view::npos) return !s.empty();
    return !s.empty() && s.find_first_of("\r\n") == std::string::npos;
}

// ------------------------------------------------------------------------------------------------------
// Drop rules: a rejected rule gives one line and leaves the output alone; an accepted one prints back to
// itself (parseDropRule(ruleText(r)) == r).

inline Problem fuzzDropRule(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    DropRule sentinel;
    sentinel.n = 4242;
    DropRule r = sentinel;
    if (auto err = parseDropRule(text, r)) {
        if (!oneLine(*err, text)) return "drop rule: message is not one line: " + *err;
        if (!(r == sentinel)) return "drop rule: a rejected rule changed the output";
        return std::nullopt;
    }
    DropRule again;
    const std::string canonical = ruleText(r);
    if (auto err = parseDropRule(canonical, again)) return "drop rule: ruleText() gave '" + canonical + "', rejected: " + *err;
    if (!(again == r)) return "drop rule: '" + canonical + "' does not read back as the same rule";
    return std::nullopt;
}

// ------------------------------------------------------------------------------------------------------
// Sysctl text: a rejected assignment gives one line and changes nothing; an accepted one is in range and
// reads back from its /proc/sys text.

inline Problem fuzzSysctl(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    Sysctls s;
    if (size > 0 && data[0] < 64) s.set(static_cast<SysctlId>(data[0] % kSysctlCount), sysctlInfo(static_cast<SysctlId>(data[0] % kSysctlCount)).max);
    const Sysctls before = s;
    if (auto err = s.setFromText(text)) {
        if (!oneLine(*err, text)) return "sysctl: message is not one line: " + *err;
        if (!(s == before)) return "sysctl: a rejected assignment changed a value";
        return std::nullopt;
    }
    for (const SysctlInfo &i : sysctlTable()) {
        if (s.get(i.id) < i.min || s.get(i.id) > i.max) return "sysctl: '" + std::string(text) + "' set " + std::string(i.key) + " out of range";
    }
    if (s.get(SysctlId::IpLocalPortRangeLow) > s.get(SysctlId::IpLocalPortRangeHigh) && !(before.get(SysctlId::IpLocalPortRangeLow) > before.get(SysctlId::IpLocalPortRangeHigh)))
        return "sysctl: '" + std::string(text) + "' made the port range empty";
    const std::string key(text.substr(0, text.find('=')));
    Sysctls again = before;
    if (auto err = again.setFromText(key + "=" + s.valueText(key))) return "sysctl: its own text '" + s.valueText(key) + "' is rejected: " + *err;
    if (!(again == s)) return "sysctl: '" + key + "=" + s.valueText(key) + "' does not read back";
    return std::nullopt;
}

// ------------------------------------------------------------------------------------------------------
// CLI arguments: an argv-like list (NUL-separated): SCENARIO NAME VALUE NAME VALUE ...
// applyRunOption() either applies an option or leaves the config unchanged with one line; validate()
// decides; a valid config runs (budget-capped) and keeps the invariants.

inline std::vector<std::string_view> splitArgs(const std::uint8_t *data, std::size_t size)
{
    std::vector<std::string_view> args;
    const char *p = reinterpret_cast<const char *>(data);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= size; ++i) {
        if (i == size || p[i] == '\0') {
            args.emplace_back(p + start, i - start);
            start = i + 1;
        }
    }
    return args;
}

inline Problem fuzzRunOptions(const std::uint8_t *data, std::size_t size)
{
    const auto args = splitArgs(data, size);
    RunConfig config;
    config.scenario = std::string(args.front());
    for (std::size_t i = 1; i + 1 < args.size() && i < 64; i += 2) {
        std::string_view name = args[i];
        if (name.starts_with("--")) name.remove_prefix(2);
        const RunConfig before = config;
        if (auto err = applyRunOption(config, name, args[i + 1])) {
            if (!oneLine(*err, std::string(name) + std::string(args[i + 1]))) return "run option: message is not one line: " + *err;
            if (!(config == before)) return "run option: a rejected --" + std::string(name) + " changed the config";
        }
    }
    if (auto err = validate(config)) {
        if (!oneLine(*err, std::string_view(reinterpret_cast<const char *>(data), size))) return "validate: message is not one line: " + *err;
        return std::nullopt;
    }
    const ScenarioInfo *info = findScenario(config.scenario);
    if (info && info->group == ScenarioGroup::Population) return std::nullopt; // parsed and validated: enough here
    config.eventBudget = std::min<std::uint64_t>(config.eventBudget, 4000);
    const Trace trace = simulate(config);
    if (auto p = invariantProblem(config, trace)) return *p + "\n  closelab-cli " + describe(config);
    return std::nullopt;
}

// ------------------------------------------------------------------------------------------------------
// The engine: a scenario, its options, parameters in and out of range, a network, drop rules, a seed and a
// horizon, all from the input. Out-of-range values must be refused without a change; the run must keep
// every invariant, and (for one input in eight) give the same trace twice.

inline std::string numberText(Bytes &in)
{
    switch (in.u8() % 12) {
    case 0: return std::to_string(in.u8());
    case 1: return std::to_string(in.u16() / 100.0);
    case 2: return std::to_string(static_cast<std::int32_t>(in.u32()));
    case 3: return "0";
    case 4: return "-1";
    case 5: return "nan";
    case 6: return "1e309";
    case 7: return "";
    case 8: return std::to_string(in.u8() / 255.0);
    case 9: return std::to_string(in.u64());
    case 10: return "0x" + std::to_string(in.u8());
    default: return in.text(8);
    }
}

inline std::string dropRuleText(Bytes &in)
{
    static constexpr const char *dirs[] = {"c2s", "s2c", "x"};
    static constexpr const char *matches[] = {"any", "syn", "synack", "ack", "fin", "rst", "data", ""};
    std::string r = std::string(dirs[in.below(3)]) + ":" + matches[in.below(8)];
    switch (in.u8() % 7) {
    case 0: break;
    case 1: r += ":first"; break;
    case 2: r += ":n=" + std::to_string(in.u8() % 12); break;
    case 3: r += ":from=" + std::to_string(in.u16() / 1000.0); break;
    case 4: r += ":until=" + std::to_string(in.u16() / 1000.0); break;
    case 5: r += ":from=" + numberText(in); break;
    default: r += ":" + in.text(6); break;
    }
    return r;
}

/// Decodes an engine input into `config`. Returns a problem when a reader misbehaved; sets `runnable`
/// when the config passed validate() (then it is capped to kMaxEvents and kMaxHorizon).
inline Problem decodeEngineInput(const std::uint8_t *data, std::size_t size, RunConfig &config, bool &runnable, bool &twice)
{
    runnable = false;
    Bytes in(data, size);
    // Single-connection stories only: a population run costs seconds, not microseconds (its own target
    // belongs with the population checks).
    std::vector<const ScenarioInfo *> library;
    for (const ScenarioInfo &s : scenarioLibrary()) {
        if (s.group != ScenarioGroup::Population) library.push_back(&s);
    }
    config = RunConfig{};
    const ScenarioInfo &info = *library[in.below(library.size())];
    config.scenario = std::string(info.name);
    auto apply = [&config](std::string_view name, const std::string &value) -> Problem {
        const RunConfig before = config;
        if (auto err = applyRunOption(config, name, value)) {
            if (!oneLine(*err, value)) return "engine input: --" + std::string(name) + " message is not one line";
            if (!(config == before)) return "engine input: a rejected --" + std::string(name) + "=" + value + " changed the config";
        }
        return std::nullopt;
    };
    // Scenario options: mostly meaningful values, sometimes anything.
    for (const ScenarioOption &o : info.options) {
        const std::uint8_t how = in.u8() % 4;
        if (how == 0) continue;
        std::string value = how == 3 ? numberText(in) : std::to_string(in.u16() % 4000 / 10.0);
        if (o.allowed.find('|') != std::string_view::npos && how != 3) {
            std::string_view rest = o.allowed;
            for (std::size_t k = in.u8() % 3; k > 0 && rest.find('|') != std::string_view::npos; --k) rest.remove_prefix(rest.find('|') + 1);
            value = std::string(rest.substr(0, rest.find('|')));
        }
        if (o.allowed.starts_with("integer") && how != 3) value = std::to_string(1 + in.u8() % 20);
        if (o.allowed.starts_with("bytes") && how != 3) value = std::to_string(256 + in.u32() % 1048321);
        if (auto p = apply("opt", std::string(o.key) + "=" + value)) return p;
    }
    // Parameters: any value in range, and out of range (which must be refused and change nothing).
    for (int n = in.u8() % 8; n > 0; --n) {
        const SysctlInfo &row = sysctlTable()[in.below(sysctlTable().size())];
        const std::uint8_t how = in.u8() % 4;
        std::int64_t v;
        if (how == 0) v = row.min;
        else if (how == 1) v = row.max;
        else if (how == 2) v = row.min + static_cast<std::int64_t>(in.u64() % static_cast<std::uint64_t>(row.max - row.min + 1));
        else v = static_cast<std::int64_t>(in.u64());
        const Sysctls before = config.sysctls;
        const bool inRange = v >= row.min && v <= row.max;
        const bool ok = config.sysctls.set(row.id, v);
        if (ok != inRange) return "engine input: Sysctls::set(" + std::string(row.key) + ", " + std::to_string(v) + ") returned " + (ok ? "true" : "false");
        if (!ok && !(config.sysctls == before)) return "engine input: a refused Sysctls::set changed a value";
    }
    if (config.sysctls.get(SysctlId::IpLocalPortRangeLow) > config.sysctls.get(SysctlId::IpLocalPortRangeHigh))
        config.sysctls.set(SysctlId::IpLocalPortRangeHigh, config.sysctls.get(SysctlId::IpLocalPortRangeLow));
    // Network.
    const std::uint8_t net = in.u8();
    if (net & 1) { if (auto p = apply("delay", (net & 2) ? std::to_string(1e-6 + in.u32() % 500000 / 1e6) : numberText(in))) return p; }
    if (net & 4) { if (auto p = apply("jitter", (net & 2) ? std::to_string(in.u32() % 500000 / 1e6) : numberText(in))) return p; }
    if (net & 8) { if (auto p = apply("loss", std::to_string(in.u8() / 255.0))) return p; }
    if (net & 16) { if (auto p = apply(in.flag() ? "loss-c2s" : "loss-s2c", (net & 2) ? std::to_string(in.u8() / 255.0) : numberText(in))) return p; }
    if (net & 32) { if (auto p = apply("duplicate", (net & 2) ? std::to_string(in.u8() / 255.0) : numberText(in))) return p; }
    if (net & 64) {
        for (int n = 1 + in.u8() % 4; n > 0; --n) {
            if (auto p = apply("drop", dropRuleText(in))) return p;
        }
    }
    if (net & 128) {
        config.network.firewall.idleTimeout = static_cast<SimTime>(in.u32() % 600000) * kMs;
        config.network.firewall.action = in.flag() ? FirewallConfig::Action::Reset : FirewallConfig::Action::Drop;
    }
    if (auto p = apply("seed", std::to_string(in.u64()))) return p;
    const std::uint8_t horizon = in.u8() % 4;
    if (horizon == 1) { if (auto p = apply("until", std::to_string(in.u32() % 100000 / 100.0))) return p; }
    if (horizon == 2) { if (auto p = apply("until", numberText(in))) return p; }
    twice = (in.u8() & 7) == 0;

    if (validate(config)) return std::nullopt; // refused before it ran: that is the right outcome
    config.eventBudget = std::min(config.eventBudget, kMaxEvents);
    if (config.until) config.until = std::min(*config.until, kMaxHorizon);
    runnable = true;
    return std::nullopt;
}

inline Problem fuzzEngine(const std::uint8_t *data, std::size_t size)
{
    RunConfig config;
    bool runnable = false, twice = false;
    if (auto p = decodeEngineInput(data, size, config, runnable, twice)) return p;
    if (!runnable) return std::nullopt;
    const Trace trace = simulate(config);
    if (auto p = invariantProblem(config, trace)) return *p + "\n  closelab-cli " + describe(config);
    if (twice) {
        const auto diff = checkReproducible(config, trace);
        if (!diff.empty()) return diff.front() + "\n  closelab-cli " + describe(config);
    }
    return std::nullopt;
}

} // namespace closelabfuzz
