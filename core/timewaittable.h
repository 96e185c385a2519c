// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hugepagearena.h"
#include "hugepagearena.h"
#include "simtime.h"
#include "tcpstate.h"

#include <cstdint>
#include <cstdlib>
#include <deque>
#include <memory>
#include <new>
#include <vector>

namespace closelab {

/// An allocator for large random-access tables: a block of 2 MB or more is aligned to 2 MB and offered to
/// the kernel for transparent huge pages (madvise), so a random probe costs a cache miss but rarely a TLB
/// miss as well (a 4-16 MB timewait index spans thousands of 4 KB pages). Smaller blocks are plain.
template <typename T> struct LargeTableAllocator {
    using value_type = T;
    static constexpr std::size_t kHugePage = std::size_t{2} << 20;
    LargeTableAllocator() = default;
    template <typename U> LargeTableAllocator(const LargeTableAllocator<U> &) {}
    T *allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < kHugePage) return std::allocator<T>{}.allocate(n);
        const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
        void *p = std::aligned_alloc(kHugePage, rounded);
        if (!p) throw std::bad_alloc();
        adviseHugePages(p, rounded);
        return static_cast<T *>(p);
    }
    void deallocate(T *p, std::size_t n)
    {
        if (n * sizeof(T) < kHugePage) std::allocator<T>{}.deallocate(p, n);
        else std::free(p);
    }
    template <typename U> bool operator==(const LargeTableAllocator<U> &) const { return true; }
};
/// A connection's address: who talks to whom.
struct FourTuple {
    std::uint32_t localAddr = 0;
    std::uint32_t remoteAddr = 0;
    std::uint16_t localPort = 0;
    std::uint16_t remotePort = 0;
    bool operator==(const FourTuple &) const = default;
};

struct FourTupleHash {
    std::size_t operator()(const FourTuple &t) const
    {
        std::uint64_t h = (std::uint64_t{t.localAddr} << 32 | t.remoteAddr) * 0x9E3779B97F4A7C15ull;
        h ^= (std::uint64_t{t.localPort} << 16 | t.remotePort) * 0xC2B2AE3D27D4EB4Full;
        return static_cast<std::size_t>(h ^ (h >> 31));
    }
};

/// Linux keeps TIME_WAIT (and an orphaned FIN_WAIT2 on its timer) in a small timewait socket instead of
/// the full one (include/net/inet_timewait_sock.h, tcp_timewait_sock). This is the engine's: 44 bytes.
struct TimeWaitSock {
    std::uint32_t localAddr = 0;
    std::uint32_t remoteAddr = 0;
    std::uint16_t localPort = 0;
    std::uint16_t remotePort = 0;
    std::uint32_t sndNxt = 0;
    std::uint32_t rcvNxt = 0;
    std::uint32_t tsRecent = 0;
    std::int32_t tsRecentStampMs = INT32_MIN; ///< ms clock when tsRecent was seen (INT32_MIN: never)
    std::uint32_t conn = 0;
    std::uint32_t generation = 0; ///< bumped on re-arm and on death: stale timer entries are skipped
    std::uint32_t expiresJiffy = 0;
    std::uint16_t rcvWnd = 0;     ///< receive window in bytes (capped at 65535)
    TcpState substate = TcpState::TimeWait; ///< TimeWait or FinWait2
    std::uint8_t flags = 0;       ///< kLive, kReuseAddr

    static constexpr std::uint8_t kLive = 1;
    static constexpr std::uint8_t kReuseAddr = 2;
    static constexpr std::uint8_t kEphemeral = 4; ///< its local port came from ip_local_port_range
    FourTuple tuple() const { return {localAddr, remoteAddr, localPort, remotePort}; }
};
static_assert(sizeof(TimeWaitSock) <= 44, "keep the timewait socket small");

/// The TIME_WAIT table of one host: a pool of timewait sockets, an open-addressing index by 4-tuple, and
/// one FIFO of timers per timeout length (all TIME_WAIT timers are 60 s, so they expire in arrival order).
class TimeWaitTable {
public:
    TimeWaitTable() = default;
    ~TimeWaitTable();
    TimeWaitTable(const TimeWaitTable &) = delete;
    TimeWaitTable &operator=(const TimeWaitTable &) = delete;
    std::uint32_t insert(const TimeWaitSock &s);
    /// Index of the live entry with this 4-tuple, or UINT32_MAX.
    std::uint32_t find(const FourTuple &t) const;
    TimeWaitSock &at(std::uint32_t index) { return m_chunks[index >> kChunkBits][index & (kChunk - 1)]; }
    const TimeWaitSock &at(std::uint32_t index) const { return m_chunks[index >> kChunkBits][index & (kChunk - 1)]; }
    void erase(std::uint32_t index);
    std::size_t size() const { return m_size; }
    /// Starts loading the index word a later find() or insert() of `t` reads first (a hint to the cache).
    /// Always inlined: GCC 12 finds a function whose only effect is a prefetch "pure" and deletes its calls.
    [[gnu::always_inline]] void prefetch(const FourTuple &t) const
    {
        if (!m_index.empty()) __builtin_prefetch(&m_index[slotOf(t)]);
    }

