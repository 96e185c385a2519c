// SPDX-License-Identifier: GPL-3.0-or-later
// Golden traces: every library scenario, at its defaults and under jitter, loss, duplication and all
// three together with 20 seeds, must give the very trace it gave when tests/data/golden_traces.txt was
// written. A hash of a canonical dump of every recorded field (events, segments, timers, occupancy,
// summary, end) stands for the trace; population scenarios hash their recorded connections, their series
// and their totals. Engine work that is meant to change nothing (speed) must keep every line; a real
// correction regenerates the lines it changes, in its own commit, reviewed in the diff:
//     CLOSELAB_REGENERATE_GOLDEN=1 build/tests/core/tst_goldentraces
#include "core/population.h"
#include "enginetest.h"

#include <QFile>

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <type_traits>

using namespace closelab;
using namespace enginetest;

namespace {

const QString kGoldenFile = QStringLiteral(CLOSELAB_TEST_DATA "/golden_traces.txt");

/// FNV-1a, 64 bits, over the bytes of each field fed to it (fixed-width, so the dump is canonical).
class Hasher {
public:
    template <typename T> void add(const T &v)
    {
        static_assert(std::is_arithmetic_v<T> || std::is_enum_v<T>);
        unsigned char bytes[sizeof(T)];
        std::memcpy(bytes, &v, sizeof(T));
        for (unsigned char b : bytes) byte(b);
    }
    template <typename T> void add(const std::optional<T> &v)
    {
        add(v.has_value());
        if (v) add(*v);
    }
    void add(const std::string &s)
    {
        add(s.size());
        for (char c : s) byte(static_cast<unsigned char>(c));
    }
    std::uint64_t value() const { return m_h; }

private:
    void byte(unsigned char b)
    {
        m_h ^= b;
        m_h *= 0x100000001b3ull;
    }
    std::uint64_t m_h = 0xcbf29ce484222325ull;
};

void hashTrace(Hasher &h, const Trace &t)
{
    h.add(t.events.size());
    for (const TraceEvent &e : t.events) {
        h.add(e.t), h.add(e.type), h.add(e.host), h.add(e.conn), h.add(e.segment), h.add(e.from), h.add(e.to);
        h.add(e.cause), h.add(e.timer), h.add(e.action), h.add(e.expires), h.add(e.call), h.add(e.result);
        h.add(e.err), h.add(e.arg), h.add(e.gone);
    }
    h.add(t.segments.size());
    for (const SegmentRecord &r : t.segments) {
        h.add(r.from), h.add(r.conn), h.add(r.header.flags), h.add(r.header.seq), h.add(r.header.ack);
        h.add(r.header.len), h.add(r.header.window), h.add(r.header.tsval), h.add(r.header.tsecr);
        h.add(r.sentAt), h.add(r.arrivesAt), h.add(r.droppedAt), h.add(r.dropReason), h.add(r.transmission);
        h.add(r.retransKind), h.add(r.rstReason);
    }
    h.add(t.timers.size());
    for (const TimerRecord &r : t.timers) {
        h.add(r.host), h.add(r.conn), h.add(r.kind), h.add(r.armedAt), h.add(r.expires), h.add(r.endedAt), h.add(r.end);
    }
    h.add(t.occupancy.size());
    for (const OccupancySample &o : t.occupancy) {
        h.add(o.t), h.add(o.host), h.add(o.counts.synQueue), h.add(o.counts.acceptQueue), h.add(o.counts.acceptQueueLimit);
        h.add(o.counts.timeWait), h.add(o.counts.orphans), h.add(o.counts.portsInUse), h.add(o.counts.fds);
    }
    for (const SideSummary &s : t.summary) {
        h.add(s.finalState), h.add(s.goneAt), h.add(s.goneReason), h.add(s.limit);
        for (int n : s.retransmissions) h.add(n);
        h.add(s.rstSent), h.add(s.lastErrno);
    }
    for (auto a : t.address) h.add(a);
    for (auto p : t.port) h.add(p);
    h.add(t.start), h.add(t.end), h.add(t.runEnd), h.add(t.illegalTransitions);
}

/// Everything a population run reports except what measures the engine itself (events processed,
/// bytes per TIME_WAIT socket, slots allocated).
void hashPopulation(Hasher &h, const PopulationResult &r)
{
    hashTrace(h, r.sample);
    h.add(r.runEnd);
    h.add(r.series.t.size());
    for (double t : r.series.t) h.add(t);
    for (std::size_t i = 0; i < r.series.names.size(); ++i) {
        h.add(r.series.names[i]);
        for (double v : r.series.columns[i]) h.add(v);
    }
    for (const auto &[k, v] : r.series.limits) h.add(k), h.add(v);
    const PopulationTotals &t = r.totals;
    h.add(t.connectsAttempted), h.add(t.connectsOk), h.add(t.accepts), h.add(t.acceptsFailed);
    for (const auto &[k, v] : t.connectsFailed) h.add(k), h.add(v);
    for (const auto &[k, v] : t.rstSent) h.add(k), h.add(v);
    for (const auto &[k, v] : t.linuxCounters) h.add(k), h.add(v);
    h.add(t.timeWaitPeakClient), h.add(t.timeWaitPeakServer), h.add(t.synRecvPeak), h.add(t.acceptQueuePeak), h.add(t.cookiesSent);
}

struct Variant {
    std::string label;                 ///< "default", "loss/7", …
    std::vector<std::string> options;  ///< applyRunOption() keys and values
    bool large = false;                ///< populations: thousands of connections, only the first recorded
};

std::vector<Variant> variants(bool population)
{
    std::vector<Variant> out{{"default", {}}};
    const std::vector<std::pair<std::string, std::vector<std::string>>> networks = {
        {"jitter", {"jitter=0.003"}},
        {"loss", {"loss=0.1"}},
        {"duplicate", {"duplicate=0.1"}},
        {"all", {"jitter=0.003", "loss=0.05", "duplicate=0.05"}},
    };
    for (const auto &[name, opts] : networks) {
        for (int seed = 1; seed <= 20; ++seed) {
            Variant v{name + "/" + std::to_string(seed), opts};
            v.options.push_back("seed=" + std::to_string(seed));
            out.push_back(std::move(v));
        }
    }
    if (population) {
        // The path of large runs: connections that are not recorded still make the series and totals.
        out.push_back({"large/default", {}, true});
        out.push_back({"large/loss", {"loss=0.02", "seed=3"}, true});
        out.push_back({"large/all", {"jitter=0.003", "loss=0.02", "duplicate=0.02", "seed=5"}, true});
    }
    return out;
}

std::uint64_t goldenHash(const std::string &scenario, const Variant &v)
{
    const RunConfig c = config(scenario, v.options);
    Hasher h;
    if (!isPopulationScenario(scenario)) {
        hashTrace(h, simulate(c));
        return h.value();
    }
    // As simulate() does, with the run bounded so the test stays fast: at most 40 connections and
    // 1 s of arrivals (every connection recorded), or 3,000 connections for a large run.
    RunConfig pc = c;
    PopulationConfig w;
    populationPreset(pc.scenario, pc, w);
    if (auto err = applyPopulationOptions(w, pc.options)) qFatal("%s", err->c_str());
    const double rate = std::max(w.rate, 1e-9);
    w.duration = v.large ? std::min(w.duration, 3000.0 / rate) : std::min({w.duration, 1.0, 40.0 / rate});
    w.tail = std::min(w.tail, 70.0);
    if (w.synFloodRate > 0 && w.synFloodCount == 0) w.synFloodCount = v.large ? 2000 : 300;
    hashPopulation(h, simulatePopulation(pc, w));
    return h.value();
}

QString hex(std::uint64_t h) { return QStringLiteral("%1").arg(h, 16, 16, QLatin1Char('0')); }

} // namespace

