// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace closelab {
namespace {

constexpr std::string_view kNetworkKeys[kNetworkFieldCount] = {"delay", "jitter", "loss", "loss-c2s", "loss-s2c", "duplicate"};

constexpr std::string_view kMetricNames[kSweepMetricCount] = {
    "gone_time", "retransmissions", "rsts_sent", "final_state", "time_wait_plateau",
    "time_wait_peak", "connect_failures", "orphans_peak", "accept_queue_drops", "syn_recv_peak",
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isPortRange(SysctlId id)
{
    return id == SysctlId::IpLocalPortRangeLow || id == SysctlId::IpLocalPortRangeHigh;
}

// Numbers as a person writes them: 3, 0.05, 1e-3 (at most 12 significant digits, no trailing zeros).
std::string numberText(double v)
{
    char buffer[64];
    auto [p, ec] = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::general, 12);
    if (ec != std::errc()) return "?";
    return std::string(buffer, p);
}

bool parseNumber(std::string_view text, double &out)
{
    if (text.empty()) return false;
    const char *end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && p == end && std::isfinite(out);
}

bool isWhole(double v) { return std::isfinite(v) && v == std::floor(v); }

std::string rangeText(const SweepParameter &p)
{
    return numberText(parameterMin(p)) + ".." + numberText(parameterMax(p)) + " (" + std::string(parameterUnit(p)) + ")";
}

// The population scenario's own defaults (tw_bucket_overflow: tcp_max_tw_buckets = 5000) and its workload.
RunConfig effectiveOf(const RunConfig &config, PopulationConfig *workload = nullptr)
{
    RunConfig c = config;
    if (isPopulationScenario(c.scenario)) {
        PopulationConfig w;
        populationPreset(c.scenario, c, w);
        (void)applyPopulationOptions(w, c.options);
        if (workload) *workload = w;
    }
    return c;
}

double sumAtRow(const Series &s, const char *suffix, std::size_t row)
{
    double sum = 0;
    for (const char *side : {"client.", "server."}) {
        const std::vector<double> *c = s.column(std::string(side) + suffix);
        if (c && row < c->size()) sum += (*c)[row];
    }
    return sum;
}

void measurePopulation(const PopulationResult &r, const PopulationConfig &w, SweepPoint &point)
{
    const Series &s = r.series;
    // The plateau: the level read off the chart at the end of the arrivals, i.e. the most TIME_WAIT
    // sockets in their last 10 s (a sample alone dips below a bucket limit between expiries).
    const double arrivalsEnd = w.start + w.duration;
    const double plateauFrom = arrivalsEnd - std::min(10.0, w.duration / 2);
    for (std::size_t i = 0; i < s.t.size(); ++i) {
        const double timeWait = sumAtRow(s, "TIME_WAIT", i);
        if (s.t[i] >= plateauFrom - 1e-9 && s.t[i] <= arrivalsEnd + 1e-9)
            point.timeWaitPlateau = std::max(point.timeWaitPlateau, timeWait);
        point.timeWaitPeak = std::max(point.timeWaitPeak, timeWait);
        point.orphansPeak = std::max(point.orphansPeak, sumAtRow(s, "orphans", i));
    }
    for (const auto &[errnoText, n] : r.totals.connectsFailed) point.connectFailures += double(n);
    if (auto it = r.totals.linuxCounters.find("server.ListenDrops"); it != r.totals.linuxCounters.end())
        point.acceptQueueDrops = double(it->second);
    point.synRecvPeak = double(r.totals.synRecvPeak);
    point.runEnd = r.runEnd;
}

void measureTrace(const Trace &t, SweepPoint &point)
{
    for (int s = 0; s < 2; ++s) {
        const SideSummary &summary = t.summary[std::size_t(s)];
        if (summary.goneAt) point.goneAt[std::size_t(s)] = toSeconds(*summary.goneAt);
        point.retransmissions[std::size_t(s)] = summary.retransmissions;
        point.rstSent[std::size_t(s)] = summary.rstSent;
        point.finalState[std::size_t(s)] = summary.finalState;
    }
    point.runEnd = t.runEnd;
}

} // namespace

