// SPDX-License-Identifier: GPL-3.0-or-later
#include "timewaittable.h"

#include <algorithm>
#include <bit>
#include <memory>
#include <type_traits>

namespace closelab {

TimeWaitTable::~TimeWaitTable()
{
    // TimeWaitSock is trivially destructible: the chunks are only freed.
    static_assert(std::is_trivially_destructible_v<TimeWaitSock>);
    for (std::size_t c = 0; c < m_chunks.size() && c < kHeapChunks; ++c) ::operator delete(m_chunks[c]);
}

void TimeWaitTable::grow()
{
    Index old = std::move(m_index);
    const unsigned eb = m_entryBits;
    const std::size_t oldMask = old.empty() ? 0 : old.size() - 1;
    m_index.assign(old.empty() ? 64 : old.size() * 2, 0);
    m_entryBits = static_cast<unsigned>(std::countr_zero(m_index.size()));
    const std::size_t mask = m_index.size() - 1;
    const std::uint32_t fpField = ~((1u << (m_entryBits + kDispBits)) - 1);
    for (std::size_t j = 0; j < old.size(); ++j) {
        const std::uint32_t v = old[j];
        if (!v) continue;
        const std::uint32_t index = (v & ((1u << eb) - 1)) - 1;
        const std::uint32_t d = (v >> eb) & kDispMax;
        std::size_t home;
        std::uint32_t fp;
        if (d < kDispMax) {
            // The old home plus the fingerprint's lowest bit (hash bit eb) is the new home; the rest of the
            // fingerprint stays where it was.
            home = ((j - d) & oldMask) | (static_cast<std::size_t>((v >> (eb + kDispBits)) & 1u) << eb);
            fp = v & fpField;
        } else {
            const std::uint64_t hash = FourTupleHash{}(at(index).tuple());
            home = hash & mask;
            fp = fingerprint(hash);
        }
        std::size_t i = home, nd = 0;
        while (m_index[i]) i = (i + 1) & mask, ++nd;
        m_index[i] = fp | ((nd < kDispMax ? static_cast<std::uint32_t>(nd) : kDispMax) << m_entryBits) | (index + 1);
    }
}

std::uint32_t TimeWaitTable::insert(const TimeWaitSock &s)
{
    // Linear probing with fingerprints stays cheap up to a 7/8 load; growing there keeps the index at
    // 4.6-9.1 bytes an entry.
    if ((m_size + 1) * 8 > m_index.size() * 7) grow();
    std::uint32_t index;
    if (m_freeHead != kNoFree) {
        index = m_freeHead;
        m_freeHead = at(index).conn;
        const std::uint32_t gen = at(index).generation;
        at(index) = s;
        at(index).generation = gen + 1;
    } else {
        index = m_count++;
        if ((index >> kChunkBits) >= m_chunks.size()) {
            void *raw = m_chunks.size() < kHeapChunks ? ::operator new(kChunk * sizeof(TimeWaitSock))
                                                      : m_arena.allocate(kChunk * sizeof(TimeWaitSock), alignof(TimeWaitSock));
            m_chunks.push_back(static_cast<TimeWaitSock *>(raw));
        }
        std::construct_at(&at(index), s);
    }
    at(index).flags |= TimeWaitSock::kLive;
    const std::uint64_t hash = FourTupleHash{}(s.tuple());
    const std::size_t mask = m_index.size() - 1;
    std::size_t i = hash & mask, d = 0;
    while (m_index[i]) i = (i + 1) & mask, ++d;
    m_index[i] = word(hash, index, d);
    ++m_size;
    // The next insert writes the next free entry (the next in its chunk when none was freed): fetch its
    // line now, for writing, instead of stalling on a cold line then.
    const std::uint32_t next = m_freeHead != kNoFree ? m_freeHead : m_count;
    if ((next >> kChunkBits) < m_chunks.size()) __builtin_prefetch(&at(next), 1);
    return index;
}

std::uint32_t TimeWaitTable::find(const FourTuple &t) const
{
    if (m_index.empty()) return UINT32_MAX;
    const std::uint64_t hash = FourTupleHash{}(t);
    const std::uint32_t fp = fingerprint(hash);
    const std::uint32_t fpMask = fingerprint(~std::uint64_t{0});
    const std::size_t mask = m_index.size() - 1;
    for (std::size_t i = hash & mask, d = 0;; i = (i + 1) & mask, ++d) {
        const std::uint32_t v = m_index[i];
        if (!v) return UINT32_MAX;
        if ((v & fpMask) != fp) continue;
        // Same home slot: the same distance from it (or both saturated).
        const std::uint32_t vd = dispOf(v);
        if (vd != d && !(vd == kDispMax && d >= kDispMax)) continue;
        if (at(entryOf(v)).tuple() == t) return entryOf(v);
    }
}

void TimeWaitTable::erase(std::uint32_t index)
{
    TimeWaitSock &e = at(index);
    if (!(e.flags & TimeWaitSock::kLive)) return;
    const std::size_t mask = m_index.size() - 1;
    const std::uint32_t entryMask = (1u << m_entryBits) - 1;
    std::size_t i = slotOf(e.tuple());
    while ((m_index[i] & entryMask) != index + 1) i = (i + 1) & mask;
    // Backward-shift deletion keeps every probe chain unbroken; the words' distances say which may move,
    // without reading their entries.
    std::size_t hole = i;
    for (std::size_t j = (hole + 1) & mask; m_index[j]; j = (j + 1) & mask) {
        const std::uint32_t v = m_index[j];
        const std::size_t dist = distance(v, j);
        const std::size_t gap = (j - hole) & mask;
        if (dist >= gap) {
            const std::size_t nd = dist - gap;
            const std::uint32_t d = nd < kDispMax ? static_cast<std::uint32_t>(nd) : kDispMax;
            m_index[hole] = (v & ~(kDispMax << m_entryBits)) | (d << m_entryBits);
            hole = j;
        }
    }
    m_index[hole] = 0;
    e.flags = 0;
    ++e.generation;
    e.conn = m_freeHead;
    m_freeHead = index;
    --m_size;
}

std::pair<std::uint32_t, bool> TimeWaitTable::queueTimer(std::uint32_t index, SimTime timeout)
{
    std::uint32_t f = 0;
    while (f < m_fifos.size() && m_fifos[f].timeout != timeout) ++f;
    if (f == m_fifos.size()) m_fifos.push_back(Fifo{timeout, {}});
    const bool wasEmpty = m_fifos[f].queue.empty();
    m_fifos[f].queue.push_back(Due{index, at(index).generation});
    return {f, wasEmpty};
}

bool TimeWaitTable::head(std::uint32_t fifo, Due &out)
{
    auto &q = m_fifos[fifo].queue;
    while (!q.empty()) {
        const Due d = q.front();
        const TimeWaitSock &e = at(d.index);
        if ((e.flags & TimeWaitSock::kLive) && e.generation == d.generation) {
            out = d;
            return true;
        }
        q.pop_front(); // re-armed or gone since
    }
    return false;
}

void TimeWaitTable::popHead(std::uint32_t fifo) { m_fifos[fifo].queue.pop_front(); }

double TimeWaitTable::bytesPerEntry() const
{
    if (m_size == 0) return 0;
    std::size_t queued = 0;
    for (const Fifo &f : m_fifos) queued += f.queue.size();
    const std::size_t heapChunks = std::min(m_chunks.size(), kHeapChunks);
    const double bytes = static_cast<double>(heapChunks * kChunk * sizeof(TimeWaitSock) + m_arena.reservedBytes() + m_chunks.capacity() * sizeof(m_chunks[0])
                                             + m_index.capacity() * sizeof(std::uint32_t) + queued * sizeof(Due));
    return bytes / static_cast<double>(m_size);
}

} // namespace closelab
