// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/parametertexts.h"

#include <QCoreApplication>

namespace closelab::text {

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("ParameterTexts", source);
}

struct ParameterWords {
    SysctlId id;
    const char *title;
    const char *description;
    const char *note; // nullptr when there is none
};

// Notes state the kernel's behaviour where the seed articles (or common advice) disagree with it.
const ParameterWords kWords[] = {
    {SysctlId::TcpFinTimeout, QT_TRANSLATE_NOOP("ParameterTexts", "FIN_WAIT2 lifetime of orphans"),
     QT_TRANSLATE_NOOP("ParameterTexts", "How long an orphaned connection (closed with close()) may stay in FIN_WAIT2 waiting for the peer's FIN; then the kernel drops it without TIME_WAIT."),
     QT_TRANSLATE_NOOP("ParameterTexts", "It is not the TIME_WAIT length: TIME_WAIT is fixed at 60 s (TCP_TIMEWAIT_LEN). After shutdown() the socket is not an orphan and FIN_WAIT2 has no limit. Above 60 s the rest of the wait is spent as a FIN_WAIT2 timer, then as a TIME_WAIT-like mini socket.")},
    {SysctlId::TcpOrphanRetries, QT_TRANSLATE_NOOP("ParameterTexts", "Retries of orphans"),
     QT_TRANSLATE_NOOP("ParameterTexts", "How many times an orphaned connection (FIN_WAIT1, CLOSING, LAST_ACK after close()) retransmits before the kernel gives up and drops it."),
     QT_TRANSLATE_NOOP("ParameterTexts", "0 does not mean \"no retries\": the kernel reads 0 as 8 (tcp_orphan_retries(): a small RTO gets 8 tries). It governs only orphans; a socket still owned by the application is limited by tcp_retries2.")},
    {SysctlId::TcpRetries1, QT_TRANSLATE_NOOP("ParameterTexts", "Retries before asking routing"),
     QT_TRANSLATE_NOOP("ParameterTexts", "After this many retransmissions the kernel asks the network layer to check the route (negative advice); the connection lives on."),
     nullptr},
    {SysctlId::TcpRetries2, QT_TRANSLATE_NOOP("ParameterTexts", "Retries of established data"),
     QT_TRANSLATE_NOOP("ParameterTexts", "How many retransmissions an owned connection makes before it is aborted with ETIMEDOUT. The default 15 is about 924.6 s with a 200 ms RTO."),
     QT_TRANSLATE_NOOP("ParameterTexts", "The kernel turns the count into a time (tcp_model_timeout()): what matters is the total backoff time, not the number of segments.")},
    {SysctlId::TcpRtoMinUs, QT_TRANSLATE_NOOP("ParameterTexts", "Minimum RTO"),
     QT_TRANSLATE_NOOP("ParameterTexts", "The smallest retransmission timeout; on a LAN the RTO sits at this floor."),
     QT_TRANSLATE_NOOP("ParameterTexts", "New in Linux 6.11; older kernels fix it at 200 ms (TCP_RTO_MIN) unless a route sets rto_min.")},
    {SysctlId::TcpRtoMaxMs, QT_TRANSLATE_NOOP("ParameterTexts", "Maximum RTO"),
     QT_TRANSLATE_NOOP("ParameterTexts", "The backoff stops doubling at this timeout."),
     QT_TRANSLATE_NOOP("ParameterTexts", "New in Linux 6.15; older kernels fix it at 120 s (TCP_RTO_MAX).")},
    {SysctlId::TcpEarlyRetrans, QT_TRANSLATE_NOOP("ParameterTexts", "Tail loss probe"),
     QT_TRANSLATE_NOOP("ParameterTexts", "3 (default) enables the tail loss probe: a lost last segment is re-sent after about 2 RTT instead of a full RTO."),
     nullptr},
    {SysctlId::TcpMaxTwBuckets, QT_TRANSLATE_NOOP("ParameterTexts", "TIME_WAIT buckets"),
     QT_TRANSLATE_NOOP("ParameterTexts", "The most TIME_WAIT sockets a host keeps. Past it a closing socket skips TIME_WAIT and is destroyed at once (TCPTimeWaitOverflow)."),
     QT_TRANSLATE_NOOP("ParameterTexts", "Lowering it hides TIME_WAIT instead of curing it: the protection of 2MSL is lost for the connections over the limit.")},
    {SysctlId::TcpTwReuse, QT_TRANSLATE_NOOP("ParameterTexts", "Reuse TIME_WAIT ports"),
     QT_TRANSLATE_NOOP("ParameterTexts", "Lets connect() take a port whose connection is in TIME_WAIT when timestamps prove the new connection is newer. 0 off, 1 on, 2 loopback only (default)."),
     QT_TRANSLATE_NOOP("ParameterTexts", "Helps only the side that connects (the client); needs tcp_timestamps on both ends. The port must have been in TIME_WAIT for tcp_tw_reuse_delay.")},
    {SysctlId::TcpTwReuseDelay, QT_TRANSLATE_NOOP("ParameterTexts", "Reuse delay"),
     QT_TRANSLATE_NOOP("ParameterTexts", "How long a TIME_WAIT socket must exist before tcp_tw_reuse may take its port."),
     QT_TRANSLATE_NOOP("ParameterTexts", "New in Linux 6.13; before it the delay was 1 s.")},
    {SysctlId::TcpTwRecycle, QT_TRANSLATE_NOOP("ParameterTexts", "Recycle TIME_WAIT (legacy)"),
     QT_TRANSLATE_NOOP("ParameterTexts", "Shortened TIME_WAIT and rejected SYNs whose timestamp went backwards (per-host PAWS)."),
     QT_TRANSLATE_NOOP("ParameterTexts", "Exists only before Linux 4.12: it was removed because it drops connections from clients behind one NAT address. Shown here for old kernels and the tw_recycle_nat scenario.")},
    {SysctlId::TcpTimestamps, QT_TRANSLATE_NOOP("ParameterTexts", "Timestamps"),
     QT_TRANSLATE_NOOP("ParameterTexts", "TCP timestamp option (RFC 7323): 1 on with random offsets (default), 2 on without offsets, 0 off."),
     QT_TRANSLATE_NOOP("ParameterTexts", "tcp_tw_reuse and PAWS depend on it, on both ends.")},
    {SysctlId::IpLocalPortRangeLow, QT_TRANSLATE_NOOP("ParameterTexts", "Ephemeral ports: first"),
     QT_TRANSLATE_NOOP("ParameterTexts", "The lowest port connect() picks for a client socket."),
     QT_TRANSLATE_NOOP("ParameterTexts", "Ports are counted per destination (address and port): 28,232 ports to one server:port, and a port in TIME_WAIT is not free.")},
    {SysctlId::IpLocalPortRangeHigh, QT_TRANSLATE_NOOP("ParameterTexts", "Ephemeral ports: last"),
     QT_TRANSLATE_NOOP("ParameterTexts", "The highest port connect() picks for a client socket."),
     nullptr},
    {SysctlId::TcpSynRetries, QT_TRANSLATE_NOOP("ParameterTexts", "SYN retries"),
     QT_TRANSLATE_NOOP("ParameterTexts", "How many times connect() retransmits an unanswered SYN before it fails with ETIMEDOUT (6: about 127 s)."),
     nullptr},
    {SysctlId::TcpSynLinearTimeouts, QT_TRANSLATE_NOOP("ParameterTexts", "Linear SYN timeouts"),
     QT_TRANSLATE_NOOP("ParameterTexts", "The first this-many SYN retransmissions wait a fixed RTO before the backoff starts doubling."),
     QT_TRANSLATE_NOOP("ParameterTexts", "New in Linux 6.18; older kernels double the SYN timeout from the first retry.")},
    {SysctlId::TcpSynackRetries, QT_TRANSLATE_NOOP("ParameterTexts", "SYN-ACK retries"),
     QT_TRANSLATE_NOOP("ParameterTexts", "How many times the server retransmits a SYN-ACK whose ACK does not come; meanwhile the request occupies the SYN queue (5: 1+2+4+8+16+32 = 63 s)."),
     nullptr},
    {SysctlId::TcpMaxSynBacklog, QT_TRANSLATE_NOOP("ParameterTexts", "SYN queue size"),
     QT_TRANSLATE_NOOP("ParameterTexts", "The SYN queue (half-open connections): requests waiting for the handshake's last ACK."),
     QT_TRANSLATE_NOOP("ParameterTexts", "With tcp_syncookies = 1 a full queue answers with SYN cookies instead of dropping; with 0, SYNs from unknown peers are already dropped once three quarters of it are used.")},
    {SysctlId::TcpSyncookies, QT_TRANSLATE_NOOP("ParameterTexts", "SYN cookies"),
     QT_TRANSLATE_NOOP("ParameterTexts", "1 (default): when the SYN queue overflows the server encodes the request in the SYN-ACK's sequence number; 2 always; 0 never (SYNs are dropped)."),
     nullptr},
    {SysctlId::TcpAbortOnOverflow, QT_TRANSLATE_NOOP("ParameterTexts", "Reset on accept queue overflow"),
     QT_TRANSLATE_NOOP("ParameterTexts", "When the accept queue is full: 0 drops the handshake's last ACK so the client retries; 1 answers with RST."),
     nullptr},
    {SysctlId::Somaxconn, QT_TRANSLATE_NOOP("ParameterTexts", "Accept queue cap"),
     QT_TRANSLATE_NOOP("ParameterTexts", "The accept queue holds min(backlog, somaxconn) + 1 connections."),
     QT_TRANSLATE_NOOP("ParameterTexts", "The default is 4096 since Linux 5.4 (128 before, as older articles say).")},
    {SysctlId::TcpKeepaliveTime, QT_TRANSLATE_NOOP("ParameterTexts", "Keepalive idle time"),
     QT_TRANSLATE_NOOP("ParameterTexts", "Idle time before the first keepalive probe of a socket with SO_KEEPALIVE."),
     QT_TRANSLATE_NOOP("ParameterTexts", "Only sockets that set SO_KEEPALIVE probe at all; it does not close CLOSE_WAIT by itself when the peer still answers.")},
    {SysctlId::TcpKeepaliveIntvl, QT_TRANSLATE_NOOP("ParameterTexts", "Keepalive interval"),
     QT_TRANSLATE_NOOP("ParameterTexts", "Time between unanswered keepalive probes."),
     nullptr},
    {SysctlId::TcpKeepaliveProbes, QT_TRANSLATE_NOOP("ParameterTexts", "Keepalive probes"),
     QT_TRANSLATE_NOOP("ParameterTexts", "Unanswered probes before the connection is reset with ETIMEDOUT."),
     nullptr},
    {SysctlId::TcpMaxOrphans, QT_TRANSLATE_NOOP("ParameterTexts", "Orphan limit"),
     QT_TRANSLATE_NOOP("ParameterTexts", "The most orphaned connections (closed by the application but not finished) a host keeps; past it new orphans are reset at once (TCPAbortOnMemory)."),
     QT_TRANSLATE_NOOP("ParameterTexts", "Not per network namespace; the kernel sizes the default from memory.")},
    {SysctlId::UlimitNofile, QT_TRANSLATE_NOOP("ParameterTexts", "File descriptors (ulimit -n)"),
     QT_TRANSLATE_NOOP("ParameterTexts", "The process's descriptor limit: every socket the application holds, CLOSE_WAIT included, uses one; at the limit accept() fails with EMFILE."),
     QT_TRANSLATE_NOOP("ParameterTexts", "A process limit, not a sysctl (setrlimit, /etc/security/limits.conf).")},
};

