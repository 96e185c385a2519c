// SPDX-License-Identifier: GPL-3.0-or-later
#include "explaincommand.h"

#include "replayreport.h"

#include "core/capture/capturetrace.h"
#include "core/capture/explainjson.h"
#include "core/capture/pcapreader.h"

#include <QString>

#include <cstdio>
#include <string>

namespace {

void oneLine(const std::string &text)
{
    std::string line;
    for (const char c : text) {
        if (c == '\n') line += "\\n";
        else if (c == '\r') line += "\\r";
        else if (static_cast<unsigned char>(c) < 0x20) line += '?';
        else line += c;
    }
    std::fprintf(stderr, "closelab-cli: %s\n", line.c_str());
}

int usage(const std::string &message)
{
    oneLine("explain: " + message);
    return 2;
}

std::string secondsText(closelab::SimTime t)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", closelab::toSeconds(t));
    return buf;
}

void printText(const closelab::capture::CaptureIndex &ix, const std::vector<closelab::capture::Connection> &conns,
               std::optional<std::uint32_t> only, bool replay)
{
    using namespace closelab;
    using namespace closelab::capture;
    std::printf("%s: %llu packets, %llu TCP, %zu connection(s)\n", ix.file.c_str(), static_cast<unsigned long long>(ix.packets),
                static_cast<unsigned long long>(ix.tcpPackets), conns.size());
    for (const Connection &c : conns) {
        if (only && c.id != *only) continue;
        std::printf("\n#%u  %s -> %s  %ss .. %ss  %zu packets  ended: %s%s\n", c.id, endpointText(c.client).c_str(),
                    endpointText(c.server).c_str(), secondsText(c.start).c_str(), secondsText(c.end).c_str(), c.segments.size(),
                    std::string(endingName(c.ending)).c_str(), c.rolesKnown ? "" : "  (no handshake seen: roles guessed from the ports)");
        std::printf("  first to close: %s\n", c.bothClosed ? "both (the FINs crossed)" : c.firstCloser ? std::string(sideName(*c.firstCloser)).c_str() : "nobody");
        for (int s = 0; s < 2; ++s) {
            std::printf("  %s states:", s ? "server" : "client");
            for (const StateStep &st : c.states[static_cast<std::size_t>(s)])
                std::printf(" %s@%s%s", stepName(st).c_str(), secondsText(st.t).c_str(), st.inferred ? "(inferred)" : "");
            std::printf("\n  %s retransmissions:", s ? "server" : "client");
            bool any = false;
            for (int k = 0; k < kRetransKindCount; ++k) {
                const int count = c.retransmissions[static_cast<std::size_t>(s)][static_cast<std::size_t>(k)];
                if (!count) continue;
                any = true;
                std::printf(" %s %d", std::string(retransKindName(static_cast<RetransKind>(k))).c_str(), count);
            }
            std::printf("%s\n", any ? "" : " none");
        }
        for (const RstEvent &r : c.rsts)
            std::printf("  RST from %s at %ss (frame %u): %s%s%s\n", std::string(sideName(r.from)).c_str(), secondsText(r.t).c_str(), r.frame,
                        std::string(rstCauseName(r.reason)).c_str(), r.alternative != RstCause::Unknown ? " or " : "",
                        r.alternative != RstCause::Unknown ? std::string(rstCauseName(r.alternative)).c_str() : "");
        for (const std::string &n : c.notes) std::printf("  note: %s\n", n.c_str());
        for (const Finding &f : c.findings) {
            std::printf("  finding (%s): %s", std::string(sideName(f.side)).c_str(), f.code.c_str());
            if (!f.sysctl.empty()) {
                if (f.range) std::printf(": %s in %lld..%lld", f.sysctl.c_str(), static_cast<long long>(f.min), static_cast<long long>(f.max));
                else {
                    std::printf(": %s in {", f.sysctl.c_str());
                    for (std::size_t k = 0; k < f.values.size(); ++k) std::printf("%s%lld", k ? ", " : "", static_cast<long long>(f.values[k]));
                    std::printf("}");
                }
            }
            if (f.condition == "autobind") std::printf(" if connect() chose the port (no bind())");
            else if (!f.condition.empty()) std::printf(" if the application called %s()", f.condition.c_str());
            std::printf("\n");
        }
        if (replay) {
            const ReplayPlan plan = planReplay(ix, c);
            const Trace engine = runReplay(plan);
            printReplay(plan, engine, compareReplay(connectionTrace(ix, c), engine));
        }
    }
}

} // namespace

int explainCommand(const QStringList &args)
{
    QString file;
    bool json = false;
    bool replay = false;
    std::optional<std::uint32_t> only;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--connection") || a.startsWith(QLatin1String("--connection="))) {
            QString v;
            if (a.contains(QLatin1Char('='))) v = a.section(QLatin1Char('='), 1);
            else if (i + 1 < args.size()) v = args.at(++i);
            else return usage("--connection needs a number N (the connection's id, from 0)");
            bool ok = false;
            const uint n = v.toUInt(&ok);
            if (!ok) return usage("--connection: '" + v.toStdString() + "' is not a connection id (0, 1, 2, ...)");
            only = n;
        } else if (a == QLatin1String("--replay")) {
            replay = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            std::printf("Usage: closelab-cli explain FILE [--json] [--connection N] [--replay]\n"
                        "Reads a pcap or pcapng capture and explains each TCP connection: each side's states\n"
                        "(observed and inferred), retransmissions by kind, RSTs and why, and the sysctl values\n"
                        "consistent with what the capture shows.\n"
                        "--replay also turns each connection into an experiment (calls, drop rules, delay,\n"
                        "sysctls picked from the consistent sets), runs it on the engine and lists how the\n"
                        "engine's run differs from the capture (readable report only).\n");
            return 0;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return usage("unknown option '" + a.toStdString() + "' (expected --json, --connection N or --replay)");
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return usage("unexpected argument '" + a.toStdString() + "' (one FILE only)");
        }
    }
    if (file.isEmpty()) return usage("missing FILE (a pcap or pcapng capture)");
    if (replay && json) return usage("--replay has a readable report only: leave out --json");
    const std::string path = file.toStdString();
    closelab::capture::ReadResult r = closelab::capture::readCapture(path);
    if (r.error != closelab::capture::ReadError::None) return usage(path + ": " + r.message);
    const std::vector<closelab::capture::Connection> conns = closelab::capture::explainConnections(r.index);
    if (only && *only >= conns.size())
        return usage(path + ": no connection " + std::to_string(*only) + " (the capture has " + std::to_string(conns.size()) + ", ids from 0)");
    if (json) std::fputs(closelab::capture::explainJson(r.index, conns, only).c_str(), stdout);
    else printText(r.index, conns, only, replay);
    std::fflush(stdout);
    if (r.index.truncated) {
        oneLine("explain: " + path + ": truncated capture, explained up to frame " + std::to_string(r.index.packets) + " (" + r.index.truncationNote + ")");
        return 2;
    }
    return 0;
}
