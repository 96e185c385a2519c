// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis.h"

#include <algorithm>
#include <cmath>

namespace closelab::server {

std::string_view severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Critical: return "critical";
    }
    return "info";
}

std::optional<std::int64_t> Finding::evidenceNumber(std::string_view key) const
{
    for (const Evidence &e : evidence)
        if (e.key == key) return e.number;
    return std::nullopt;
}

const std::vector<FindingRule> &findingRules()
{
    static const std::vector<FindingRule> rules = {
        {"close_wait_leak", "tcp_input.c: tcp_fin() moves the socket to CLOSE_WAIT; only the application's close() leaves it (tcp.c: __tcp_close())",
         "", "close_wait_leak",
         "Find the code path that never calls close() on a socket whose peer has closed (read() returned 0): a missing close in an error path, a leaked connection pool entry.",
         "No sysctl ends CLOSE_WAIT: it has no timer. tcp_fin_timeout, tcp_keepalive_* and tcp_max_orphans do not touch it."},
        {"port_exhaustion_risk", "inet_hashtables.c: __inet_hash_connect() looks for a local port of ip_local_port_range whose 4-tuple to this destination is free",
         "net.ipv4.ip_local_port_range", "port_exhaustion",
         "Reuse connections (keep-alive, a pool), widen net.ipv4.ip_local_port_range, add destination addresses or ports, or let the server close first; tcp_tw_reuse=1 lets outgoing connections reuse TIME_WAIT ports when timestamps are on.",
         "Do not enable tcp_tw_recycle (removed in Linux 4.12, broke clients behind NAT) and do not shorten TIME_WAIT: its 60 s are compiled in (TCP_TIMEWAIT_LEN)."},
        {"tw_bucket_overflow", "tcp_minisocks.c: tcp_time_wait(): inet_twsk_alloc() refuses past tcp_max_tw_buckets, the socket is closed at once and TCPTimeWaitOverflow counted (older kernels logged \"TCP: time wait bucket table overflow\")",
         "net.ipv4.tcp_max_tw_buckets", "tw_bucket_overflow",
         "Raise net.ipv4.tcp_max_tw_buckets above the TIME_WAIT count (a TIME_WAIT socket costs about 200 bytes), or make fewer short connections.",
         "Do not treat the overflow as a fix: the sockets it kills skip TIME_WAIT, so late segments can reach a new connection on the same 4-tuple."},
        {"accept_queue_overflow", "tcp_ipv4.c: tcp_v4_syn_recv_sock() and tcp_input.c: tcp_conn_request(): sk_acceptq_is_full() (accept queue longer than the backlog) drops the handshake and counts ListenOverflows",
         "net.core.somaxconn", "accept_queue_overflow",
         "Make the application accept() faster (more workers, no blocking work before accept) and raise the backlog given to listen() together with net.core.somaxconn, which caps it.",
         "Do not set tcp_abort_on_overflow=1 to hide it: clients then get RSTs instead of a retried handshake."},
        {"syn_queue_overflow", "tcp_input.c: tcp_conn_request(): a full request queue (inet_csk_reqsk_queue_is_full()) sends SYN cookies or drops (tcp_syn_flood_action(): \"Possible SYN flooding on port\"); without cookies the last quarter of tcp_max_syn_backlog is kept for proven peers",
         "net.ipv4.tcp_max_syn_backlog", "syn_flood",
         "Keep net.ipv4.tcp_syncookies=1, raise the listen() backlog (and net.core.somaxconn) and net.ipv4.tcp_max_syn_backlog; filter a flood upstream.",
         "Do not set tcp_syncookies=0 on a server that can be flooded; lowering tcp_synack_retries only shortens how long requests are held."},
        {"orphans_near_limit", "tcp.c: tcp_check_oom() / tcp_too_many_orphans(): past tcp_max_orphans an orphan is reset (\"too many orphaned sockets\") and TCPAbortOnMemory counted",
         "net.ipv4.tcp_max_orphans", "orphan_overflow",
         "Find why closed sockets linger (peers that do not answer FIN: FIN_WAIT1 retransmissions, LAST_ACK); lower tcp_orphan_retries or raise tcp_max_orphans if memory allows.",
         "Do not set tcp_orphan_retries=0 expecting no retries: the kernel reads 0 as 8 (tcp_timer.c: tcp_orphan_retries())."},
        {"fin_wait2_pile", "tcp.c: __tcp_close(): an orphan in FIN_WAIT2 lives tcp_fin_timeout (tcp_fin_time()); a socket closed with shutdown() stays in FIN_WAIT2 until the peer closes",
         "net.ipv4.tcp_fin_timeout", "fin_wait2_timeout",
         "The peers do not close their side: look at them (their CLOSE_WAIT). For orphans, tcp_fin_timeout bounds the wait.",
         "tcp_fin_timeout does not govern TIME_WAIT (always 60 s) and does not end FIN_WAIT2 sockets still owned by the application (shutdown())."},
        {"tw_recycle_nat", "tcp_ipv4.c (before 4.12): tcp_tw_recycle dropped SYNs whose timestamp was older than the last one seen from the same address (PAWSPassive)",
         "net.ipv4.tcp_tw_recycle", "tw_recycle_nat",
         "Set net.ipv4.tcp_tw_recycle=0 (the sysctl was removed in Linux 4.12).",
         "Do not turn off tcp_timestamps to work around it: that also disables PAWS and tcp_tw_reuse."},
        {"fd_limit_near", "file.c: alloc_fd() fails with EMFILE past RLIMIT_NOFILE; accept() then fails and the connection waits in the accept queue",
         "ulimit.nofile", "close_wait_leak",
         "Raise the process's limit (ulimit -n, LimitNOFILE= in systemd) and look for leaked sockets (CLOSE_WAIT).",
         "fs.file-max is the system-wide limit, not the process's."},
        {"keepalive_longer_than_idle_timeout", "tcp_timer.c: tcp_keepalive_timer(): the first probe goes after tcp_keepalive_time of silence",
         "net.ipv4.tcp_keepalive_time", "firewall_idle_timeout",
         "Set SO_KEEPALIVE with TCP_KEEPIDLE (or net.ipv4.tcp_keepalive_time) below the middlebox's idle timeout, or send application-level pings.",
         "Keepalive only helps sockets that enable SO_KEEPALIVE; the sysctl alone changes nothing for the others."},
        {"rst_on_close_unread", "tcp.c: __tcp_close(): close() with unread data in the receive queue sends RST instead of FIN (RFC 2525 2.17) and counts TCPAbortOnClose",
         "", "rst_unread_data",
         "Read the request to its end (or shutdown(SHUT_WR) and drain) before close(); the peer otherwise sees ECONNRESET and may lose the response.",
         "Not a sysctl matter."},
        {"rst_linger", "tcp.c: __tcp_close(): SO_LINGER with a zero timeout resets instead of closing (TCPAbortOnData, also counted for data arriving after close); TCP_LINGER2 < 0 resets a FIN_WAIT2 orphan (TCPAbortOnLinger)",
         "", "rst_linger0",
         "Use SO_LINGER {1, 0} only where an abort is wanted; it skips TIME_WAIT by sending RST, and the peer sees ECONNRESET.",
         "Do not use SO_LINGER 0 as a TIME_WAIT cure."},
    };
    return rules;
}

