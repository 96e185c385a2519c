// SPDX-License-Identifier: GPL-3.0-or-later
// SendQueue: the write queue keeps its first buffers inside itself and moves to the heap beyond them; it
// must behave as a plain FIFO (std::deque) through growth, wrap-around, moves and clear().
#include "core/sendqueue.h"

#include <QTest>

#include <deque>
#include <random>

using namespace closelab;

namespace {

SendBuffer buffer(std::uint32_t seq)
{
    SendBuffer b;
    b.seq = seq;
    b.len = seq % 7;
    b.transmissions = static_cast<std::uint16_t>(seq % 3);
    return b;
}

bool same(const SendQueue &q, const std::deque<std::uint32_t> &model)
{
    if (q.size() != model.size()) return false;
    std::size_t i = 0;
    for (const SendBuffer &b : q) {
        if (b.seq != model[i] || b.len != model[i] % 7) return false;
        ++i;
    }
    return q.empty() || (q.front().seq == model.front() && q.back().seq == model.back());
}

} // namespace

class TstSendQueue : public QObject {
    Q_OBJECT
private slots:
    void inlineBuffersWrapAround()
    {
        SendQueue q;
        std::deque<std::uint32_t> model;
        // Two buffers fit inside: pushing and popping one at a time walks the ring round many times.
        for (std::uint32_t i = 0; i < 100; ++i) {
            q.push_back(buffer(i));
            model.push_back(i);
            if (i % 2 == 1) {
                q.pop_front();
                model.pop_front();
            }
            QVERIFY(same(q, model));
        }
    }
    void growsPastTheInlineBuffers()
    {
        SendQueue q;
        std::deque<std::uint32_t> model;
        std::mt19937 rng(7);
        std::uint32_t next = 0;
        for (int step = 0; step < 5000; ++step) {
            if (model.empty() || rng() % 3 != 0) {
                q.push_back(buffer(next));
                model.push_back(next++);
            } else {
                q.pop_front();
                model.pop_front();
            }
            QVERIFY(same(q, model));
        }
        QVERIFY(model.size() > 100); // the ring really grew
        q[3].transmissions = 9;
        QCOMPARE(q.begin()->seq, model.front());
        QCOMPARE((*std::next(q.begin(), 3)).transmissions, std::uint16_t{9});
    }
    void moveKeepsTheBuffersAndEmptiesTheSource()
    {
        for (std::uint32_t n : {1u, 2u, 3u, 40u}) {
            SendQueue a;
            std::deque<std::uint32_t> model;
            for (std::uint32_t i = 0; i < n; ++i) {
                a.push_back(buffer(i + 10));
                model.push_back(i + 10);
            }
            a.pop_front();
            model.pop_front();
            SendQueue b = std::move(a);
            QVERIFY(same(b, model));
            QVERIFY(a.empty()); // NOLINT(bugprone-use-after-move): a moved-from queue is empty and usable
            a.push_back(buffer(99));
            QCOMPARE(a.front().seq, 99u);
            SendQueue c;
            c.push_back(buffer(1));
            c = std::move(b);
            QVERIFY(same(c, model));
        }
    }
    void clearEmptiesAndStaysUsable()
    {
        SendQueue q;
        for (std::uint32_t i = 0; i < 9; ++i) q.push_back(buffer(i));
        q.clear();
        QVERIFY(q.empty());
        QVERIFY(q.begin() == q.end());
        q.push_back(buffer(5));
        q.push_back(buffer(6));
        QCOMPARE(q.front().seq, 5u);
        QCOMPARE(q.back().seq, 6u);
    }
};

QTEST_APPLESS_MAIN(TstSendQueue)
#include "tst_sendqueue.moc"
