// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timelinedata.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace closelab {

namespace {
constexpr double kNsPerS = 1e9;

double seconds(SimTime t) { return double(t) / kNsPerS; }

// The sysctl behind a series column's limit.
QString limitKeyFor(const QString &column)
{
    if (column.endsWith(QLatin1String(".TIME_WAIT")) || column.endsWith(QLatin1String(".tw_buckets")))
        return QStringLiteral("tcp_max_tw_buckets");
    if (column.endsWith(QLatin1String(".orphans")))
        return QStringLiteral("tcp_max_orphans");
    if (column.endsWith(QLatin1String(".fds")))
        return QStringLiteral("ulimit -n");
    if (column.endsWith(QLatin1String("ports_in_use")))
        return QStringLiteral("ip_local_port_range");
    if (column.endsWith(QLatin1String("syn_queue")))
        return QStringLiteral("tcp_max_syn_backlog");
    if (column.endsWith(QLatin1String("accept_queue")))
        return QStringLiteral("somaxconn");
    return {};
}

void addTimers(const Trace &trace, TimelineData &data)
{
    std::map<std::tuple<int, std::uint32_t, int>, int> rows;
    for (const TimerRecord &r : trace.timers) {
        const auto key = std::make_tuple(int(r.host), r.conn, int(r.kind));
        auto it = rows.find(key);
        if (it == rows.end()) {
            it = rows.emplace(key, int(data.timerRows.size())).first;
            data.timerRows.push_back({r.host, r.conn, r.kind});
        }
        TimerBar bar;
        bar.row = it->second;
        bar.start = seconds(r.armedAt);
        bar.end = seconds(r.endedAt == kNever ? trace.end : r.endedAt);
        bar.duration = bar.end - bar.start;
        bar.kind = r.kind;
        bar.ending = r.endedAt == kNever ? TimerAction::Arm : r.end;
        data.timerBars.push_back(bar);
    }
}

// Keeps only the last value per time and turns the samples into sorted steps.
void appendPoint(OccupancyLine &line, double t, double v)
{
    if (!line.t.isEmpty() && line.t.back() == t) {
        line.value.back() = v;
        return;
    }
    if (!line.value.isEmpty() && line.value.back() == v)
        return;
    line.t.push_back(t);
    line.value.push_back(v);
}
} // namespace

double OccupancyLine::maximum() const
{
    return value.isEmpty() ? 0 : *std::max_element(value.cbegin(), value.cend());
}

int PixelColumns::columnOf(double t) const
{
    double f = 0;
    if (logarithmic) {
        if (t <= 0 || lower <= 0)
            return -1;
        f = std::log(t / lower) / std::log(upper / lower);
    } else {
        f = (t - lower) / (upper - lower);
    }
    if (!(f >= 0)) // NaN too
        return -1;
    return f >= 1 ? count : std::min(count - 1, int(f * count));
}

OccupancyLine decimated(const OccupancyLine &line, const PixelColumns &columns)
{
    const qsizetype n = line.t.size();
    if (n <= 4 * qsizetype(std::max(columns.count, 1)) + 4 || !(columns.upper > columns.lower) || (columns.logarithmic && columns.lower <= 0))
        return line;
    OccupancyLine out;
    out.name = line.name;
    out.limit = line.limit;
    out.limitKey = line.limitKey;
    out.t.reserve(4 * columns.count + 8);
    out.value.reserve(4 * columns.count + 8);
    // The point whose step is carried into the range, through the first point at or after its end.
    const auto begin = std::upper_bound(line.t.cbegin(), line.t.cend(), columns.lower);
    const qsizetype first = std::max<qsizetype>(0, std::distance(line.t.cbegin(), begin) - 1);
    const qsizetype last = std::min<qsizetype>(n - 1, std::distance(line.t.cbegin(), std::lower_bound(begin, line.t.cend(), columns.upper)));
    qsizetype i = first;
    while (i <= last) {
        const int column = columns.columnOf(line.t[i]);
        qsizetype lo = i, hi = i, j = i + 1;
        for (; j <= last && columns.columnOf(line.t[j]) == column; ++j) {
            if (line.value[j] < line.value[lo]) lo = j;
            if (line.value[j] > line.value[hi]) hi = j;
        }
        qsizetype keep[4] = {i, std::min(lo, hi), std::max(lo, hi), j - 1};
        qsizetype previous = -1;
        for (qsizetype k : keep) {
            if (k == previous)
                continue;
            out.t.push_back(line.t[k]);
            out.value.push_back(line.value[k]);
            previous = k;
        }
        i = j;
    }
    return out;
}

int TimelineData::pointCount() const
{
    int n = int(retransmissions.size() + timerBars.size());
    for (const OccupancyLine &l : occupancy)
        n += int(l.t.size());
    for (const OccupancyLine &l : retransCounts)
        n += int(l.t.size());
    return n;
}

