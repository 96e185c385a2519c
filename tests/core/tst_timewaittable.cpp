// SPDX-License-Identifier: GPL-3.0-or-later
// TimeWaitTable: its open-addressing index (words with a distance from home and a fingerprint, backward-
// shift deletion) must answer every lookup as a plain map of the live entries would, through growth,
// long probe chains (distances past the saturation of the word's distance field) and churn.
#include "core/timewaittable.h"

#include <QTest>

#include <map>
#include <random>
#include <tuple>

using namespace closelab;

namespace {

struct TupleLess {
    bool operator()(const FourTuple &a, const FourTuple &b) const
    {
        return std::tie(a.localAddr, a.remoteAddr, a.localPort, a.remotePort) < std::tie(b.localAddr, b.remoteAddr, b.localPort, b.remotePort);
    }
};

TimeWaitSock sockFor(const FourTuple &t, std::uint32_t conn)
{
    TimeWaitSock s;
    s.localAddr = t.localAddr;
    s.remoteAddr = t.remoteAddr;
    s.localPort = t.localPort;
    s.remotePort = t.remotePort;
    s.conn = conn;
    return s;
}

} // namespace

class TstTimeWaitTable : public QObject {
    Q_OBJECT
private slots:
    void largeTablesAreHugePageAligned()
    {
        // A 4 MB index is aligned to 2 MB (so transparent huge pages can back it); a small one is not
        // rounded up; both hold what is written.
        std::vector<std::uint32_t, LargeTableAllocator<std::uint32_t>> big(std::size_t{1} << 20, 0);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(big.data()) % (std::uintptr_t{2} << 20), std::uintptr_t{0});
        for (std::size_t i = 0; i < big.size(); i += 4097) big[i] = static_cast<std::uint32_t>(i);
        QCOMPARE(big[4097 * 200], std::uint32_t{4097 * 200});
        std::vector<std::uint32_t, LargeTableAllocator<std::uint32_t>> small(64, 7);
        QCOMPARE(small.back(), 7u);
        big = std::move(small);
        QCOMPARE(big.size(), std::size_t{64});
    }
    void matchesAMapThroughChurn_data()
    {
        QTest::addColumn<int>("live");    // entries kept live in steady state
        QTest::addColumn<int>("ports");   // distinct ports per address (few: many equal tuples come back)
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("small") << 40 << 64 << 1u;
        QTest::newRow("grows to 2^14 slots") << 12000 << 30000 << 2u;
        QTest::newRow("tuples come back") << 3000 << 4000 << 3u;
    }
    void matchesAMapThroughChurn()
    {
        QFETCH(int, live);
        QFETCH(int, ports);
        QFETCH(unsigned, seed);
        std::mt19937 rng(seed);
        TimeWaitTable table;
        std::map<FourTuple, std::uint32_t, TupleLess> model; // tuple -> entry index
        auto randomTuple = [&] {
            const auto addr = static_cast<std::uint32_t>(rng() % 4);
            const auto port = static_cast<std::uint16_t>(1024 + rng() % static_cast<unsigned>(ports));
            return FourTuple{(10u << 24) | addr, (10u << 24) | 200u, port, 80};
        };
        std::uint32_t conn = 0;
        for (int step = 0; step < 8 * live + 2000; ++step) {
            const FourTuple t = randomTuple();
            const bool grow = static_cast<int>(model.size()) < live;
            auto it = model.find(t);
            if (it == model.end() && grow) {
                const std::uint32_t index = table.insert(sockFor(t, conn++));
                model[t] = index;
            } else if (it != model.end() && (!grow || rng() % 2)) {
                table.erase(it->second);
                model.erase(it);
            }
            QCOMPARE(table.size(), model.size());
            // A lookup of the touched tuple and of a random one (mostly absent).
            for (const FourTuple &q : {t, randomTuple()}) {
                const auto m = model.find(q);
                const std::uint32_t found = table.find(q);
                if (m == model.end()) {
                    QCOMPARE(found, UINT32_MAX);
                } else {
                    QCOMPARE(found, m->second);
                    QVERIFY(table.at(found).tuple() == q);
                }
            }
        }
        for (const auto &[t, index] : model) QCOMPARE(table.find(t), index);
    }

    void longChainsStayExact()
    {
        // Tuples that differ only in the remote port hash all over the table; with the index at 7/8 load
        // some words lie more than 15 slots from home (the distance field saturates there). Deleting every
        // other one in insertion order shifts many of them back; every survivor must still be found.
        TimeWaitTable table;
        std::vector<std::pair<FourTuple, std::uint32_t>> all;
        for (std::uint32_t i = 0; i < 57000; ++i) { // 57,000 < 7/8 of 65,536: the index stays at 2^16 slots
            const FourTuple t{(10u << 24) | 1u, (10u << 24) | 2u, static_cast<std::uint16_t>(i % 60000), static_cast<std::uint16_t>(1 + i / 60000)};
            all.emplace_back(t, table.insert(sockFor(t, i)));
        }
        for (std::size_t i = 0; i < all.size(); i += 2) table.erase(all[i].second);
        for (std::size_t i = 0; i < all.size(); ++i) QCOMPARE(table.find(all[i].first), i % 2 ? all[i].second : UINT32_MAX);
        QCOMPARE(table.size(), all.size() / 2);
    }
};

QTEST_APPLESS_MAIN(TstTimeWaitTable)
#include "tst_timewaittable.moc"
