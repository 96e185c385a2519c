// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/segmenttext.h"

#include <QCoreApplication>

namespace closelab {

namespace {
bool g_tcpdumpNotation = false;

QString tr_(const char *source)
{
    return QCoreApplication::translate("SegmentText", source);
}

// Whether `ack` acknowledges a segment of the peer carrying `flag` (its sequence number plus one).
bool acknowledges(const Trace &trace, const SegmentRecord &s, int index, std::uint8_t flag)
{
    for (int i = index - 1; i >= 0; --i) {
        const SegmentRecord &p = trace.segments[std::size_t(i)];
        if (p.from != s.from && p.conn == s.conn && (p.header.flags & flag)
            && std::uint32_t(p.header.seq + p.header.len + 1) == s.header.ack)
            return true;
    }
    return false;
}
} // namespace

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

QString segmentName(const Trace &trace, int index)
{
    if (index < 0 || std::size_t(index) >= trace.segments.size())
        return {};
    const SegmentRecord &s = trace.segments[std::size_t(index)];
    const std::uint8_t f = s.header.flags;
    QString name;
    if (f & FlagRst)
        name = QStringLiteral("RST");
    else if ((f & FlagSyn) && (f & FlagAck))
        name = QStringLiteral("SYN-ACK");
    else if (f & FlagSyn)
        name = QStringLiteral("SYN");
    else if (s.retransKind == RetransKind::Keepalive)
        name = tr_(QT_TRANSLATE_NOOP("SegmentText", "keepalive probe"));
    else if (s.retransKind == RetransKind::Probe)
        name = tr_(QT_TRANSLATE_NOOP("SegmentText", "window probe"));
    else if ((f & FlagFin) && s.header.len > 0)
        //: A FIN that carries data: %1 bytes
        name = tr_(QT_TRANSLATE_NOOP("SegmentText", "FIN with data %1 B")).arg(s.header.len);
    else if (f & FlagFin)
        name = QStringLiteral("FIN");
    else if (s.header.len > 0)
        //: A data segment of %1 bytes
        name = tr_(QT_TRANSLATE_NOOP("SegmentText", "data %1 B")).arg(s.header.len);
    else if (acknowledges(trace, s, index, FlagFin))
        name = tr_(QT_TRANSLATE_NOOP("SegmentText", "ACK of the FIN"));
    else if (acknowledges(trace, s, index, FlagSyn))
        name = tr_(QT_TRANSLATE_NOOP("SegmentText", "ACK of the SYN-ACK"));
    else
        name = QStringLiteral("ACK");
    if (s.transmission > 1)
        name += QStringLiteral(" #%1").arg(s.transmission);
    return name;
}

void setTcpdumpNotation(bool on)
{
    g_tcpdumpNotation = on;
}

bool tcpdumpNotation()
{
    return g_tcpdumpNotation;
}

QString segmentInProse(const Trace &trace, int index)
{
    const QString name = segmentName(trace, index);
    if (!g_tcpdumpNotation || index < 0 || std::size_t(index) >= trace.segments.size())
        return name;
    return QStringLiteral("%1 (%2)").arg(name, tcpdumpText(trace.segments[std::size_t(index)]));
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
