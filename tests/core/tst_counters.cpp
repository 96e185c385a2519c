// SPDX-License-Identifier: GPL-3.0-or-later
// The table counts the engine records (Trace::occupancy): SYN queue, accept queue, timewait sockets,
// orphans, ports in use and file descriptors of each host, read from the Host's own tables.
#include "enginetest.h"

#include "core/occupancy.h"
#include "core/population.h"
#include "core/tracejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <set>

using namespace closelab;
using namespace enginetest;

namespace {

// The times at which `host`'s count changes, with the value from then on.
std::vector<std::pair<SimTime, std::int32_t>> steps(const Trace &t, Side host, OccupancyCount count)
{
    std::vector<std::pair<SimTime, std::int32_t>> out;
    std::int32_t value = 0;
    for (const OccupancySample &s : t.occupancy) {
        if (s.host != host) continue;
        const std::int32_t v = occupancyValue(s.counts, count);
        if (v != value) out.emplace_back(s.t, v);
        value = v;
    }
    return out;
}

std::int32_t countAt(const Trace &t, Side host, OccupancyCount count, SimTime at)
{
    return occupancyValue(occupancyAt(t.occupancy, host, at), count);
}

SimTime firstEvent(const Trace &t, const std::function<bool(const TraceEvent &)> &match)
{
    for (const TraceEvent &e : t.events)
        if (match(e)) return e.t;
    return kNever;
}

} // namespace

class TestCounters : public QObject {
    Q_OBJECT
private slots:
    void timeWaitCountFollowsTheClient()
    {
        const Trace t = run("normal_close");
        const SimTime fin2 = firstEvent(t, [](const TraceEvent &e) {
            return e.type == EventType::State && e.host == Side::Client && e.to == TcpState::FinWait2;
        });
        const SimTime timeWait = firstEvent(t, [](const TraceEvent &e) {
            return e.type == EventType::State && e.host == Side::Client && e.to == TcpState::TimeWait;
        });
        const SimTime closed = firstEvent(t, [](const TraceEvent &e) {
            return e.type == EventType::State && e.host == Side::Client && e.from == TcpState::TimeWait && e.to == TcpState::Closed;
        });
        QVERIFY(fin2 != kNever && timeWait != kNever && closed != kNever);
        QVERIFY(fin2 < timeWait && timeWait < closed);
        // tcp_rcv_state_process(): the orphaned client's FIN_WAIT2 already lives in the timewait table
        // (tcp_time_wait(sk, TCP_FIN_WAIT2, tmo) when tcp_fin_timeout <= TCP_TIMEWAIT_LEN), so the
        // bucket is taken when FIN_WAIT2 begins and held through TIME_WAIT until it ends.
        const auto tw = steps(t, Side::Client, OccupancyCount::TimeWait);
        QCOMPARE(tw.size(), std::size_t(2));
        QCOMPARE(tw[0], std::make_pair(fin2, std::int32_t(1)));
        QCOMPARE(tw[1], std::make_pair(closed, std::int32_t(0)));
        QCOMPARE(countAt(t, Side::Client, OccupancyCount::TimeWait, timeWait), 1);
        QCOMPARE(countAt(t, Side::Client, OccupancyCount::TimeWait, closed - 1), 1);
        QVERIFY(steps(t, Side::Server, OccupancyCount::TimeWait).empty());
        // The orphan count holds the client from close() until the timewait table takes it.
        const SimTime close = firstEvent(t, [](const TraceEvent &e) {
            return e.type == EventType::App && e.host == Side::Client && e.call == AppCall::Close;
        });
        const auto orphans = steps(t, Side::Client, OccupancyCount::Orphans);
        QCOMPARE(orphans.size(), std::size_t(2));
        QCOMPARE(orphans[0], std::make_pair(close, std::int32_t(1)));
        QCOMPARE(orphans[1], std::make_pair(fin2, std::int32_t(0)));
    }

