// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <iterator>
#include <type_traits>

namespace closelab {

/// A forward iterator over a container that is indexed by position (q[i]): RingQueue's and SendQueue's.
template <typename Q, typename V> class IndexIterator {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::remove_const_t<V>;
    using difference_type = std::ptrdiff_t;
    using pointer = V *;
    using reference = V &;
    IndexIterator() = default;
    IndexIterator(Q *q, std::size_t i) : m_q(q), m_i(i) {}
    reference operator*() const { return (*m_q)[m_i]; }
    pointer operator->() const { return &(*m_q)[m_i]; }
    IndexIterator &operator++()
    {
        ++m_i;
        return *this;
    }
    IndexIterator operator++(int)
    {
        IndexIterator old = *this;
        ++m_i;
        return old;
    }
    bool operator==(const IndexIterator &o) const { return m_i == o.m_i; }
    std::size_t position() const { return m_i; }

private:
    Q *m_q = nullptr;
    std::size_t m_i = 0;
};

} // namespace closelab