TimelineData timelineFromTrace(const Trace &trace, const Sysctls &client, const Sysctls &server)
{
    TimelineData data;
    data.tMin = std::min(0.0, seconds(trace.start));
    data.tMax = std::max(seconds(trace.end), data.tMin + 1e-3);

    // Retransmissions: the time since the previous transmission of the same segment (same sender,
    // connection, flags and sequence number) is the timeout that fired.
    std::map<std::tuple<int, std::uint32_t, int, std::uint32_t>, SimTime> lastSent;
    for (const SegmentRecord &s : trace.segments) {
        const auto key = std::make_tuple(int(s.from), s.conn, int(s.header.flags), s.header.seq);
        const auto it = lastSent.find(key);
        if (s.retransKind && it != lastSent.end())
            data.retransmissions.push_back({seconds(s.sentAt), seconds(s.sentAt - it->second), *s.retransKind, s.from, s.transmission});
        lastSent[key] = s.sentAt;
    }
    addTimers(trace, data);

    // Occupancy: the tables' counts as the engine recorded them, a line per host and count.
    auto limitOf = [](const Sysctls &s, SysctlId id) { return double(s.get(id)); };
    for (Side side : {Side::Client, Side::Server}) {
        const Sysctls &sysctls = side == Side::Client ? client : server;
        for (int c = 0; c < kOccupancyCountCount; ++c) {
            const auto count = OccupancyCount(c);
            OccupancyLine line;
            const std::string_view host = sideName(side), what = occupancyCountName(count);
            line.name = QLatin1String(host.data(), qsizetype(host.size())) + QLatin1Char('.') + QLatin1String(what.data(), qsizetype(what.size()));
            line.limitKey = limitKeyFor(line.name);
            switch (count) {
            case OccupancyCount::SynQueue: line.limit = limitOf(sysctls, SysctlId::TcpMaxSynBacklog); break;
            case OccupancyCount::AcceptQueue: break; // from the listener, below
            case OccupancyCount::TimeWait: line.limit = limitOf(sysctls, SysctlId::TcpMaxTwBuckets); break;
            case OccupancyCount::Orphans: line.limit = limitOf(sysctls, SysctlId::TcpMaxOrphans); break;
            case OccupancyCount::PortsInUse:
                line.limit = limitOf(sysctls, SysctlId::IpLocalPortRangeHigh) - limitOf(sysctls, SysctlId::IpLocalPortRangeLow) + 1;
                break;
            case OccupancyCount::Fds: line.limit = limitOf(sysctls, SysctlId::UlimitNofile); break;
            }
            appendPoint(line, data.tMin, 0);
            std::int32_t acceptLimit = 0;
            for (const OccupancySample &sample : trace.occupancy) {
                if (sample.host != side)
                    continue;
                appendPoint(line, seconds(sample.t), occupancyValue(sample.counts, count));
                acceptLimit = std::max(acceptLimit, sample.counts.acceptQueueLimit);
            }
            if (count == OccupancyCount::AcceptQueue && acceptLimit > 0)
                line.limit = acceptLimit;
            data.occupancy.push_back(std::move(line));
        }
    }
    // Close every line at the end of the run, so steps reach the right edge.
    for (OccupancyLine &l : data.occupancy) {
        if (!l.t.isEmpty() && l.t.back() < data.tMax) {
            l.t.push_back(data.tMax);
            l.value.push_back(l.value.back());
        }
    }
    return data;
}

TimelineData timelineFromPopulation(const PopulationResult &result)
{
    TimelineData data;
    data.population = true;
    const Series &series = result.series;
    data.tMin = series.t.empty() ? 0 : series.t.front();
    data.tMax = series.t.empty() ? 1 : std::max(series.t.back(), data.tMin + 1e-3);
    addTimers(result.sample, data);
    const QVector<double> t(series.t.cbegin(), series.t.cend());
    for (std::size_t c = 0; c < series.names.size(); ++c) {
        const QString name = QString::fromStdString(series.names[c]);
        const auto &column = series.columns[c];
        if (column.empty() || *std::max_element(column.cbegin(), column.cend()) <= 0)
            continue;
        OccupancyLine line;
        line.name = name;
        line.t = t;
        line.value = QVector<double>(column.cbegin(), column.cend());
        if (name.startsWith(QLatin1String("retrans."))) {
            data.retransCounts.push_back(std::move(line));
            continue;
        }
        // Sockets per state (client.TIME_WAIT: the part after the host is a state name in capitals)
        // and the resources with limits; counters (ListenOverflows) and totals are not occupancy.
        const QString what = name.section(QLatin1Char('.'), 1);
        const bool isHostColumn = name.startsWith(QLatin1String("client.")) || name.startsWith(QLatin1String("server."));
        const bool resource = what == QLatin1String("syn_queue") || what == QLatin1String("accept_queue") || what == QLatin1String("orphans")
            || what == QLatin1String("fds") || what == QLatin1String("ports_in_use");
        if (!isHostColumn || !(resource || what.isUpper()))
            continue;
        if (const auto it = series.limits.find(series.names[c]); it != series.limits.end()) {
            line.limit = it->second;
            line.limitKey = limitKeyFor(name);
        }
        data.occupancy.push_back(std::move(line));
    }
    return data;
}

} // namespace closelab