class TestGoldenTraces : public QObject {
    Q_OBJECT

    bool m_regenerate = false;
    std::map<QString, QString> m_golden;    ///< "scenario variant" -> hash, as committed
    std::map<QString, QString> m_computed;  ///< this run's, for regeneration

private slots:
    void initTestCase()
    {
        m_regenerate = qEnvironmentVariableIntValue("CLOSELAB_REGENERATE_GOLDEN") == 1;
        QFile f(kGoldenFile);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            if (!m_regenerate) QFAIL(qPrintable(QStringLiteral("cannot read %1 (CLOSELAB_REGENERATE_GOLDEN=1 writes it)").arg(kGoldenFile)));
            return;
        }
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
            const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(parts.size() == 3, qPrintable(QStringLiteral("bad line in %1: %2").arg(kGoldenFile, line)));
            m_golden[parts[0] + QLatin1Char(' ') + parts[1]] = parts[2];
        }
    }

    void sameTraceAsGolden_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const ScenarioInfo &s : scenarioLibrary()) QTest::newRow(std::string(s.name).c_str()) << QString::fromStdString(std::string(s.name));
    }

    void sameTraceAsGolden()
    {
        QFETCH(QString, scenario);
        const std::string name = scenario.toStdString();
        QStringList differing;
        int compared = 0;
        for (const Variant &v : variants(isPopulationScenario(name))) {
            const QString key = scenario + QLatin1Char(' ') + QString::fromStdString(v.label);
            const QString h = hex(goldenHash(name, v));
            m_computed[key] = h;
            if (m_regenerate) continue;
            const auto it = m_golden.find(key);
            if (it == m_golden.end()) differing << QStringLiteral("%1 (no golden line)").arg(key);
            else if (it->second != h) differing << QStringLiteral("%1 (%2, golden %3)").arg(key, h, it->second);
            ++compared;
        }
        if (!differing.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 of %2 traces differ from %3: %4").arg(differing.size()).arg(compared).arg(kGoldenFile, differing.join(QStringLiteral("; ")))));
    }

    // Every golden line belongs to a scenario and variant that still exists (a removed scenario's lines go too).
    void noStaleGoldenLines()
    {
        if (m_regenerate || QTest::currentTestFailed()) return;
        for (const auto &[key, hash] : m_golden) QVERIFY2(m_computed.count(key), qPrintable(QStringLiteral("stale golden line: %1").arg(key)));
    }

    void cleanupTestCase()
    {
        if (!m_regenerate) return;
        QFile f(kGoldenFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Text | QIODevice::Truncate));
        f.write("# Golden trace hashes (tests/core/tst_goldentraces.cpp): scenario, variant, FNV-1a of the canonical dump.\n"
                "# Regenerate only for a correction, in its own commit: CLOSELAB_REGENERATE_GOLDEN=1 build/tests/core/tst_goldentraces\n");
        for (const auto &[key, hash] : m_computed) f.write((key + QLatin1Char(' ') + hash + QLatin1Char('\n')).toUtf8());
    }
};

QTEST_APPLESS_MAIN(TestGoldenTraces)
#include "tst_goldentraces.moc"