const FindingRule *findingRule(std::string_view code)
{
    for (const FindingRule &r : findingRules())
        if (r.code == code) return &r;
    return nullptr;
}

namespace {

Evidence num(std::string key, std::int64_t v) { return Evidence{std::move(key), v, {}}; }
Evidence txt(std::string key, std::string v) { return Evidence{std::move(key), std::nullopt, std::move(v)}; }

std::int64_t counterOr0(const Snapshot &s, std::string_view name) { return s.counter(name).value_or(0); }

void addCounter(Finding &f, const Snapshot &s, std::string_view name)
{
    if (auto v = s.counter(name)) f.evidence.push_back(num(std::string(name), *v));
}

bool messageSeen(const Snapshot &s, std::string_view text)
{
    return std::any_of(s.kernelMessages.begin(), s.kernelMessages.end(),
                       [&](const std::string &m) { return m.find(text) != std::string::npos; });
}

std::string firstMessage(const Snapshot &s, std::string_view text)
{
    for (const std::string &m : s.kernelMessages)
        if (m.find(text) != std::string::npos) return m;
    return {};
}

bool isLoopback(const std::string &endpoint)
{
    return endpoint.rfind("127.", 0) == 0 || endpoint.rfind("[::1]", 0) == 0 || endpoint.rfind("[::ffff:127.", 0) == 0;
}

/// TIME_WAIT sockets the snapshot shows (socket table, else sockstat / ss -s).
std::int64_t timeWaitCount(const Snapshot &s)
{
    if (s.haveSocketTable) return s.state("TIME_WAIT");
    return s.sockstat.tw.value_or(0);
}

void portExhaustion(const Snapshot &s, std::vector<Finding> &out)
{
    const std::int64_t range = s.portRangeSize();
    if (range <= 0) return;
    const std::int64_t reuse = s.sysctlNumber("net.ipv4.tcp_tw_reuse");
    const bool timestamps = s.sysctlNumber("net.ipv4.tcp_timestamps") != 0;
    std::vector<const Destination *> ds;
    for (const auto &[remote, d] : s.destinations) ds.push_back(&d);
    std::sort(ds.begin(), ds.end(), [](const Destination *a, const Destination *b) {
        return a->portsInUse != b->portsInUse ? a->portsInUse > b->portsInUse : a->remote < b->remote;
    });
    for (const Destination *d : ds) {
        if (d->portsInUse < 2) break;
        // tcp_ipv4.c: tcp_twsk_unique(): with tcp_tw_reuse (1, or 2 for loopback) and timestamps, connect()
        // may take over a TIME_WAIT 4-tuple older than tcp_tw_reuse_delay: those ports are not lost.
        const bool twReusable = timestamps && (reuse == 1 || (reuse == 2 && isLoopback(d->remote)));
        auto tw = d->states.find("TIME_WAIT");
        const std::int64_t twCount = tw == d->states.end() ? 0 : tw->second;
        const std::int64_t blocking = twReusable ? std::max<std::int64_t>(0, d->portsInUse - twCount) : d->portsInUse;
        const double fraction = double(blocking) / double(range);
        if (fraction < threshold::kPortsWarning) continue;
        Finding f;
        f.code = "port_exhaustion_risk";
        f.severity = fraction >= threshold::kPortsCritical ? Severity::Critical : Severity::Warning;
        f.remote = d->remote;
        f.evidence.push_back(num("ports_in_use", d->portsInUse));
        f.evidence.push_back(num("port_range", range));
        f.evidence.push_back(num("time_wait", twCount));
        f.evidence.push_back(num("tcp_tw_reuse", reuse));
        if (twReusable) f.evidence.push_back(num("time_wait_reusable", twCount));
        out.push_back(std::move(f));
    }
}

} // namespace

