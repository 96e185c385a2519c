// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/population.h"
#include "core/trace.h"

#include <QString>
#include <QVector>

#include <limits>

namespace closelab {

/// A retransmission: when it was sent and the timeout that preceded it (the time since the
/// previous transmission of the same segment).
struct RetransMark {
    double t = 0;      ///< seconds
    double rto = 0;    ///< seconds
    RetransKind kind = RetransKind::Data;
    Side side = Side::Client;
    int transmission = 2;
    bool operator==(const RetransMark &) const = default;
};

/// One row of the timer chart: a socket's timer kind.
struct TimerRow {
    Side host = Side::Client;
    std::uint32_t conn = 0;
    TimerKind kind = TimerKind::Retransmit;
    bool operator==(const TimerRow &) const = default;
};

/// A timer from arm to fire or cancel (or the end of the run when it was still running).
struct TimerBar {
    int row = 0;
    double start = 0;  ///< seconds
    double end = 0;
    double duration = 0; ///< end - start
    TimerKind kind = TimerKind::Retransmit;
    TimerAction ending = TimerAction::Fire; ///< Arm: still running at the end of the run
};

/// One occupancy line: a count over time (step function) and its limit, if any.
struct OccupancyLine {
    QString name;                   ///< "server.syn_queue", "client.TIME_WAIT" (the series' column names)
    QVector<double> t;              ///< seconds, sorted
    QVector<double> value;
    double limit = std::numeric_limits<double>::quiet_NaN();
    QString limitKey;               ///< the sysctl that sets the limit ("tcp_max_tw_buckets")
    double maximum() const;
};

/// What the three timeline charts draw, computed from a trace (and a population series). Plain
/// data with no painting, so it is tested without pixels.
struct TimelineData {
    QVector<RetransMark> retransmissions;
    QVector<TimerRow> timerRows;
    QVector<TimerBar> timerBars;
    QVector<OccupancyLine> occupancy;
    QVector<OccupancyLine> retransCounts; ///< population mode: retransmissions per sample by kind
    double tMin = 0;
    double tMax = 1;
    bool population = false;
    int pointCount() const;
};

/// The pixel columns of a time axis between `lower` and `upper` (linear or logarithmic), so that
/// decimation is computed and tested without a widget.
struct PixelColumns {
    double lower = 0;    ///< seconds at the left edge
    double upper = 1;    ///< seconds at the right edge
    int count = 1;       ///< pixel columns between them
    bool logarithmic = false;
    bool operator==(const PixelColumns &) const = default;
    /// The column time t falls in: below 0 left of the range, count or more right of it.
    int columnOf(double t) const;
};

/// A step line reduced to what the pixel columns can show: in each column its first point, its
/// lowest and highest values and its last point, in time order, so no spike is ever lost; outside
/// the range only the point carried into it and the first point after it. Lines with fewer than
/// about four points per column come back unchanged. Re-run when the range or the width changes.
OccupancyLine decimated(const OccupancyLine &line, const PixelColumns &columns);

/// Single connection: retransmissions and timers from the trace's records, and occupancy (SYN queue,
/// accept queue, TIME_WAIT buckets, orphans, ports, fds per host) as the engine recorded its tables
/// (Trace::occupancy), with limits from the effective parameters and the listener's backlog.
TimelineData timelineFromTrace(const Trace &trace, const Sysctls &client, const Sysctls &server);
/// Population: occupancy = sockets per state and the resource columns of the series, with its limits;
/// retransmissions per sample; timers of the sample connection.
TimelineData timelineFromPopulation(const PopulationResult &result);

} // namespace closelab
