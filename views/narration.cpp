// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/narration.h"

#include "core/transitiontable.h"
#include "views/codetexts.h"
#include "views/narrationtexts.h"
#include "views/segmenttext.h"
#include "views/timeformat.h"

#include <QCoreApplication>

namespace closelab {

namespace {

QString tr_(const char *source)
{
    return QCoreApplication::translate("Narration", source);
}

QString key(std::string_view k)
{
    return QString::fromLatin1(k.data(), qsizetype(k.size()));
}

// Only real sysctls are offered for highlighting (TCP_TIMEWAIT_LEN is a constant).
QString sysctlOrEmpty(std::string_view k)
{
    return k.starts_with("net.") ? key(k) : QString();
}

QString retriesKey(bool orphan)
{
    return orphan ? QStringLiteral("net.ipv4.tcp_orphan_retries") : QStringLiteral("net.ipv4.tcp_retries2");
}

Narration narrateSegment(const Trace &trace, const TraceEvent &e, bool orphan)
{
    Narration n;
    if (e.segment < 0 || std::size_t(e.segment) >= trace.segments.size())
        return n;
    const SegmentRecord &s = trace.segments[std::size_t(e.segment)];
    // The headline names the segment as the diagram's arrow does (words, or tcpdump notation when
    // that is chosen); prose in words ("ACK of the FIN"), the notation after them in parentheses.
    const QString seg = segmentLabel(trace, e.segment);
    const QString named = segmentInProse(trace, e.segment);
    const QString sender = text::sideRole(s.from);
    switch (e.type) {
    case EventType::Send: {
        n.headline = QStringLiteral("→ ") + seg;
        n.what = tr_(QT_TRANSLATE_NOOP("Narration", "The %1 sends %2.")).arg(sender, named);
        if (s.transmission > 1) {
            // The previous copy of the same segment: same sender, flags and sequence number.
            SimTime previous = s.sentAt;
            for (int i = e.segment - 1; i >= 0; --i) {
                const SegmentRecord &p = trace.segments[std::size_t(i)];
                if (p.from == s.from && p.conn == s.conn && p.header.flags == s.header.flags
                    && p.header.seq == s.header.seq) {
                    previous = p.sentAt;
                    break;
                }
            }
            n.what += QLatin1Char(' ')
                + tr_(QT_TRANSLATE_NOOP("Narration", "This is transmission #%1, %2 after the previous one."))
                      .arg(s.transmission)
                      .arg(formatDuration(s.sentAt - previous));
            const RetransKind kind = s.retransKind.value_or(
                (s.header.flags & FlagFin) ? RetransKind::Fin : RetransKind::Data);
            n.why = text::retransmissionWhy(kind, orphan);
            switch (kind) {
            case RetransKind::Fin:
            case RetransKind::Data:
                n.sysctl = retriesKey(orphan && kind == RetransKind::Fin);
                break;
            case RetransKind::Syn:
                n.sysctl = QStringLiteral("net.ipv4.tcp_syn_retries");
                break;
            case RetransKind::SynAck:
                n.sysctl = QStringLiteral("net.ipv4.tcp_synack_retries");
                break;
            case RetransKind::Keepalive:
                n.sysctl = QStringLiteral("net.ipv4.tcp_keepalive_intvl");
                break;
            case RetransKind::Probe:
                n.sysctl = QStringLiteral("net.ipv4.tcp_retries2");
                break;
            }
        } else if (s.rstReason) {
            n.what += QLatin1Char(' ') + tr_(QT_TRANSLATE_NOOP("Narration", "Reason: %1.")).arg(text::rstReasonLabel(*s.rstReason));
            n.why = text::rstWhy(*s.rstReason);
            if (*s.rstReason == RstReason::AcceptOverflow)
                n.sysctl = QStringLiteral("net.ipv4.tcp_abort_on_overflow");
            else if (*s.rstReason == RstReason::OrphanOverflow)
                n.sysctl = QStringLiteral("net.ipv4.tcp_max_orphans");
            else if (*s.rstReason == RstReason::KeepaliveTimeout)
                n.sysctl = QStringLiteral("net.ipv4.tcp_keepalive_probes");
        } else {
            n.why = text::segmentWhy(s.header.flags, s.header.len);
        }
        break;
    }
    case EventType::Deliver:
        n.headline = QStringLiteral("← ") + seg;
        n.what = tr_(QT_TRANSLATE_NOOP("Narration", "The %1 receives %2, %3 after it was sent."))
                     .arg(text::sideRole(e.host), named, formatDuration(e.t - s.sentAt));
        n.why = text::segmentWhy(s.header.flags, s.header.len);
        break;
    case EventType::Drop: {
        const DropReason reason = s.dropReason.value_or(DropReason::RandomLoss);
        n.headline = QStringLiteral("✕ %1 (%2)").arg(seg, text::dropReasonLabel(reason));
        n.what = tr_(QT_TRANSLATE_NOOP("Narration", "The %1 from the %2 is lost: %3."))
                     .arg(named, sender, text::dropReasonLabel(reason));
        n.why = text::dropWhy(reason);
        if (reason == DropReason::SynQueueFull)
            n.sysctl = QStringLiteral("net.ipv4.tcp_max_syn_backlog");
        else if (reason == DropReason::ListenOverflow)
            n.sysctl = QStringLiteral("net.ipv4.tcp_abort_on_overflow");
        break;
    }
    default:
        break;
    }
    return n;
}

} // namespace

bool isOrphanAt(const Trace &trace, Side side, std::uint32_t conn, int index)
{
    const int last = std::min(index, int(trace.events.size()) - 1);
    for (int i = 0; i <= last; ++i) {
        const TraceEvent &e = trace.events[std::size_t(i)];
        if (e.type == EventType::App && e.host == side && e.conn == conn
            && (e.call == AppCall::Close || e.call == AppCall::ProcessExit))
            return true;
    }
    return false;
}

Narration narrate(const Trace &trace, int index)
{
    Narration n;
    if (index < 0 || std::size_t(index) >= trace.events.size())
        return n;
    const TraceEvent &e = trace.events[std::size_t(index)];
    const bool orphan = isOrphanAt(trace, e.host, e.conn, index);
    const QString role = text::sideRole(e.host);
    switch (e.type) {
    case EventType::App:
        n.headline = appCallText(e);
        n.what = tr_(QT_TRANSLATE_NOOP("Narration", "%1: %2")).arg(role, text::appCallWhat(e.call, e.result, e.arg));
        if (e.err != Errno::None) {
            n.why = text::errnoWhy(e.err);
            if (e.err == Errno::Eaddrnotavail)
                n.sysctl = QStringLiteral("net.ipv4.ip_local_port_range");
        } else if (e.call == AppCall::Close || e.call == AppCall::ShutdownWr || e.call == AppCall::ShutdownRdWr) {
            n.why = text::causeWhy(Cause::AppClose, TcpState::Established, TcpState::FinWait1, orphan);
        } else if (e.call == AppCall::SetKeepalive) {
            n.sysctl = QStringLiteral("net.ipv4.tcp_keepalive_time");
        } else if (e.call == AppCall::SetLinger2) {
            n.sysctl = QStringLiteral("net.ipv4.tcp_fin_timeout");
        }
        break;
    case EventType::Send:
    case EventType::Deliver:
    case EventType::Drop:
        n = narrateSegment(trace, e, isOrphanAt(trace, e.type == EventType::Send ? e.host : peerOf(e.host), e.conn, index));
        break;
    case EventType::State: {
        n.headline = QStringLiteral("%1 → %2").arg(text::stateName(e.from), text::stateName(e.to));
        n.what = tr_(QT_TRANSLATE_NOOP("Narration", "The %1 moves from %2 to %3 (%4)."))
                     .arg(role, text::stateName(e.from), text::stateName(e.to), text::causeLabel(e.cause, e.from));
        n.why = text::causeWhy(e.cause, e.from, e.to, orphan);
        if (const Transition *t = findTransition(e.from, e.to, e.cause))
            n.sysctl = sysctlOrEmpty(t->sysctl);
        if (e.cause == Cause::RetriesExhausted && !orphan && n.sysctl.endsWith(QLatin1String("tcp_orphan_retries")))
            n.sysctl = retriesKey(false);
        break;
    }
    case EventType::Timer:
        n.headline = QStringLiteral("%1 %2").arg(text::timerLabel(e.timer), text::timerActionLabel(e.action));
        switch (e.action) {
        case TimerAction::Arm:
            n.headline += QStringLiteral(" (%1)").arg(formatDuration(e.expires - e.t));
            n.what = tr_(QT_TRANSLATE_NOOP("Narration", "The %1 starts its %2 timer: it fires in %3 unless cancelled."))
                         .arg(role, text::timerLabel(e.timer), formatDuration(e.expires - e.t));
            break;
        case TimerAction::Fire:
            n.what = tr_(QT_TRANSLATE_NOOP("Narration", "The %1's %2 timer fires.")).arg(role, text::timerLabel(e.timer));
            break;
        case TimerAction::Cancel:
            n.what = tr_(QT_TRANSLATE_NOOP("Narration", "The %1 cancels its %2 timer: what it waited for happened in time."))
                         .arg(role, text::timerLabel(e.timer));
            break;
        }
        n.why = text::timerWhy(e.timer, orphan);
        switch (e.timer) {
        case TimerKind::Retransmit: n.sysctl = retriesKey(orphan); break;
        case TimerKind::FinWait2: n.sysctl = QStringLiteral("net.ipv4.tcp_fin_timeout"); break;
        case TimerKind::Keepalive: n.sysctl = QStringLiteral("net.ipv4.tcp_keepalive_time"); break;
        case TimerKind::SynAck: n.sysctl = QStringLiteral("net.ipv4.tcp_synack_retries"); break;
        default: break;
        }
        break;
    case EventType::Gone:
        n.headline = tr_(QT_TRANSLATE_NOOP("Narration", "socket gone: %1")).arg(text::goneReasonLabel(e.gone));
        n.what = tr_(QT_TRANSLATE_NOOP("Narration", "The %1's socket is gone: %2.")).arg(role, text::goneReasonLabel(e.gone));
        n.why = text::goneWhy(e.gone);
        switch (e.gone) {
        case GoneReason::FinWait2Timeout: n.sysctl = QStringLiteral("net.ipv4.tcp_fin_timeout"); break;
        case GoneReason::TwBucketOverflow: n.sysctl = QStringLiteral("net.ipv4.tcp_max_tw_buckets"); break;
        case GoneReason::OrphanOverflow: n.sysctl = QStringLiteral("net.ipv4.tcp_max_orphans"); break;
        case GoneReason::RetriesExhausted:
            n.sysctl = key(trace.side(e.host).limit);
            if (n.sysctl.isEmpty())
                n.sysctl = retriesKey(orphan);
            break;
        default: break;
        }
        break;
    }
    if (e.inferred && e.type == EventType::Drop) {
        // A trace made from a capture: the capture saw the segment, its receiver acted as if it never came.
        const QString seg = segmentLabel(trace, e.segment);
        n.headline = QStringLiteral("✕ %1 (%2)").arg(seg, tr_(QT_TRANSLATE_NOOP("Narration", "lost after the capture point")));
        n.what = tr_(QT_TRANSLATE_NOOP("Narration", "The capture saw %1, but the %2 went on as if it never arrived: it was lost "
                                                   "between the capture point and the %2 (inferred)."))
                     .arg(segmentInProse(trace, e.segment), text::sideRole(e.host));
        n.why = tr_(QT_TRANSLATE_NOOP("Narration", "A capture shows what passed its own point on the wire; what the receiver did next "
                                                  "(a retransmission, another probe) shows what reached it."));
        n.sysctl.clear();
    } else if (e.inferred) {
        // A trace made from a capture: this step is deduced from Linux's rules, no segment shows it.
        n.headline += QLatin1Char(' ') + tr_(QT_TRANSLATE_NOOP("Narration", "(inferred)"));
        n.what = tr_(QT_TRANSLATE_NOOP("Narration", "Inferred, not seen in the capture: %1")).arg(n.what);
    }
    if ((e.type == EventType::Send || e.type == EventType::Deliver || e.type == EventType::Drop) && e.segment >= 0
        && std::size_t(e.segment) < trace.segments.size() && trace.segments[std::size_t(e.segment)].frame != 0) {
        // A captured segment: its frame number, to find it in Wireshark.
        const SegmentRecord &s = trace.segments[std::size_t(e.segment)];
        n.headline = frameLabel(s) + QStringLiteral("  ") + n.headline;
        n.what += QLatin1Char(' ') + tr_(QT_TRANSLATE_NOOP("Narration", "(Frame %1 of the capture.)")).arg(s.frame);
    }
    return n;
}

int storyEventAt(const Trace &trace, SimTime t)
{
    const int last = trace.lifelineEventIndexAt(t); // a population's sample: its own events only
    if (last < 0)
        return last;
    const auto rank = [](EventType type) {
        switch (type) {
        case EventType::App: return 6;
        case EventType::Send: return 5;
        case EventType::Drop: return 4;
        case EventType::Deliver: return 3;
        case EventType::State: return 2;
        case EventType::Gone: return 1;
        case EventType::Timer: return 0;
        }
        return 0;
    };
    const SimTime at = trace.events[std::size_t(last)].t;
    int best = last;
    for (int i = last; i >= 0 && trace.events[std::size_t(i)].t == at; --i) {
        // Ties go to the earlier event: what happened first at that instant.
        if (trace.onLifelines(trace.events[std::size_t(i)]) && rank(trace.events[std::size_t(i)].type) >= rank(trace.events[std::size_t(best)].type))
            best = i;
    }
    return best;
}

} // namespace closelab