std::vector<Finding> diagnose(const Snapshot &s, const DiagnosisOptions &options)
{
    std::vector<Finding> out;
    const std::int64_t fdLimit = s.fdLimit.value_or(0);

    // close_wait_leak: the peer closed, the application did not (no timer ends CLOSE_WAIT)
    if (const std::int64_t cw = s.state("CLOSE_WAIT"); cw >= threshold::kCloseWaitWarning) {
        Finding f{"close_wait_leak", Severity::Warning, {}, {}, {}};
        if (cw >= threshold::kCloseWaitCritical || (fdLimit > 0 && cw * 2 >= fdLimit)) f.severity = Severity::Critical;
        f.evidence.push_back(num("close_wait", cw));
        if (fdLimit > 0) f.evidence.push_back(num("fd_limit", fdLimit));
        out.push_back(std::move(f));
    }

    portExhaustion(s, out);

    // tw_bucket_overflow
    {
        const std::int64_t tw = timeWaitCount(s);
        const std::int64_t buckets = s.sysctlNumber("net.ipv4.tcp_max_tw_buckets");
        const std::int64_t overflow = counterOr0(s, "TcpExt.TCPTimeWaitOverflow");
        const bool message = messageSeen(s, "time wait bucket table overflow");
        const bool near = buckets > 0 && double(tw) >= threshold::kTimeWaitBucketsWarning * double(buckets) && tw > 0;
        if (overflow > 0 || message || near) {
            Finding f{"tw_bucket_overflow", overflow > 0 || message ? Severity::Critical : Severity::Warning, {}, {}, {}};
            f.evidence.push_back(num("time_wait", tw));
            f.evidence.push_back(num("net.ipv4.tcp_max_tw_buckets", buckets));
            addCounter(f, s, "TcpExt.TCPTimeWaitOverflow");
            if (message) f.evidence.push_back(txt("dmesg", firstMessage(s, "time wait bucket table overflow")));
            out.push_back(std::move(f));
        }
    }

    // accept_queue_overflow: a listener seen full, or the counters
    {
        const Listener *full = nullptr;
        for (const Listener &l : s.listeners)
            if (l.backlog && l.recvQ > *l.backlog && (!full || l.recvQ > full->recvQ)) full = &l; // sk_acceptq_is_full()
        const std::int64_t overflows = counterOr0(s, "TcpExt.ListenOverflows");
        if (full || overflows > 0) {
            Finding f{"accept_queue_overflow", full ? Severity::Critical : Severity::Warning, {}, {}, {}};
            if (full) {
                f.local = full->local;
                f.evidence.push_back(txt("listener", full->local));
                f.evidence.push_back(num("recv_q", full->recvQ));
                f.evidence.push_back(num("backlog", *full->backlog));
            }
            addCounter(f, s, "TcpExt.ListenOverflows");
            addCounter(f, s, "TcpExt.ListenDrops");
            f.evidence.push_back(num("net.core.somaxconn", s.sysctlNumber("net.core.somaxconn")));
            out.push_back(std::move(f));
        }
    }

    // syn_queue_overflow
    {
        const std::int64_t cookies = counterOr0(s, "TcpExt.SyncookiesSent");
        const std::int64_t doCookies = counterOr0(s, "TcpExt.TCPReqQFullDoCookies");
        const std::int64_t dropped = counterOr0(s, "TcpExt.TCPReqQFullDrop");
        const bool flooding = messageSeen(s, "Possible SYN flooding");
        const std::int64_t synRecv = s.state("SYN_RECV");
        const std::int64_t maxSyn = s.sysctlNumber("net.ipv4.tcp_max_syn_backlog");
        const bool near = maxSyn > 0 && double(synRecv) >= threshold::kSynBacklogWarning * double(maxSyn);
        if (cookies > 0 || doCookies > 0 || dropped > 0 || flooding || near) {
            Finding f{"syn_queue_overflow", dropped > 0 || (near && s.sysctlNumber("net.ipv4.tcp_syncookies") == 0)
                                                ? Severity::Critical : Severity::Warning, {}, {}, {}};
            f.evidence.push_back(num("syn_recv", synRecv));
            f.evidence.push_back(num("net.ipv4.tcp_max_syn_backlog", maxSyn));
            f.evidence.push_back(num("net.ipv4.tcp_syncookies", s.sysctlNumber("net.ipv4.tcp_syncookies")));
            addCounter(f, s, "TcpExt.SyncookiesSent");
            addCounter(f, s, "TcpExt.TCPReqQFullDoCookies");
            addCounter(f, s, "TcpExt.TCPReqQFullDrop");
            if (flooding) f.evidence.push_back(txt("dmesg", firstMessage(s, "Possible SYN flooding")));
            out.push_back(std::move(f));
        }
    }

    // orphans_near_limit
    {
        const std::int64_t limit = s.sysctlNumber("net.ipv4.tcp_max_orphans");
        const std::int64_t orphans = s.sockstat.orphan.value_or(0);
        const std::int64_t onMemory = counterOr0(s, "TcpExt.TCPAbortOnMemory");
        const bool message = messageSeen(s, "too many orphaned sockets");
        const double fraction = limit > 0 ? double(orphans) / double(limit) : 0;
        if (fraction >= threshold::kOrphansWarning || onMemory > 0 || message) {
            Finding f{"orphans_near_limit", fraction >= threshold::kOrphansCritical || message ? Severity::Critical : Severity::Warning,
                      {}, {}, {}};
            f.evidence.push_back(num("orphans", orphans));
            f.evidence.push_back(num("net.ipv4.tcp_max_orphans", limit));
            addCounter(f, s, "TcpExt.TCPAbortOnMemory");
            if (message) f.evidence.push_back(txt("dmesg", firstMessage(s, "too many orphaned sockets")));
            out.push_back(std::move(f));
        }
    }

    // fin_wait2_pile
    if (const std::int64_t fw2 = s.state("FIN_WAIT2"); fw2 >= threshold::kFinWait2Warning) {
        Finding f{"fin_wait2_pile", fw2 >= threshold::kFinWait2Critical ? Severity::Critical : Severity::Warning, {}, {}, {}};
        f.evidence.push_back(num("fin_wait2", fw2));
        f.evidence.push_back(num("net.ipv4.tcp_fin_timeout", s.sysctlNumber("net.ipv4.tcp_fin_timeout")));
        out.push_back(std::move(f));
    }

    // tw_recycle_nat: only a kernel before 4.12 has the sysctl at all
    if (auto v = s.sysctl("net.ipv4.tcp_tw_recycle"); v && *v != "0") {
        Finding f{"tw_recycle_nat", Severity::Critical, {}, {}, {}};
        f.evidence.push_back(txt("net.ipv4.tcp_tw_recycle", *v));
        addCounter(f, s, "TcpExt.PAWSPassive");
        out.push_back(std::move(f));
    }

    // fd_limit_near: sockets that hold a descriptor (not TIME_WAIT, not a request in SYN_RECV, not an orphan).
    // The socket table is the host's (or namespace's), the limit is one process's: an upper bound.
    if (fdLimit > 0 && s.haveSocketTable) {
        const std::int64_t held = std::max<std::int64_t>(
            0, s.totalSockets() - s.state("TIME_WAIT") - s.state("SYN_RECV") - s.sockstat.orphan.value_or(0));
        const double fraction = double(held) / double(fdLimit);
        if (fraction >= threshold::kFdWarning) {
            Finding f{"fd_limit_near", fraction >= threshold::kFdCritical ? Severity::Critical : Severity::Warning, {}, {}, {}};
            f.evidence.push_back(num("sockets_with_fd", held));
            f.evidence.push_back(num("fd_limit", fdLimit));
            out.push_back(std::move(f));
        }
    }

    // keepalive_longer_than_idle_timeout
    if (options.middleboxIdleTimeout && *options.middleboxIdleTimeout > 0) {
        const std::int64_t keepalive = s.sysctlNumber("net.ipv4.tcp_keepalive_time");
        if (double(keepalive) >= *options.middleboxIdleTimeout) {
            Finding f{"keepalive_longer_than_idle_timeout", Severity::Warning, {}, {}, {}};
            f.evidence.push_back(num("net.ipv4.tcp_keepalive_time", keepalive));
            f.evidence.push_back(num("idle_timeout", std::llround(*options.middleboxIdleTimeout)));
            out.push_back(std::move(f));
        }
    }

    if (const std::int64_t n = counterOr0(s, "TcpExt.TCPAbortOnClose"); n > 0) {
        Finding f{"rst_on_close_unread", Severity::Warning, {}, {}, {}};
        addCounter(f, s, "TcpExt.TCPAbortOnClose");
        out.push_back(std::move(f));
    }
    if (counterOr0(s, "TcpExt.TCPAbortOnLinger") > 0 || counterOr0(s, "TcpExt.TCPAbortOnData") > 0) {
        Finding f{"rst_linger", Severity::Warning, {}, {}, {}};
        addCounter(f, s, "TcpExt.TCPAbortOnData");
        addCounter(f, s, "TcpExt.TCPAbortOnLinger");
        out.push_back(std::move(f));
    }

    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    return out;
}

} // namespace closelab::server
