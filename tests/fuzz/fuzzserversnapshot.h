// SPDX-License-Identifier: GPL-3.0-or-later
// Body of fuzz_serversnapshot (shared with tests/hardening/tst_fuzzregressions.cpp): the server snapshot
// parsers (core/server) on any bytes. The first byte picks a format to force (or detection), the rest is
// the text. Properties: nothing crashes; counts are consistent; every finding has its rule; the JSON
// written is valid UTF-8 without raw control characters.
#pragma once

#include "core/server/diagnosis.h"
#include "core/server/snapshotjson.h"
#include "core/server/snapshotreader.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace closelabfuzz {

inline bool validUtf8WithoutControls(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\n') || c == 0x7f) return false;
            ++i;
            continue;
        }
        const int len = (c >= 0xc2 && c <= 0xdf) ? 2 : (c >= 0xe0 && c <= 0xef) ? 3 : (c >= 0xf0 && c <= 0xf4) ? 4 : 0;
        if (len == 0 || i + std::size_t(len) > s.size()) return false;
        for (int k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + std::size_t(k)]) & 0xc0) != 0x80) return false;
        i += std::size_t(len);
    }
    return true;
}

inline std::optional<std::string> fuzzServerSnapshot(const std::uint8_t *data, std::size_t size)
{
    using namespace closelab::server;
    if (size == 0) return std::nullopt;
    const auto selector = data[0];
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    const InputFormat format = selector < 16 ? static_cast<InputFormat>(selector) : InputFormat::Unknown;
    SnapshotReader reader;
    // the text once as it is, once cut in two inputs at a point the input chooses
    const InputSummary &whole = reader.add("whole", text, format);
    if (whole.unrecognised > whole.lines) return "more unrecognised lines than lines";
    if (whole.samples.size() > kMaxUnrecognisedSamples || std::int64_t(whole.samples.size()) > whole.unrecognised)
        return "too many unrecognised samples";
    const std::size_t cut = text.empty() ? 0 : (selector * 131u) % text.size();
    reader.add("first", text.substr(0, cut));
    reader.add("second", text.substr(cut));
    const Snapshot &s = reader.snapshot();
    std::int64_t byDestination = 0;
    for (const auto &[remote, d] : s.destinations) {
        std::int64_t n = 0;
        for (const auto &[state, count] : d.states) {
            if (count <= 0) return "a destination state with no socket";
            if (kernelStateName(state) != state) return "a destination state that is not a kernel state name: " + state;
            n += count;
        }
        if (d.portsInUse > n) return "more ports in use than sockets toward " + remote;
        byDestination += n;
    }
    if (byDestination + s.state("LISTEN") != s.totalSockets()) return "sockets per destination do not add up to the states";
    const auto findings = diagnose(s, DiagnosisOptions{350.0});
    for (const Finding &f : findings)
        if (!findingRule(f.code)) return "finding without a rule: " + f.code;
    const std::string json = diagnosisToJson(s, findings);
    if (!validUtf8WithoutControls(json)) return "diagnosis JSON is not clean UTF-8";
    (void)diagnosisToText(s, findings);
    return std::nullopt;
}

} // namespace closelabfuzz
