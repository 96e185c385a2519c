// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): opening a large capture. Writes a pcap of N packets (default 10,000,000, about
// 1 GB: 100,000 connections of 100 segments, 1,448-byte payloads cut at a 96-byte snapshot length as
// `tcpdump -s 96` keeps them) unless it exists, then reads and explains it as File > Open Capture… does,
// printing the seconds and the peak RSS.
//   build/tests/bench/bench_capture [FILE] [PACKETS]     (default /tmp/closelab_bench.pcap, 10000000)

#include "core/capture/connection.h"
#include "core/capture/pcapreader.h"

#include <pcap/pcap.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <vector>

namespace {

void put16(unsigned char *p, unsigned v) { p[0] = static_cast<unsigned char>(v >> 8); p[1] = static_cast<unsigned char>(v); }
void put32(unsigned char *p, unsigned v) { put16(p, v >> 16); put16(p + 2, v & 0xffff); }

void writeCapture(const std::string &path, long packets)
{
    pcap_t *dead = pcap_open_dead(DLT_EN10MB, 65535);
    pcap_dumper_t *d = pcap_dump_open(dead, path.c_str());
    std::vector<unsigned char> f(14 + 20 + 20 + 1448, 0);
    put16(f.data() + 12, 0x0800);
    const int perConnection = 100;
    for (long i = 0; i < packets; ++i) {
        const long conn = i / perConnection;
        const int k = static_cast<int>(i % perConnection);
        const bool fromClient = k % 2 == 0;
        // handshake (3), data and ACKs, FIN exchange (last 4)
        unsigned flags = 0x10;
        unsigned payload = 0;
        if (k == 0) flags = 0x02;
        else if (k == 1) flags = 0x12;
        else if (k >= perConnection - 4) flags = (k == perConnection - 4 || k == perConnection - 3) ? 0x11 : 0x10;
        else if (fromClient && k > 2) { flags = 0x18; payload = 1448; }
        const unsigned total = 20 + 20 + payload;
        unsigned char *ip = f.data() + 14;
        ip[0] = 0x45;
        put16(ip + 2, total);
        ip[8] = 64;
        ip[9] = 6;
        const unsigned client = 0x0a000000u | static_cast<unsigned>(conn >> 16), server = 0x0a800001u;
        put32(ip + 12, fromClient ? client : server);
        put32(ip + 16, fromClient ? server : client);
        unsigned char *tcp = ip + 20;
        const unsigned cport = 1024 + static_cast<unsigned>(conn & 0xffff) % 60000;
        put16(tcp, fromClient ? cport : 80);
        put16(tcp + 2, fromClient ? 80 : cport);
        put32(tcp + 4, (fromClient ? 1000u : 5000u) + static_cast<unsigned>(k / 2) * 1448u);
        put32(tcp + 8, (fromClient ? 5001u : 1001u) + static_cast<unsigned>(k / 2) * 1448u);
        tcp[12] = 5 << 4;
        tcp[13] = static_cast<unsigned char>(flags);
        put16(tcp + 14, 512);
        pcap_pkthdr h{};
        const long us = i * 10; // 100,000 packets a second
        h.ts.tv_sec = 1700000000 + us / 1000000;
        h.ts.tv_usec = us % 1000000;
        h.len = 14 + total;
        h.caplen = std::min(h.len, 96u);
        pcap_dump(reinterpret_cast<u_char *>(d), &h, f.data());
    }
    pcap_dump_close(d);
    pcap_close(dead);
}

} // namespace

int main(int argc, char **argv)
{
    const std::string path = argc > 1 ? argv[1] : "/tmp/closelab_bench.pcap";
    const long packets = argc > 2 ? std::atol(argv[2]) : 10000000;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        const auto t0 = std::chrono::steady_clock::now();
        writeCapture(path, packets);
        std::printf("wrote %s (%ld packets) in %.1f s\n", path.c_str(), packets,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        ::stat(path.c_str(), &st);
    }
    // CPU seconds as well as wall seconds: on a machine shared with others the wall clock measures the load.
    auto cpu = [] {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    };
    const double c0 = cpu();
    const auto t0 = std::chrono::steady_clock::now();
    const closelab::capture::ReadResult r = closelab::capture::readCapture(path);
    const auto t1 = std::chrono::steady_clock::now();
    const double c1 = cpu();
    if (r.error != closelab::capture::ReadError::None) {
        std::fprintf(stderr, "bench_capture: %s: %s\n", path.c_str(), r.message.c_str());
        return 1;
    }
    const auto conns = closelab::capture::explainConnections(r.index);
    const auto t2 = std::chrono::steady_clock::now();
    const double c2 = cpu();
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("%s: %.0f MB, %llu packets, %zu connections: read %.2f s, explain %.2f s, total %.2f s, peak RSS %ld MB\n",
                path.c_str(), double(st.st_size) / 1e6, static_cast<unsigned long long>(r.index.packets), conns.size(),
                std::chrono::duration<double>(t1 - t0).count(), std::chrono::duration<double>(t2 - t1).count(),
                std::chrono::duration<double>(t2 - t0).count(), ru.ru_maxrss / 1024);
    std::printf("CPU: read %.2f s, explain %.2f s, total %.2f s\n", c1 - c0, c2 - c1, c2 - c0);
    return 0;
}
