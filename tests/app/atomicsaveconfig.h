// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario.h"

#include <string>

// The experiment of one generation in tst_atomicsave: large (thousands of drop rules, about half a
// megabyte of JSON, so a save takes long enough to be killed in the middle) and different in every
// generation; its seed is the generation.
inline closelab::RunConfig atomicSaveConfig(quint64 generation)
{
    constexpr int kRules = 16000;
    closelab::RunConfig c;
    c.scenario = "fin_unacked";
    (void)c.sysctls.setFromText("net.ipv4.tcp_orphan_retries=" + std::to_string(generation % 8));
    c.network.drops.reserve(kRules);
    for (int i = 0; i < kRules; ++i) {
        closelab::DropRule r;
        r.dir = i % 2 ? closelab::DropRule::Direction::ServerToClient : closelab::DropRule::Direction::ClientToServer;
        r.match = closelab::DropRule::Match::Ack;
        r.when = closelab::DropRule::When::Nth;
        r.n = int((generation * 131 + quint64(i)) % 997) + 1;
        c.network.drops.push_back(r);
    }
    c.seed = generation;
    return c;
}
