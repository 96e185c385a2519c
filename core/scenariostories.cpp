// SPDX-License-Identifier: GPL-3.0-or-later
// What each library scenario's description and "try this" suggestions promise, as facts that
// tests/core/tst_stories checks at one-way delays from 4 us to 100 ms and several seeds. The views hold
// the words (views/scenariotexts.cpp); the numbers here come from the kernel (tests/kernel, ../shared/kernel)
// or arithmetic, never from the engine's own output.
#include "storyfacts.h"

namespace closelab {
namespace {

using M = Measure;
using R = Relation;
using S = TcpState;
using I = SysctlId;
constexpr Side C = Side::Client;
constexpr Side V = Side::Server;

Amount n(double v) { return {Amount::Source::Constant, v, I::TcpFinTimeout, {}, 1}; }
Amount sys(I id, double scale = 1) { return {Amount::Source::Sysctl, 0, id, {}, scale}; }
Amount opt(std::string_view key, double fallback) { return {Amount::Source::Option, fallback, I::TcpFinTimeout, key, 1}; }

StoryFact fact(M m, Side side, R rel, Amount a = n(1))
{
    StoryFact f;
    f.measure = m;
    f.side = side;
    f.relation = rel;
    f.amount = a;
    return f;
}
StoryFact enters(Side side, S s) { StoryFact f = fact(M::StateEntries, side, R::AtLeast); f.state = s; return f; }
StoryFact never(Side side, S s) { StoryFact f = fact(M::StateEntries, side, R::Equal, n(0)); f.state = s; return f; }
StoryFact holds(Side side, S s, Amount a) { StoryFact f = fact(M::StateSeconds, side, R::Near, a); f.state = s; return f; }
/// A state a kernel timer ends (TIME_WAIT, an orphan's FIN_WAIT2): its length, as the timer wheel fires it.
StoryFact timed(Side side, S s, Amount a) { StoryFact f = fact(M::StateSeconds, side, R::TimerWheel, a); f.state = s; return f; }
StoryFact sends(Side side, std::uint8_t flag, R rel = R::AtLeast, Amount a = n(1)) { StoryFact f = fact(M::Segments, side, rel, a); f.flag = flag; return f; }
StoryFact sendsNo(Side side, std::uint8_t flag) { return sends(side, flag, R::Equal, n(0)); }
StoryFact retrans(Side side, RetransKind k, R rel, Amount a = n(0)) { StoryFact f = fact(M::Retransmissions, side, rel, a); f.retrans = k; return f; }
StoryFact firstRetransAt(Side side, RetransKind k, Amount a) { StoryFact f = fact(M::FirstRetransmissionAt, side, R::TimerWheel, a); f.retrans = k; return f; }
StoryFact doubles(Side side, RetransKind k) { StoryFact f = fact(M::BackoffDoubles, side, R::Equal, n(1)); f.retrans = k; return f; }
StoryFact goneWith(Side side, GoneReason g) { StoryFact f = fact(M::GoneWith, side, R::Equal, n(1)); f.gone = g; return f; }
StoryFact goneAt(Side side, R rel, Amount a = n(0)) { return fact(M::GoneAt, side, rel, a); }
StoryFact fails(Side side, AppCall call, Errno e) { StoryFact f = fact(M::Errors, side, R::AtLeast); f.call = call; f.err = e; return f; }
StoryFact neverFails(Side side, AppCall call, Errno e) { StoryFact f = fact(M::Errors, side, R::Equal, n(0)); f.call = call; f.err = e; return f; }
StoryFact rstFor(Side side, RstReason r, R rel = R::AtLeast, Amount a = n(1)) { StoryFact f = fact(M::Rsts, side, rel, a); f.rst = r; return f; }
StoryFact timers(Side side, TimerKind k, R rel, Amount a) { StoryFact f = fact(M::Timers, side, rel, a); f.timer = k; return f; }
StoryFact timerFor(Side side, TimerKind k, Amount a) { StoryFact f = fact(M::TimerSeconds, side, R::TimerWheel, a); f.timer = k; return f; }
StoryFact drops(DropReason d) { StoryFact f = fact(M::Drops, C, R::AtLeast); f.drop = d; return f; }
StoryFact orphans(Side side, R rel, Amount a) { return fact(M::OrphansPeak, side, rel, a); }
StoryFact peak(std::string_view column, R rel, Amount a = n(0)) { StoryFact f = fact(M::ColumnPeak, V, rel, a); f.column = column; return f; }
StoryFact sum(std::string_view column, R rel, Amount a = n(0)) { StoryFact f = fact(M::ColumnSum, V, rel, a); f.column = column; return f; }
StoryFact connectFails(Errno e, R rel = R::AtLeast, Amount a = n(1)) { StoryFact f = fact(M::ConnectFailures, C, rel, a); f.err = e; return f; }
StoryFact acceptFails(R rel = R::AtLeast, Amount a = n(1)) { return fact(M::AcceptFailures, V, rel, a); }
StoryFact counter(std::string_view name, R rel = R::AtLeast, Amount a = n(1)) { StoryFact f = fact(M::Counter, V, rel, a); f.column = name; return f; }

// TIME_WAIT lasts TCP_TIMEWAIT_LEN (include/net/tcp.h: 60 s), whatever tcp_fin_timeout says.
const Amount kTimeWait = n(60);

const std::vector<ScenarioStory> &stories()
{
    static const std::vector<ScenarioStory> s = {
        {"normal_close",
         {sends(C, FlagFin), sends(V, FlagFin), sendsNo(C, FlagRst), sendsNo(V, FlagRst), enters(V, S::CloseWait),
          enters(V, S::LastAck), enters(C, S::TimeWait), timed(C, S::TimeWait, kTimeWait),
          sends(C, 0, R::Equal, n(2)), sends(V, 0, R::Equal, n(2))}, // four segments
         {{"opt", "server_close_delay=5", {holds(C, S::FinWait2, n(5))}},
          {"set", "net.ipv4.tcp_fin_timeout=10", {timed(C, S::TimeWait, kTimeWait)}, true},
          {"loss-s2c", "0.3", {fact(M::Segments, V, R::MoreThanWithout)}, false, true}}},
        {"server_close_first",
         {sends(V, FlagFin), enters(V, S::TimeWait), never(C, S::TimeWait), enters(C, S::CloseWait)},
         {{"opt", "client_close_delay=2", {holds(V, S::FinWait2, n(2)), enters(V, S::TimeWait)}},
          {"set", "net.ipv4.tcp_max_tw_buckets=0", {never(V, S::TimeWait), goneWith(V, GoneReason::TwBucketOverflow)}}}},
        {"fin_ack_combined",
         {sends(C, 0, R::Equal, n(2)), sends(V, 0, R::Equal, n(1)), never(C, S::FinWait2), enters(C, S::TimeWait)},
         {{"delay", "0.05", {holds(C, S::FinWait1, n(0.1)), timed(C, S::TimeWait, kTimeWait)}},
          {"drop", "s2c:fin:first", {retrans(V, RetransKind::Fin, R::AtLeast, n(1)), enters(V, S::LastAck)}}}},
        {"simultaneous_close",
         {enters(C, S::FinWait1), enters(V, S::FinWait1), enters(C, S::Closing), enters(V, S::Closing), enters(C, S::TimeWait),
          enters(V, S::TimeWait)},
         {{"opt", "mode=shutdown", {orphans(C, R::Equal, n(0)), orphans(V, R::Equal, n(0))}},
          {"delay", "0.02", {enters(C, S::Closing), enters(V, S::Closing)}, true}}},
        {"half_close",
         {enters(C, S::FinWait2), timers(C, TimerKind::FinWait2, R::Equal, n(0)), sends(V, 0, R::AtLeast, n(2)),
          holds(C, S::FinWait2, opt("send_for", 5))},
         {{"opt", "send_for=20", {holds(C, S::FinWait2, n(20)), timers(C, TimerKind::FinWait2, R::Equal, n(0))}},
          {"set", "net.ipv4.tcp_fin_timeout=5", {timers(C, TimerKind::FinWait2, R::Equal, n(0)), holds(C, S::FinWait2, n(5))}, true}}},
        // Kernel 6.18 (tests/kernel fin_unacked#0): tcp_orphan_retries=0 (read as 8) gives 9 FIN retransmissions.
        // The count depends on the path: tcp_timer.c: retransmits_timed_out() counts time, not
        // retransmissions (9 on loopback, 8 at 100 ms); the suggestion tcp_orphan_retries=0 checks the 9.
        {"fin_unacked",
         {retrans(C, RetransKind::Fin, R::AtLeast, n(1)), doubles(C, RetransKind::Fin), goneWith(C, GoneReason::RetriesExhausted),
          sendsNo(C, FlagRst)},
         {{"set", "net.ipv4.tcp_orphan_retries=2", {retrans(C, RetransKind::Fin, R::LessThanWithout), goneAt(C, R::LessThanWithout)}},
          {"set", "net.ipv4.tcp_orphan_retries=0", {retrans(C, RetransKind::Fin, R::Equal, n(9))}, true},
          {"opt", "mode=shutdown", {retrans(C, RetransKind::Fin, R::MoreThanWithout), goneWith(C, GoneReason::RetriesExhausted)}}}},
        {"fin_wait2_timeout",
         {enters(V, S::CloseWait), timed(C, S::FinWait2, sys(I::TcpFinTimeout)), goneWith(C, GoneReason::FinWait2Timeout)},
         {{"set", "net.ipv4.tcp_fin_timeout=10", {timed(C, S::FinWait2, n(10))}},
          {"opt", "mode=shutdown", {timers(C, TimerKind::FinWait2, R::Equal, n(0)), goneAt(C, R::MoreThanWithout)}}}},
        {"last_ack_lost",
         {retrans(V, RetransKind::Fin, R::Equal, opt("n", 1)), enters(C, S::TimeWait), goneWith(V, GoneReason::LastAckAcked),
          timerFor(C, TimerKind::TimeWait, kTimeWait)},
         {{"opt", "n=3", {retrans(V, RetransKind::Fin, R::Equal, n(3)), timerFor(C, TimerKind::TimeWait, kTimeWait)}},
          {"set", "net.ipv4.tcp_max_tw_buckets=0", {never(C, S::TimeWait), goneWith(V, GoneReason::RstReceived)}}}},
        {"stale_segment",
         {enters(C, S::TimeWait), fact(M::Segments, C, R::AtLeast, n(1))},
         {{"opt", "time_wait=off", {never(C, S::TimeWait)}},
          {"opt", "reconnect_at=2", {goneAt(C, R::MoreThanWithout)}}}},
        {"so_reuseaddr_restart",
         {enters(V, S::TimeWait), fails(V, AppCall::Bind, Errno::Eaddrinuse)},
         {{"opt", "reuseaddr=1", {neverFails(V, AppCall::Bind, Errno::Eaddrinuse)}},
          {"set", "net.ipv4.tcp_max_tw_buckets=0", {neverFails(V, AppCall::Bind, Errno::Eaddrinuse), never(V, S::TimeWait)}}}},
        {"rst_linger0",
         {rstFor(C, RstReason::Linger0), sendsNo(C, FlagFin), never(C, S::TimeWait), never(V, S::TimeWait)},
         {{"loss-s2c", "0.5", {rstFor(C, RstReason::Linger0, R::Equal, n(1))}, true, true},
          {"delay", "0.1", {rstFor(C, RstReason::Linger0), never(C, S::TimeWait)}, true}}},
        // tcp.c: __tcp_close(): data unread at close() -> RST (TCPAbortOnClose), no FIN.
        {"rst_unread_data",
         {rstFor(C, RstReason::UnreadData), sendsNo(C, FlagFin), never(C, S::TimeWait), never(C, S::FinWait1)},
         {{"delay", "0.1", {rstFor(C, RstReason::UnreadData), sendsNo(C, FlagFin)}, true},
          {"drop", "c2s:rst:first", {goneAt(V, R::AtLeast, n(0.1))}}}},
        {"rst_closed_port",
         {rstFor(V, RstReason::NoSocket), fails(C, AppCall::Connect, Errno::Econnrefused)},
         {{"drop", "s2c:rst:first", {retrans(C, RetransKind::Syn, R::AtLeast, n(1))}},
          {"set", "net.ipv4.tcp_syn_retries=2", {fails(C, AppCall::Connect, Errno::Econnrefused)}, true}}},
        {"rst_data_after_close",
         {sends(C, FlagRst), fails(V, AppCall::Write, Errno::Epipe)},
         {{"delay", "0.05", {sends(C, FlagRst), fails(V, AppCall::Write, Errno::Epipe)}, true},
          {"drop", "c2s:rst:first", {sends(C, FlagRst, R::AtLeast, n(2))}}}},
        // tcp_retries2 = 15: tcp_timer.c: retransmits_timed_out() gives up after 924.6 s ("about 15 minutes").
        {"peer_crash",
         {retrans(C, RetransKind::Data, R::AtLeast, n(1)), goneWith(C, GoneReason::RetriesExhausted), goneAt(C, R::AtLeast, n(800)),
          goneAt(C, R::AtMost, n(1100)), sendsNo(V, 0)},
         {{"set", "net.ipv4.tcp_retries2=5", {goneAt(C, R::AtLeast, n(12)), goneAt(C, R::AtMost, n(15))}},
          {"opt", "reboot_at=30", {goneWith(C, GoneReason::RstReceived)}}}},
        {"process_crash",
         {sends(V, FlagFin), sends(V, FlagRst), goneWith(C, GoneReason::RstReceived)},
         {{"delay", "0.05", {sends(V, FlagFin), goneWith(C, GoneReason::RstReceived)}, true},
          {"drop", "s2c:fin:first", {never(C, S::CloseWait), goneWith(C, GoneReason::RstReceived)}}}},
        {"synack_lost",
         {retrans(V, RetransKind::SynAck, R::Equal, sys(I::TcpSynackRetries))},
         {{"set", "net.ipv4.tcp_synack_retries=2", {retrans(V, RetransKind::SynAck, R::Equal, n(2))}},
          {"opt", "heal_at=3", {goneWith(C, GoneReason::None), goneWith(V, GoneReason::None)}}}},
        // Kernel 6.18 (tests/kernel syn_unanswered): 6 retries + 4 linear timeouts = 10 SYN retransmissions.
        {"syn_unanswered",
         {retrans(C, RetransKind::Syn, R::Equal, n(10)), fails(C, AppCall::Connect, Errno::Etimedout)},
         {{"set", "net.ipv4.tcp_syn_retries=2", {goneAt(C, R::LessThanWithout), fails(C, AppCall::Connect, Errno::Etimedout)}},
          {"set", "net.ipv4.tcp_syn_linear_timeouts=0", {doubles(C, RetransKind::Syn)}}}},
        {"keepalive_dead_peer",
         {retrans(C, RetransKind::Keepalive, R::Equal, sys(I::TcpKeepaliveProbes)), goneWith(C, GoneReason::KeepaliveExhausted),
          rstFor(C, RstReason::KeepaliveTimeout)},
         {{"set", "net.ipv4.tcp_keepalive_time=60", {firstRetransAt(C, RetransKind::Keepalive, n(60))}},
          {"set", "net.ipv4.tcp_keepalive_probes=3", {retrans(C, RetransKind::Keepalive, R::Equal, n(3))}},
          {"opt", "keepalive=0", {retrans(C, RetransKind::Keepalive, R::Equal, n(0)), goneAt(C, R::MoreThanWithout)}}}},
        {"firewall_idle_timeout",
         {drops(DropReason::Firewall), retrans(C, RetransKind::Data, R::AtLeast, n(1))},
         {{"opt", "keepalive=1", {drops(DropReason::Firewall)}, true},
          {"opt", "action=reset", {goneWith(C, GoneReason::RstReceived), goneAt(C, R::LessThanWithout)}}}},
        {"zero_window_fin_wait1",
         {retrans(C, RetransKind::Probe, R::AtLeast, n(1)), sendsNo(C, FlagFin), goneWith(C, GoneReason::RetriesExhausted)},
         {{"set", "net.ipv4.tcp_rto_max_ms=1000", {goneAt(C, R::LessThanWithout), goneWith(C, GoneReason::RetriesExhausted)}},
          {"opt", "rcvbuf=65536", {retrans(C, RetransKind::Probe, R::AtLeast, n(1))}, true}}},
        // Population stories: facts against the limits, so a smaller test scale keeps them.
        {"tw_bucket_overflow",
         {peak("client.TIME_WAIT", R::Equal, sys(I::TcpMaxTwBuckets))},
         {{"set", "net.ipv4.tcp_max_tw_buckets=2000", {peak("client.TIME_WAIT", R::Equal, n(2000))}},
          {"opt", "rate=50", {peak("client.TIME_WAIT", R::LessThanWithout)}}},
         {{"opt", "duration=15"}, {"opt", "tail=1"}, {"set", "net.ipv4.tcp_max_tw_buckets=1000"}}},
        {"port_exhaustion",
         {connectFails(Errno::Eaddrnotavail)},
         {{"set", "net.ipv4.ip_local_port_range=1024 65000", {connectFails(Errno::Eaddrnotavail, R::LessThanWithout)}},
          {"set", "net.ipv4.tcp_tw_reuse=1", {connectFails(Errno::Eaddrnotavail, R::Equal, n(0))}}},
         {{"opt", "duration=6"}, {"opt", "tail=1"}, {"set", "net.ipv4.ip_local_port_range=40000 44999"}}},
        {"tw_reuse",
         {connectFails(Errno::Eaddrnotavail, R::Equal, n(0))},
         {{"set", "net.ipv4.tcp_tw_reuse=0", {connectFails(Errno::Eaddrnotavail)}},
          {"set", "net.ipv4.tcp_timestamps=0", {connectFails(Errno::Eaddrnotavail)}}},
         {{"opt", "duration=6"}, {"opt", "tail=1"}, {"set", "net.ipv4.ip_local_port_range=40000 44999"}}},
        // socket.c: __sys_accept4_file(): accept() fails EMFILE once the descriptors reach ulimit -n.
        {"close_wait_leak",
         // CLOSE_WAIT holds most of the descriptors (the rest: handlers still serving, more on a slow path)
         {peak("server.CLOSE_WAIT", R::AtLeast, sys(I::UlimitNofile, 0.5)), peak("server.fds", R::Equal, sys(I::UlimitNofile)),
          acceptFails()},
         {{"set", "ulimit.nofile=4096", {peak("server.CLOSE_WAIT", R::MoreThanWithout), acceptFails(R::LessThanWithout)}},
          {"opt", "leak=0", {peak("server.CLOSE_WAIT", R::AtMost, n(5)), acceptFails(R::Equal, n(0))}}},
         {{"opt", "rate=50"}, {"opt", "duration=40"}, {"opt", "tail=1"}, {"set", "ulimit.nofile=128"}}},
        {"accept_queue_overflow",
         {peak("server.accept_queue", R::Equal, n(9)), counter("server.ListenOverflows")},
         // tcp_input.c: tcp_conn_request(): a SYN meeting a full accept queue is dropped whatever
         // tcp_abort_on_overflow says; it only answers a handshake completed into a full queue (tcp_check_req())
         {{"set", "net.ipv4.tcp_abort_on_overflow=1", {peak("rst.accept_overflow", R::Equal, n(0)), counter("server.ListenOverflows")}, true},
          {"opt", "backlog=128", {peak("server.accept_queue", R::MoreThanWithout)}}}},
        {"syn_flood",
         {peak("server.syn_queue", R::AtLeast, n(1)), counter("cookies_sent"), goneWith(C, GoneReason::None)},
         {{"set", "net.ipv4.tcp_syncookies=0", {counter("cookies_sent", R::Equal, n(0)), counter("server.ListenDrops")}},
          {"set", "net.ipv4.tcp_synack_retries=1", {sum("retrans.SYN-ACK", R::LessThanWithout)}}},
         {{"opt", "duration=5"}}},
        {"orphan_overflow",
         {peak("server.orphans", R::AtMost, sys(I::TcpMaxOrphans, 1.05)), counter("server.TCPAbortOnMemory")},
         {{"set", "net.ipv4.tcp_max_orphans=16384", {counter("server.TCPAbortOnMemory", R::Equal, n(0))}},
          {"set", "net.ipv4.tcp_orphan_retries=1", {peak("server.orphans", R::LessThanWithout)}}},
         {{"opt", "duration=10"}, {"opt", "tail=5"}}},
        {"tw_recycle_nat",
         {counter("server.PAWSPassive")},
         {{"set", "net.ipv4.tcp_tw_recycle=0", {counter("server.PAWSPassive", R::Equal, n(0))}},
          {"opt", "nat=0", {counter("server.PAWSPassive", R::Equal, n(0))}}},
         {{"opt", "duration=10"}, {"opt", "tail=2"}}},
        {"http_server_load",
         {connectFails(Errno::Eaddrnotavail), peak("server.TIME_WAIT", R::Equal, sys(I::TcpMaxTwBuckets))},
         {{"set", "net.ipv4.tcp_tw_reuse=1", {connectFails(Errno::Eaddrnotavail, R::Equal, n(0))}},
          {"set", "net.ipv4.tcp_max_tw_buckets=81920", {peak("server.TIME_WAIT", R::MoreThanWithout)}}},
         {{"opt", "duration=15"}, {"opt", "tail=1"}, {"set", "net.ipv4.ip_local_port_range=50000 52999"},
          {"set-server", "net.ipv4.tcp_max_tw_buckets=1000"},
          // seed 001's clients and server are two machines; on loopback (4 us) tcp_tw_reuse=2 would reuse the ports
          {"set", "net.ipv4.tcp_tw_reuse=0"}}},
        {"population",
         {peak("client.TIME_WAIT", R::AtLeast, n(1)), peak("server.TIME_WAIT", R::Equal, n(0))},
         {{"opt", "closer=server", {peak("server.TIME_WAIT", R::AtLeast, n(1)), peak("client.TIME_WAIT", R::Equal, n(0))}},
          {"opt", "rate=2000", {connectFails(Errno::Eaddrnotavail)}}},
         {{"opt", "duration=15"}, {"opt", "tail=1"}}},
    };
    return s;
}

} // namespace

std::span<const ScenarioStory> scenarioStories() { return stories(); }

const ScenarioStory *findStory(std::string_view scenario)
{
    for (const ScenarioStory &s : stories()) {
        if (s.scenario == scenario) return &s;
    }
    return nullptr;
}

} // namespace closelab
