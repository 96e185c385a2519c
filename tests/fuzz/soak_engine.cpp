// SPDX-License-Identifier: GPL-3.0-or-later
// soak_engine: the engine fuzz target's body (fuzzinput.h) over many inputs, without coverage
// instrumentation: mutations of the seed corpus and fresh random bytes, about ten times libFuzzer's rate.
// It complements fuzz_engine (coverage-guided) for long runs; a finding is written to soak-finding.bin.
//
//   soak_engine CORPUS_DIR EXECUTIONS [SEED]
#include "fuzzinput.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: soak_engine CORPUS_DIR EXECUTIONS [SEED]\n");
        return 2;
    }
    std::vector<std::vector<std::uint8_t>> seeds;
    for (const auto &entry : std::filesystem::directory_iterator(argv[1])) {
        std::ifstream f(entry.path(), std::ios::binary);
        seeds.emplace_back(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    }
    const unsigned long long total = std::strtoull(argv[2], nullptr, 10);
    std::mt19937_64 rng(argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1);
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::uint8_t> input;
    for (unsigned long long n = 1; n <= total; ++n) {
        if (seeds.empty() || rng() % 4 == 0) {
            input.resize(8 + rng() % 200);
            for (auto &b : input) b = static_cast<std::uint8_t>(rng());
        } else {
            input = seeds[rng() % seeds.size()];
            for (int k = 1 + static_cast<int>(rng() % 6); k > 0 && !input.empty(); --k) {
                switch (rng() % 3) {
                case 0: input[rng() % input.size()] = static_cast<std::uint8_t>(rng()); break;
                case 1: input[rng() % input.size()] ^= static_cast<std::uint8_t>(1u << (rng() % 8)); break;
                default: input.insert(input.begin() + static_cast<long>(rng() % input.size()), static_cast<std::uint8_t>(rng())); break;
                }
            }
        }
        if (auto problem = closelabfuzz::fuzzEngine(input.data(), input.size())) {
            std::ofstream("soak-finding.bin", std::ios::binary).write(reinterpret_cast<const char *>(input.data()), static_cast<std::streamsize>(input.size()));
            std::fprintf(stderr, "soak_engine: finding after %llu executions: %s\n", n, problem->c_str());
            return 1;
        }
        if (n % 1000000 == 0 || n == total) {
            const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::printf("soak_engine: %llu executions, %.0f s, %.0f exec/s, no finding\n", n, s, static_cast<double>(n) / s);
            std::fflush(stdout);
        }
    }
    return 0;
}
