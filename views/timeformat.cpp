// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timeformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace closelab {

namespace {
// Durations carry their unit in the user's language (Chinese: 秒/毫秒/微秒).
QString unit(const char *pattern)
{
    return QCoreApplication::translate("TimeFormat", pattern);
}
} // namespace

QString formatDuration(SimTime d)
{
    const QString sign = d < 0 ? QStringLiteral("-") : QString();
    const SimTime a = std::llabs(d);
    const auto digits = [](double v) { return v < 10 ? 2 : (v < 100 ? 1 : 0); };
    if (a < kUs)
        return sign + unit(QT_TRANSLATE_NOOP("TimeFormat", "%1 ns")).arg(a);
    if (a < kMs) {
        const double v = double(a) / kUs;
        return sign + unit(QT_TRANSLATE_NOOP("TimeFormat", "%1 µs")).arg(v, 0, 'f', v < 10 ? 1 : 0);
    }
    if (a < kSec) {
        const double v = double(a) / kMs;
        return sign + unit(QT_TRANSLATE_NOOP("TimeFormat", "%1 ms")).arg(v, 0, 'f', digits(v));
    }
    if (a < 120 * kSec) {
        const double v = double(a) / kSec;
        return sign + unit(QT_TRANSLATE_NOOP("TimeFormat", "%1 s")).arg(v, 0, 'f', digits(v));
    }
    const qint64 secs = qint64(std::llround(double(a) / kSec));
    if (secs < 3600)
        return sign + unit(QT_TRANSLATE_NOOP("TimeFormat", "%1 min %2 s")).arg(secs / 60).arg(secs % 60);
    return sign + unit(QT_TRANSLATE_NOOP("TimeFormat", "%1 h %2 min")).arg(secs / 3600).arg((secs % 3600) / 60);
}

QString formatClock(SimTime t)
{
    return formatClock(t, clockDecimals(t));
}

QString formatClock(SimTime t, int decimals)
{
    return QStringLiteral("%1 s").arg(toSeconds(t), 0, 'f', std::clamp(decimals, 0, 9));
}

int clockDecimals(SimTime t)
{
    return std::abs(toSeconds(t)) >= 100 ? 3 : 6;
}

} // namespace closelab