    void fullTimeWaitTableTakesNothing()
    {
        const Trace t = run("normal_close", {"set=net.ipv4.tcp_max_tw_buckets=0"});
        QVERIFY(steps(t, Side::Client, OccupancyCount::TimeWait).empty());
        QVERIFY(steps(t, Side::Server, OccupancyCount::TimeWait).empty());
    }

    void queuesFollowTheHandshakeAndAccept()
    {
        const Trace t = run("normal_close");
        const SimTime synRecv = firstEvent(t, [](const TraceEvent &e) {
            return e.type == EventType::State && e.host == Side::Server && e.to == TcpState::SynRecv;
        });
        const SimTime established = firstEvent(t, [](const TraceEvent &e) {
            return e.type == EventType::State && e.host == Side::Server && e.from == TcpState::SynRecv && e.to == TcpState::Established;
        });
        const SimTime accepted = firstEvent(t, [](const TraceEvent &e) {
            return e.type == EventType::App && e.host == Side::Server && e.call == AppCall::Accept && e.result >= 0;
        });
        QVERIFY(synRecv < established && established < accepted);
        // The request waits in the SYN queue until the handshake's ACK, then in the accept queue until accept().
        const auto syn = steps(t, Side::Server, OccupancyCount::SynQueue);
        QCOMPARE(syn.size(), std::size_t(2));
        QCOMPARE(syn[0], std::make_pair(synRecv, std::int32_t(1)));
        QCOMPARE(syn[1], std::make_pair(established, std::int32_t(0)));
        const auto accept = steps(t, Side::Server, OccupancyCount::AcceptQueue);
        QCOMPARE(accept.size(), std::size_t(2));
        QCOMPARE(accept[0], std::make_pair(established, std::int32_t(1)));
        QCOMPARE(accept[1], std::make_pair(accepted, std::int32_t(0)));
        // listen(128): sk_max_ack_backlog = min(128, somaxconn); full when it holds more.
        QCOMPARE(occupancyAt(t.occupancy, Side::Server, accepted).acceptQueueLimit, 129);
        const Trace small = run("normal_close", {"set=net.core.somaxconn=7"});
        QCOMPARE(occupancyAt(small.occupancy, Side::Server, accepted).acceptQueueLimit, 8);
        // The client holds one ephemeral port and one descriptor; the server a listener's and a child's.
        QCOMPARE(countAt(t, Side::Client, OccupancyCount::PortsInUse, accepted), 1);
        QCOMPARE(countAt(t, Side::Client, OccupancyCount::Fds, accepted), 1);
        QCOMPARE(countAt(t, Side::Server, OccupancyCount::Fds, accepted), 2);
    }

    void synFloodFillsTheSynQueue()
    {
        // The flood's spoofed requests are not in the trace's events, but they are in the SYN queue.
        const Trace t = run("syn_flood");
        std::int32_t peak = 0;
        for (const OccupancySample &s : t.occupancy)
            if (s.host == Side::Server) peak = std::max(peak, s.counts.synQueue);
        QVERIFY2(peak > 10, qPrintable(QString::number(peak)));
    }

