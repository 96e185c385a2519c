// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the capture reader (libpcap, link layers, IPv4/IPv6, TCP) and the inference
// (connections, states, findings, JSON). A broken property aborts with its one-line description.
#include "fuzzcapture.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (auto problem = closelabfuzz::fuzzCapture(data, size)) {
        std::fprintf(stderr, "closelab fuzz_capture: %s\n", problem->c_str());
        std::abort();
    }
    return 0;
}
