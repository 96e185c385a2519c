// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the .closelab experiment file reader (ExperimentFile::fromJson) on any bytes: a rejected
// file changes nothing; an accepted one round-trips through toJson() and runs keeping the invariants.
// A broken property aborts with its one-line description (see fuzzexperimentfile.h).
#include "fuzzexperimentfile.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (auto problem = closelabfuzz::fuzzExperimentFile(data, size)) {
        std::fprintf(stderr, "closelab fuzz_experimentfile: %s\n", problem->c_str());
        std::abort();
    }
    return 0;
}