const ParameterWords &wordsFor(SysctlId id)
{
    for (const ParameterWords &w : kWords) {
        if (w.id == id)
            return w;
    }
    return kWords[0];
}

QString keyText(const SysctlInfo &info)
{
    QString key = QString::fromLatin1(info.key.data(), qsizetype(info.key.size()));
    if (info.id == SysctlId::IpLocalPortRangeLow || info.id == SysctlId::IpLocalPortRangeHigh)
        key += info.component == 0 ? QStringLiteral(" [0]") : QStringLiteral(" [1]");
    return key;
}
} // namespace

ParameterGroup parameterGroup(SysctlGroup g)
{
    switch (g) {
    case SysctlGroup::CloseAndRetransmission: return ParameterGroup::CloseAndRetransmission;
    case SysctlGroup::TimeWaitAndPorts: return ParameterGroup::TimeWaitAndPorts;
    case SysctlGroup::HandshakeAndQueues: return ParameterGroup::HandshakeAndQueues;
    case SysctlGroup::Keepalive: return ParameterGroup::Keepalive;
    case SysctlGroup::Limits: return ParameterGroup::Limits;
    }
    return ParameterGroup::Limits;
}

QString parameterGroupTitle(ParameterGroup g)
{
    switch (g) {
    case ParameterGroup::CloseAndRetransmission: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Close and retransmission"));
    case ParameterGroup::TimeWaitAndPorts: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "TIME_WAIT and ports"));
    case ParameterGroup::HandshakeAndQueues: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Handshake and queues"));
    case ParameterGroup::Keepalive: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Keepalive"));
    case ParameterGroup::Limits: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Limits"));
    case ParameterGroup::Network: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Network"));
    case ParameterGroup::ScenarioOptions: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Scenario options"));
    }
    return {};
}

