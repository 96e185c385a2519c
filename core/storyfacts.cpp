// SPDX-License-Identifier: GPL-3.0-or-later
// Story facts: measuring a run and checking what a scenario's description promises.
#include "storyfacts.h"

#include "timerwheel.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace closelab {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

bool ofKind(const SegmentRecord &s, RetransKind k)
{
    const std::uint8_t f = s.header.flags;
    switch (k) {
    case RetransKind::Syn: return (f & FlagSyn) && !(f & FlagAck);
    case RetransKind::SynAck: return (f & FlagSyn) && (f & FlagAck);
    case RetransKind::Fin: return (f & FlagFin) != 0;
    case RetransKind::Data: return s.header.len > 0 && !(f & (FlagSyn | FlagRst));
    case RetransKind::Probe:
    case RetransKind::Keepalive: return s.retransKind == k;
    }
    return false;
}

bool mine(const SegmentRecord &s, Side side) { return s.from == side && s.conn == 0; }

double sysctlValue(const RunConfig &c, Side side, SysctlId id)
{
    const Sysctls &s = (side == Side::Server && c.serverSysctls) ? *c.serverSysctls : c.sysctls;
    return static_cast<double>(s.get(id));
}

double amountValue(const Amount &a, const RunConfig &c, Side side)
{
    switch (a.source) {
    case Amount::Source::Constant: return a.constant;
    case Amount::Source::Sysctl: return sysctlValue(c, side, a.sysctl) * a.scale;
    case Amount::Source::Option: {
        auto it = c.options.find(std::string(a.option));
        double v = a.constant;
        if (it != c.options.end() && !it->second.empty())
            std::from_chars(it->second.data(), it->second.data() + it->second.size(), v);
        return v * a.scale;
    }
    }
    return kNan;
}

double seriesPeak(const StoryRun &run, std::string_view column)
{
    if (!run.population) return kNan;
    const std::vector<double> *col = run.population->series.column(std::string(column));
    if (!col || col->empty()) return kNan;
    return *std::max_element(col->begin(), col->end());
}

} // namespace

StoryRun runStory(const RunConfig &config)
{
    StoryRun run;
    run.config = config;
    if (isPopulationScenario(config.scenario)) {
        PopulationConfig w;
        populationPreset(config.scenario, run.config, w);
        (void)applyPopulationOptions(w, config.options);
        run.population = simulatePopulation(run.config, w);
        run.trace = run.population->sample;
    } else {
        run.trace = simulate(config);
    }
    return run;
}

