// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/segmenttext.h"

namespace closelab {

QString tcpdumpText(const SegmentRecord &s)
{
    const SegmentHeader &h = s.header;
    QString text = QString::fromStdString(flagsText(h.flags));
    if (h.len > 0)
        text += QStringLiteral(" seq %1:%2").arg(h.seq).arg(quint64(h.seq) + h.len);
    else
        text += QStringLiteral(" seq %1").arg(h.seq);
    if (h.flags & FlagAck)
        text += QStringLiteral(" ack %1").arg(h.ack);
    if (s.transmission > 1)
        text += QStringLiteral(" #%1").arg(s.transmission);
    return text;
}

QString appCallText(const TraceEvent &e)
{
    const QString name = QString::fromLatin1(appCallName(e.call).data(), qsizetype(appCallName(e.call).size()));
    QString text = name;
    // Host-level actions are not function calls.
    const bool isCall = e.call != AppCall::ProcessExit && e.call != AppCall::HostCrash && e.call != AppCall::HostReboot;
    if (isCall && !name.contains(QLatin1Char('(')))
        text += QStringLiteral("()");
    const bool reportsResult = e.call == AppCall::Read || e.call == AppCall::Write || e.result != 0
        || e.err != Errno::None;
    if (isCall && reportsResult) {
        text += QStringLiteral(" = %1").arg(e.result);
        if (e.err != Errno::None)
            text += QLatin1Char(' ') + QString::fromLatin1(errnoName(e.err).data(), qsizetype(errnoName(e.err).size()));
    }
    return text;
}

} // namespace closelab
