// SPDX-License-Identifier: GPL-3.0-or-later
// Population speed and memory: connections through their whole life (handshake, exchange, close,
// TIME_WAIT) with 1 % loss, as `closelab-cli population --rate R --duration D --loss 0.01 --closer client
// --clients 100` runs them (goals: a million at 10^4/s in under 2 s, under 2 µs a connection at 10^4/s
// and 10^5/s, under 64 bytes per TIME_WAIT socket at every peak).
// Usage: bench_population [connections] [rate] [loss]   one run (default 1e6 at 1e4/s, 0.01)
//        bench_population sweep                         bytes per TIME_WAIT socket, peaks 10^3..10^6
#include "core/population.h"
#include "core/runoptions.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/resource.h>

namespace {

struct Run {
    closelab::PopulationResult result;
    double seconds = 0;
    double cpuSeconds = 0;
};

double cpuNow()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

Run runPopulation(double connections, double rate, const std::string &loss, double tail)
{
    closelab::RunConfig config;
    config.scenario = "population";
    (void)closelab::applyRunOption(config, "loss", loss);
    // Every connection keeps its TIME_WAIT: enough buckets, and 100 client machines so that no client
    // address runs out of ephemeral ports at 10^4/s (100/s each, 6,000 ports held).
    (void)closelab::applyRunOption(config, "set", "net.ipv4.tcp_max_tw_buckets=2000000");
    closelab::PopulationConfig w;
    w.rate = rate;
    w.duration = connections / rate;
    w.tail = tail;
    w.closer = closelab::Closer::Client;
    w.clients = 100;
    w.requestBytes = 100;
    w.responseBytes = 1000;
    Run r;
    const double cpu0 = cpuNow();
    const auto t0 = std::chrono::steady_clock::now();
    r.result = closelab::simulatePopulation(config, w);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    r.cpuSeconds = cpuNow() - cpu0;
    return r;
}

long peakRssKb()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "sweep") == 0) {
        // Each rate runs long enough (62 s of arrivals) for TIME_WAIT to reach its plateau, rate x 60 s.
        std::printf("%10s %12s %16s\n", "rate/s", "TW peak", "bytes/TIME_WAIT");
        for (double rate : {17.0, 30.0, 60.0, 170.0, 400.0, 1000.0, 1590.0, 3000.0, 7000.0, 16700.0}) {
            const Run r = runPopulation(rate * 62, rate, "0", 5);
            std::printf("%10.0f %12lld %16.1f\n", rate, static_cast<long long>(r.result.totals.timeWaitPeakClient), r.result.twBytesPerSocket);
        }
        return 0;
    }
    const double connections = argc > 1 ? std::atof(argv[1]) : 1e6;
    const double rate = argc > 2 ? std::atof(argv[2]) : 1e4;
    const std::string loss = argc > 3 ? argv[3] : "0.01";
    const Run r = runPopulation(connections, rate, loss, 61);
    const closelab::PopulationResult &p = r.result;
    const double attempted = static_cast<double>(p.totals.connectsAttempted);
    std::printf("connections      %.0f attempted, %lld ok\n", attempted, static_cast<long long>(p.totals.connectsOk));
    std::printf("wall time        %.3f s (CPU %.3f s)\n", r.seconds, r.cpuSeconds);
    std::printf("per connection   %.2f us wall, %.2f us CPU\n", r.seconds / attempted * 1e6, r.cpuSeconds / attempted * 1e6);
    // Per CPU second too: on a shared machine the wall clock measures the neighbours as much as the engine.
    std::printf("events           %llu (%.2f M events/s wall, %.2f M per CPU second)\n", static_cast<unsigned long long>(p.events),
                p.events / r.seconds / 1e6, p.events / r.cpuSeconds / 1e6);
    std::printf("TIME_WAIT peak   %lld client sockets\n", static_cast<long long>(p.totals.timeWaitPeakClient));
    std::printf("bytes/TIME_WAIT  %.1f (timewait table at its peak)\n", p.twBytesPerSocket);
    std::printf("socket slots     %zu (full sockets, recycled)\n", p.socketSlots);
    std::printf("peak RSS         %.1f MB\n", peakRssKb() / 1024.0);
    return 0;
}