double measure(const StoryFact &f, const StoryRun &run)
{
    const Trace &t = run.trace;
    switch (f.measure) {
    case Measure::Segments:
        return static_cast<double>(std::count_if(t.segments.begin(), t.segments.end(), [&f](const SegmentRecord &s) {
            return mine(s, f.side) && s.sentAt >= 0 && (f.flag == 0 || (s.header.flags & f.flag));
        }));
    case Measure::StateEntries:
        return static_cast<double>(std::count_if(t.events.begin(), t.events.end(), [&f](const TraceEvent &e) {
            return e.type == EventType::State && e.host == f.side && e.conn == 0 && e.to == f.state;
        }));
    case Measure::StateSeconds: {
        std::optional<SimTime> entered;
        for (const TraceEvent &e : t.events) {
            if (e.host != f.side || e.conn != 0) continue;
            if (!entered && e.type == EventType::State && e.to == f.state) entered = e.t;
            else if (entered && ((e.type == EventType::State && e.from == f.state) || e.type == EventType::Gone))
                return toSeconds(e.t - *entered);
        }
        return entered ? kInf : kNan;
    }
    case Measure::TimerSeconds: {
        double last = kNan;
        for (const TimerRecord &r : t.timers) {
            if (r.host == f.side && r.conn == 0 && r.kind == f.timer && r.end == TimerAction::Fire)
                last = toSeconds(r.endedAt - r.armedAt);
        }
        return last;
    }
    case Measure::Timers:
        return static_cast<double>(std::count_if(t.timers.begin(), t.timers.end(), [&f](const TimerRecord &r) {
            return r.host == f.side && r.conn == 0 && r.kind == f.timer;
        }));
    case Measure::Retransmissions:
        return static_cast<double>(std::count_if(t.segments.begin(), t.segments.end(), [&f](const SegmentRecord &s) {
            return mine(s, f.side) && s.retransKind == f.retrans;
        }));
    case Measure::FirstRetransmissionAt:
        for (const SegmentRecord &s : t.segments) {
            if (mine(s, f.side) && s.retransKind == f.retrans) return toSeconds(s.sentAt);
        }
        return kInf;
    case Measure::BackoffDoubles: {
        std::vector<SimTime> sent;
        for (const SegmentRecord &s : t.segments) {
            if (mine(s, f.side) && ofKind(s, f.retrans)) sent.push_back(s.sentAt);
        }
        // from the second retransmission on: the first follows the initial RTO (and the TLP's timing)
        if (sent.size() < 4) return 0;
        for (std::size_t i = 3; i < sent.size(); ++i) {
            const double before = toSeconds(sent[i - 1] - sent[i - 2]), gap = toSeconds(sent[i] - sent[i - 1]);
            // doubling (tcp_timer.c: icsk_backoff) until tcp_rto_max caps it
            const double cap = sysctlValue(run.config, f.side, SysctlId::TcpRtoMaxMs) / 1000.0;
            if (gap < 1.8 * before && gap < 0.95 * cap) return 0;
        }
        return 1;
    }
    case Measure::GoneWith: return t.side(f.side).goneReason == f.gone ? 1 : 0;
    case Measure::GoneAt: return t.side(f.side).goneAt ? toSeconds(*t.side(f.side).goneAt) : kInf;
    case Measure::Errors:
        return static_cast<double>(std::count_if(t.events.begin(), t.events.end(), [&f](const TraceEvent &e) {
            return e.type == EventType::App && e.host == f.side && e.call == f.call && e.result == -1 && e.err == f.err;
        }));
    case Measure::Rsts:
        return static_cast<double>(std::count_if(t.segments.begin(), t.segments.end(), [&f](const SegmentRecord &s) {
            return s.from == f.side && s.rstReason == f.rst;
        }));
    case Measure::OrphansPeak: {
        std::int32_t peak = 0;
        for (const OccupancySample &o : t.occupancy) {
            if (o.host == f.side) peak = std::max(peak, o.counts.orphans);
        }
        return peak;
    }
    case Measure::Drops:
        return static_cast<double>(std::count_if(t.segments.begin(), t.segments.end(), [&f](const SegmentRecord &s) {
            return s.dropReason == f.drop;
        }));
    case Measure::ColumnPeak: return seriesPeak(run, f.column);
    case Measure::ColumnSum: {
        const std::vector<double> *col = run.population ? run.population->series.column(std::string(f.column)) : nullptr;
        if (!col) return kNan;
        double sum = 0;
        for (double v : *col) sum += v;
        return sum;
    }
    case Measure::ConnectFailures: {
        if (!run.population) return kNan;
        auto it = run.population->totals.connectsFailed.find(std::string(errnoName(f.err)));
        return it == run.population->totals.connectsFailed.end() ? 0 : static_cast<double>(it->second);
    }
    case Measure::AcceptFailures:
        return run.population ? static_cast<double>(run.population->totals.acceptsFailed) : kNan;
    case Measure::Counter: {
        if (!run.population) return kNan;
        if (f.column == "cookies_sent") return static_cast<double>(run.population->totals.cookiesSent);
        auto it = run.population->totals.linuxCounters.find(std::string(f.column));
        return it == run.population->totals.linuxCounters.end() ? 0 : static_cast<double>(it->second);
    }
    }
    return kNan;
}

