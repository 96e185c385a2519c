// SPDX-License-Identifier: GPL-3.0-or-later
// Engine speed: wall time per simulate() of each library scenario (the goal: normal_close under 50 µs,
// every scenario under 1 ms, so a slider drag can re-simulate many times per frame).
#include "core/scenario.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    using Clock = std::chrono::steady_clock;
    const int reps = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    std::printf("%-24s %10s %10s %8s\n", "scenario", "median_us", "min_us", "events");
    for (const closelab::ScenarioInfo &info : closelab::scenarioLibrary()) {
        closelab::RunConfig c;
        c.scenario = std::string(info.name);
        std::vector<double> us;
        std::size_t events = 0;
        for (int i = 0; i < reps; ++i) {
            const auto t0 = Clock::now();
            const closelab::Trace t = closelab::simulate(c);
            const auto t1 = Clock::now();
            events = t.events.size();
            us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
        }
        std::sort(us.begin(), us.end());
        std::printf("%-24s %10.1f %10.1f %8zu\n", c.scenario.c_str(), us[us.size() / 2], us.front(), events);
    }
    return 0;
}
