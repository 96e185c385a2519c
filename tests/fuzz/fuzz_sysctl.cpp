// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the sysctl text parser (Sysctls::setFromText, valueText).
// A broken property aborts with its one-line description (see fuzzinput.h).
#include "fuzzinput.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (auto problem = closelabfuzz::fuzzSysctl(data, size)) {
        std::fprintf(stderr, "closelab fuzz_sysctl: %s\n", problem->c_str());
        std::abort();
    }
    return 0;
}
