// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timewaittable.h"

#include <cstdint>
#include <vector>

namespace closelab {

/// The established hash of one host (inet_hashinfo's ehash, full sockets only): 4-tuple -> socket slot, in
/// one flat open-addressing array (linear probing, backward-shift deletion, at most half full), so a
/// lookup reads one or two adjacent 16-byte entries instead of chasing a node.
class ConnectionTable {
public:
    static constexpr std::uint32_t kNone = UINT32_MAX;

    /// The slot registered for `t`, or kNone.
    std::uint32_t find(const FourTuple &t) const
    {
        if (m_size == 0) return kNone;
        for (std::size_t i = home(t);; i = (i + 1) & mask()) {
            const Entry &e = m_entries[i];
            if (e.id == kNone) return kNone;
            if (e.key == t) return e.id;
        }
    }
    /// Registers `id` for `t`; returns the id it replaces (kNone when `t` was not there).
    std::uint32_t set(const FourTuple &t, std::uint32_t id)
    {
        if ((m_size + 1) * 2 > m_entries.size()) grow();
        std::size_t i = home(t);
        for (; m_entries[i].id != kNone; i = (i + 1) & mask()) {
            if (m_entries[i].key == t) {
                const std::uint32_t old = m_entries[i].id;
                m_entries[i].id = id;
                return old;
            }
        }
        m_entries[i] = Entry{t, id};
        ++m_size;
        return kNone;
    }
    /// Removes `t` if it maps to `id`; true when it did.
    bool erase(const FourTuple &t, std::uint32_t id)
    {
        if (m_size == 0) return false;
        std::size_t i = home(t);
        for (;; i = (i + 1) & mask()) {
            if (m_entries[i].id == kNone) return false;
            if (m_entries[i].key == t) break;
        }
        if (m_entries[i].id != id) return false;
        std::size_t hole = i;
        for (std::size_t j = (hole + 1) & mask(); m_entries[j].id != kNone; j = (j + 1) & mask()) {
            const std::size_t h = home(m_entries[j].key);
            if (((j - h) & mask()) >= ((j - hole) & mask())) {
                m_entries[hole] = m_entries[j];
                hole = j;
            }
        }
        m_entries[hole].id = kNone;
        --m_size;
        return true;
    }
    std::size_t size() const { return m_size; }
    /// Starts loading the entry a later find() or set() of `t` reads first (a hint to the cache). Always
    /// inlined: GCC 12 finds a function whose only effect is a prefetch "pure" and deletes its calls.
    [[gnu::always_inline]] void prefetch(const FourTuple &t) const
    {
        if (!m_entries.empty()) __builtin_prefetch(&m_entries[home(t)]);
    }
    /// Calls fn(tuple, id) for every entry (in no particular order).
    template <typename Fn> void forEach(Fn fn) const
    {
        for (const Entry &e : m_entries)
            if (e.id != kNone) fn(e.key, e.id);
    }

private:
    struct Entry {
        FourTuple key;
        std::uint32_t id = kNone;
    };
    std::size_t mask() const { return m_entries.size() - 1; }
    std::size_t home(const FourTuple &t) const { return FourTupleHash{}(t) & mask(); }
    void grow()
    {
        std::vector<Entry> old = std::move(m_entries);
        m_entries.assign(old.empty() ? 16 : old.size() * 2, Entry{});
        m_size = 0;
        for (const Entry &e : old)
            if (e.id != kNone) set(e.key, e.id);
    }

    std::vector<Entry> m_entries;
    std::size_t m_size = 0;
};

} // namespace closelab
