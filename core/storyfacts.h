// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "population.h"
#include "scenario.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace closelab {

/// What a story fact measures in a run (a number; "yes" is 1). Which StoryFact fields it reads is said
/// per value. Times are seconds.
enum class Measure : std::uint8_t {
    Segments,          ///< side's segments sent from t = 0 on carrying `flag` (0: any segment)
    StateEntries,      ///< times side's socket (connection 0) entered `state`
    StateSeconds,      ///< how long side's socket held `state` the first time it entered it (+inf: to the end)
    TimerSeconds,      ///< arm to end of side's last `timer` that fired
    Timers,            ///< side's `timer`s armed
    Retransmissions,   ///< side's retransmissions (and probes) of kind `retrans`
    FirstRetransmissionAt, ///< when side sent its first `retrans` retransmission (+inf: never)
    BackoffDoubles,    ///< 1 when every gap between side's `retrans` transmissions is twice the one before
    GoneWith,          ///< 1 when side's socket ended with `gone`
    GoneAt,            ///< when side's socket ended (+inf: it did not)
    Errors,            ///< side's `call`s that returned -1 `err`
    Rsts,              ///< RSTs side sent for `rst`
    OrphansPeak,       ///< most orphans side's host held at once
    Drops,             ///< segments dropped for `drop`
    ColumnPeak,        ///< population: the largest value of series `column`
    ColumnSum,         ///< population: the sum of series `column` over its samples
    ConnectFailures,   ///< population: connect() = -1 `err`
    AcceptFailures,    ///< population: accept() = -1 EMFILE
    Counter,           ///< population: totals.linuxCounters[`column`] (cookies_sent: SYN cookies sent)
};

/// Where the number a fact is compared with comes from.
struct Amount {
    enum class Source : std::uint8_t { Constant, Sysctl, Option };
    Source source = Source::Constant;
    double constant = 0;
    SysctlId sysctl = SysctlId::TcpFinTimeout; ///< Sysctl: the (server's for server facts) value, times `scale`
    std::string_view option;                    ///< Option: the scenario option's value (seconds), or `constant`
    double scale = 1;
    bool operator==(const Amount &) const = default;
};

/// How the measure relates to the amount. Near: a time, within 20 ms + a delayed ACK (40 ms) + 1 % + 4
/// one-way delays. TimerWheel: a kernel timer of that length, which fires up to one bucket of its timer-wheel
/// level late (kernel/time/timer.c: 60 s of TIME_WAIT lasts 60-62 s), within the same slack.
/// LessThanWithout / MoreThanWithout: a suggestion's effect, against the run without it (amount unused).
enum class Relation : std::uint8_t { Equal, AtLeast, AtMost, Near, TimerWheel, LessThanWithout, MoreThanWithout };

/// One claim a scenario's description or a "try this" suggestion makes, as data (no sentences).
struct StoryFact {
    Measure measure = Measure::Segments;
    Relation relation = Relation::AtLeast;
    Amount amount;
    Side side = Side::Client;
    std::uint8_t flag = 0;
    TcpState state = TcpState::Closed;
    TimerKind timer = TimerKind::Retransmit;
    RetransKind retrans = RetransKind::Fin;
    GoneReason gone = GoneReason::None;
    AppCall call = AppCall::Close;
    Errno err = Errno::None;
    RstReason rst = RstReason::NoSocket;
    DropReason drop = DropReason::RandomLoss;
    std::string_view column;
    bool operator==(const StoryFact &) const = default;
};

/// A "try this" suggestion: the run option the GUI applies (applyRunOption(option, value)) and what it
/// promises. `facts` hold with the suggestion; with `unchanged`, they hold without it too (the suggestion
/// says nothing changes), else at least one of them does not hold without it.
struct Suggestion {
    std::string_view option; ///< "set", "opt", "delay", "drop", "loss-s2c"
    std::string_view value;  ///< "net.ipv4.tcp_fin_timeout=10"
    std::vector<StoryFact> facts;
    bool unchanged = false;
    bool anySeed = false;    ///< random loss: the facts need to hold for one of the seeds, not each
};

/// What a library scenario's one-line description promises, and its suggestions.
struct ScenarioStory {
    std::string_view scenario;
    std::vector<StoryFact> facts;
    std::vector<Suggestion> suggestions;
    /// Population stories: the run options that bound the story test's runs (a shorter arrival period,
    /// a smaller limit); the facts are stated against the limits, so they hold at this scale too. Empty
    /// for single-connection stories.
    std::vector<std::pair<std::string_view, std::string_view>> testScale = {};
};

std::span<const ScenarioStory> scenarioStories();
const ScenarioStory *findStory(std::string_view scenario);

/// A run as a story is checked on: the trace, and for population scenarios the series and totals.
struct StoryRun {
    RunConfig config;   ///< as run (a population's preset parameters applied)
    Trace trace;
    std::optional<PopulationResult> population;
};
StoryRun runStory(const RunConfig &config);

/// The measured value of `fact` in `run` (NaN when the run lacks what it measures, e.g. a series).
double measure(const StoryFact &fact, const StoryRun &run);

struct FactResult {
    bool holds = false;
    double measured = 0;
    double expected = 0; ///< the amount, or the value without the suggestion
};
/// Checks one fact; `without` is the run without the suggestion (needed by the *ThanWithout relations).
FactResult checkFact(const StoryFact &fact, const StoryRun &run, const StoryRun *without = nullptr);

/// "client.Retransmissions(FIN) = 9" — for test messages and the CLI, not for the GUI.
std::string factText(const StoryFact &fact);

} // namespace closelab