bool isPopulationMetric(SweepMetric m) { return static_cast<int>(m) >= static_cast<int>(SweepMetric::TimeWaitPlateau); }
bool metricHasSide(SweepMetric m) { return !isPopulationMetric(m); }

std::string_view sweepMetricName(SweepMetric m) { return kMetricNames[static_cast<int>(m)]; }

std::optional<SweepMetric> sweepMetricFromName(std::string_view name)
{
    for (int i = 0; i < kSweepMetricCount; ++i)
        if (kMetricNames[i] == name) return static_cast<SweepMetric>(i);
    return std::nullopt;
}

std::string sweepParameterKey(const SweepParameter &p)
{
    if (const auto *id = std::get_if<SysctlId>(&p)) {
        const SysctlInfo &info = sysctlInfo(*id);
        std::string key(info.key);
        if (isPortRange(*id)) key += info.component == 0 ? ".low" : ".high";
        return key;
    }
    return std::string(kNetworkKeys[static_cast<int>(std::get<NetworkField>(p))]);
}

std::optional<SweepParameter> sweepParameterFromKey(std::string_view key)
{
    for (int i = 0; i < kNetworkFieldCount; ++i)
        if (kNetworkKeys[i] == key) return SweepParameter{static_cast<NetworkField>(i)};
    for (const SysctlInfo &info : sysctlTable())
        if (sweepParameterKey(info.id) == key) return SweepParameter{info.id};
    return std::nullopt;
}

bool isIntegerParameter(const SweepParameter &p) { return std::holds_alternative<SysctlId>(p); }

double parameterMin(const SweepParameter &p)
{
    if (const auto *id = std::get_if<SysctlId>(&p)) return double(sysctlInfo(*id).min);
    return std::get<NetworkField>(p) == NetworkField::Delay ? toSeconds(kMinDelay) : 0.0;
}

double parameterMax(const SweepParameter &p)
{
    if (const auto *id = std::get_if<SysctlId>(&p)) return double(sysctlInfo(*id).max);
    const NetworkField f = std::get<NetworkField>(p);
    return f == NetworkField::Delay || f == NetworkField::Jitter ? toSeconds(kMaxDelay) : 1.0;
}

std::string_view parameterUnit(const SweepParameter &p)
{
    if (const auto *id = std::get_if<SysctlId>(&p)) return sysctlInfo(*id).unit;
    const NetworkField f = std::get<NetworkField>(p);
    return f == NetworkField::Delay || f == NetworkField::Jitter ? "s" : "probability";
}

double currentValue(const RunConfig &config, const SweepParameter &p, SweepHost host)
{
    const RunConfig c = effectiveOf(config);
    if (const auto *id = std::get_if<SysctlId>(&p)) {
        const Sysctls &s = host == SweepHost::Server && c.serverSysctls ? *c.serverSysctls : c.sysctls;
        return double(s.get(*id));
    }
    switch (std::get<NetworkField>(p)) {
    case NetworkField::Delay: return toSeconds(c.network.delay);
    case NetworkField::Jitter: return toSeconds(c.network.jitter);
    case NetworkField::Loss:
    case NetworkField::LossC2S: return c.network.lossC2S;
    case NetworkField::LossS2C: return c.network.lossS2C;
    case NetworkField::Duplicate: return c.network.duplicate;
    }
    return 0;
}

