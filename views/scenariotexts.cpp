// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/scenariotexts.h"

#include "core/storyfacts.h"

#include <QCoreApplication>

namespace closelab::text {

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("ScenarioTexts", source);
}

struct ScenarioWords {
    const char *name;
    const char *description;
};

const ScenarioWords kDescriptions[] = {
    {"normal_close", QT_TRANSLATE_NOOP("ScenarioTexts", "The four-way close: the client closes first and ends in TIME_WAIT for 60 s; the server passes through CLOSE_WAIT and LAST_ACK.")},
    {"server_close_first", QT_TRANSLATE_NOOP("ScenarioTexts", "HTTP style: the server closes after its response, so the server becomes the active closer and holds TIME_WAIT.")},
    {"fin_ack_combined", QT_TRANSLATE_NOOP("ScenarioTexts", "The passive side closes at once: its ACK rides on its FIN, and the close takes three segments.")},
    {"simultaneous_close", QT_TRANSLATE_NOOP("ScenarioTexts", "Both sides close at the same moment: FIN_WAIT1, CLOSING, then TIME_WAIT on both.")},
    {"half_close", QT_TRANSLATE_NOOP("ScenarioTexts", "shutdown(SHUT_WR): the client stops sending but keeps reading (half-close); its FIN_WAIT2 has no timer.")},
    {"fin_unacked", QT_TRANSLATE_NOOP("ScenarioTexts", "Everything from the server is lost: the client's FIN is retransmitted with doubling timeouts until its retry budget ends.")},
    {"fin_wait2_timeout", QT_TRANSLATE_NOOP("ScenarioTexts", "The server never calls close() (a CLOSE_WAIT bug): the client's orphaned FIN_WAIT2 ends after tcp_fin_timeout.")},
    {"last_ack_lost", QT_TRANSLATE_NOOP("ScenarioTexts", "The client's last ACK is lost: LAST_ACK retransmits its FIN and TIME_WAIT answers it again; this is why TIME_WAIT exists.")},
    {"stale_segment", QT_TRANSLATE_NOOP("ScenarioTexts", "Why 2MSL: a delayed duplicate from an old connection meets a new connection on the same four-tuple.")},
    {"so_reuseaddr_restart", QT_TRANSLATE_NOOP("ScenarioTexts", "The server closes first, restarts and binds its port again: EADDRINUSE while its TIME_WAIT lives, unless SO_REUSEADDR.")},
    {"rst_linger0", QT_TRANSLATE_NOOP("ScenarioTexts", "SO_LINGER with a zero timeout: close() sends RST instead of FIN, and there is no TIME_WAIT.")},
    {"rst_unread_data", QT_TRANSLATE_NOOP("ScenarioTexts", "close() with unread data in the receive queue: the kernel answers with RST, not FIN.")},
    {"rst_closed_port", QT_TRANSLATE_NOOP("ScenarioTexts", "connect() to a port nobody listens on: RST, and connect() fails with ECONNREFUSED.")},
    {"rst_data_after_close", QT_TRANSLATE_NOOP("ScenarioTexts", "Data reaches a socket whose application has closed it: RST, then the writer gets EPIPE.")},
    {"peer_crash", QT_TRANSLATE_NOOP("ScenarioTexts", "The server host dies silently: the client's data is retransmitted until tcp_retries2 gives up (about 15 minutes).")},
    {"process_crash", QT_TRANSLATE_NOOP("ScenarioTexts", "The server process dies: its kernel closes the socket with a FIN; the client's next write meets an RST.")},
    {"synack_lost", QT_TRANSLATE_NOOP("ScenarioTexts", "The handshake's last ACK is lost: the server retransmits its SYN-ACK up to tcp_synack_retries times.")},
    {"syn_unanswered", QT_TRANSLATE_NOOP("ScenarioTexts", "Every SYN is dropped: SYN retransmissions, then connect() fails with ETIMEDOUT.")},
    {"keepalive_dead_peer", QT_TRANSLATE_NOOP("ScenarioTexts", "An idle connection to a vanished peer: keepalive probes, then a reset with ETIMEDOUT.")},
    {"firewall_idle_timeout", QT_TRANSLATE_NOOP("ScenarioTexts", "A firewall forgets an idle connection; the next write vanishes (or is reset).")},
    {"zero_window_fin_wait1", QT_TRANSLATE_NOOP("ScenarioTexts", "The FIN waits behind data the peer cannot take (zero window): an orphan probing until tcp_orphan_retries.")},
    {"tw_bucket_overflow", QT_TRANSLATE_NOOP("ScenarioTexts", "200 connections per second closed by the client: TIME_WAIT stops growing at tcp_max_tw_buckets.")},
    {"port_exhaustion", QT_TRANSLATE_NOOP("ScenarioTexts", "1000 connections per second to one server port: the client's ports all sit in TIME_WAIT and connect() fails with EADDRNOTAVAIL.")},
    {"tw_reuse", QT_TRANSLATE_NOOP("ScenarioTexts", "The same load with tcp_tw_reuse = 1: ports in TIME_WAIT are taken again after tcp_tw_reuse_delay.")},
    {"close_wait_leak", QT_TRANSLATE_NOOP("ScenarioTexts", "A tenth of the server's handlers never close: CLOSE_WAIT grows until ulimit -n, then accept() fails with EMFILE.")},
    {"accept_queue_overflow", QT_TRANSLATE_NOOP("ScenarioTexts", "listen(8) and no accept(): the accept queue fills and later handshakes are dropped.")},
    {"syn_flood", QT_TRANSLATE_NOOP("ScenarioTexts", "Spoofed SYNs fill the SYN queue; with tcp_syncookies a real client still gets through.")},
    {"orphan_overflow", QT_TRANSLATE_NOOP("ScenarioTexts", "The server closes and its clients vanish: orphans pile up past tcp_max_orphans and are reset.")},
    {"tw_recycle_nat", QT_TRANSLATE_NOOP("ScenarioTexts", "Kernels before 4.12: tcp_tw_recycle drops SYNs from clients behind one NAT address.")},
    {"http_server_load", QT_TRANSLATE_NOOP("ScenarioTexts", "Seed 001's load test, scaled down: the clients run out of ports while the server keeps serving past its bucket limit.")},
    {"population", QT_TRANSLATE_NOOP("ScenarioTexts", "A workload of your own: set rate, duration, clients and who closes in the scenario options.")},
};

