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

// "2nd", "第二次": which retransmission or probe.
QString ordinal(int n)
{
    //: Ordinals, as in "retransmitted FIN (2nd)"; Chinese 第一次, 第二次…
    static const char *const words[] = {
        QT_TRANSLATE_NOOP("SegmentText", "1st"), QT_TRANSLATE_NOOP("SegmentText", "2nd"),
        QT_TRANSLATE_NOOP("SegmentText", "3rd"), QT_TRANSLATE_NOOP("SegmentText", "4th"),
        QT_TRANSLATE_NOOP("SegmentText", "5th"), QT_TRANSLATE_NOOP("SegmentText", "6th"),
        QT_TRANSLATE_NOOP("SegmentText", "7th"), QT_TRANSLATE_NOOP("SegmentText", "8th"),
        QT_TRANSLATE_NOOP("SegmentText", "9th"), QT_TRANSLATE_NOOP("SegmentText", "10th"),
    };
    if (n >= 1 && n <= 10)
        return tr_(words[n - 1]);
    const int tens = n % 100, ones = n % 10;
    if (tens < 11 || tens > 13) {
        if (ones == 1)
            return tr_(QT_TRANSLATE_NOOP("SegmentText", "%1st")).arg(n);
        if (ones == 2)
            return tr_(QT_TRANSLATE_NOOP("SegmentText", "%1nd")).arg(n);
        if (ones == 3)
            return tr_(QT_TRANSLATE_NOOP("SegmentText", "%1rd")).arg(n);
    }
    return tr_(QT_TRANSLATE_NOOP("SegmentText", "%1th")).arg(n);
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

// Whether an earlier segment of the same side, other than an earlier copy of this one, already
// carried this acknowledgement number.
bool acknowledgedBefore(const Trace &trace, const SegmentRecord &s, int index)
{
    for (int i = index - 1; i >= 0; --i) {
        const SegmentRecord &p = trace.segments[std::size_t(i)];
        const bool copy = p.header.flags == s.header.flags && p.header.seq == s.header.seq;
        if (p.from == s.from && p.conn == s.conn && !copy && (p.header.flags & FlagAck) && p.header.ack == s.header.ack)
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

QString frameLabel(const SegmentRecord &s)
{
    if (s.frame == 0)
        return {};
    //: The frame number of a captured segment (as Wireshark numbers frames), shown beside its arrow
    return tr_(QT_TRANSLATE_NOOP("SegmentText", "#%1")).arg(s.frame);
}

namespace {
// What the segment is, without which transmission it is.
QString baseName(const Trace &trace, int index)
{
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
        name = tr_(QT_TRANSLATE_NOOP("SegmentText", "zero-window probe"));
    else if ((f & FlagFin) && s.header.len > 0)
        //: A FIN that carries data: %1 bytes
        name = tr_(QT_TRANSLATE_NOOP("SegmentText", "FIN with data %1 B")).arg(s.header.len);
    else if ((f & FlagFin) && acknowledges(trace, s, index, FlagFin) && !acknowledgedBefore(trace, s, index))
        // The first word of this side on the peer's FIN is its own FIN (a delayed ACK merged).
        name = QStringLiteral("FIN+ACK");
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
    return name;
}

bool isProbe(const SegmentRecord &s)
{
    return s.retransKind == RetransKind::Keepalive || s.retransKind == RetransKind::Probe;
}
} // namespace

QString segmentName(const Trace &trace, int index)
{
    if (index < 0 || std::size_t(index) >= trace.segments.size())
        return {};
    const SegmentRecord &s = trace.segments[std::size_t(index)];
    QString name = baseName(trace, index);
    if (isProbe(s)) {
        // Probes count themselves: the first is transmission 1 (tcp_timer.c: tcp_probe_timer(),
        // tcp_keepalive_timer(): icsk_probes_out + 1).
        if (s.transmission > 1)
            //: A probe and which one it is: %1 "keepalive probe", %2 an ordinal ("2nd")
            name = tr_(QT_TRANSLATE_NOOP("SegmentText", "%1 (%2)")).arg(name, ordinal(s.transmission));
    } else if (s.transmission == 2) {
        //: A segment sent again: %1 its name (FIN, data 100 B, SYN)
        name = tr_(QT_TRANSLATE_NOOP("SegmentText", "retransmitted %1")).arg(name);
    } else if (s.transmission > 2) {
        //: A segment sent again: %1 its name (FIN), %2 which retransmission ("2nd" for the third transmission)
        name = tr_(QT_TRANSLATE_NOOP("SegmentText", "retransmitted %1 (%2)")).arg(name, ordinal(s.transmission - 1));
    }
    return name;
}

QString segmentShortName(const Trace &trace, int index)
{
    if (index < 0 || std::size_t(index) >= trace.segments.size())
        return {};
    const SegmentRecord &s = trace.segments[std::size_t(index)];
    // A data segment in short is "data", its size left out: "data #3" for its third transmission,
    // where "retransmitted data 11 B" and "data 11 B #3" do not fit.
    const std::uint8_t f = s.header.flags;
    const bool data = s.header.len > 0 && !isProbe(s) && !(f & (FlagRst | FlagSyn | FlagFin));
    //: A data segment in a label with little room (its size left out), as in "data #3"
    const QString name = data ? tr_(QT_TRANSLATE_NOOP("SegmentText", "data")) : baseName(trace, index);
    if (s.transmission <= 1)
        return name;
    //: A short label of a segment sent again or a later probe: %1 its name (FIN), %2 which transmission (3)
    return tr_(QT_TRANSLATE_NOOP("SegmentText", "%1 #%2")).arg(name).arg(s.transmission);
}

void setTcpdumpNotation(bool on)
{
    if (g_tcpdumpNotation == on)
        return;
    g_tcpdumpNotation = on;
    emit SegmentNotation::instance()->changed(on);
}

bool tcpdumpNotation()
{
    return g_tcpdumpNotation;
}

SegmentNotation *SegmentNotation::instance()
{
    static SegmentNotation *notation = new SegmentNotation;
    return notation;
}

QString segmentLabel(const Trace &trace, int index)
{
    if (index < 0 || std::size_t(index) >= trace.segments.size())
        return {};
    return g_tcpdumpNotation ? tcpdumpText(trace.segments[std::size_t(index)]) : segmentName(trace, index);
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