QString parameterTitle(SysctlId id) { return tr_(wordsFor(id).title); }
QString parameterDescription(SysctlId id) { return tr_(wordsFor(id).description); }

QString parameterNote(SysctlId id)
{
    const char *note = wordsFor(id).note;
    return note ? tr_(note) : QString();
}

QString unitLabel(std::string_view unit)
{
    if (unit == "s") return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "s"));
    //: the unit milliseconds after a value (Chinese: 毫秒, as the rest of the interface writes it)
    if (unit == "ms") return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "ms"));
    //: the unit microseconds after a value (Chinese: 微秒)
    if (unit == "us") return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "µs"));
    if (unit == "count") return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "times"));
    if (unit == "sockets") return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "sockets"));
    if (unit == "port") return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "port"));
    if (unit == "fds") return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "fds"));
    //: a sysctl whose value selects a mode (0, 1, 2)
    if (unit == "mode") return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "mode"));
    //: a sysctl that is 0 (off) or 1 (on)
    if (unit == "bool") return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "on/off"));
    return QString::fromLatin1(unit.data(), qsizetype(unit.size()));
}

QString valueMeaning(SysctlId id, std::int64_t value)
{
    switch (id) {
    case SysctlId::TcpOrphanRetries:
        // tcp_timer.c: tcp_orphan_retries(): "retries == 0 && alive" → 8.
        return value == 0 ? tr_(QT_TRANSLATE_NOOP("ParameterTexts", "0 means 8 to the kernel")) : QString();
    case SysctlId::TcpEarlyRetrans:
        // tcp_output.c: tcp_schedule_loss_probe(): only 3 and 4 arm the tail loss probe.
        return value == 3 || value == 4 ? tr_(QT_TRANSLATE_NOOP("ParameterTexts", "tail loss probe on"))
                                        : tr_(QT_TRANSLATE_NOOP("ParameterTexts", "tail loss probe off"));
    case SysctlId::TcpTwReuse:
        switch (value) {
        case 0: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "off"));
        case 1: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "on for every connection"));
        default: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "on for loopback only"));
        }
    case SysctlId::TcpTimestamps:
        switch (value) {
        case 0: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "off"));
        case 1: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "on, random offset per connection"));
        default: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "on, no random offset"));
        }
    case SysctlId::TcpSyncookies:
        switch (value) {
        case 0: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "off"));
        case 1: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "when the SYN queue overflows"));
        default: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "always"));
        }
    case SysctlId::TcpAbortOnOverflow:
        return value ? tr_(QT_TRANSLATE_NOOP("ParameterTexts", "reset the connection"))
                     : tr_(QT_TRANSLATE_NOOP("ParameterTexts", "drop the ACK, the client retries"));
    default:
        break;
    }
    const SysctlInfo &info = sysctlInfo(id);
    if (info.unit == "bool")
        return value ? tr_(QT_TRANSLATE_NOOP("ParameterTexts", "on")) : tr_(QT_TRANSLATE_NOOP("ParameterTexts", "off"));
    return QString();
}

