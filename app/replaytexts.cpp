// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/replaytexts.h"

#include "core/network.h"
#include "views/codetexts.h"
#include "views/timeformat.h"

using namespace closelab;
using namespace closelab::capture;

namespace {

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString pathText(const std::vector<TcpState> &path)
{
    QStringList names;
    for (TcpState s : path)
        names << text::stateName(s);
    return names.join(QStringLiteral(" → "));
}

QString segmentKindLabel(SegmentKind k)
{
    switch (k) {
    case SegmentKind::Data: return ReplayTexts::tr("data");
    case SegmentKind::Ack: return ReplayTexts::tr("pure ACK");
    default: return QString::fromLatin1(segmentKindName(k).data(), qsizetype(segmentKindName(k).size()));
    }
}

QString callLabel(const ReplayCall &c)
{
    switch (c.call) {
    case AppCall::Connect: return QStringLiteral("connect()");
    case AppCall::Write: return QStringLiteral("write(%1)").arg(c.bytes);
    case AppCall::Close: return QStringLiteral("close()");
    case AppCall::ShutdownWr: return QStringLiteral("shutdown(SHUT_WR)");
    case AppCall::SetLinger: return QStringLiteral("SO_LINGER {1, 0} + close()");
    default: return QString::fromLatin1(appCallName(c.call).data(), qsizetype(appCallName(c.call).size()));
    }
}

QString framesText(const std::vector<std::uint32_t> &frames)
{
    QStringList parts;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        std::size_t j = i;
        while (j + 1 < frames.size() && frames[j + 1] == frames[j] + 1)
            ++j;
        parts << (j > i + 1 ? QStringLiteral("#%1–#%2").arg(frames[i]).arg(frames[j]) : QStringLiteral("#%1").arg(frames[i]));
        if (j == i + 1)
            parts << QStringLiteral("#%1").arg(frames[j]);
        i = j;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString ReplayTexts::differenceSentence(const ReplayDifference &d)
{
    const QString side = capitalised(text::sideRole(d.side));
    switch (d.kind) {
    case ReplayDifference::Kind::StatePath: {
        const QString capture = d.captureTail.empty() ? tr("nothing more") : pathText(d.captureTail);
        const QString engine = d.engineTail.empty() ? tr("nothing more") : pathText(d.engineTail);
        if (d.common.empty())
            //: %1 client/server, %2 and %3 state sequences such as "TIME_WAIT → CLOSED"
            return tr("%1: went through %2 in the capture, %3 on the engine.").arg(side, capture, engine);
        //: %1 client/server, %2 the last state both runs share, %3 and %4 what followed in each
        return tr("%1: after %2, went through %3 in the capture, %4 on the engine.").arg(side, text::stateName(d.common.back()), capture, engine);
    }
    case ReplayDifference::Kind::Retransmissions:
        //: %1 client/server, %2 a segment kind (FIN, SYN, data…), %3 and %4 counts
        return tr("%1: the kernel retransmitted the %2 %3 time(s), the engine %4.")
            .arg(side, text::retransKindLabel(d.retransKind))
            .arg(d.capture)
            .arg(d.engine);
    case ReplayDifference::Kind::Segments:
        //: %1 client/server, %2 a segment kind (FIN, pure ACK, data…), %3 and %4 counts
        return tr("%1: sent %3 %2 segment(s) in the capture, %4 on the engine.")
            .arg(side, segmentKindLabel(d.segmentKind))
            .arg(d.capture)
            .arg(d.engine);
    }
    return {};
}

QString ReplayTexts::headline(const std::vector<ReplayDifference> &diffs)
{
    if (diffs.empty())
        return tr("The engine reproduces the capture: the same states on both sides, the same segments of each kind and the same retransmissions.");
    return tr("The engine differs from the capture in %1 way(s): %2").arg(diffs.size()).arg(differenceSentence(diffs.front()));
}

QStringList ReplayTexts::planHeader()
{
    return {tr("Read off the capture"), tr("What the capture shows"), tr("What the engine runs")};
}

QList<QStringList> ReplayTexts::planRows(const ReplayPlan &plan)
{
    QList<QStringList> rows;
    rows << QStringList{tr("One-way delay"),
                        plan.handshakeRtt != kNever ? tr("handshake round trip %1").arg(formatDuration(plan.handshakeRtt))
                                                    : tr("no handshake"),
                        formatDuration(plan.config.network.delay)};
    if (!plan.listening)
        rows << QStringList{tr("Listener"), tr("RST answers the SYN"), tr("nothing listens on port %1").arg(plan.server.port)};
    for (const ReplayCall &c : plan.calls) {
        rows << QStringList{capitalised(text::sideRole(c.side)) + QStringLiteral(" ") + callLabel(c),
                            c.frame ? tr("frame #%1 at %2").arg(c.frame).arg(formatClock(c.t)) : tr("(no segment shows it)"),
                            tr("called at %1").arg(formatClock(c.t))};
    }
    for (const ReplayLoss &l : plan.losses) {
        rows << QStringList{l.afterCapture ? tr("Lost after the capture point") : tr("Lost before the capture point"),
                            l.afterCapture ? (l.frames.size() == 1 ? tr("frame %1") : tr("frames %1")).arg(framesText(l.frames))
                                           : tr("only its retransmission, %1").arg(framesText(l.frames)),
                            tr("drop rule %1").arg(QString::fromStdString(ruleText(l.rule)))};
    }
    for (const ReplaySysctl &s : plan.sysctls) {
        rows << QStringList{QStringLiteral("%1 (%2)").arg(QString::fromStdString(s.key), text::sideRole(s.side)),
                            tr("consistent: %1").arg(QString::fromStdString(s.consistent)),
                            s.linuxDefault ? tr("%1 (Linux's default, in the set)").arg(s.value)
                                           : tr("%1 (the middle of the set)").arg(s.value)};
    }
    return rows;
}
