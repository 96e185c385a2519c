// SPDX-License-Identifier: GPL-3.0-or-later
// Population speed and memory: one million connections through their whole life (handshake, exchange,
// close, TIME_WAIT) at 10,000/s with 1 % loss (the goal: under 2 s on one core, under 64 bytes per
// TIME_WAIT socket). Usage: bench_population [connections] [rate] [loss]
#include "core/population.h"
#include "core/runoptions.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/resource.h>

int main(int argc, char **argv)
{
    const double connections = argc > 1 ? std::atof(argv[1]) : 1e6;
    const double rate = argc > 2 ? std::atof(argv[2]) : 1e4;
    const std::string loss = argc > 3 ? argv[3] : "0.01";
    closelab::RunConfig config;
    config.scenario = "population";
    (void)closelab::applyRunOption(config, "loss", loss);
    // Every connection keeps its TIME_WAIT: enough buckets, and 100 client machines so that no client
    // address runs out of ephemeral ports (100/s each, 6,000 ports held).
    (void)closelab::applyRunOption(config, "set", "net.ipv4.tcp_max_tw_buckets=2000000");
    closelab::PopulationConfig w;
    w.rate = rate;
    w.duration = connections / rate;
    w.tail = 61;
    w.closer = closelab::Closer::Client;
    w.clients = 100;
    w.requestBytes = 100;
    w.responseBytes = 1000;
    const auto t0 = std::chrono::steady_clock::now();
    const closelab::PopulationResult r = closelab::simulatePopulation(config, w);
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("connections      %.0f attempted, %lld ok\n", static_cast<double>(r.totals.connectsAttempted),
                static_cast<long long>(r.totals.connectsOk));
    std::printf("wall time        %.3f s\n", secs);
    std::printf("events           %llu (%.2f M events/s)\n", static_cast<unsigned long long>(r.events), r.events / secs / 1e6);
    std::printf("TIME_WAIT peak   %lld client sockets\n", static_cast<long long>(r.totals.timeWaitPeakClient));
    std::printf("bytes/TIME_WAIT  %.1f (timewait table at its peak)\n", r.twBytesPerSocket);
    std::printf("socket slots     %zu (full sockets, recycled)\n", r.socketSlots);
    std::printf("peak RSS         %.1f MB\n", ru.ru_maxrss / 1024.0);
    return 0;
}
