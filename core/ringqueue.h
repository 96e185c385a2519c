// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indexiterator.h"

#include <cstddef>
#include <iterator>
#include <memory>
#include <type_traits>

namespace closelab {

/// A double-ended FIFO of trivially copyable values in one power-of-two ring: allocates nothing until the
/// first push (std::deque allocates on construction), and clear() keeps the ring, so a recycled socket
/// reuses its queues without touching the allocator. References stay valid until the next push or erase.
template <typename T> class RingQueue {
    static_assert(std::is_trivially_copyable_v<T>);

public:
    using iterator = IndexIterator<RingQueue, T>;
    using const_iterator = IndexIterator<const RingQueue, const T>;

    RingQueue() = default;
    RingQueue(const RingQueue &o) { *this = o; }
    RingQueue &operator=(const RingQueue &o)
    {
        if (this == &o) return *this;
        clear();
        for (const T &v : o) push_back(v);
        return *this;
    }
    RingQueue(RingQueue &&o) noexcept { swap(o); }
    RingQueue &operator=(RingQueue &&o) noexcept
    {
        swap(o);
        o.clear();
        return *this;
    }
    void swap(RingQueue &o) noexcept
    {
        std::swap(m_ring, o.m_ring);
        std::swap(m_capacity, o.m_capacity);
        std::swap(m_head, o.m_head);
        std::swap(m_size, o.m_size);
    }

    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    T &operator[](std::size_t i) { return m_ring[(m_head + i) & (m_capacity - 1)]; }
    const T &operator[](std::size_t i) const { return m_ring[(m_head + i) & (m_capacity - 1)]; }
    T &front() { return (*this)[0]; }
    const T &front() const { return (*this)[0]; }
    T &back() { return (*this)[m_size - 1]; }
    const T &back() const { return (*this)[m_size - 1]; }
    iterator begin() { return {this, 0}; }
    iterator end() { return {this, m_size}; }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }

    void push_back(const T &v)
    {
        if (m_size == m_capacity) grow();
        (*this)[m_size++] = v;
    }
    void pop_front()
    {
        m_head = (m_head + 1) & (m_capacity - 1);
        --m_size;
    }
    void clear()
    {
        m_head = 0;
        m_size = 0;
    }
    /// Removes [first, last), keeping the order of the rest.
    iterator erase(iterator first, iterator last)
    {
        const std::size_t a = first.position(), b = last.position();
        for (std::size_t i = b; i < m_size; ++i) (*this)[a + i - b] = (*this)[i];
        m_size -= b - a;
        return {this, a};
    }
    iterator erase(iterator it) { return erase(it, iterator{this, it.position() + 1}); }

private:
    void grow()
    {
        const std::size_t capacity = m_capacity ? m_capacity * 2 : 4;
        std::unique_ptr<T[]> bigger(new T[capacity]);
        for (std::size_t i = 0; i < m_size; ++i) bigger[i] = (*this)[i];
        m_ring = std::move(bigger);
        m_capacity = capacity;
        m_head = 0;
    }

    std::unique_ptr<T[]> m_ring;
    std::size_t m_capacity = 0;
    std::size_t m_head = 0;
    std::size_t m_size = 0;
};

} // namespace closelab
