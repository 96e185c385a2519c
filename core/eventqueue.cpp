// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventqueue.h"

namespace closelab {

EventQueue::EventQueue() = default;

const EventQueue::Event *EventQueue::wheelFront()
{
    if (m_wheelCount == 0) return nullptr;
    for (;;) {
        const auto s = static_cast<std::size_t>(m_cursor & (kSpan - 1));
        std::vector<Event> &bucket = m_slots[s];
        std::uint32_t &head = m_heads[s];
        while (head < bucket.size() && bucket[head].kind == kCancelled) ++head;
        if (head < bucket.size()) return &bucket[head];
        if (!m_slots[s].empty()) {
            // The ring is long: a spent bucket's memory goes to the spares (as many as buckets are busy at
            // once), not to the allocator and back.
            m_slots[s].clear();
            m_spare.emplace_back().swap(m_slots[s]);
            m_heads[s] = 0;
        }
        ++m_cursor;
    }
}

EventQueue::Event EventQueue::pop()
{
    // The earliest of the heap's top, the wheel's front and the lanes' heads.
    enum Source { Heap, Wheel, LaneSource };
    const Later later;
    const Event *best = m_heap.empty() ? nullptr : &m_heap.front();
    Source source = Heap;
    int lane = 0;
    if (const Event *w = wheelFront(); w && (!best || later(*best, *w))) {
        best = w;
        source = Wheel;
    }
    if (m_laneCount > 0) {
        for (int i = 0; i < kLanes; ++i) {
            const Lane &l = m_lanes[static_cast<std::size_t>(i)];
            if (l.empty()) continue;
            if (!best || later(*best, l.front())) {
                best = &l.front();
                source = LaneSource;
                lane = i;
            }
        }
    }
    const Event e = *best;
    switch (source) {
    case Wheel:
        ++m_heads[static_cast<std::size_t>(m_cursor & (kSpan - 1))];
        --m_wheelCount;
        break;
    case LaneSource:
        m_lanes[static_cast<std::size_t>(lane)].popFront();
        --m_laneCount;
        break;
    case Heap:
        std::pop_heap(m_heap.begin(), m_heap.end(), later);
        m_heap.pop_back();
        break;
    }
    return e;
}

} // namespace closelab
