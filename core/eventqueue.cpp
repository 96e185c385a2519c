// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventqueue.h"

#include <algorithm>

namespace closelab {

EventQueue::EventQueue() = default;

void EventQueue::push(const Event &e, std::int64_t jiffy, std::int64_t nowJiffy)
{
    // Every wheel event lies in [now, now + kSpan / 2) when it is queued, so with the cursor never behind
    // "now" the ring cannot alias. The cursor may have run ahead to the next busy bucket: move it back.
    if (m_wheel && jiffy >= nowJiffy && jiffy - nowJiffy < kSpan / 2) {
        if (m_wheelCount == 0 || jiffy < m_cursor) m_cursor = jiffy;
        m_slots[static_cast<std::size_t>(jiffy & (kSpan - 1))].push_back(e);
        ++m_wheelCount;
        return;
    }
    m_heap.push_back(e);
    std::push_heap(m_heap.begin(), m_heap.end(), later);
}

const EventQueue::Event *EventQueue::wheelFront()
{
    if (m_wheelCount == 0) return nullptr;
    for (;;) {
        const auto s = static_cast<std::size_t>(m_cursor & (kSpan - 1));
        if (m_heads[s] < m_slots[s].size()) return &m_slots[s][m_heads[s]];
        if (!m_slots[s].empty()) {
            std::vector<Event>().swap(m_slots[s]); // give the bucket's memory back: the ring is long
            m_heads[s] = 0;
        }
        ++m_cursor;
    }
}

EventQueue::Event EventQueue::pop()
{
    const Event *w = wheelFront();
    if (w && (m_heap.empty() || later(m_heap.front(), *w))) {
        const Event e = *w;
        const auto s = static_cast<std::size_t>(m_cursor & (kSpan - 1));
        ++m_heads[s];
        --m_wheelCount;
        return e;
    }
    std::pop_heap(m_heap.begin(), m_heap.end(), later);
    const Event e = m_heap.back();
    m_heap.pop_back();
    return e;
}

} // namespace closelab