    /// Queues a timer for entry `index` (its generation and expiresJiffy already set). Returns the FIFO's id
    /// and whether that FIFO was empty (the caller then schedules a wake-up for it).
    std::pair<std::uint32_t, bool> queueTimer(std::uint32_t index, SimTime timeout);
    struct Due {
        std::uint32_t index;
        std::uint32_t generation;
    };
    /// The head of FIFO `fifo`, if any (stale heads are dropped).
    bool head(std::uint32_t fifo, Due &out);
    /// Starts loading the index word of the entry `k` places behind FIFO `fifo`'s head, which erasing it
    /// will read (a hint: the entry may be stale or re-armed by then).
    [[gnu::always_inline]] void prefetchQueued(std::uint32_t fifo, std::size_t k) const
    {
        const auto &q = m_fifos[fifo].queue;
        if (k < q.size()) __builtin_prefetch(&m_index[slotOf(at(q[k].index).tuple())]);
    }
    void popHead(std::uint32_t fifo);

    /// Memory per live entry: the entry, its share of the index, its timer slot.
    double bytesPerEntry() const;
    std::size_t capacity() const { return m_count; }

private:
    std::size_t slotOf(const FourTuple &t) const { return FourTupleHash{}(t) & (m_index.size() - 1); }
    // An index word: the entry + 1 in the low m_entryBits bits (the pool never outgrows the index, so they
    // suffice), above it the word's distance from its home slot (saturated at kDispMax) and above that a
    // fingerprint: the hash's bits just above those of the home slot (up to bit 27). The distance lets a
    // deletion shift words back without reading their entries; the fingerprint lets a probe pass other
    // tuples' words without reading theirs; together they give the home slot in an index twice as large,
    // so growing reads no entries either.
    std::uint32_t word(std::uint64_t hash, std::uint32_t index, std::size_t disp) const
    {
        const std::uint32_t d = disp < kDispMax ? static_cast<std::uint32_t>(disp) : kDispMax;
        return fingerprint(hash) | (d << m_entryBits) | (index + 1);
    }
    std::uint32_t fingerprint(std::uint64_t hash) const
    {
        return static_cast<std::uint32_t>(hash >> m_entryBits) << (m_entryBits + kDispBits);
    }
    std::uint32_t dispOf(std::uint32_t w) const { return (w >> m_entryBits) & kDispMax; }
    std::uint32_t entryOf(std::uint32_t w) const { return (w & ((1u << m_entryBits) - 1)) - 1; }
    /// The exact distance of the word at slot `j` from its home (reads the entry only when saturated).
    std::size_t distance(std::uint32_t w, std::size_t j) const
    {
        const std::uint32_t d = dispOf(w);
        if (d < kDispMax) return d;
        return (j - slotOf(at(entryOf(w)).tuple())) & (m_index.size() - 1);
    }
    void grow();

    // Entries live in small fixed chunks: the pool grows 32 at a time, never doubling (memory per socket at
    // any size). The first kHeapChunks chunks (512 KB) come from the heap, touched as they are used; the
    // rest from an arena whose blocks are a 32nd of its size (at most 1.4 bytes a socket wait unused),
    // mapped in one step each (a million timewait sockets are 44 MB of fresh memory: 11,000 page faults).
    static constexpr unsigned kChunkBits = 5;
    static constexpr std::uint32_t kChunk = 1u << kChunkBits;
    static constexpr std::size_t kHeapChunks = (std::size_t{512} << 10) / (kChunk * sizeof(TimeWaitSock));
    // tcp_max_tw_buckets is at most 2^24, so the index has at most 2^25 slots: entry bits <= 25, leaving at
    // least 3 bits of fingerprint beside the 4 of distance.
    static constexpr unsigned kDispBits = 4;
    static constexpr std::uint32_t kDispMax = (1u << kDispBits) - 1;
    unsigned m_entryBits = 0; // log2 of the index size
    static constexpr std::uint32_t kNoFree = UINT32_MAX;
    std::vector<TimeWaitSock *> m_chunks; // the first kHeapChunks owned here, the rest by m_arena
    HugePageArena m_arena{std::size_t{64} << 10, 5};
    std::uint32_t m_count = 0; // entries ever allocated (live or free)
    std::uint32_t m_freeHead = kNoFree; // free entries, linked through their conn field
    using Index = std::vector<std::uint32_t, LargeTableAllocator<std::uint32_t>>;
    Index m_index; // 0 = empty, else a word; linear probing, backward-shift delete
    std::size_t m_size = 0;
    struct Fifo {
        SimTime timeout;
        std::deque<Due> queue;
    };
    std::vector<Fifo> m_fifos;
};

} // namespace closelab
