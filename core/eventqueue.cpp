// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventqueue.h"

namespace closelab {

EventQueue::EventQueue() = default;

void EventQueue::refreshWheel()
{
    m_wheelStale = false;
    if (m_wheelCount == 0) {
        m_keys[kWheelSource] = kEmpty;
        return;
    }
    for (;;) {
        const auto s = static_cast<std::size_t>(m_cursor & (kSpan - 1));
        std::vector<Event> &bucket = m_slots[s];
        std::uint32_t &head = m_heads[s];
        while (head < bucket.size() && bucket[head].kind == kCancelled) ++head;
        if (head < bucket.size()) {
            m_keys[kWheelSource] = keyOf(bucket[head].t, bucket[head].order);
            return;
        }
        if (!bucket.empty()) {
            // The ring is long: a spent bucket's memory goes to the spares (as many as buckets are busy at
            // once), not to the allocator and back.
            bucket.clear();
            m_spare.emplace_back().swap(bucket);
            head = 0;
        }
        ++m_cursor;
    }
}

EventQueue::Event EventQueue::popWheel()
{
    const auto s = static_cast<std::size_t>(m_cursor & (kSpan - 1));
    // A push may have keyed its event without moving the bucket's head past entries cancelled before it.
    const std::vector<Event> &bucket = m_slots[s];
    std::uint32_t &head = m_heads[s];
    while (bucket[head].kind == kCancelled) ++head;
    const Event e = bucket[head++];
    --m_wheelCount;
    m_wheelStale = true;
    return e;
}

EventQueue::Event EventQueue::popHeap()
{
    const Event e = m_heap.front();
    std::pop_heap(m_heap.begin(), m_heap.end(), Later{});
    m_heap.pop_back();
    m_keys[kHeapSource] = m_heap.empty() ? kEmpty : keyOf(m_heap.front().t, m_heap.front().order);
    return e;
}

} // namespace closelab
