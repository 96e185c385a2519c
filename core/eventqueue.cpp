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
    while (m_buckets[static_cast<std::size_t>(m_cursor & (kSpan - 1))].head == kNil) ++m_cursor;
    const Event &e = m_nodes[m_buckets[static_cast<std::size_t>(m_cursor & (kSpan - 1))].head].e;
    m_keys[kWheelSource] = keyOf(e.t, e.order);
}

EventQueue::Event EventQueue::popWheel()
{
    Bucket &b = m_buckets[static_cast<std::size_t>(m_cursor & (kSpan - 1))];
    const std::uint32_t n = b.head;
    const Event e = m_nodes[n].e;
    unlink(b, n);
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
