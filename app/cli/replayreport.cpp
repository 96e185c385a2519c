// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayreport.h"

#include "core/network.h"

#include <cstdio>
#include <string>

namespace {

using namespace closelab;
using namespace closelab::capture;

std::string seconds(SimTime t)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6fs", toSeconds(t));
    return buf;
}

std::string duration(SimTime t)
{
    char buf[32];
    if (t < kMs) std::snprintf(buf, sizeof buf, "%.1f us", static_cast<double>(t) / static_cast<double>(kUs));
    else std::snprintf(buf, sizeof buf, "%.3f ms", static_cast<double>(t) / static_cast<double>(kMs));
    return buf;
}

std::string callText(const ReplayCall &c)
{
    switch (c.call) {
    case AppCall::Connect: return "connect()";
    case AppCall::Write: return "write(" + std::to_string(c.bytes) + ")";
    case AppCall::Close: return "close()";
    case AppCall::ShutdownWr: return "shutdown(SHUT_WR)";
    case AppCall::SetLinger: return "SO_LINGER {1, 0}, close()";
    default: return std::string(appCallName(c.call));
    }
}

std::string pathText(const std::vector<TcpState> &path)
{
    std::string s;
    for (TcpState st : path) s += (s.empty() ? "" : " -> ") + std::string(stateName(st));
    return s.empty() ? "nothing more" : s;
}

} // namespace

std::string replayDifferenceText(const ReplayDifference &d)
{
    const std::string side(sideName(d.side));
    switch (d.kind) {
    case ReplayDifference::Kind::StatePath:
        return side + ": " + (d.common.empty() ? std::string() : "after " + std::string(stateName(d.common.back())) + ", ")
            + "the capture shows " + pathText(d.captureTail) + ", the engine " + pathText(d.engineTail);
    case ReplayDifference::Kind::Retransmissions:
        return side + ": the kernel retransmitted the " + std::string(retransKindName(d.retransKind)) + " " + std::to_string(d.capture)
            + " times, the engine " + std::to_string(d.engine);
    case ReplayDifference::Kind::Segments:
        return side + ": " + std::to_string(d.capture) + " " + std::string(segmentKindName(d.segmentKind)) + " segment(s) in the capture, "
            + std::to_string(d.engine) + " on the engine";
    }
    return {};
}

void printReplay(const ReplayPlan &plan, const Trace &engine, const std::vector<ReplayDifference> &diffs)
{
    std::printf("  replayed on the engine:\n");
    if (plan.handshakeRtt != kNever)
        std::printf("    network: %s each way (half the handshake's round trip, %s in the capture)\n",
                    duration(plan.config.network.delay).c_str(), duration(plan.handshakeRtt).c_str());
    else
        std::printf("    network: %s each way (no handshake in the capture: the engine's default)\n", duration(plan.config.network.delay).c_str());
    if (!plan.listening) std::printf("    server: nothing listens on port %u\n", plan.server.port);
    for (const ReplayCall &c : plan.calls) {
        std::printf("    %s %s at %s", std::string(sideName(c.side)).c_str(), callText(c).c_str(), seconds(c.t).c_str());
        if (c.frame) std::printf(" (frame %u)", c.frame);
        std::printf("\n");
    }
    for (const ReplayLoss &l : plan.losses) {
        std::printf("    drop %s: lost %s the capture point (frame", ruleText(l.rule).c_str(), l.afterCapture ? "after" : "before");
        std::printf("%s", l.frames.size() > 1 ? "s" : "");
        for (std::size_t k = 0; k < l.frames.size(); ++k) std::printf("%s%u", k ? ", " : " ", l.frames[k]);
        std::printf("%s)\n", l.afterCapture ? "" : " is its retransmission");
    }
    for (const ReplaySysctl &s : plan.sysctls)
        std::printf("    set %s %s=%lld (%s: consistent %s; %s)\n", std::string(sideName(s.side)).c_str(), s.key.c_str(),
                    static_cast<long long>(s.value), s.finding.c_str(), s.consistent.c_str(),
                    s.linuxDefault ? "Linux's default" : "the middle of the set");
    for (const std::string &n : plan.notes) std::printf("    note: %s\n", n.c_str());
    std::printf("    engine: %zu segments, run ended %s at %s\n", engine.segments.size(), std::string(runEndName(engine.runEnd)).c_str(),
                seconds(engine.end).c_str());
    if (diffs.empty()) std::printf("    differences: none (same states, segments by kind and retransmissions)\n");
    for (const ReplayDifference &d : diffs) std::printf("    differs: %s\n", replayDifferenceText(d).c_str());
}