FactResult checkFact(const StoryFact &f, const StoryRun &run, const StoryRun *without)
{
    FactResult r;
    r.measured = measure(f, run);
    if (f.relation == Relation::LessThanWithout || f.relation == Relation::MoreThanWithout) {
        if (!without) return r;
        r.expected = measure(f, *without);
        r.holds = f.relation == Relation::LessThanWithout ? r.measured < r.expected : r.measured > r.expected;
        return r;
    }
    r.expected = amountValue(f.amount, run.config, f.side);
    if (std::isnan(r.measured) || std::isnan(r.expected)) return r;
    switch (f.relation) {
    case Relation::Equal: r.holds = r.measured == r.expected; break;
    case Relation::AtLeast: r.holds = r.measured >= r.expected; break;
    case Relation::AtMost: r.holds = r.measured <= r.expected; break;
    case Relation::Near:
    case Relation::TimerWheel: {
        const double slack = 0.020 + 0.040 + 0.01 * std::abs(r.expected) + 4 * toSeconds(run.config.network.delay);
        double late = 0;
        if (f.relation == Relation::TimerWheel) {
            // timer.c: calc_wheel_index(): level granularity 8^level jiffies (timerwheel.h)
            const SimTime jiffies = roundUpToJiffies(fromSeconds(r.expected)) / kJiffy;
            SimTime start = 63, bucket = 1;
            while (jiffies >= start && bucket < (SimTime{1} << 24)) {
                start <<= 3;
                bucket <<= 3;
            }
            late = toSeconds(bucket * kJiffy);
        }
        r.holds = r.measured >= r.expected - slack && r.measured <= r.expected + late + slack;
        break;
    }
    default: break;
    }
    return r;
}

std::string factText(const StoryFact &f)
{
    static const char *const kMeasures[] = {"segments", "state_entries", "state_seconds", "timer_seconds", "timers",
                                            "retransmissions", "first_retransmission_at", "backoff_doubles", "gone_with",
                                            "gone_at", "errors", "rsts", "orphans_peak", "drops", "column_peak", "column_sum",
                                            "connect_failures", "accept_failures", "counter"};
    static const char *const kRelations[] = {"=", ">=", "<=", "~", "~ (timer wheel)", "< without", "> without"};
    std::string s = std::string(sideName(f.side)) + "." + kMeasures[static_cast<int>(f.measure)] + "(";
    switch (f.measure) {
    case Measure::Segments: s += flagsText(f.flag); break;
    case Measure::StateEntries:
    case Measure::StateSeconds: s += stateName(f.state); break;
    case Measure::TimerSeconds:
    case Measure::Timers: s += timerKindName(f.timer); break;
    case Measure::Retransmissions:
    case Measure::FirstRetransmissionAt:
    case Measure::BackoffDoubles: s += retransKindName(f.retrans); break;
    case Measure::GoneWith: s += goneReasonName(f.gone); break;
    case Measure::Errors: s += std::string(appCallName(f.call)) + " " + std::string(errnoName(f.err)); break;
    case Measure::Rsts: s += rstReasonName(f.rst); break;
    case Measure::Drops: s += dropReasonName(f.drop); break;
    case Measure::ColumnPeak:
    case Measure::ColumnSum:
    case Measure::Counter: s += f.column; break;
    case Measure::ConnectFailures: s += errnoName(f.err); break;
    default: break;
    }
    s += ") ";
    s += kRelations[static_cast<int>(f.relation)];
    if (f.relation != Relation::LessThanWithout && f.relation != Relation::MoreThanWithout) {
        s += " ";
        if (f.amount.source == Amount::Source::Sysctl) {
            s += std::string(sysctlInfo(f.amount.sysctl).key);
            if (f.amount.scale != 1) s += " x " + std::to_string(f.amount.scale);
        } else if (f.amount.source == Amount::Source::Option) {
            s += "option " + std::string(f.amount.option);
        } else {
            s += std::to_string(f.amount.constant);
        }
    }
    return s;
}

} // namespace closelab
