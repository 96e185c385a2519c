// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simtime.h"

#include <cstdint>
#include <vector>

namespace closelab {

/// The simulator's agenda: events in (time, insertion order). Kernel timers all fire on jiffy boundaries,
/// so they go into a ring of per-jiffy buckets (like the kernel's own timer wheel: O(1) to arm, and a
/// cancelled timer costs nothing until its bucket comes round); everything else, and timers more than
/// the ring's span away, into a binary heap. Both are merged by (time, order).
class EventQueue {
public:
    struct Event {
        SimTime t;
        std::uint64_t order;
        std::uint8_t kind;
        std::uint8_t side;
        std::uint8_t slot;
        std::uint32_t index;
        std::uint32_t generation;
    };

    EventQueue();
    /// Large runs (populations) turn the bucket ring on; small ones keep the plain heap (cheaper to set up).
    void enableWheel()
    {
        if (m_wheel) return;
        m_wheel = true;
        m_slots.resize(kSpan);
        m_heads.assign(kSpan, 0);
    }
    /// `jiffy` is the event's jiffy when it lies exactly on a jiffy boundary (a kernel timer), else -1.
    void push(const Event &e, std::int64_t jiffy, std::int64_t nowJiffy);
    bool empty() const { return m_heap.empty() && m_wheelCount == 0; }
    Event pop();
    std::size_t size() const { return m_heap.size() + m_wheelCount; }
    /// True when some queued event satisfies `pred` (heap and wheel).
    template <typename Pred> bool any(Pred pred) const
    {
        for (const Event &e : m_heap)
            if (pred(e)) return true;
        if (m_wheelCount == 0) return false;
        for (std::size_t s = 0; s < m_slots.size(); ++s)
            for (std::size_t i = m_heads[s]; i < m_slots[s].size(); ++i)
                if (pred(m_slots[s][i])) return true;
        return false;
    }

private:
    static bool later(const Event &a, const Event &b) { return a.t != b.t ? a.t > b.t : a.order > b.order; }
    const Event *wheelFront();

    static constexpr std::int64_t kSpan = 1 << 17; // 524 s of 4 ms jiffies
    std::vector<Event> m_heap;
    std::vector<std::vector<Event>> m_slots;
    std::vector<std::uint32_t> m_heads;
    std::size_t m_wheelCount = 0;
    std::int64_t m_cursor = 0;
    bool m_wheel = false;
};

} // namespace closelab