bool applySweepValue(RunConfig &config, const SweepParameter &p, SweepHost host, double value)
{
    if (!(value >= parameterMin(p) && value <= parameterMax(p))) return false;
    if (const auto *id = std::get_if<SysctlId>(&p)) {
        if (!isWhole(value)) return false;
        const auto v = static_cast<std::int64_t>(value);
        RunConfig c = config;
        if (host != SweepHost::Both && !c.serverSysctls) c.serverSysctls = c.sysctls;
        // ip_local_port_range is one key: setting one port sets the other too (at its value), as --set does.
        auto setOn = [&](Sysctls &s) {
            if (isPortRange(*id)) {
                const SysctlId other = *id == SysctlId::IpLocalPortRangeLow ? SysctlId::IpLocalPortRangeHigh : SysctlId::IpLocalPortRangeLow;
                s.set(other, s.get(other));
            }
            return s.set(*id, v);
        };
        bool ok = true;
        if (host != SweepHost::Server) ok = setOn(c.sysctls);
        if (ok && host != SweepHost::Client && c.serverSysctls) ok = setOn(*c.serverSysctls);
        if (ok) config = std::move(c);
        return ok;
    }
    NetworkConfig &n = config.network;
    switch (std::get<NetworkField>(p)) {
    case NetworkField::Delay: n.delay = fromSeconds(value); break;
    case NetworkField::Jitter: n.jitter = fromSeconds(value); break;
    case NetworkField::Loss: n.lossC2S = n.lossS2C = value; break;
    case NetworkField::LossC2S: n.lossC2S = value; break;
    case NetworkField::LossS2C: n.lossS2C = value; break;
    case NetworkField::Duplicate: n.duplicate = value; break;
    }
    return true;
}

std::pair<std::string, std::string> sweepRunOption(const RunConfig &config, const SweepParameter &p, SweepHost host, double value)
{
    if (const auto *id = std::get_if<SysctlId>(&p)) {
        const SysctlInfo &info = sysctlInfo(*id);
        const std::string name = host == SweepHost::Both ? "set" : host == SweepHost::Client ? "set-client" : "set-server";
        std::string text = numberText(value);
        if (isPortRange(*id)) {
            // One key, two values: the other port stays as the experiment has it.
            const Sysctls &s = host == SweepHost::Server && config.serverSysctls ? *config.serverSysctls : config.sysctls;
            const std::int64_t low = info.component == 0 ? static_cast<std::int64_t>(value) : s.get(SysctlId::IpLocalPortRangeLow);
            const std::int64_t high = info.component == 1 ? static_cast<std::int64_t>(value) : s.get(SysctlId::IpLocalPortRangeHigh);
            text = std::to_string(low) + " " + std::to_string(high);
        }
        return {name, std::string(info.key) + "=" + text};
    }
    return {std::string(kNetworkKeys[static_cast<int>(std::get<NetworkField>(p))]), numberText(value)};
}

std::optional<std::string> parseSweepRange(std::string_view text, SweepSpec &spec)
{
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return "sweep range: expected FROM:TO, FROM:TO:STEP or FROM:TO/COUNT, got '" + std::string(text) + "'";
    const std::string_view fromText = text.substr(0, colon);
    std::string_view rest = text.substr(colon + 1);
    std::string_view toText = rest;
    std::optional<double> step;
    int count = 0;
    if (const auto c2 = rest.find(':'); c2 != std::string_view::npos) {
        toText = rest.substr(0, c2);
        double s = 0;
        if (!parseNumber(rest.substr(c2 + 1), s))
            return "sweep range: STEP must be a number, got '" + std::string(rest.substr(c2 + 1)) + "'";
        step = s;
    } else if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
        toText = rest.substr(0, slash);
        const std::string_view countText = rest.substr(slash + 1);
        auto [p, ec] = std::from_chars(countText.data(), countText.data() + countText.size(), count);
        if (countText.empty() || ec != std::errc() || p != countText.data() + countText.size())
            return "sweep range: COUNT must be a whole number, got '" + std::string(countText) + "'";
    }
    double from = 0;
    double to = 0;
    if (!parseNumber(fromText, from)) return "sweep range: FROM must be a number, got '" + std::string(fromText) + "'";
    if (!parseNumber(toText, to)) return "sweep range: TO must be a number, got '" + std::string(toText) + "'";
    spec.from = from;
    spec.to = to;
    spec.step = step;
    spec.count = count;
    return std::nullopt;
}