struct SuggestionWords {
    const char *scenario;
    const char *option;
    const char *value;
    const char *watch;
};

const SuggestionWords kSuggestions[] = {
    {"normal_close", "opt", "server_close_delay=5", QT_TRANSLATE_NOOP("ScenarioTexts", "Let the server wait 5 s before close(): watch the client sit in FIN_WAIT2 (half-closed) meanwhile.")},
    {"normal_close", "set", "net.ipv4.tcp_fin_timeout=10", QT_TRANSLATE_NOOP("ScenarioTexts", "Lower tcp_fin_timeout to 10 s: TIME_WAIT still lasts 60 s, the parameter does not shorten it.")},
    {"normal_close", "loss-s2c", "0.3", QT_TRANSLATE_NOOP("ScenarioTexts", "Lose 30 % of the server's segments: watch the retransmission chart and the RTO doubling.")},
    {"server_close_first", "opt", "client_close_delay=2", QT_TRANSLATE_NOOP("ScenarioTexts", "The client closes 2 s later: the server's FIN_WAIT2 lasts 2 s, TIME_WAIT is still on the server.")},
    {"server_close_first", "set", "net.ipv4.tcp_max_tw_buckets=0", QT_TRANSLATE_NOOP("ScenarioTexts", "No TIME_WAIT buckets: the server's socket skips TIME_WAIT and is destroyed at once.")},
    {"fin_ack_combined", "delay", "0.05", QT_TRANSLATE_NOOP("ScenarioTexts", "A 50 ms network: the three segments spread out; TIME_WAIT is still 60 s.")},
    {"fin_ack_combined", "drop", "s2c:fin:first", QT_TRANSLATE_NOOP("ScenarioTexts", "Drop the server's first FIN: watch LAST_ACK retransmit it after an RTO.")},
    {"simultaneous_close", "opt", "mode=shutdown", QT_TRANSLATE_NOOP("ScenarioTexts", "Both use shutdown() instead of close(): the sockets are not orphans.")},
    {"simultaneous_close", "delay", "0.02", QT_TRANSLATE_NOOP("ScenarioTexts", "A 20 ms network: both FINs cross in flight and both sides pass CLOSING.")},
    {"half_close", "opt", "send_for=20", QT_TRANSLATE_NOOP("ScenarioTexts", "The server keeps sending for 20 s: FIN_WAIT2 has no timer after shutdown(), it waits as long as needed.")},
    {"half_close", "set", "net.ipv4.tcp_fin_timeout=5", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_fin_timeout 5 s: nothing changes, the socket is not an orphan.")},
    {"fin_unacked", "set", "net.ipv4.tcp_orphan_retries=2", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_orphan_retries 2: the orphan gives up sooner, after fewer FIN retransmissions.")},
    {"fin_unacked", "set", "net.ipv4.tcp_orphan_retries=0", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_orphan_retries 0: the kernel reads it as 8, count the FIN markers.")},
    {"fin_unacked", "opt", "mode=shutdown", QT_TRANSLATE_NOOP("ScenarioTexts", "shutdown() instead of close(): not an orphan, so tcp_retries2 (15) limits the FIN.")},
    {"fin_wait2_timeout", "set", "net.ipv4.tcp_fin_timeout=10", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_fin_timeout 10 s: the FIN_WAIT2 timer bar shrinks to 10 s.")},
    {"fin_wait2_timeout", "opt", "mode=shutdown", QT_TRANSLATE_NOOP("ScenarioTexts", "shutdown() instead of close(): FIN_WAIT2 has no timer and never ends.")},
    {"last_ack_lost", "opt", "n=3", QT_TRANSLATE_NOOP("ScenarioTexts", "Lose three last ACKs: each FIN retransmission restarts TIME_WAIT's 60 s.")},
    {"last_ack_lost", "set", "net.ipv4.tcp_max_tw_buckets=0", QT_TRANSLATE_NOOP("ScenarioTexts", "No TIME_WAIT: the retransmitted FIN meets no socket and the server gets an RST.")},
    {"stale_segment", "opt", "time_wait=off", QT_TRANSLATE_NOOP("ScenarioTexts", "Without TIME_WAIT the old duplicate is accepted by the new connection.")},
    {"stale_segment", "opt", "reconnect_at=2", QT_TRANSLATE_NOOP("ScenarioTexts", "Reconnect after 2 s: the old segment has died by then.")},
    {"so_reuseaddr_restart", "opt", "reuseaddr=1", QT_TRANSLATE_NOOP("ScenarioTexts", "Set SO_REUSEADDR: bind() succeeds despite the TIME_WAIT socket.")},
    {"so_reuseaddr_restart", "set", "net.ipv4.tcp_max_tw_buckets=0", QT_TRANSLATE_NOOP("ScenarioTexts", "No TIME_WAIT buckets: nothing holds the port, bind() succeeds.")},
    {"rst_linger0", "loss-s2c", "0.5", QT_TRANSLATE_NOOP("ScenarioTexts", "Lose half the server's segments: an RST is never retransmitted.")},
    {"rst_linger0", "delay", "0.1", QT_TRANSLATE_NOOP("ScenarioTexts", "A 100 ms network: the RST ends the connection at once, no TIME_WAIT.")},
    {"rst_unread_data", "delay", "0.1", QT_TRANSLATE_NOOP("ScenarioTexts", "A 100 ms network: watch the unread data turn close() into an RST.")},
    {"rst_unread_data", "drop", "c2s:rst:first", QT_TRANSLATE_NOOP("ScenarioTexts", "Drop the RST: the peer only notices at its next segment.")},
    {"rst_closed_port", "drop", "s2c:rst:first", QT_TRANSLATE_NOOP("ScenarioTexts", "Drop the RST: connect() retries its SYN instead of failing at once.")},
    {"rst_closed_port", "set", "net.ipv4.tcp_syn_retries=2", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_syn_retries 2: with the RST lost too, connect() gives up sooner.")},
    {"rst_data_after_close", "delay", "0.05", QT_TRANSLATE_NOOP("ScenarioTexts", "A 50 ms network: the data and the RST cross in flight.")},
    {"rst_data_after_close", "drop", "c2s:rst:first", QT_TRANSLATE_NOOP("ScenarioTexts", "Drop the client's first RST: the next data segment provokes another.")},
    {"peer_crash", "set", "net.ipv4.tcp_retries2=5", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_retries2 5: the client gives up after about 13 s instead of 15 minutes.")},
    {"peer_crash", "opt", "reboot_at=30", QT_TRANSLATE_NOOP("ScenarioTexts", "The server reboots at 30 s: the next retransmission meets an RST.")},
    {"process_crash", "delay", "0.05", QT_TRANSLATE_NOOP("ScenarioTexts", "A 50 ms network: the FIN of the dying process and the client's write cross.")},
    {"process_crash", "drop", "s2c:fin:first", QT_TRANSLATE_NOOP("ScenarioTexts", "Drop the server's FIN: the client never learns the process died; its write meets the RST.")},
    {"synack_lost", "set", "net.ipv4.tcp_synack_retries=2", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_synack_retries 2: the request leaves the SYN queue after 7 s instead of 63 s.")},
    {"synack_lost", "opt", "heal_at=3", QT_TRANSLATE_NOOP("ScenarioTexts", "The network heals at 3 s: the next SYN-ACK completes the handshake.")},
    {"syn_unanswered", "set", "net.ipv4.tcp_syn_retries=2", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_syn_retries 2: connect() fails much sooner.")},
    {"syn_unanswered", "set", "net.ipv4.tcp_syn_linear_timeouts=0", QT_TRANSLATE_NOOP("ScenarioTexts", "No linear timeouts: the SYN timeouts double from the first retry.")},
    {"keepalive_dead_peer", "set", "net.ipv4.tcp_keepalive_time=60", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_keepalive_time 60 s: the first probe comes after a minute, not two hours.")},
    {"keepalive_dead_peer", "set", "net.ipv4.tcp_keepalive_probes=3", QT_TRANSLATE_NOOP("ScenarioTexts", "Three probes: the reset comes after three unanswered probes.")},
    {"keepalive_dead_peer", "opt", "keepalive=0", QT_TRANSLATE_NOOP("ScenarioTexts", "No SO_KEEPALIVE: the dead peer is never noticed.")},
    {"firewall_idle_timeout", "opt", "keepalive=1", QT_TRANSLATE_NOOP("ScenarioTexts", "Turn on keepalive: does a probe come before the firewall forgets?")},
    {"firewall_idle_timeout", "opt", "action=reset", QT_TRANSLATE_NOOP("ScenarioTexts", "The firewall resets instead of dropping: the write fails at once.")},
    {"zero_window_fin_wait1", "set", "net.ipv4.tcp_rto_max_ms=1000", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_rto_max_ms 1000: the probes' backoff stops at 1 s and the orphan gives up within seconds.")},
    {"zero_window_fin_wait1", "opt", "rcvbuf=65536", QT_TRANSLATE_NOOP("ScenarioTexts", "A larger receive buffer: the window opens later, watch the probes.")},
    {"tw_bucket_overflow", "set", "net.ipv4.tcp_max_tw_buckets=2000", QT_TRANSLATE_NOOP("ScenarioTexts", "2000 buckets: the TIME_WAIT plateau drops to the new dashed line.")},
    {"tw_bucket_overflow", "opt", "rate=50", QT_TRANSLATE_NOOP("ScenarioTexts", "50 connections per second: TIME_WAIT stays under the limit (50 × 60 = 3000).")},
    {"port_exhaustion", "set", "net.ipv4.ip_local_port_range=1024 65000", QT_TRANSLATE_NOOP("ScenarioTexts", "Seed 001's wider port range: the failures start later.")},
    {"port_exhaustion", "set", "net.ipv4.tcp_tw_reuse=1", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_tw_reuse 1: TIME_WAIT ports are reused and connect() keeps succeeding.")},
    {"tw_reuse", "set", "net.ipv4.tcp_tw_reuse=0", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_tw_reuse 0: the ports run out as in port_exhaustion.")},
    {"tw_reuse", "set", "net.ipv4.tcp_timestamps=0", QT_TRANSLATE_NOOP("ScenarioTexts", "No timestamps: reuse is not safe, so it does not happen.")},
    {"close_wait_leak", "set", "ulimit.nofile=4096", QT_TRANSLATE_NOOP("ScenarioTexts", "ulimit -n 4096: CLOSE_WAIT grows for longer before accept() fails.")},
    {"close_wait_leak", "opt", "leak=0", QT_TRANSLATE_NOOP("ScenarioTexts", "Fix the bug (leak 0): CLOSE_WAIT stays near zero.")},
    {"accept_queue_overflow", "set", "net.ipv4.tcp_abort_on_overflow=1", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_abort_on_overflow 1: still no RST here, new SYNs are dropped while the queue is full.")},
    {"accept_queue_overflow", "opt", "backlog=128", QT_TRANSLATE_NOOP("ScenarioTexts", "listen(128): the accept queue holds more before it overflows.")},
    {"syn_flood", "set", "net.ipv4.tcp_syncookies=0", QT_TRANSLATE_NOOP("ScenarioTexts", "No SYN cookies: the real client's SYNs are dropped.")},
    {"syn_flood", "set", "net.ipv4.tcp_synack_retries=1", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_synack_retries 1: spoofed requests leave the SYN queue sooner.")},
    {"orphan_overflow", "set", "net.ipv4.tcp_max_orphans=16384", QT_TRANSLATE_NOOP("ScenarioTexts", "Seed 003's tcp_max_orphans 16384: the dashed limit moves up.")},
    {"orphan_overflow", "set", "net.ipv4.tcp_orphan_retries=1", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_orphan_retries 1: orphans die sooner and fewer pile up.")},
    {"tw_recycle_nat", "set", "net.ipv4.tcp_tw_recycle=0", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_tw_recycle 0 (every kernel since 4.12): the NAT clients connect again.")},
    {"tw_recycle_nat", "opt", "nat=0", QT_TRANSLATE_NOOP("ScenarioTexts", "No NAT: each client has its own timestamps and nothing is dropped.")},
    {"http_server_load", "set", "net.ipv4.tcp_tw_reuse=1", QT_TRANSLATE_NOOP("ScenarioTexts", "tcp_tw_reuse 1 on the clients: the port failures stop.")},
    {"http_server_load", "set", "net.ipv4.tcp_max_tw_buckets=81920", QT_TRANSLATE_NOOP("ScenarioTexts", "Seed 001's 81920 buckets: watch where TIME_WAIT levels off.")},
    {"population", "opt", "closer=server", QT_TRANSLATE_NOOP("ScenarioTexts", "The server closes first: TIME_WAIT moves to the server.")},
    {"population", "opt", "rate=2000", QT_TRANSLATE_NOOP("ScenarioTexts", "2000 connections per second: watch the ports run out.")},
};
} // namespace

QString scenarioGroupTitle(ScenarioGroup g)
{
    switch (g) {
    case ScenarioGroup::NormalClose: return tr_(QT_TRANSLATE_NOOP("ScenarioTexts", "Normal close (four-way handshake)"));
    case ScenarioGroup::RetransmissionAndTimeouts: return tr_(QT_TRANSLATE_NOOP("ScenarioTexts", "Retransmission and timeouts"));
    case ScenarioGroup::TimeWaitAndPorts: return tr_(QT_TRANSLATE_NOOP("ScenarioTexts", "TIME_WAIT and ports"));
    case ScenarioGroup::Rst: return tr_(QT_TRANSLATE_NOOP("ScenarioTexts", "RST"));
    case ScenarioGroup::HandshakeAndQueues: return tr_(QT_TRANSLATE_NOOP("ScenarioTexts", "Handshake and queues"));
    case ScenarioGroup::KeepaliveAndMiddleboxes: return tr_(QT_TRANSLATE_NOOP("ScenarioTexts", "Keepalive and middleboxes"));
    case ScenarioGroup::Population: return tr_(QT_TRANSLATE_NOOP("ScenarioTexts", "Many connections"));
    }
    return {};
}

QString scenarioDescription(const ScenarioInfo &info)
{
    for (const ScenarioWords &w : kDescriptions) {
        if (info.name == w.name)
            return tr_(w.description);
    }
    return QString::fromLatin1(info.summary.data(), qsizetype(info.summary.size()));
}

QVector<TrySuggestion> trySuggestions(std::string_view scenario)
{
    // What a suggestion applies is core's (core/scenariostories.cpp, checked by tests/core/tst_stories);
    // the words are here.
    QVector<TrySuggestion> list;
    const ScenarioStory *story = findStory(scenario);
    if (!story)
        return list;
    for (const Suggestion &g : story->suggestions) {
        for (const SuggestionWords &s : kSuggestions) {
            if (scenario == s.scenario && g.option == s.option && g.value == s.value)
                list.push_back({QString::fromLatin1(s.option), QString::fromLatin1(s.value), tr_(s.watch)});
        }
    }
    return list;
}

} // namespace closelab::text
