// SPDX-License-Identifier: GPL-3.0-or-later
// Server snapshot parsing speed: `ss -tan` of LINES sockets (default 100,000: the goal is well under a
// second), as a busy server prints it: 70 % TIME_WAIT toward four database endpoints, 25 % ESTABLISHED
// from clients on port 443, 5 % CLOSE_WAIT, with -o timers. Usage: bench_serversnapshot [LINES]
#include "core/server/diagnosis.h"
#include "core/server/snapshotreader.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char **argv)
{
    const long lines = argc > 1 ? std::atol(argv[1]) : 100000;
    std::string text = "State      Recv-Q Send-Q      Local Address:Port       Peer Address:Port Process\n";
    text.reserve(static_cast<std::size_t>(lines) * 100);
    for (long i = 0; i < lines; ++i) {
        const int port = 32768 + static_cast<int>(i % 28232);
        const std::string n = std::to_string(i);
        if (i % 20 < 14)
            text += "TIME-WAIT  0      0             10.0.0.2:" + std::to_string(port) + "        10.0.0." +
                    std::to_string(5 + i % 4) + ":5432 timer:(timewait,42sec,0)\n";
        else if (i % 20 < 19)
            text += "ESTAB      0      0             10.0.0.2:443      198.51." + std::to_string(i % 250) + "." +
                    std::to_string(1 + i % 200) + ":" + std::to_string(port) + " timer:(keepalive,119min,0)\n";
        else
            text += "CLOSE-WAIT 1      0             10.0.0.2:443      203.0.113." + std::to_string(i % 250) + ":" +
                    std::to_string(port) + "\n";
    }
    const auto t0 = std::chrono::steady_clock::now();
    closelab::server::SnapshotReader reader;
    const auto &in = reader.add("ss.txt", text);
    const closelab::server::Snapshot &s = reader.snapshot();
    const auto t1 = std::chrono::steady_clock::now();
    const auto findings = closelab::server::diagnose(s);
    const auto t2 = std::chrono::steady_clock::now();
    std::printf("lines            %lld (%.1f MB), %lld not understood\n", static_cast<long long>(in.lines),
                double(text.size()) / 1e6, static_cast<long long>(in.unrecognised));
    std::printf("sockets          %lld in %zu destinations, %zu findings\n", static_cast<long long>(s.totalSockets()),
                s.destinations.size(), findings.size());
    std::printf("parse            %.3f s\n", std::chrono::duration<double>(t1 - t0).count());
    std::printf("diagnose         %.3f s\n", std::chrono::duration<double>(t2 - t1).count());
    return 0;
}