std::optional<std::string> validateSweep(const SweepSpec &spec)
{
    if (auto err = validate(spec.config)) return err;
    const SweepParameter &p = spec.parameter;
    const std::string key = sweepParameterKey(p);
    const bool integer = isIntegerParameter(p);
    for (const auto &[name, v] : {std::pair<const char *, double>{"from", spec.from}, {"to", spec.to}}) {
        if (!std::isfinite(v) || v < parameterMin(p) || v > parameterMax(p))
            return key + ": " + name + " " + numberText(v) + " is out of range " + rangeText(p);
        if (integer && !isWhole(v))
            return key + ": " + name + " must be a whole number (" + numberText(v) + " given)";
    }
    if (spec.step) {
        const double step = *spec.step;
        if (!std::isfinite(step) || step <= 0)
            return key + ": the step must be greater than 0 (" + numberText(step) + " given)";
        if (integer && !isWhole(step))
            return key + ": the step must be a whole number for an integer parameter (" + numberText(step) + " given)";
    } else if (spec.count != 0 && (spec.count < 2 || spec.count > kMaxSweepPoints) && !(spec.count == 1 && spec.from == spec.to)) {
        return key + ": the number of points must be between 2 and " + std::to_string(kMaxSweepPoints) + " ("
            + std::to_string(spec.count) + " given)";
    }
    double points = 0;
    if (spec.step) points = std::floor(std::abs(spec.to - spec.from) / *spec.step + 1e-9) + 1;
    else if (spec.count != 0) points = spec.count;
    else points = integer ? std::abs(spec.to - spec.from) + 1 : 11;
    if (points > kMaxSweepPoints)
        return key + ": " + numberText(points) + " points are too many (at most " + std::to_string(kMaxSweepPoints)
            + "): choose a larger step or fewer points";
    // ip_local_port_range: every point must keep the first port at or below the last.
    if (const auto *id = std::get_if<SysctlId>(&p); id && isPortRange(*id)) {
        for (double v : sweepValues(spec)) {
            RunConfig c = spec.config;
            applySweepValue(c, p, spec.host, v);
            for (const Sysctls *s : {&c.sysctls, c.serverSysctls ? &*c.serverSysctls : nullptr}) {
                if (s && s->get(SysctlId::IpLocalPortRangeLow) > s->get(SysctlId::IpLocalPortRangeHigh))
                    return key + ": at " + numberText(v) + " the first port would exceed the last ("
                        + std::to_string(s->get(SysctlId::IpLocalPortRangeLow)) + " > "
                        + std::to_string(s->get(SysctlId::IpLocalPortRangeHigh)) + ")";
            }
        }
    }
    return std::nullopt;
}

std::vector<double> sweepValues(const SweepSpec &spec)
{
    std::vector<double> values;
    const bool integer = isIntegerParameter(spec.parameter);
    const double direction = spec.to >= spec.from ? 1.0 : -1.0;
    const double span = std::abs(spec.to - spec.from);
    if (spec.step || (spec.count == 0 && integer)) {
        const double step = spec.step ? *spec.step : 1.0;
        const auto n = static_cast<long>(std::floor(span / step + 1e-9)) + 1;
        for (long i = 0; i < n && i < kMaxSweepPoints; ++i) {
            // Computed from the index, not accumulated: 0.1 steps do not drift.
            double v = spec.from + direction * step * double(i);
            if (integer) v = std::round(v);
            values.push_back(v);
        }
        return values;
    }
    const int count = spec.count == 0 ? 11 : std::min(spec.count, kMaxSweepPoints);
    for (int i = 0; i < count; ++i) {
        double v = count == 1 ? spec.from : spec.from + (spec.to - spec.from) * double(i) / double(count - 1);
        if (i == count - 1) v = spec.to;
        if (integer) v = std::round(v);
        // Integer parameters: a count finer than the range gives each whole value once.
        if (values.empty() || values.back() != v) values.push_back(v);
    }
    return values;
}