    void everyScenarioKeepsConsistentCounts_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const ScenarioInfo &info : scenarioLibrary())
            QTest::newRow(std::string(info.name).c_str()) << QString::fromStdString(std::string(info.name));
    }

    void everyScenarioKeepsConsistentCounts()
    {
        QFETCH(QString, scenario);
        const Trace t = run(scenario.toStdString());
        if (isPopulationScenario(scenario.toStdString()) && t.occupancy.empty()) {
            // A large population records only its first connection, and then no table counts.
            for (const TraceEvent &e : t.events) QVERIFY(e.conn == 0 || e.conn == kListenerConn);
            return;
        }
        QVERIFY(!t.occupancy.empty());
        // Samples are in time order, one per host and instant, each a change.
        std::map<int, SimTime> last;
        std::map<int, HostOccupancy> previous;
        for (const OccupancySample &s : t.occupancy) {
            const int h = static_cast<int>(s.host);
            if (last.count(h)) {
                QVERIFY(s.t > last[h]);
                QVERIFY(!(s.counts == previous[h]));
            }
            last[h] = s.t;
            previous[h] = s.counts;
            for (int c = 0; c < kOccupancyCountCount; ++c) QVERIFY(occupancyValue(s.counts, static_cast<OccupancyCount>(c)) >= 0);
            QVERIFY(s.t >= t.start && s.t <= t.end);
        }
        // Counted against the recorded state changes: the timewait table holds every TIME_WAIT socket
        // (and orphaned FIN_WAIT2 ones), the SYN queue every recorded SYN_RECV request (a flood adds
        // unrecorded ones). Checked after each instant's last event.
        std::map<std::pair<int, std::uint32_t>, TcpState> state;
        for (std::size_t i = 0; i < t.events.size(); ++i) {
            const TraceEvent &e = t.events[i];
            if (e.type == EventType::State) state[{static_cast<int>(e.host), e.conn}] = e.to;
            if (e.type == EventType::Gone) state[{static_cast<int>(e.host), e.conn}] = TcpState::Closed;
            if (i + 1 < t.events.size() && t.events[i + 1].t == e.t) continue;
            for (Side side : {Side::Client, Side::Server}) {
                int timeWait = 0, finWait2 = 0, synRecv = 0;
                for (const auto &[key, st] : state) {
                    if (key.first != static_cast<int>(side)) continue;
                    timeWait += st == TcpState::TimeWait;
                    finWait2 += st == TcpState::FinWait2;
                    synRecv += st == TcpState::SynRecv && key.second != kListenerConn;
                }
                const HostOccupancy o = occupancyAt(t.occupancy, side, e.t);
                QVERIFY2(o.timeWait >= timeWait && o.timeWait <= timeWait + finWait2,
                         qPrintable(QStringLiteral("t=%1 tw=%2 TIME_WAIT=%3").arg(toSeconds(e.t)).arg(o.timeWait).arg(timeWait)));
                if (scenario == QLatin1String("syn_flood"))
                    QVERIFY(o.synQueue >= synRecv);
                else
                    QVERIFY2(o.synQueue == synRecv,
                             qPrintable(QStringLiteral("t=%1 syn_queue=%2 SYN_RECV=%3").arg(toSeconds(e.t)).arg(o.synQueue).arg(synRecv)));
            }
        }
    }

    void populationsRecordCountsOnlyWithEveryConnection()
    {
        RunConfig c;
        c.scenario = "population";
        PopulationConfig w;
        QVERIFY(populationPreset(c.scenario, c, w));
        w.rate = 20;
        w.duration = 2;
        w.tail = 1;
        const PopulationResult small = simulatePopulation(c, w); // 40 connections: every one recorded
        QVERIFY(!small.sample.occupancy.empty());
        std::int32_t ports = 0;
        for (const OccupancySample &s : small.sample.occupancy)
            if (s.host == Side::Client) ports = std::max(ports, s.counts.portsInUse);
        QVERIFY(ports > 1);
        w.rate = 500; // 1,000 connections: only the first is recorded, and the tables hold them all
        const PopulationResult large = simulatePopulation(c, w);
        QVERIFY(large.sample.occupancy.empty());
    }

    void jsonAddsOccupancyAndKeepsTheRest()
    {
        const RunConfig c = config("normal_close");
        const Trace t = simulate(c);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(traceToJson(c, t)), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QStringList keys{"scenario", "seed", "params", "options", "network", "endpoints", "events", "summary",
                               "occupancy", "end", "run_end", "illegal_transitions"};
        QStringList got = o.keys();
        QStringList want = keys;
        got.sort();
        want.sort();
        QCOMPARE(got, want);
        const QJsonArray samples = o.value(QStringLiteral("occupancy")).toArray();
        QCOMPARE(samples.size(), qsizetype(t.occupancy.size()));
        const QJsonObject first = samples.first().toObject();
        for (const char *k : {"t", "host", "syn_queue", "accept_queue", "accept_queue_limit", "tw_buckets", "orphans", "ports_in_use", "fds"})
            QVERIFY2(first.contains(QLatin1String(k)), k);
    }
};

QTEST_APPLESS_MAIN(TestCounters)
#include "tst_counters.moc"
