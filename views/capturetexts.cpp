// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/capturetexts.h"

#include "views/codetexts.h"

#include <QCoreApplication>
#include <QStringList>

namespace closelab::text {

namespace {
// The contexts are those the sentences had in app/ (CaptureView, CaptureConnectionsModel): their
// translations carry over; the finding labels are new.
QString view(const char *source) { return QCoreApplication::translate("CaptureView", source); }
QString model(const char *source) { return QCoreApplication::translate("CaptureConnectionsModel", source); }
QString finding(const char *source) { return QCoreApplication::translate("CaptureFindings", source); }
} // namespace

QString captureFindingLabel(std::string_view code)
{
    if (code == "orphan_retries_exhausted") return finding(QT_TRANSLATE_NOOP("CaptureFindings", "orphan retry budget exhausted"));
    if (code == "retries2_exhausted") return finding(QT_TRANSLATE_NOOP("CaptureFindings", "retransmissions gave up"));
    if (code == "syn_retries_exhausted") return finding(QT_TRANSLATE_NOOP("CaptureFindings", "SYN retries exhausted"));
    if (code == "syn_linear_timeouts")
        return finding(QT_TRANSLATE_NOOP("CaptureFindings", "SYN retransmissions at fixed intervals before doubling"));
    if (code == "syn_retransmitting") return finding(QT_TRANSLATE_NOOP("CaptureFindings", "still retransmitting its SYN when the capture ends"));
    if (code == "synack_retries_exhausted") return finding(QT_TRANSLATE_NOOP("CaptureFindings", "SYN-ACK retries exhausted"));
    if (code == "handshake_ack_ignored")
        return finding(QT_TRANSLATE_NOOP("CaptureFindings", "The server retransmitted its SYN-ACK after the capture saw the client's ACK of it: "
                                                            "that ACK was lost after the capture point, or the accept queue was full "
                                                            "(tcp_abort_on_overflow = 0)"));
    if (code == "accept_queue_overflow_abort") return finding(QT_TRANSLATE_NOOP("CaptureFindings", "accept queue full, connection reset"));
    if (code == "keepalive_exhausted") return finding(QT_TRANSLATE_NOOP("CaptureFindings", "keepalive probes unanswered"));
    if (code == "keepalive_time") return finding(QT_TRANSLATE_NOOP("CaptureFindings", "idle time before the first keepalive probe"));
    if (code == "keepalive_intvl") return finding(QT_TRANSLATE_NOOP("CaptureFindings", "interval between keepalive probes"));
    if (code == "fin_timeout_elapsed") return finding(QT_TRANSLATE_NOOP("CaptureFindings", "the orphan's FIN_WAIT2 timer ran out"));
    if (code == "tw_reuse") return finding(QT_TRANSLATE_NOOP("CaptureFindings", "port reused during TIME_WAIT"));
    if (code == "orphan_overflow")
        return finding(QT_TRANSLATE_NOOP("CaptureFindings", "close() found too many orphaned sockets on the host (net.ipv4.tcp_max_orphans below "
                                                            "their number, which the capture cannot count) or TCP memory exhausted "
                                                            "(net.ipv4.tcp_mem): FIN, then RST at once"));
    if (code == "tw_reuse_delay") return finding(QT_TRANSLATE_NOOP("CaptureFindings", "time since TIME_WAIT began when the port was reused"));
    return {};
}

QString captureConditionText(std::string_view condition, const QString &claim)
{
    if (condition == "close") return model(QT_TRANSLATE_NOOP("CaptureConnectionsModel", "%1 if the application called close()")).arg(claim);
    if (condition == "shutdown") return model(QT_TRANSLATE_NOOP("CaptureConnectionsModel", "%1 if the application called shutdown()")).arg(claim);
    if (condition == "autobind")
        return finding(QT_TRANSLATE_NOOP("CaptureFindings", "%1 if connect() chose the port (no bind())")).arg(claim);
    return claim;
}

QString captureFindingText(const capture::Finding &f)
{
    QString label = captureFindingLabel(f.code);
    if (label.isEmpty()) label = QString::fromStdString(f.code);
    QString text = label;
    if (!f.sysctl.empty()) {
        QString set;
        if (f.range) {
            set = QStringLiteral("%1…%2").arg(f.min).arg(f.max);
        } else {
            QStringList values;
            for (std::int64_t v : f.values) values << QString::number(v);
            set = QStringLiteral("{%1}").arg(values.join(QStringLiteral(", ")));
        }
        //: a finding: what the capture shows, then the sysctl values consistent with it
        text = finding(QT_TRANSLATE_NOOP("CaptureFindings", "%1: %2 ∈ %3")).arg(label, QString::fromStdString(f.sysctl), set);
    }
    return captureConditionText(f.condition, text);
}

QString captureNoteText(std::string_view note)
{
    const auto colon = note.find(':');
    const std::string_view code = note.substr(0, colon);
    const QString who = colon == std::string_view::npos ? QString()
                                                        : sideRole(note.substr(colon + 1) == "server" ? Side::Server : Side::Client);
    if (code == "ack_lost_after_capture")
        return view(QT_TRANSLATE_NOOP("CaptureView", "The %1 retransmitted its FIN after the capture saw the ACK of it: that ACK was lost between the "
                                                     "capture point and the %1, which stayed in FIN_WAIT1."))
            .arg(who);
    if (code == "ack_lost_after_capture_assumed")
        return view(QT_TRANSLATE_NOOP("CaptureView", "Every earlier ACK of the %1's FIN was lost after the capture point and the %1 fell silent until its "
                                                     "retry budget ran out: the last ACK was most likely lost too. Otherwise the %1 was an orphan in "
                                                     "FIN_WAIT2 whose tcp_fin_timeout ran out."))
            .arg(who);
    if (code == "fin_lost_after_capture")
        return view(QT_TRANSLATE_NOOP("CaptureView", "The capture saw the %1's FIN, but its peer went on as if it never arrived.")).arg(who);
    if (code == "handshake_ack_not_taken")
        return view(QT_TRANSLATE_NOOP("CaptureView", "The server never took the client's ACK of its SYN-ACK: the ACK was lost after the capture point, "
                                                     "or the accept queue was full (tcp_abort_on_overflow = 0)."));
    if (code == "network_copy")
        return finding(QT_TRANSLATE_NOOP("CaptureFindings", "A segment from the %1 appeared again as a copy the network made (a sequence number "
                                                            "before the %1's ISN, or the timestamp of an earlier transmission): not a "
                                                            "retransmission, and not counted as one."))
            .arg(who);
    return QString::fromUtf8(note.data(), qsizetype(note.size()));
}

QString captureRstCauseText(capture::RstCause c)
{
    using capture::RstCause;
    switch (c) {
    case RstCause::NoListener: return view(QT_TRANSLATE_NOOP("CaptureView", "nothing listens on the port"));
    case RstCause::UnreadData: return view(QT_TRANSLATE_NOOP("CaptureView", "close() with unread data"));
    case RstCause::Linger0: return view(QT_TRANSLATE_NOOP("CaptureView", "close() with SO_LINGER 0"));
    case RstCause::DataAfterClose: return view(QT_TRANSLATE_NOOP("CaptureView", "data arrived after close()"));
    case RstCause::FinWait2Gone: return view(QT_TRANSLATE_NOOP("CaptureView", "the orphaned FIN_WAIT2 socket had timed out (tcp_fin_timeout)"));
    case RstCause::AcceptQueueAbort: return view(QT_TRANSLATE_NOOP("CaptureView", "accept queue full, tcp_abort_on_overflow = 1"));
    case RstCause::KeepaliveExhausted: return view(QT_TRANSLATE_NOOP("CaptureView", "keepalive probes unanswered"));
    case RstCause::RetriesExhausted:
        return view(QT_TRANSLATE_NOOP("CaptureView", "the socket had given up retransmitting; its host answers for a socket it no longer has"));
    case RstCause::NoSocket: return view(QT_TRANSLATE_NOOP("CaptureView", "the host has no such connection"));
    case RstCause::OrphanOverflow:
        return view(QT_TRANSLATE_NOOP("CaptureView", "too many orphaned sockets at close() (tcp_max_orphans) or TCP out of memory"));
    case RstCause::Unknown: break;
    }
    return view(QT_TRANSLATE_NOOP("CaptureView", "reason unknown"));
}

QString captureStepText(const capture::StateStep &s)
{
    //: a side's state in a capture where the capture cannot tell it (e.g. a close() behind a zero window)
    if (s.unknown) return finding(QT_TRANSLATE_NOOP("CaptureFindings", "not visible in the capture"));
    return s.gone ? QStringLiteral("GONE") : text::stateName(s.state);
}

} // namespace closelab::text