SweepResult runSweep(const SweepSpec &spec, const std::atomic<bool> *cancel, const std::function<void(double)> &progress)
{
    SweepResult result;
    result.spec = spec;
    result.population = isPopulationScenario(spec.config.scenario);
    const std::vector<double> values = sweepValues(spec);
    const double n = double(std::max<std::size_t>(values.size(), 1));
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            return result;
        }
        SweepPoint point;
        point.value = values[i];
        RunConfig config = spec.config;
        applySweepValue(config, spec.parameter, spec.host, values[i]);
        if (result.population) {
            PopulationConfig workload;
            const RunConfig effective = effectiveOf(config, &workload);
            std::function<void(double)> partial;
            if (progress) partial = [&progress, i, n](double f) { progress((double(i) + std::clamp(f, 0.0, 1.0)) / n); };
            const PopulationResult r = simulatePopulation(effective, workload, cancel, partial);
            if (r.runEnd == RunEnd::Cancelled || (cancel && cancel->load(std::memory_order_relaxed))) {
                result.cancelled = true;
                return result;
            }
            measurePopulation(r, workload, point);
        } else {
            measureTrace(simulate(config), point);
        }
        result.points.push_back(point);
        if (progress) progress(double(i + 1) / n);
    }
    if (progress && values.empty()) progress(1.0);
    return result;
}

double outcomeValue(const SweepPoint &point, const SweepOutcome &outcome, bool population)
{
    if (isPopulationMetric(outcome.metric) != population) return kNaN;
    const auto side = static_cast<std::size_t>(outcome.side);
    switch (outcome.metric) {
    case SweepMetric::GoneTime: return point.goneAt[side] ? *point.goneAt[side] : kNaN;
    case SweepMetric::Retransmissions: {
        const auto &byKind = point.retransmissions[side];
        if (outcome.kind) return byKind[static_cast<std::size_t>(*outcome.kind)];
        int sum = 0;
        for (int n : byKind) sum += n;
        return sum;
    }
    case SweepMetric::RstsSent: return point.rstSent[side];
    case SweepMetric::FinalState: return static_cast<int>(point.finalState[side]);
    case SweepMetric::TimeWaitPlateau: return point.timeWaitPlateau;
    case SweepMetric::TimeWaitPeak: return point.timeWaitPeak;
    case SweepMetric::ConnectFailures: return point.connectFailures;
    case SweepMetric::OrphansPeak: return point.orphansPeak;
    case SweepMetric::AcceptQueueDrops: return point.acceptQueueDrops;
    case SweepMetric::SynRecvPeak: return point.synRecvPeak;
    }
    return kNaN;
}

std::string sweepToCsv(const SweepResult &result)
{
    std::vector<std::pair<std::string, SweepOutcome>> columns;
    for (int m = 0; m < kSweepMetricCount; ++m) {
        const auto metric = static_cast<SweepMetric>(m);
        if (isPopulationMetric(metric) != result.population) continue;
        if (!metricHasSide(metric)) {
            columns.push_back({std::string(sweepMetricName(metric)), {metric, Side::Client, std::nullopt}});
            continue;
        }
        for (Side side : {Side::Client, Side::Server})
            columns.push_back({std::string(sideName(side)) + "." + std::string(sweepMetricName(metric)), {metric, side, std::nullopt}});
    }
    std::string csv = sweepParameterKey(result.spec.parameter);
    for (const auto &[name, outcome] : columns) csv += "," + name;
    csv += "\n";
    for (const SweepPoint &point : result.points) {
        csv += numberText(point.value);
        for (const auto &[name, outcome] : columns) {
            const double v = outcomeValue(point, outcome, result.population);
            csv += ",";
            if (std::isnan(v)) continue;
            csv += outcome.metric == SweepMetric::FinalState ? std::string(stateName(point.finalState[static_cast<std::size_t>(outcome.side)]))
                                                             : numberText(v);
        }
        csv += "\n";
    }
    return csv;
}

bool sameExceptParameter(const RunConfig &a, const RunConfig &b, const SweepParameter &p, SweepHost host)
{
    RunConfig x = a;
    RunConfig y = b;
    const double v = parameterMin(p);
    applySweepValue(x, p, host, v);
    applySweepValue(y, p, host, v);
    if (const auto *f = std::get_if<NetworkField>(&p); f && *f == NetworkField::Loss) {
        x.network.lossS2C = y.network.lossS2C = v;
    }
    return x == y;
}

} // namespace closelab
