// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simtime.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace closelab {

/// The simulator's agenda: events in (time, insertion order). Kernel timers all fire on jiffy boundaries,
/// so they go into a ring of per-jiffy buckets (like the kernel's own timer wheel: O(1) to arm and to
/// cancel). Events that are born in time order (a
/// direction's deliveries, application wake-ups) go into FIFO lanes; everything else, and timers more than
/// the ring's span away, into a binary heap. All are merged by (time, order), so the order is exactly the
/// one a single heap would give.
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
    /// 0, 1: each direction's deliveries; 2: scripted and application wake-ups; 3, 4: the driver's calls.
    static constexpr int kLanes = 5;
    static constexpr int kNoLane = -1;
    /// Where a queued timer sits in the bucket ring (its bucket and node), so that cancelling it removes it
    /// (as del_timer() unlinks a timer_list): it is then never popped. Events outside the ring have no handle
    /// (bucket kNone) and die as before, by their owner's generation when they come up.
    struct Handle {
        static constexpr std::uint32_t kNone = UINT32_MAX;
        std::uint32_t bucket = kNone;
        std::uint32_t index = 0;
        std::uint64_t order = 0;
    };

    EventQueue();
    /// Large runs (populations) turn the bucket ring on; small ones keep the plain heap (cheaper to set up).
    void enableWheel()
    {
        if (m_wheel) return;
        m_wheel = true;
        m_buckets.assign(kSpan, Bucket{});
    }
    /// `jiffy` is the event's jiffy when it lies exactly on a jiffy boundary (a kernel timer), else -1.
    /// `lane` (0..kLanes-1) is a hint that events pushed with it usually come in time order; an event
    /// earlier than its lane's last one goes to the heap instead.
    [[gnu::always_inline]] Handle push(const Event &e, std::int64_t jiffy, std::int64_t nowJiffy, int lane = kNoLane)
    {
        const Key k = keyOf(e.t, e.order);
        // Every wheel event lies in [now, now + kSpan / 2) when it is queued, so with the cursor never behind
        // "now" the ring cannot alias. The cursor may have run ahead to the next busy bucket: move it back.
        if (m_wheel && jiffy >= 0 && jiffy >= nowJiffy && jiffy - nowJiffy < kSpan / 2) {
            // One bucket holds one jiffy's events, all at the same time and pushed in order, so the new
            // event is the wheel's front only when its bucket comes before the cursor's (or the wheel is empty).
            if (m_wheelCount == 0 || jiffy < m_cursor) {
                m_cursor = jiffy;
                m_keys[kWheelSource] = k;
                m_wheelStale = false;
            }
            const auto slot = static_cast<std::uint32_t>(jiffy & (kSpan - 1));
            const std::uint32_t n = takeNode();
            Node &node = m_nodes[n];
            node.e = e;
            Bucket &b = m_buckets[slot];
            node.prev = b.tail;
            node.next = kNil;
            if (b.tail == kNil) b.head = n;
            else m_nodes[b.tail].next = n;
            b.tail = n;
            ++m_wheelCount;
            return Handle{slot, n, e.order};
        }
        if (lane >= 0) {
            Lane &l = m_lanes[static_cast<std::size_t>(lane)];
            if (l.empty()) {
                l.push(e);
                m_keys[static_cast<std::size_t>(lane)] = k;
                ++m_laneCount;
                return {};
            }
            if (l.back().t <= e.t) {
                l.push(e);
                ++m_laneCount;
                return {};
            }
        }
        m_heap.push_back(e);
        std::push_heap(m_heap.begin(), m_heap.end(), Later{});
        if (k < m_keys[kHeapSource]) m_keys[kHeapSource] = k;
        return {};
    }
    /// Removes the event `h` names if it is still queued (a popped or already cancelled one is left alone).
    void cancel(const Handle &h)
    {
        if (h.bucket == Handle::kNone) return;
        if (h.index >= m_nodes.size()) return;
        Node &node = m_nodes[h.index];
        if (node.e.order != h.order || node.e.kind == kFree) return; // popped, cancelled, or the node reused
        if (h.order == orderOf(m_keys[kWheelSource])) m_wheelStale = true;
        unlink(m_buckets[h.bucket], h.index);
        --m_wheelCount;
    }
    bool empty() const { return m_heap.empty() && m_wheelCount == 0 && m_laneCount == 0; }
    /// The earliest event, taken out. Each source's front (every lane's, the heap's top, the wheel's) is kept
    /// as a key beside the others, so choosing is a scan of a few adjacent keys.
    Event pop()
    {
        if (m_wheelStale) refreshWheel();
        std::size_t best = 0;
        Key min = m_keys[0];
        for (std::size_t i = 1; i < kSources; ++i) {
            const bool earlier = m_keys[i] < min;
            min = earlier ? m_keys[i] : min;
            best = earlier ? i : best;
        }
        if (best < kLanes) {
            Lane &l = m_lanes[best];
            const Event e = l.front();
            l.popFront();
            --m_laneCount;
            m_keys[best] = l.empty() ? kEmpty : keyOf(l.front().t, l.front().order);
            return e;
        }
        if (best == kWheelSource) return popWheel();
        return popHeap();
    }
    std::size_t size() const { return m_heap.size() + m_wheelCount + m_laneCount; }
    /// The first event waiting in `lane`, or nullptr (for prefetching what comes soon; not necessarily the
    /// queue's next event).
    const Event *laneFront(int lane) const
    {
        const Lane &l = m_lanes[static_cast<std::size_t>(lane)];
        return l.empty() ? nullptr : &l.front();
    }
    /// True when some queued event satisfies `pred` (heap, lanes and wheel).
    template <typename Pred> bool any(Pred pred) const
    {
        for (const Event &e : m_heap)
            if (pred(e)) return true;
        for (const Lane &l : m_lanes)
            for (std::size_t i = 0; i < l.size(); ++i)
                if (pred(l.at(i))) return true;
        if (m_wheelCount == 0) return false;
        for (const Node &n : m_nodes)
            if (n.e.kind != kFree && pred(n.e)) return true;
        return false;
    }

