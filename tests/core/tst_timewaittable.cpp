// SPDX-License-Identifier: GPL-3.0-or-later
// TimeWaitTable: its open-addressing index (words with a distance from home and a fingerprint, backward-
// shift deletion) must answer every lookup as a plain map of the live entries would, through growth,
// long probe chains (distances past the saturation of the word's distance field) and churn.
#include "core/timewaittable.h"

#include <QTest>

#include <cstring>
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
    void arenaPiecesAreAlignedApartAndFewBytesWaitUnused()
    {
        // Pieces of a timewait chunk's size and of a socket chunk's size, in turn: each aligned as asked,
        // none overlapping another (each holds its own pattern), and the arena holds at most a 32nd more
        // than was asked for, plus one minimum block and a piece's end per block.
        HugePageArena arena(std::size_t{64} << 10, 5);
        std::vector<std::pair<unsigned char *, std::size_t>> pieces;
        std::size_t used = 0;
        for (int i = 0; used < (std::size_t{12} << 20); ++i) {
            const std::size_t bytes = i % 7 == 6 ? 45056 : 1408;
            const std::size_t align = i % 7 == 6 ? 64 : 4;
            auto *p = static_cast<unsigned char *>(arena.allocate(bytes, align));
            QCOMPARE(reinterpret_cast<std::uintptr_t>(p) % align, std::uintptr_t{0});
            std::memset(p, i & 0xFF, bytes);
            pieces.emplace_back(p, bytes);
            used += bytes;
        }
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            const auto [p, bytes] = pieces[i];
            QVERIFY(p[0] == (i & 0xFF) && p[bytes - 1] == (i & 0xFF));
        }
        const std::size_t blocks = arena.reservedBytes() / (std::size_t{64} << 10); // an upper bound
        QVERIFY(arena.reservedBytes() <= used + used / 32 + (std::size_t{64} << 10) + blocks * 45056);
        // An arena that grows by quarters reaches 2 MB blocks, 2 MB-aligned (for transparent huge pages).
        HugePageArena quick(std::size_t{64} << 10, 2);
        bool hugeSeen = false;
        for (std::size_t total = 0; total < (std::size_t{16} << 20); total += 1408) {
            const auto a = reinterpret_cast<std::uintptr_t>(quick.allocate(1408, 4));
            hugeSeen = hugeSeen || (a % HugePageArena::kHugePage == 0 && quick.reservedBytes() >= (std::size_t{8} << 20));
        }
        QVERIFY(hugeSeen);
    }
    void underSixtyFourBytesASocketAtEverySize()
    {
        // The goal, at sizes on both sides of the heap part (11,904 entries) and the index's
        // doublings: entries, index, timer FIFO and the arena's unused part, per live entry.
        for (std::uint32_t n : {1000u, 11904u, 11905u, 14337u, 28673u, 61997u, 98576u, 229377u}) {
            TimeWaitTable table;
            for (std::uint32_t i = 0; i < n; ++i) {
                const FourTuple t{(10u << 24) | (1u + i / 28000), (10u << 24) | 2u, static_cast<std::uint16_t>(32768 + i % 28000), 80};
                const std::uint32_t index = table.insert(sockFor(t, i));
                (void)table.queueTimer(index, 60 * kSec);
            }
            QVERIFY2(table.bytesPerEntry() < 64, qPrintable(QStringLiteral("%1 entries: %2 bytes").arg(n).arg(table.bytesPerEntry())));
        }
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
