// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the drop-rule parser (parseDropRule, ruleText).
// A broken property aborts with its one-line description (see fuzzinput.h).
#include "fuzzinput.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (auto problem = closelabfuzz::fuzzDropRule(data, size)) {
        std::fprintf(stderr, "closelab fuzz_droprule: %s\n", problem->c_str());
        std::abort();
    }
    return 0;
}
