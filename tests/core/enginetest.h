// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the engine tests: run a scenario, read a trace.
#pragma once

#include "core/runoptions.h"
#include "core/scenario.h"
#include "core/trace.h"

#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace enginetest {

using namespace closelab;

/// Builds a RunConfig from CLI-style options ("set=net.ipv4.tcp_fin_timeout=5", "opt=mode=shutdown",
/// "delay=0.000004"); a bad option fails the test with its message.
inline RunConfig config(const std::string &scenario, const std::vector<std::string> &options = {})
{
    RunConfig c;
    c.scenario = scenario;
    for (const std::string &o : options) {
        const auto eq = o.find('=');
        auto err = applyRunOption(c, o.substr(0, eq), o.substr(eq + 1));
        if (err) qFatal("bad test option %s: %s", o.c_str(), err->c_str());
    }
    if (auto err = validate(c)) qFatal("invalid test config: %s", err->c_str());
    return c;
}

inline Trace run(const std::string &scenario, const std::vector<std::string> &options = {})
{
    return simulate(config(scenario, options));
}

inline double secs(SimTime t) { return toSeconds(t); }

/// State changes of one side's connection: (state entered, time).
inline std::vector<std::pair<TcpState, SimTime>> states(const Trace &t, Side s, std::uint32_t conn = 0)
{
    std::vector<std::pair<TcpState, SimTime>> out;
    for (const TraceEvent &e : t.events)
        if (e.type == EventType::State && e.host == s && e.conn == conn) out.emplace_back(e.to, e.t);
    return out;
}

/// Time the side's connection first entered `state`, or -1e9 when it never did.
inline double enteredAt(const Trace &t, Side s, TcpState state, std::uint32_t conn = 0)
{
    for (auto [st, at] : states(t, s, conn))
        if (st == state) return secs(at);
    return -1e9;
}

/// Segments sent by `s` matching `pred`, in send order.
inline std::vector<const SegmentRecord *> sent(const Trace &t, Side s, const std::function<bool(const SegmentRecord &)> &pred)
{
    std::vector<const SegmentRecord *> out;
    for (const SegmentRecord &r : t.segments)
        if (r.from == s && pred(r)) out.push_back(&r);
    return out;
}

inline bool hasFlag(const SegmentRecord &r, std::uint8_t f) { return (r.header.flags & f) != 0; }

/// App events of one side, in order.
inline std::vector<const TraceEvent *> appCalls(const Trace &t, Side s, AppCall call)
{
    std::vector<const TraceEvent *> out;
    for (const TraceEvent &e : t.events)
        if (e.type == EventType::App && e.host == s && e.call == call) out.push_back(&e);
    return out;
}

/// The tolerance stated once for comparisons with a real kernel: 10 % or 20 ms, whichever is larger.
inline bool closeTo(double simulated, double observed)
{
    return std::fabs(simulated - observed) <= std::max(0.10 * std::fabs(observed), 0.020);
}

} // namespace enginetest

#define CLOSE_TO(simulated, observed)                                                                         \
    do {                                                                                                      \
        const double s_ = (simulated), o_ = (observed);                                                       \
        if (!enginetest::closeTo(s_, o_))                                                                     \
            QFAIL(qPrintable(QStringLiteral("%1 = %2 s, kernel observed %3 s (tolerance 10 %% or 20 ms)")     \
                                 .arg(QStringLiteral(#simulated)).arg(s_, 0, 'f', 4).arg(o_, 0, 'f', 4)));    \
    } while (false)
