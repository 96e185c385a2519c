// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The body of fuzz_capture (the pcap/pcapng reader and the inference), shared with tst_fuzzregressions.

#include "core/capture/connection.h"
#include "core/capture/explainjson.h"
#include "core/capture/findingcodes.h"
#include "core/capture/pcapreader.h"

#include <algorithm>
#include <optional>
#include <string>

namespace closelabfuzz {

/// Reads the bytes as a capture and explains it. A problem: a rejected file without a message, an index
/// that disagrees with itself, a state timeline that goes back in time or continues after GONE, a
/// negative count, JSON that is not one object.
inline std::optional<std::string> fuzzCapture(const std::uint8_t *data, std::size_t size)
{
    using namespace closelab;
    using namespace closelab::capture;
    const ReadResult r = readCaptureFromMemory(data, size, "fuzz\n\"input\".pcap");
    if (r.error != ReadError::None) {
        if (r.message.empty() || r.message.find('\n') != std::string::npos) return "rejection without a one-line message";
        return std::nullopt;
    }
    const CaptureIndex &ix = r.index;
    if (ix.tcpPackets != ix.tcp.size()) return "tcpPackets differs from the index";
    if (ix.tcpPackets + ix.otherPackets + ix.malformed != ix.packets) return "packet counts do not add up";
    for (const TcpPacket &p : ix.tcp)
        if (p.flow >= ix.flows.size()) return "segment with a flow out of range";
    const std::vector<Connection> conns = explainConnections(ix);
    std::size_t segments = 0;
    for (const Connection &c : conns) {
        segments += c.segments.size();
        if (c.end < c.start) return "connection ends before it starts";
        for (const auto &steps : c.states) {
            for (std::size_t i = 0; i < steps.size(); ++i) {
                if (i > 0 && steps[i].t < steps[i - 1].t) return "state timeline goes back in time";
                if (steps[i].gone && i + 1 != steps.size()) return "a state after GONE";
            }
        }
        for (const auto &side : c.retransmissions)
            for (int n : side)
                if (n < 0) return "negative retransmission count";
        for (const Finding &f : c.findings) {
            if (f.range && f.min > f.max) return "finding with min above max";
            // every code has words in the views (views/capturetexts, tests/app/tst_capturetexts)
            if (std::find(kFindingCodes.begin(), kFindingCodes.end(), f.code) == kFindingCodes.end()) return "finding code not in findingcodes.h";
            if (!f.condition.empty() && std::find(kFindingConditions.begin(), kFindingConditions.end(), f.condition) == kFindingConditions.end())
                return "finding condition not in findingcodes.h";
        }
        for (const std::string &note : c.notes)
            if (std::find(kNoteCodes.begin(), kNoteCodes.end(), std::string_view(note).substr(0, note.find(':'))) == kNoteCodes.end())
                return "note code not in findingcodes.h";
    }
    if (segments != ix.tcp.size()) return "segments lost between the index and the connections";
    const std::string json = explainJson(ix, conns);
    if (json.empty() || json.front() != '{' || json.find("\"connections\"") == std::string::npos) return "JSON is not the explain object";
    for (char ch : json)
        if (static_cast<unsigned char>(ch) < 0x20 && ch != '\n') return "control character in the JSON";
    return std::nullopt;
}

} // namespace closelabfuzz
