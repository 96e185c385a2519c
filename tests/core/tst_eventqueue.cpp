// SPDX-License-Identifier: GPL-3.0-or-later
// EventQueue: whatever mix of heap, FIFO lanes and timer-bucket ring the events go through, and whatever is
// cancelled, the pops come out in exactly the (time, insertion order) of one plain ordered set of the live
// events: the order a single binary heap gives, which every golden trace depends on.
#include "core/eventqueue.h"
#include "core/timerwheel.h"

#include <QTest>

#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <utility>
#include <vector>

using namespace closelab;

class TstEventQueue : public QObject {
    Q_OBJECT
private slots:
    void popsInTimeThenInsertionOrder_data()
    {
        QTest::addColumn<bool>("wheel");
        QTest::addColumn<int>("cancelPercent"); // of wheel events, cancelled while queued
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("heap and lanes") << false << 0 << 1u;
        QTest::newRow("wheel") << true << 0 << 2u;
        QTest::newRow("wheel, most timers cancelled") << true << 90 << 3u;
        QTest::newRow("wheel, every timer cancelled") << true << 100 << 4u;
        QTest::newRow("wheel, some cancelled") << true << 40 << 5u;
    }
    void popsInTimeThenInsertionOrder()
    {
        QFETCH(bool, wheel);
        QFETCH(int, cancelPercent);
        QFETCH(unsigned, seed);
        std::mt19937_64 rng(seed);
        EventQueue q;
        if (wheel) q.enableWheel();
        std::set<std::pair<SimTime, std::uint64_t>> model; // the live events
        std::map<std::uint64_t, EventQueue::Handle> cancellable;
        std::map<std::uint64_t, SimTime> timeOf;
        std::array<SimTime, EventQueue::kLanes> laneLast{};
        SimTime now = 0;
        std::uint64_t order = 0;
        int pops = 0;
        for (int step = 0; step < 200000; ++step) {
            const unsigned what = static_cast<unsigned>(rng() % 100);
            if (what < 45) {
                // A push: a timer on a jiffy boundary (near, or beyond the ring's span), a lane event (mostly in
                // order, sometimes earlier than its lane's last), or anything else.
                EventQueue::Event e{};
                e.order = order++;
                std::int64_t jiffy = -1;
                int lane = EventQueue::kNoLane;
                const unsigned kind = static_cast<unsigned>(rng() % 3);
                if (kind == 0) {
                    const std::int64_t nowJiffy = now / kJiffy;
                    jiffy = nowJiffy + 1 + static_cast<std::int64_t>(rng() % (rng() % 8 == 0 ? 200000 : 300));
                    e.t = jiffy * kJiffy;
                } else if (kind == 1) {
                    lane = static_cast<int>(rng() % EventQueue::kLanes);
                    const SimTime back = std::max(now, laneLast[static_cast<std::size_t>(lane)]);
                    e.t = rng() % 10 == 0 ? now + static_cast<SimTime>(rng() % 1000) : back + static_cast<SimTime>(rng() % 3000);
                    laneLast[static_cast<std::size_t>(lane)] = std::max(laneLast[static_cast<std::size_t>(lane)], e.t);
                } else {
                    e.t = now + static_cast<SimTime>(rng() % 5'000'000);
                }
                const EventQueue::Handle h = q.push(e, jiffy, now / kJiffy, lane);
                model.insert({e.t, e.order});
                timeOf[e.order] = e.t;
                if (h.bucket != EventQueue::Handle::kNone) cancellable[e.order] = h;
            } else if (what < 60 && !cancellable.empty()) {
                // A cancel of a queued timer (or one already popped: must be harmless).
                auto it = cancellable.lower_bound(rng() % order);
                if (it == cancellable.end()) it = cancellable.begin();
                if (static_cast<int>(rng() % 100) < cancelPercent) {
                    q.cancel(it->second);
                    model.erase({timeOf[it->first], it->first}); // nothing if it was popped already
                    q.cancel(it->second);                      // twice: no effect
                }
                cancellable.erase(it);
            } else if (!model.empty()) {
                QCOMPARE(q.empty(), false);
                QCOMPARE(q.size(), model.size());
                const EventQueue::Event e = q.pop();
                const auto expected = *model.begin();
                model.erase(model.begin());
                if (e.t != expected.first || e.order != expected.second)
                    QFAIL(qPrintable(QStringLiteral("pop %1: got (%2, %3), expected (%4, %5)")
                                         .arg(pops)
                                         .arg(e.t)
                                         .arg(e.order)
                                         .arg(expected.first)
                                         .arg(expected.second)));
                now = e.t;
                ++pops;
            }
        }
        while (!model.empty()) {
            const EventQueue::Event e = q.pop();
            QCOMPARE(e.t, model.begin()->first);
            QCOMPARE(e.order, model.begin()->second);
            model.erase(model.begin());
        }
        QVERIFY(q.empty());
        QVERIFY(pops > 10000);
    }
};

QTEST_APPLESS_MAIN(TstEventQueue)
#include "tst_eventqueue.moc"