private:
    /// (time, insertion order): unique per event. An empty source's key is later than every event's.
    /// As one unsigned 128-bit number (time biased to unsigned above, order below), so choosing the earliest
    /// source is a few compares without branches.
    __extension__ using Key = unsigned __int128;
    static constexpr Key kEmpty = ~Key{0};
    static Key keyOf(SimTime t, std::uint64_t order)
    {
        return (Key{static_cast<std::uint64_t>(t) ^ (std::uint64_t{1} << 63)} << 64) | order;
    }
    static std::uint64_t orderOf(Key k) { return static_cast<std::uint64_t>(k); }
    static constexpr std::size_t kHeapSource = kLanes;
    static constexpr std::size_t kWheelSource = kLanes + 1;
    static constexpr std::size_t kSources = kLanes + 2;
    struct Later {
        bool operator()(const Event &a, const Event &b) const { return a.t != b.t ? a.t > b.t : a.order > b.order; }
    };
    /// A FIFO ring of events in (time, order).
    class Lane {
    public:
        bool empty() const { return m_head == m_tail; }
        std::size_t size() const { return m_tail - m_head; }
        const Event &front() const { return m_ring[m_head & m_mask]; }
        const Event &back() const { return m_ring[(m_tail - 1) & m_mask]; }
        const Event &at(std::size_t i) const { return m_ring[(m_head + i) & m_mask]; }
        void push(const Event &e)
        {
            if (size() == m_ring.size()) grow();
            m_ring[m_tail++ & m_mask] = e;
        }
        void popFront() { ++m_head; }

    private:
        void grow()
        {
            std::vector<Event> bigger(m_ring.empty() ? 64 : m_ring.size() * 2);
            for (std::size_t i = 0; i < size(); ++i) bigger[i] = at(i);
            m_tail = size();
            m_head = 0;
            m_ring.swap(bigger);
            m_mask = m_ring.size() - 1;
        }
        std::vector<Event> m_ring;
        std::size_t m_mask = 0;
        std::size_t m_head = 0, m_tail = 0;
    };
    /// Moves the cursor to the wheel's first live event and keys it (kEmpty when the wheel is empty).
    void refreshWheel();
    Event popWheel();
    Event popHeap();
    /// The ring's events live in a pool of nodes, each bucket a doubly linked FIFO of them (as a timer_list
    /// sits in its wheel bucket): cancelling unlinks the node and frees it for the next timer, so nothing
    /// cancelled stays behind to be skipped (nearly every timer of a population is cancelled) and the
    /// nodes in use stay few and warm.
    static constexpr std::uint32_t kNil = UINT32_MAX;
    static constexpr std::uint8_t kFree = 0xFF; // a free node's kind
    struct Node {
        Event e;
        std::uint32_t prev;
        std::uint32_t next; ///< in its bucket, or in the free list
    };
    struct Bucket {
        std::uint32_t head = kNil;
        std::uint32_t tail = kNil;
    };
    std::uint32_t takeNode()
    {
        if (m_freeNode == kNil) {
            m_nodes.push_back(Node{});
            return static_cast<std::uint32_t>(m_nodes.size() - 1);
        }
        const std::uint32_t n = m_freeNode;
        m_freeNode = m_nodes[n].next;
        return n;
    }
    void unlink(Bucket &b, std::uint32_t n)
    {
        Node &node = m_nodes[n];
        if (node.prev == kNil) b.head = node.next;
        else m_nodes[node.prev].next = node.next;
        if (node.next == kNil) b.tail = node.prev;
        else m_nodes[node.next].prev = node.prev;
        node.e.kind = kFree;
        node.next = m_freeNode;
        m_freeNode = n;
    }

    static constexpr std::int64_t kSpan = 1 << 17; // 524 s of 4 ms jiffies
    std::array<Key, kSources> m_keys = filledKeys();
    static constexpr std::array<Key, kSources> filledKeys()
    {
        std::array<Key, kSources> k{};
        k.fill(kEmpty);
        return k;
    }
    bool m_wheelStale = false; ///< the wheel's key may name a popped or cancelled event: refreshWheel() first
    std::vector<Event> m_heap;
    std::array<Lane, kLanes> m_lanes;
    std::size_t m_laneCount = 0;
    std::vector<Bucket> m_buckets;
    std::vector<Node> m_nodes;
    std::uint32_t m_freeNode = kNil;
    std::size_t m_wheelCount = 0;
    std::int64_t m_cursor = 0;
    bool m_wheel = false;
};

} // namespace closelab
