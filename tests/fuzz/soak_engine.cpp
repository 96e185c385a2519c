// SPDX-License-Identifier: GPL-3.0-or-later
// soak_engine: the engine fuzz target's body (fuzzinput.h: random scenarios, options, parameters in and
// out of range, networks, drop rules, seeds and horizons, then checkInvariants() after every run) over
// many inputs, without coverage instrumentation or sanitizers: mutations of the seed corpus and fresh
// random bytes. It complements fuzz_engine (coverage-guided, ASan) for the long runs the ASan rate
// cannot reach. Configure a plain optimised build with -DCLOSELAB_SOAK=ON (see tests/fuzz/CMakeLists.txt).
//
//   soak_engine CORPUS_DIR EXECUTIONS [SEED [LOG [FINDINGS_DIR]]]
//
// Every 60 s (and at the end) it appends a line to LOG (default: stdout only): executions, the rate
// overall and over the last minute, and the findings so far. A finding (a broken invariant or a reader
// that misbehaved) is saved as FINDINGS_DIR/finding-<n>.bin with its message beside it, and the run goes
// on; a crash writes the input it was running to FINDINGS_DIR/crash.bin first. Exit status: 0 without a
// finding, 1 with one.
#include "fuzzinput.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <unistd.h>

namespace {

// The input being run, for the crash handler (which may only call async-signal-safe functions).
const std::uint8_t *g_input = nullptr;
std::size_t g_inputSize = 0;
char g_crashPath[4096] = "crash.bin";

extern "C" void onCrash(int sig)
{
    const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        if (g_input && g_inputSize > 0 && ::write(fd, g_input, g_inputSize) < 0) {}
        ::close(fd);
    }
    static const char msg[] = "soak_engine: crashed; the input is in the findings folder as crash.bin\n";
    if (::write(2, msg, sizeof msg - 1) < 0) {}
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

std::string now()
{
    const std::time_t t = std::time(nullptr);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    return buf;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: soak_engine CORPUS_DIR EXECUTIONS [SEED [LOG [FINDINGS_DIR]]]\n");
        return 2;
    }
    std::vector<std::vector<std::uint8_t>> seeds;
    for (const auto &entry : std::filesystem::directory_iterator(argv[1])) {
        std::ifstream f(entry.path(), std::ios::binary);
        seeds.emplace_back(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    }
    const unsigned long long total = std::strtoull(argv[2], nullptr, 10);
    const unsigned long long seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1;
    FILE *log = argc > 4 ? std::fopen(argv[4], "a") : nullptr;
    const std::filesystem::path findings = argc > 5 ? std::filesystem::path(argv[5]) : std::filesystem::current_path();
    std::filesystem::create_directories(findings);
    std::snprintf(g_crashPath, sizeof g_crashPath, "%s", (findings / "crash.bin").c_str());
    for (int sig : {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL}) std::signal(sig, onCrash);

    auto say = [log](const std::string &line) {
        std::printf("%s\n", line.c_str());
        std::fflush(stdout);
        if (log) {
            std::fprintf(log, "%s\n", line.c_str());
            std::fflush(log);
        }
    };
    say(now() + " soak_engine: start, target " + std::to_string(total) + " executions, seed " + std::to_string(seed) + ", "
        + std::to_string(seeds.size()) + " corpus inputs");

    std::mt19937_64 rng(seed);
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    auto lastReport = start;
    unsigned long long lastCount = 0, findingCount = 0, runnable = 0;
    std::vector<std::uint8_t> input;
    auto report = [&](unsigned long long n, Clock::time_point t) {
        const double s = std::chrono::duration<double>(t - start).count();
        const double recent = std::chrono::duration<double>(t - lastReport).count();
        char buf[256];
        std::snprintf(buf, sizeof buf, " soak_engine: %llu executions (%llu ran the engine), %.0f s, %.0f exec/s overall, %.0f exec/s last interval, %llu findings",
                      n, runnable, s, s > 0 ? static_cast<double>(n) / s : 0.0,
                      recent > 0 ? static_cast<double>(n - lastCount) / recent : 0.0, findingCount);
        say(now() + buf);
        lastReport = t;
        lastCount = n;
    };
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
        g_input = input.data();
        g_inputSize = input.size();
        {
            closelab::RunConfig config;
            bool ran = false, twice = false;
            if (!closelabfuzz::decodeEngineInput(input.data(), input.size(), config, ran, twice) && ran) ++runnable;
        }
        if (auto problem = closelabfuzz::fuzzEngine(input.data(), input.size())) {
            ++findingCount;
            const auto file = findings / ("finding-" + std::to_string(findingCount) + ".bin");
            std::ofstream(file, std::ios::binary).write(reinterpret_cast<const char *>(input.data()), static_cast<std::streamsize>(input.size()));
            std::ofstream(findings / ("finding-" + std::to_string(findingCount) + ".txt")) << *problem << '\n';
            say(now() + " soak_engine: FINDING " + std::to_string(findingCount) + " after " + std::to_string(n) + " executions ("
                + file.string() + "): " + *problem);
            if (findingCount >= 100) {
                say(now() + " soak_engine: stopping after 100 findings");
                report(n, Clock::now());
                return 1;
            }
        }
        if ((n & 1023) == 0 || n == total) {
            const auto t = Clock::now();
            if (t - lastReport >= std::chrono::seconds(60) || n == total) report(n, t);
        }
    }
    say(now() + " soak_engine: done");
    return findingCount > 0 ? 1 : 0;
}
