// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sweeptexts.h"

#include "core/tcpstate.h"
#include "views/codetexts.h"
#include "views/parametertexts.h"

#include <QCoreApplication>

#include <cmath>

namespace closelab::text {

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("SweepTexts", source);
}

bool isSeconds(const SweepParameter &p)
{
    return std::holds_alternative<NetworkField>(p)
        && (std::get<NetworkField>(p) == NetworkField::Delay || std::get<NetworkField>(p) == NetworkField::Jitter);
}

// Seconds with as many digits as they need (0.0005 s is 0.5 ms, 107.1 s stays seconds).
QString secondsText(double s)
{
    const double a = std::abs(s);
    if (a > 0 && a < 1)
        return QStringLiteral("%1 ms").arg(QString::number(s * 1000, 'g', 4));
    return tr_(QT_TRANSLATE_NOOP("SweepTexts", "%1 s")).arg(QString::number(s, 'g', 6));
}
} // namespace

QString sweepParameterTitle(const SweepParameter &p)
{
    if (const auto *id = std::get_if<SysctlId>(&p))
        return parameterTitle(*id);
    switch (std::get<NetworkField>(p)) {
    case NetworkField::Delay: return networkTitle(NetworkParameter::Delay);
    case NetworkField::Jitter: return networkTitle(NetworkParameter::Jitter);
    case NetworkField::Loss: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "Loss, both directions"));
    case NetworkField::LossC2S: return networkTitle(NetworkParameter::LossC2S);
    case NetworkField::LossS2C: return networkTitle(NetworkParameter::LossS2C);
    case NetworkField::Duplicate: return networkTitle(NetworkParameter::Duplicate);
    }
    return {};
}

QString sweepParameterUnit(const SweepParameter &p)
{
    if (isSeconds(p))
        return tr_(QT_TRANSLATE_NOOP("SweepTexts", "s"));
    const std::string_view unit = parameterUnit(p);
    if (unit == "probability" || unit == "mode" || unit == "bool")
        return {};
    return unitLabel(unit);
}

QString sweepParameterAxisTitle(const SweepParameter &p)
{
    const QString key = QString::fromStdString(sweepParameterKey(p));
    const QString unit = sweepParameterUnit(p);
    if (std::holds_alternative<NetworkField>(p) && !isSeconds(p))
        //: Axis title of a probability: the parameter's name, then its option name (loss, duplicate)
        return tr_(QT_TRANSLATE_NOOP("SweepTexts", "%1 (--%2), %")).arg(sweepParameterTitle(p), key);
    if (std::holds_alternative<NetworkField>(p))
        return tr_(QT_TRANSLATE_NOOP("SweepTexts", "%1 (--%2), %3")).arg(sweepParameterTitle(p), key, unit);
    if (unit.isEmpty())
        return tr_(QT_TRANSLATE_NOOP("SweepTexts", "%1 (%2)")).arg(sweepParameterTitle(p), key);
    //: Axis title: the parameter's name, its sysctl key, its unit
    return tr_(QT_TRANSLATE_NOOP("SweepTexts", "%1 (%2), %3")).arg(sweepParameterTitle(p), key, unit);
}

QString sweepValueText(const SweepParameter &p, double value)
{
    if (isIntegerParameter(p)) {
        const QString unit = sweepParameterUnit(p);
        const QString number = QString::number(qint64(std::llround(value)));
        return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
    }
    if (isSeconds(p))
        return secondsText(value);
    return QStringLiteral("%1%").arg(QString::number(value * 100, 'g', 4));
}

QString sweepHostLabel(SweepHost h)
{
    switch (h) {
    case SweepHost::Both: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "both hosts"));
    case SweepHost::Client: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "client only"));
    case SweepHost::Server: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "server only"));
    }
    return {};
}

QString sweepMetricTitle(SweepMetric m)
{
    switch (m) {
    case SweepMetric::GoneTime: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "Time until the socket is gone"));
    case SweepMetric::Retransmissions: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "Retransmissions"));
    case SweepMetric::RstsSent: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "RSTs sent"));
    case SweepMetric::FinalState: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "Final state"));
    case SweepMetric::TimeWaitPlateau: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "TIME_WAIT plateau"));
    case SweepMetric::TimeWaitPeak: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "TIME_WAIT peak"));
    case SweepMetric::ConnectFailures: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "Failed connect() calls"));
    case SweepMetric::OrphansPeak: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "Orphans peak"));
    case SweepMetric::AcceptQueueDrops: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "Accept queue drops (ListenDrops)"));
    case SweepMetric::SynRecvPeak: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "SYN_RECV peak"));
    }
    return {};
}

QString sweepOutcomeAxisTitle(const SweepOutcome &o)
{
    const bool client = o.side == Side::Client;
    switch (o.metric) {
    case SweepMetric::GoneTime:
        return client ? tr_(QT_TRANSLATE_NOOP("SweepTexts", "Client socket gone after (s)"))
                      : tr_(QT_TRANSLATE_NOOP("SweepTexts", "Server socket gone after (s)"));
    case SweepMetric::Retransmissions:
        if (o.kind) {
            const QString kind = retransKindLabel(*o.kind);
            return client ? tr_(QT_TRANSLATE_NOOP("SweepTexts", "%1 retransmissions by the client")).arg(kind)
                          : tr_(QT_TRANSLATE_NOOP("SweepTexts", "%1 retransmissions by the server")).arg(kind);
        }
        return client ? tr_(QT_TRANSLATE_NOOP("SweepTexts", "Retransmissions by the client"))
                      : tr_(QT_TRANSLATE_NOOP("SweepTexts", "Retransmissions by the server"));
    case SweepMetric::RstsSent:
        return client ? tr_(QT_TRANSLATE_NOOP("SweepTexts", "RSTs sent by the client"))
                      : tr_(QT_TRANSLATE_NOOP("SweepTexts", "RSTs sent by the server"));
    case SweepMetric::FinalState:
        return client ? tr_(QT_TRANSLATE_NOOP("SweepTexts", "Client's final state"))
                      : tr_(QT_TRANSLATE_NOOP("SweepTexts", "Server's final state"));
    case SweepMetric::TimeWaitPlateau: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "TIME_WAIT plateau (sockets, both hosts)"));
    case SweepMetric::TimeWaitPeak: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "TIME_WAIT peak (sockets, both hosts)"));
    case SweepMetric::ConnectFailures: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "Failed connect() calls"));
    case SweepMetric::OrphansPeak: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "Orphans peak (sockets, both hosts)"));
    case SweepMetric::AcceptQueueDrops: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "Dropped by the listener (ListenDrops)"));
    case SweepMetric::SynRecvPeak: return tr_(QT_TRANSLATE_NOOP("SweepTexts", "SYN_RECV peak (requests)"));
    }
    return {};
}

QString sweepOutcomeValueText(const SweepOutcome &o, double value)
{
    if (std::isnan(value))
        return o.metric == SweepMetric::GoneTime ? tr_(QT_TRANSLATE_NOOP("SweepTexts", "still there at the end of the run"))
                                                 : tr_(QT_TRANSLATE_NOOP("SweepTexts", "does not apply"));
    switch (o.metric) {
    case SweepMetric::GoneTime: return secondsText(value);
    case SweepMetric::FinalState: {
        const int s = int(std::lround(value));
        return s >= 0 && s < int(std::size(kAllStates)) ? text::stateName(kAllStates[std::size_t(s)]) : QString::number(s);
    }
    default: return QString::number(qint64(std::llround(value)));
    }
}

} // namespace closelab::text