QString parameterToolTip(const SysctlInfo &info)
{
    QString html = QStringLiteral("<p><b>%1</b><br/><code>%2</code></p><p>%3</p>")
                       .arg(parameterTitle(info.id).toHtmlEscaped(), keyText(info), parameterDescription(info.id).toHtmlEscaped());
    const QString unit = unitLabel(info.unit);
    html += QStringLiteral("<p>") + tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Linux default: %1 %2. Range: %3 to %4."))
                                        .arg(info.defaultValue).arg(unit).arg(info.min).arg(info.max)
        + QStringLiteral("</p>");
    const QString note = parameterNote(info.id);
    if (!note.isEmpty())
        html += QStringLiteral("<p><i>") + note.toHtmlEscaped() + QStringLiteral("</i></p>");
    if (!info.isSysctl)
        html += QStringLiteral("<p>") + tr_(QT_TRANSLATE_NOOP("ParameterTexts", "A process limit, set per process.")) + QStringLiteral("</p>");
    else if (!info.perNamespace)
        html += QStringLiteral("<p>") + tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Host-wide: not settable per network namespace.")) + QStringLiteral("</p>");
    return html;
}

QString networkTitle(NetworkParameter p)
{
    switch (p) {
    case NetworkParameter::Delay: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "One-way delay"));
    case NetworkParameter::Jitter: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Jitter"));
    case NetworkParameter::LossC2S: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Loss client → server"));
    case NetworkParameter::LossS2C: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Loss server → client"));
    case NetworkParameter::Duplicate: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Duplication"));
    case NetworkParameter::DropRules: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Drop rules"));
    case NetworkParameter::FirewallIdle: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Firewall idle timeout"));
    case NetworkParameter::FirewallAction: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Firewall action"));
    }
    return {};
}

QString networkDescription(NetworkParameter p)
{
    switch (p) {
    case NetworkParameter::Delay: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Time a segment takes from one host to the other (a LAN: 0.5 ms; loopback: 4 µs)."));
    case NetworkParameter::Jitter: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "A random extra delay up to this value; segments keep their order."));
    case NetworkParameter::LossC2S: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Probability that a segment from the client is lost."));
    case NetworkParameter::LossS2C: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Probability that a segment from the server is lost."));
    case NetworkParameter::Duplicate: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Probability that a segment is delivered twice."));
    case NetworkParameter::DropRules: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "Scripted drops, DIR:MATCH[:WHEN]: s2c:any, c2s:ack:n=2, s2c:fin:first, c2s:data:from=0.5."));
    case NetworkParameter::FirewallIdle: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "A stateful firewall between the hosts forgets a connection idle this long (0: no firewall)."));
    case NetworkParameter::FirewallAction: return tr_(QT_TRANSLATE_NOOP("ParameterTexts", "What the firewall does with a segment of a forgotten connection."));
    }
    return {};
}

} // namespace closelab::text
