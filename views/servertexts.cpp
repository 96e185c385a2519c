// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/servertexts.h"

#include <QCoreApplication>

namespace closelab::text {
namespace {

QString tr_(const char *s) { return QCoreApplication::translate("ServerTexts", s); }

struct CodeText {
    const char *code;
    const char *title;
    const char *meaning;
    const char *change;
    const char *dontChange;
};

const CodeText kFindings[] = {
    {"close_wait_leak", QT_TRANSLATE_NOOP("ServerTexts", "Connections left in CLOSE_WAIT"),
     QT_TRANSLATE_NOOP("ServerTexts", "The peers closed their side, but the application never called close() on these sockets. No timer ends CLOSE_WAIT: each one holds a file descriptor until the process closes it or exits."),
     QT_TRANSLATE_NOOP("ServerTexts", "Find the code path that does not close a socket after read() returned 0: an error path, a leaked pool entry."),
     QT_TRANSLATE_NOOP("ServerTexts", "No sysctl ends CLOSE_WAIT: tcp_fin_timeout, keepalive and tcp_max_orphans do not touch it.")},
    {"port_exhaustion_risk", QT_TRANSLATE_NOOP("ServerTexts", "Ephemeral ports toward one destination running out"),
     QT_TRANSLATE_NOOP("ServerTexts", "Every connection to the same destination needs its own local port from ip_local_port_range; TIME_WAIT keeps a port for 60 s. When none is free, connect() fails with EADDRNOTAVAIL."),
     QT_TRANSLATE_NOOP("ServerTexts", "Reuse connections (keep-alive, a pool), widen ip_local_port_range, add destination addresses, or let the server close first; tcp_tw_reuse=1 lets connect() reuse TIME_WAIT ports when timestamps are on."),
     QT_TRANSLATE_NOOP("ServerTexts", "Do not enable tcp_tw_recycle (removed in Linux 4.12, it broke clients behind NAT); TIME_WAIT's 60 s cannot be shortened by a sysctl.")},
    {"tw_bucket_overflow", QT_TRANSLATE_NOOP("ServerTexts", "TIME_WAIT bucket table full"),
     QT_TRANSLATE_NOOP("ServerTexts", "Past tcp_max_tw_buckets the kernel closes a socket at once instead of keeping it in TIME_WAIT and counts TCPTimeWaitOverflow (old kernels logged \"time wait bucket table overflow\")."),
     QT_TRANSLATE_NOOP("ServerTexts", "Raise tcp_max_tw_buckets above the TIME_WAIT count (about 200 bytes each), or make fewer short connections."),
     QT_TRANSLATE_NOOP("ServerTexts", "The overflow is not a cure: sockets that skip TIME_WAIT let late segments reach a new connection.")},
    {"accept_queue_overflow", QT_TRANSLATE_NOOP("ServerTexts", "Accept queue full"),
     QT_TRANSLATE_NOOP("ServerTexts", "Finished handshakes wait in the accept queue (全连接队列) until accept() takes them. When it holds more than the backlog, new handshakes are dropped and the clients retry."),
     QT_TRANSLATE_NOOP("ServerTexts", "Accept faster (more workers, nothing slow before accept()) and raise the listen() backlog together with net.core.somaxconn, which caps it."),
     QT_TRANSLATE_NOOP("ServerTexts", "Do not set tcp_abort_on_overflow=1 to hide it: clients then get RSTs.")},
    {"syn_queue_overflow", QT_TRANSLATE_NOOP("ServerTexts", "SYN queue full (SYN flood or a burst)"),
     QT_TRANSLATE_NOOP("ServerTexts", "Half-open requests wait in the SYN queue (半连接队列). When it is full the kernel answers with SYN cookies (tcp_syncookies) or drops the SYN."),
     QT_TRANSLATE_NOOP("ServerTexts", "Keep tcp_syncookies=1, raise the backlog, somaxconn and tcp_max_syn_backlog; filter a flood upstream."),
     QT_TRANSLATE_NOOP("ServerTexts", "Do not turn SYN cookies off on a server that can be flooded.")},
    {"orphans_near_limit", QT_TRANSLATE_NOOP("ServerTexts", "Orphan sockets near tcp_max_orphans"),
     QT_TRANSLATE_NOOP("ServerTexts", "Orphans (孤儿连接) are sockets the application closed that still wait for the peer. Past tcp_max_orphans the kernel resets them (\"too many orphaned sockets\")."),
     QT_TRANSLATE_NOOP("ServerTexts", "Find why peers do not answer the FIN; lower tcp_orphan_retries or raise tcp_max_orphans if memory allows."),
     QT_TRANSLATE_NOOP("ServerTexts", "tcp_orphan_retries=0 does not mean no retries: the kernel reads it as 8.")},
    {"fin_wait2_pile", QT_TRANSLATE_NOOP("ServerTexts", "Many sockets in FIN_WAIT2"),
     QT_TRANSLATE_NOOP("ServerTexts", "This side closed and the peer acknowledged, but the peer has not closed yet. An orphan waits tcp_fin_timeout; a socket closed with shutdown() waits for ever."),
     QT_TRANSLATE_NOOP("ServerTexts", "Look at the peers: their sockets are in CLOSE_WAIT. For orphans, tcp_fin_timeout bounds the wait."),
     QT_TRANSLATE_NOOP("ServerTexts", "tcp_fin_timeout does not shorten TIME_WAIT.")},
    {"tw_recycle_nat", QT_TRANSLATE_NOOP("ServerTexts", "tcp_tw_recycle is on"),
     QT_TRANSLATE_NOOP("ServerTexts", "Kernels before 4.12 with tcp_tw_recycle drop SYNs whose timestamp is older than the last one seen from the same address: clients behind one NAT fail to connect."),
     QT_TRANSLATE_NOOP("ServerTexts", "Set net.ipv4.tcp_tw_recycle=0 (the sysctl was removed in 4.12)."),
     QT_TRANSLATE_NOOP("ServerTexts", "Do not turn tcp_timestamps off instead: that also disables PAWS and tcp_tw_reuse.")},
    {"fd_limit_near", QT_TRANSLATE_NOOP("ServerTexts", "Sockets near the file descriptor limit"),
     QT_TRANSLATE_NOOP("ServerTexts", "Every socket the application holds costs a file descriptor. At ulimit -n, accept() fails with EMFILE and connections wait in the accept queue."),
     QT_TRANSLATE_NOOP("ServerTexts", "Raise the process's limit (ulimit -n, LimitNOFILE=) and look for leaked sockets (CLOSE_WAIT)."),
     QT_TRANSLATE_NOOP("ServerTexts", "fs.file-max is the system's limit, not the process's.")},
    {"keepalive_longer_than_idle_timeout", QT_TRANSLATE_NOOP("ServerTexts", "Keepalive slower than the middlebox's idle timeout"),
     QT_TRANSLATE_NOOP("ServerTexts", "A load balancer, NAT or firewall forgets a connection idle longer than its timeout; the first keepalive probe comes only after tcp_keepalive_time."),
     QT_TRANSLATE_NOOP("ServerTexts", "Set TCP_KEEPIDLE (or tcp_keepalive_time) below the idle timeout, or send application pings."),
     QT_TRANSLATE_NOOP("ServerTexts", "The sysctl only matters for sockets that enable SO_KEEPALIVE.")},
    {"rst_on_close_unread", QT_TRANSLATE_NOOP("ServerTexts", "RST from close() with unread data"),
     QT_TRANSLATE_NOOP("ServerTexts", "close() on a socket with unread data sends RST instead of FIN (RFC 2525); the peer sees ECONNRESET and may lose the response."),
     QT_TRANSLATE_NOOP("ServerTexts", "Read the request to its end before close()."),
     QT_TRANSLATE_NOOP("ServerTexts", "Not a sysctl matter.")},
    {"rst_linger", QT_TRANSLATE_NOOP("ServerTexts", "RST from SO_LINGER or data after close"),
     QT_TRANSLATE_NOOP("ServerTexts", "SO_LINGER with a zero timeout resets instead of closing, and data that arrives after close() is answered with RST (TCPAbortOnData); TCP_LINGER2 < 0 resets FIN_WAIT2 orphans (TCPAbortOnLinger)."),
     QT_TRANSLATE_NOOP("ServerTexts", "Use SO_LINGER {1, 0} only where an abort is wanted."),
     QT_TRANSLATE_NOOP("ServerTexts", "Do not use SO_LINGER 0 as a TIME_WAIT cure.")},
};

const CodeText *findingText(const QString &code)
{
    for (const CodeText &t : kFindings)
        if (code == QLatin1String(t.code)) return &t;
    return nullptr;
}

struct KeyText {
    const char *key;
    const char *text;
};

const KeyText kEvidence[] = {
    {"close_wait", QT_TRANSLATE_NOOP("ServerTexts", "CLOSE_WAIT sockets")},
    {"fd_limit", QT_TRANSLATE_NOOP("ServerTexts", "file descriptor limit (ulimit -n)")},
    {"ports_in_use", QT_TRANSLATE_NOOP("ServerTexts", "local ports in use toward it")},
    {"port_range", QT_TRANSLATE_NOOP("ServerTexts", "ports in ip_local_port_range")},
    {"time_wait", QT_TRANSLATE_NOOP("ServerTexts", "TIME_WAIT sockets")},
    {"time_wait_reusable", QT_TRANSLATE_NOOP("ServerTexts", "TIME_WAIT ports connect() may reuse")},
    {"listener", QT_TRANSLATE_NOOP("ServerTexts", "listening socket")},
    {"recv_q", QT_TRANSLATE_NOOP("ServerTexts", "connections waiting for accept() (Recv-Q)")},
    {"backlog", QT_TRANSLATE_NOOP("ServerTexts", "backlog (Send-Q)")},
    {"syn_recv", QT_TRANSLATE_NOOP("ServerTexts", "SYN_RECV requests")},
    {"orphans", QT_TRANSLATE_NOOP("ServerTexts", "orphan sockets")},
    {"fin_wait2", QT_TRANSLATE_NOOP("ServerTexts", "FIN_WAIT2 sockets")},
    {"sockets_with_fd", QT_TRANSLATE_NOOP("ServerTexts", "sockets holding a descriptor (at most)")},
    {"idle_timeout", QT_TRANSLATE_NOOP("ServerTexts", "middlebox idle timeout (s)")},
    {"dmesg", QT_TRANSLATE_NOOP("ServerTexts", "kernel log")},
};

const KeyText kCounters[] = {
    {"TcpExt.TCPTimeWaitOverflow", QT_TRANSLATE_NOOP("ServerTexts", "sockets closed at once because the TIME_WAIT table was full")},
    {"TcpExt.ListenOverflows", QT_TRANSLATE_NOOP("ServerTexts", "handshakes dropped because an accept queue was full")},
    {"TcpExt.ListenDrops", QT_TRANSLATE_NOOP("ServerTexts", "SYNs and handshakes a listener dropped, for any reason")},
    {"TcpExt.TCPAbortOnTimeout", QT_TRANSLATE_NOOP("ServerTexts", "connections ended after their retransmissions ran out")},
    {"TcpExt.TCPAbortOnClose", QT_TRANSLATE_NOOP("ServerTexts", "RSTs sent by close() with unread data")},
    {"TcpExt.TCPAbortOnData", QT_TRANSLATE_NOOP("ServerTexts", "RSTs for data after close(), or SO_LINGER 0")},
    {"TcpExt.TCPAbortOnMemory", QT_TRANSLATE_NOOP("ServerTexts", "orphans reset for memory or tcp_max_orphans")},
    {"TcpExt.TCPAbortOnLinger", QT_TRANSLATE_NOOP("ServerTexts", "FIN_WAIT2 orphans reset by TCP_LINGER2")},
    {"TcpExt.TCPSynRetrans", QT_TRANSLATE_NOOP("ServerTexts", "SYN and SYN-ACK retransmissions")},
    {"TcpExt.SyncookiesSent", QT_TRANSLATE_NOOP("ServerTexts", "SYN cookies sent (SYN queue full)")},
    {"TcpExt.SyncookiesRecv", QT_TRANSLATE_NOOP("ServerTexts", "valid SYN cookies received back")},
    {"TcpExt.SyncookiesFailed", QT_TRANSLATE_NOOP("ServerTexts", "invalid SYN cookies received")},
    {"TcpExt.TCPReqQFullDrop", QT_TRANSLATE_NOOP("ServerTexts", "SYNs dropped with the SYN queue full")},
    {"TcpExt.TCPReqQFullDoCookies", QT_TRANSLATE_NOOP("ServerTexts", "SYN queue full: answered with a cookie")},
    {"TcpExt.TW", QT_TRANSLATE_NOOP("ServerTexts", "sockets that entered TIME_WAIT")},
    {"TcpExt.TWRecycled", QT_TRANSLATE_NOOP("ServerTexts", "TIME_WAIT sockets taken over by connect() (tcp_tw_reuse)")},
    {"TcpExt.TCPOrphanQueued", QT_TRANSLATE_NOOP("ServerTexts", "orphans queued")},
    {"TcpExt.PAWSPassive", QT_TRANSLATE_NOOP("ServerTexts", "SYNs refused for an old timestamp (tcp_tw_recycle)")},
    {"Tcp.ActiveOpens", QT_TRANSLATE_NOOP("ServerTexts", "connections opened with connect()")},
    {"Tcp.PassiveOpens", QT_TRANSLATE_NOOP("ServerTexts", "connections accepted")},
    {"Tcp.AttemptFails", QT_TRANSLATE_NOOP("ServerTexts", "connection attempts that failed")},
    {"Tcp.EstabResets", QT_TRANSLATE_NOOP("ServerTexts", "connections reset")},
    {"Tcp.RetransSegs", QT_TRANSLATE_NOOP("ServerTexts", "segments retransmitted")},
    {"Tcp.OutRsts", QT_TRANSLATE_NOOP("ServerTexts", "RSTs sent")},
};

} // namespace

QString severityLabel(server::Severity s)
{
    switch (s) {
    case server::Severity::Critical: return tr_(QT_TRANSLATE_NOOP("ServerTexts", "critical"));
    case server::Severity::Warning: return tr_(QT_TRANSLATE_NOOP("ServerTexts", "warning"));
    case server::Severity::Info: return tr_(QT_TRANSLATE_NOOP("ServerTexts", "info"));
    }
    return {};
}

QString findingTitle(const QString &code)
{
    const CodeText *t = findingText(code);
    return t ? tr_(t->title) : code;
}
QString findingMeaning(const QString &code)
{
    const CodeText *t = findingText(code);
    return t ? tr_(t->meaning) : QString();
}
QString findingChange(const QString &code)
{
    const CodeText *t = findingText(code);
    return t ? tr_(t->change) : QString();
}
QString findingDontChange(const QString &code)
{
    const CodeText *t = findingText(code);
    return t ? tr_(t->dontChange) : QString();
}

QString evidenceLabel(const QString &key)
{
    for (const KeyText &k : kEvidence)
        if (key == QLatin1String(k.key)) return tr_(k.text);
    return key;
}

QString counterMeaning(const QString &counter)
{
    for (const KeyText &k : kCounters)
        if (counter == QLatin1String(k.key)) return tr_(k.text);
    return {};
}

const QStringList &healthCounters()
{
    static const QStringList list = [] {
        QStringList l;
        for (const KeyText &k : kCounters) l << QLatin1String(k.key);
        return l;
    }();
    return list;
}

} // namespace closelab::text
