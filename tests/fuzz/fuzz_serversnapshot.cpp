// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the server snapshot parsers and diagnosis (core/server), see fuzzserversnapshot.h.
#include "fuzzserversnapshot.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (auto problem = closelabfuzz::fuzzServerSnapshot(data, size)) {
        std::fprintf(stderr, "closelab fuzz_serversnapshot: %s\n", problem->c_str());
        std::abort();
    }
    return 0;
}
