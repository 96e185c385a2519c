// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indexiterator.h"
#include "simtime.h"

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <type_traits>

namespace closelab {

/// One sent-but-unacknowledged (or queued) piece of the byte stream, like a Linux skb in the write queue.
struct SendBuffer {
    std::uint32_t seq = 0;
    std::uint32_t len = 0;       ///< payload bytes
    /// When it was last (re)transmitted; while transmissions == 1 that is when it was first sent (the RTT
    /// sample of tcp_clean_rtx_queue()), after that the timestamp echo's sample.
    SimTime lastSent = kNever;
    std::uint16_t transmissions = 0;
    bool syn = false;
    bool fin = false;
    std::uint32_t endSeq() const { return seq + len + (syn ? 1 : 0) + (fin ? 1 : 0); }
};
static_assert(sizeof(SendBuffer) == 24);

/// A socket's write queue: a FIFO ring whose first kInline buffers live inside the queue itself, so the
/// usual connection (a SYN, then a request or a response with its FIN) never allocates and a segment's ACK
/// reads the queue from the socket's own cache line. More buffers move the ring to the heap (doubling);
/// clear() keeps whichever ring it has.
class SendQueue {
public:
    static constexpr std::uint32_t kInline = 2;

    using iterator = IndexIterator<SendQueue, SendBuffer>;
    using const_iterator = IndexIterator<const SendQueue, const SendBuffer>;

    SendQueue() = default;
    SendQueue(const SendQueue &) = delete;
    SendQueue &operator=(const SendQueue &) = delete;
    SendQueue(SendQueue &&o) noexcept { take(o); }
    SendQueue &operator=(SendQueue &&o) noexcept
    {
        if (this != &o) take(o);
        return *this;
    }

    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    SendBuffer &operator[](std::size_t i) { return ring()[(m_head + i) & (m_capacity - 1u)]; }
    const SendBuffer &operator[](std::size_t i) const { return ring()[(m_head + i) & (m_capacity - 1u)]; }
    SendBuffer &front() { return (*this)[0]; }
    const SendBuffer &front() const { return (*this)[0]; }
    SendBuffer &back() { return (*this)[m_size - 1u]; }
    const SendBuffer &back() const { return (*this)[m_size - 1u]; }
    iterator begin() { return {this, 0}; }
    iterator end() { return {this, m_size}; }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }

    void push_back(const SendBuffer &b)
    {
        if (m_size == m_capacity) grow();
        (*this)[m_size++] = b;
    }
    void pop_front()
    {
        m_head = (m_head + 1u) & (m_capacity - 1u);
        --m_size;
    }
    void clear()
    {
        m_head = 0;
        m_size = 0;
    }

private:
    SendBuffer *ring() { return m_heap ? m_heap.get() : m_inline; }
    const SendBuffer *ring() const { return m_heap ? m_heap.get() : m_inline; }
    void grow()
    {
        const std::uint32_t capacity = m_capacity * 2u;
        std::unique_ptr<SendBuffer[]> bigger(new SendBuffer[capacity]);
        for (std::size_t i = 0; i < m_size; ++i) bigger[i] = (*this)[i];
        m_heap = std::move(bigger);
        m_capacity = capacity;
        m_head = 0;
    }
    void take(SendQueue &o)
    {
        m_heap = std::move(o.m_heap);
        for (std::uint32_t i = 0; i < kInline; ++i) m_inline[i] = o.m_inline[i];
        m_capacity = o.m_capacity;
        m_head = o.m_head;
        m_size = o.m_size;
        o.m_capacity = kInline;
        o.m_head = 0;
        o.m_size = 0;
    }

    std::unique_ptr<SendBuffer[]> m_heap;
    std::uint32_t m_capacity = kInline; // a power of two
    std::uint32_t m_head = 0;
    std::uint32_t m_size = 0;
    SendBuffer m_inline[kInline];
};

} // namespace closelab
