# SPDX-License-Identifier: GPL-3.0-or-later
"""The engine's scenario library, played with real sockets (one function per scenario).

Every story follows the engine's: t = 0 is the call the story is about (the first close/shutdown, or
connect for handshake scenarios); set-up happens at negative times. The common set-up is the oracle's:
at t = -0.3 s the client connects, sends 5 bytes ("hello"), the server reads them and answers 5 bytes.

Each Scenario also says
  * `engine_drops`: the same losses in the engine's drop language (given to closelab-cli --drop),
  * `matrix`: the parameter sets the conformance suite plays (the default one first where it fits in
    the time budget; when the default would take longer than the suite may, the reason is stated),
  * `unplayable`: why a scenario cannot be played by one kernel on one machine (then it is reported,
    never counted as passed).
"""
from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Optional

import host_sysctls as HS

SETUP_T = -0.3


@dataclass
class Param:
    sets: dict = field(default_factory=dict)
    opts: dict = field(default_factory=dict)
    until: Optional[float] = None     # observation horizon (s after t0); also the engine's --until
    why: str = ""                     # why this set (shown in the report)


@dataclass
class Scenario:
    name: str
    fn: Optional[Callable]
    port: int
    horizon: float
    story: str
    kind: str = "single"              # single | population
    precondition: Callable = None     # (observation) -> None when the story's premise held, else why not
    matrix: list = field(default_factory=list)
    engine_drops: Callable = None     # (opts) -> list of rule texts for closelab-cli --drop
    stop_when_gone: bool = True
    unplayable: str = ""
    default_note: str = ""            # why the default parameter set is not in the matrix, if it is not
    host_sysctls: tuple = ()          # host-wide keys of its sets (host_sysctls.py): played alone, only if allowed


SCENARIOS: dict[str, Scenario] = {}


def scenario(name, port, horizon, story, **kw):
    def deco(fn):
        SCENARIOS[name] = Scenario(name=name, fn=fn, port=port, horizon=horizon, story=story, **kw)
        return fn
    return deco


def unplayable(name, why):
    SCENARIOS[name] = Scenario(name=name, fn=None, port=0, horizon=0, story="", unplayable=why)


def skip_reason(sc):
    """Why this scenario is not played here ("" when it is): it cannot be, or it needs a host-wide sysctl
    and CLOSELAB_KERNEL_HOST_SYSCTLS=1 is not set."""
    if sc.unplayable:
        return sc.unplayable
    if sc.host_sysctls and not HS.allowed():
        return HS.why_not_allowed(list(sc.host_sysctls))
    return ""


def opt(lab, key, default):
    return lab.opts.get(key, default)


def fopt(lab, key, default):
    v = lab.opts.get(key)
    return default if v in (None, "", "none", "null") else float(v)


# ------------------------------------------------------------------------------------------ helpers

def establish(lab, backlog=16, conn=0, client_reads=True, server_reads=True, client_eof=None, server_eof=None,
              response=b"hello"):
    """Set-up at t = -0.3 (the engine's): listen, connect, 5 B request, response. Both applications then
    read whatever arrives (the engine's autoRead), unless told not to. Returns (listener, client, server)."""
    ls = lab.listen(backlog)
    lab.sleep_until(SETUP_T)
    c, err = lab.connect(conn=conn)
    if err:
        raise RuntimeError(f"set-up connect failed: {err}")
    s = lab.accept(ls)
    lab.call("client", c, "sendall", b"hello", conn=conn)
    lab.call("server", s, "recv", 100, conn=conn)
    lab.call("server", s, "sendall", response, conn=conn)
    if client_reads:
        lab.call("client", c, "recv", 1000, conn=conn)
        lab.autoread("client", c, conn, client_eof)
    if server_reads:
        lab.autoread("server", s, conn, server_eof)
    return ls, c, s


def later(delay, fn):
    """An on-EOF action `delay` seconds after EOF (runs in the reader's thread)."""
    def run():
        if delay > 0:
            time.sleep(delay)
        fn()
    return run


EOF_READ_SLACK = 0.010   # s: how long after the FIN's arrival a reader may see EOF (2-3 ms on a quiet machine)


def eof_read_promptly(obs):
    """The premise of a story whose side acts on EOF (establish(..., server_eof=/client_eof=), the engine's
    application reacts at once): that side's reader saw EOF when the peer's FIN arrived. The reader is a
    thread in recv(); on a loaded machine it can be descheduled for tens of milliseconds. A CI run at load 3-4
    saw the server's read() return 0 27.4 ms after the FIN, so its close(), planned 50 ms after EOF, came
    29 ms late and every later time with it (last_ack_lost n=3: 5 facts outside their 20 ms tolerance).
    Such a run is repeated. A reader that sees EOF on time but a kernel that answers late still fails."""
    n = obs.get("normal") or {}
    packets = n.get("packets") or []
    for app in n.get("apps") or []:
        if app.get("conn") != 0 or app.get("call") != "read" or app.get("result") != 0:
            continue
        towards = "c2s" if app["side"] == "server" else "s2c"
        fins = [p["t"] for p in packets if p["conn"] == 0 and p["dir"] == towards and "F" in p["flags"]
                and not p["dropped"] and p["t"] <= app["t"] + 1e-9]
        if fins and app["t"] - fins[0] > EOF_READ_SLACK:
            return (f"the {app['side']}'s reader saw EOF {1000 * (app['t'] - fins[0]):.1f} ms after the FIN arrived "
                    f"(over {1000 * EOF_READ_SLACK:.0f} ms: its thread was descheduled), so its on-EOF action ran late")
    return None


def vanish(lab, s, key, planned):
    """The socket disappears without a segment (a crashed host): TCP_REPAIR makes close() silent.
    `planned` is the story's time of the crash; when it took effect is measured (lab.effect)."""
    rd = lab.readers.get(id(s))
    if rd:
        rd.stop()
    s.setsockopt(socket.IPPROTO_TCP, 19, 1)   # TCP_REPAIR (needs CAP_NET_ADMIN)
    before = time.time()
    s.close()
    lab.effect("vanish", key, planned, before, time.time())


def in_thread(fn, *args):
    th = threading.Thread(target=fn, args=args, daemon=True)
    th.start()
    return th


def read_until_eof(lab, side, s, conn=0):
    """Blocking reads until EOF or an error (each read recorded)."""
    while True:
        res, err = lab.call(side, s, "recv", 65536, conn=conn)
        if err or res == b"" or res == 0:
            return err


# ------------------------------------------------------------------------------------------ close

@scenario("normal_close", 10010, 62.5, "client close(); server reads EOF and closes server_close_delay (0.05 s) later",
          matrix=[Param(until=62.5, why="default; TIME_WAIT followed to its end"),
                  Param(opts={"server_close_delay": "0.5"}, until=2.0, why="server closes 0.5 s after EOF (oracle 01)")],
          precondition=eof_read_promptly)
def normal_close(lab):
    delay = fopt(lab, "server_close_delay", 0.05)
    holder = {}
    ls, c, s = establish(lab, server_eof=later(delay, lambda: lab.call("server", holder["s"], "close")))
    holder["s"] = s
    lab.sleep_until(0)
    lab.set_t0("client_close")
    lab.call("client", c, "close")


@scenario("server_close_first", 10020, 62.5,
          "server closes after responding (t=0); the client closes client_close_delay (0.05 s) after EOF; "
          "TIME_WAIT on the server",
          matrix=[Param(until=62.5, why="default; the server's TIME_WAIT followed to its end"),
                  Param(opts={"client_close_delay": "0"}, until=2.0, why="client closes at once: FIN+ACK combined")],
          precondition=eof_read_promptly)
def server_close_first(lab):
    delay = fopt(lab, "client_close_delay", 0.05)
    holder = {}
    ls, c, s = establish(lab, client_eof=later(delay, lambda: lab.call("client", holder["c"], "close")))
    holder["c"] = c
    lab.sleep_until(0)
    lab.set_t0("server_close")
    lab.call("server", s, "close")


@scenario("fin_ack_combined", 10030, 2.0, "client close(); the server closes as soon as read() returns 0",
          matrix=[Param(until=2.0, why="default"),
                  Param(sets={"net.ipv4.tcp_timestamps": 0}, until=2.0, why="timestamps off")],
          precondition=eof_read_promptly)
def fin_ack_combined(lab):
    holder = {}
    ls, c, s = establish(lab, server_eof=lambda: lab.call("server", holder["s"], "close"))
    holder["s"] = s
    lab.sleep_until(0)
    lab.set_t0("client_close")
    lab.call("client", c, "close")


def fins_crossed(obs):
    """simultaneous_close's premise: the retransmitted FINs crossed, i.e. each side's first segment after its
    dropped FIN is its own FIN again, not an ACK of the other's (which it would send had that arrived first)."""
    pk = [p for p in obs["normal"]["packets"] if p["conn"] == 0 and p["t"] >= -1e-9]
    for d in ("c2s", "s2c"):
        sent = [p for p in pk if p["dir"] == d and not p["dropped"]]
        if not sent or "F" not in sent[0]["flags"]:
            first = sent[0]["flags"] if sent else "nothing"
            return f"the FINs did not cross: {d}'s first segment after the dropped FIN was '{first}'"
    return None


@scenario("simultaneous_close", 10040, 3.0,
          "both close() (mode=shutdown: shutdown(SHUT_WR)) at t=0; on one machine the FINs only cross if the "
          "first FIN of each side is lost, so their retransmissions cross (the engine gets the same --drop rules). "
          "The two calls run back-to-back under SCHED_FIFO with both readers already stopped, so that the two "
          "FINs (and their retransmission timers) fall in one jiffy; the capture must show the retransmissions "
          "crossing, or the run is repeated (bounded, reported)",
          matrix=[Param(until=3.0, why="default"),
                  Param(opts={"mode": "shutdown"}, until=3.0, why="shutdown(SHUT_WR) on both sides")],
          engine_drops=lambda o: ["c2s:fin:first", "s2c:fin:first"], precondition=fins_crossed)
def simultaneous_close(lab):
    import os
    ls, c, s = establish(lab)
    what = "shutdown_wr" if opt(lab, "mode", "close") == "shutdown" else "close"
    lab.drop("c2s:fin:first")
    lab.drop("s2c:fin:first")
    lab.sleep_until(-0.05)
    for sock in (c, s):       # a reader stopped inside close() would put milliseconds between the two calls
        lab.readers.pop(id(sock)).stop()
    lab.sleep_until(0)
    before = (os.sched_getscheduler(0), os.sched_getparam(0))
    try:                      # nothing preempts the two calls (a jiffy is 4 ms; they take tens of microseconds)
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(50))
        rt = True
    except OSError:
        rt = False
    try:
        lab.set_t0("both_close")
        lab.call("client", c, what)     # the engine's order at t = 0: the client's call, then the server's
        lab.call("server", s, what)
    finally:
        if rt:
            os.sched_setscheduler(0, *before)


@scenario("half_close", 10050, 7.0,
          "client shutdown(SHUT_WR); the server writes 100 B at t = 1, 2, .. s and closes at send_for (5 s); "
          "the client reads to EOF",
          matrix=[Param(until=7.0, why="default"),
                  Param(opts={"send_for": "2"}, sets={"net.ipv4.tcp_fin_timeout": 1}, until=4.0,
                        why="send_for 2; tcp_fin_timeout=1 does not apply: the client is not an orphan")])
def half_close(lab):
    ls, c, s = establish(lab)
    send_for = fopt(lab, "send_for", 5.0)
    lab.sleep_until(0)
    lab.set_t0("client_shutdown_wr")
    lab.call("client", c, "shutdown_wr")
    k = 1
    while k <= int(send_for):
        lab.sleep_until(float(k))
        lab.call("server", s, "sendall", b"x" * 100)
        k += 1
    lab.sleep_until(send_for)
    lab.call("server", s, "close")


@scenario("fin_unacked", 10060, 110.0,
          "client close() (or shutdown with mode=shutdown); everything from the server is dropped from t=0 "
          "while the client socket exists",
          matrix=[Param(until=110.0, why="default: tcp_orphan_retries=0 means 8"),
                  Param(sets={"net.ipv4.tcp_orphan_retries": 3}, until=10.0, why="orphan retries 3"),
                  Param(sets={"net.ipv4.tcp_retries2": 4}, opts={"mode": "shutdown"}, until=12.0,
                        why="not an orphan: tcp_retries2 governs (4 so that it fits)")])
def fin_unacked(lab):
    ls, c, s = establish(lab)
    mode = opt(lab, "mode", "close")
    close_at = fopt(lab, "server_close_at", None)
    cport = lab.client_ports[0]
    lab.sleep_until(0)
    rule = lab.drop("s2c:any")
    lab.set_t0("client_" + mode)
    lab.call("client", c, "shutdown_wr" if mode == "shutdown" else "close")
    if close_at is not None:
        lab.sleep_until(close_at)
        if not lab.diag.alive((cport, lab.server_port)):   # dropped only while the client socket exists
            lab.undrop(rule)
        lab.call("server", s, "close")


@scenario("fin_wait2_timeout", 10070, 62.5,
          "client close() (mode=shutdown: shutdown(SHUT_WR)); the server never closes (options client_close_at, "
          "server_close_at)",
          matrix=[Param(until=62.5, why="default tcp_fin_timeout=60"),
                  Param(sets={"net.ipv4.tcp_fin_timeout": 5}, opts={"server_close_at": "6"}, until=7.0,
                        why="fin_timeout 5 (oracle 05a); the server's late FIN meets an RST"),
                  Param(sets={"net.ipv4.tcp_fin_timeout": 5}, opts={"mode": "shutdown", "client_close_at": "8"},
                        until=14.0, why="shutdown: no timer until close() at 8 s (oracle 06)")])
def fin_wait2_timeout(lab):
    ls, c, s = establish(lab)
    at = fopt(lab, "server_close_at", None)
    cat = fopt(lab, "client_close_at", None)
    mode = opt(lab, "mode", "close")
    lab.sleep_until(0)
    lab.set_t0("client_" + mode)
    lab.call("client", c, "shutdown_wr" if mode == "shutdown" else "close")
    for t, side, sock in sorted([(x, y, z) for x, y, z in ((at, "server", s), (cat, "client", c)) if x is not None],
                                key=lambda e: e[0]):
        lab.sleep_until(t)
        lab.call(side, sock, "close")


@scenario("last_ack_lost", 10080, 4.0,
          "as normal_close (server closes server_close_delay after EOF); the client's pure ACKs from TIME_WAIT "
          "are dropped n times",
          matrix=[Param(until=4.0, why="default n=1"), Param(opts={"n": "3"}, until=4.0, why="n=3")],
          precondition=eof_read_promptly)
def last_ack_lost(lab):
    n = int(opt(lab, "n", "1"))
    delay = fopt(lab, "server_close_delay", 0.05)
    holder = {}

    ls, c, s = establish(lab, server_eof=later(delay, lambda: lab.call("server", holder["s"], "close")))
    holder["s"] = s
    lab.sleep_until(-0.1)
    lab.drop(f"c2s:ack:count={n}")   # after t=0 the client's only pure ACKs are the ones from TIME_WAIT
    lab.sleep_until(0)
    lab.set_t0("client_close")
    lab.call("client", c, "close")


@scenario("so_reuseaddr_restart", 10090, 3.0,
          "the server closes first (t=0; the client closes 50 ms after EOF): TIME_WAIT on the server's port; at "
          "0.5 s the server process exits, at 1 s it binds the port again (EADDRINUSE without SO_REUSEADDR, "
          "option reuseaddr=1 sets it) and listens; at 2 s the client connects again, closes at 2.5 s",
          matrix=[Param(until=3.0, why="default reuseaddr=0"),
                  Param(opts={"reuseaddr": "1"}, until=3.0, why="SO_REUSEADDR set")],
          precondition=eof_read_promptly)
def so_reuseaddr_restart(lab):
    reuse = opt(lab, "reuseaddr", "0") in ("1", "true", "yes")
    holder = {}
    ls, c, s = establish(lab, client_eof=later(0.05, lambda: lab.call("client", holder["c"], "close")))
    holder["c"] = c
    lab.sleep_until(0)
    lab.set_t0("server_close")
    lab.call("server", s, "close")
    lab.sleep_until(0.5)
    ls.close()
    lab.sleep_until(1.0)
    ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    lab.socks.append(ns)
    if reuse:
        ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    _, err = lab.app("server", 0, "bind", lambda: ns.bind(("127.0.0.1", lab.server_port)))
    if not err:
        ns.listen(128)
    lab.sleep_until(2.0)
    c2, err = lab.connect(conn=1)
    if not err:
        s2 = lab.accept(ns)
        lab.call("client", c2, "sendall", b"hello", conn=1)
        lab.call("server", s2, "recv", 100, conn=1)
        lab.call("server", s2, "sendall", b"hello", conn=1)
        lab.call("client", c2, "recv", 100, conn=1)
        lab.sleep_until(2.5)
        lab.call("client", c2, "close", conn=1)


@scenario("rst_linger0", 10100, 1.0,
          "client SO_LINGER {1, 0} (at -0.1 s); close() at 0 sends RST; the server writes 5 B at 0.1 s",
          matrix=[Param(until=1.0, why="default"),
                  Param(sets={"net.ipv4.tcp_timestamps": 0}, until=1.0, why="timestamps off")])
def rst_linger0(lab):
    ls, c, s = establish(lab)
    lab.sleep_until(-0.1)
    lab.set_linger0(c)
    lab.sleep_until(0)
    lab.set_t0("client_close_linger0")
    lab.call("client", c, "close")
    lab.sleep_until(0.1)
    lab.call("server", s, "send", b"late!")


@scenario("rst_unread_data", 10110, 1.0,
          "the server's response is 110 B and the client never reads it; close() at 0 sends RST instead of FIN; "
          "the server writes 5 B at 0.1 s",
          matrix=[Param(until=1.0, why="default"),
                  Param(sets={"net.ipv4.tcp_timestamps": 0}, until=1.0, why="timestamps off")])
def rst_unread_data(lab):
    ls, c, s = establish(lab, client_reads=False, response=b"d" * 110)
    lab.sleep_until(0)
    lab.set_t0("client_close_with_unread_data")
    lab.call("client", c, "close")
    lab.sleep_until(0.1)
    lab.call("server", s, "send", b"late!")


@scenario("rst_closed_port", 10120, 1.0, "connect() to a port nobody listens on: RST, ECONNREFUSED",
          matrix=[Param(until=1.0, why="default"),
                  Param(sets={"net.ipv4.tcp_syn_retries": 1}, until=1.0, why="syn retries do not matter")])
def rst_closed_port(lab):
    lab.sleep_until(0)
    lab.set_t0("connect_to_closed_port")
    lab.connect(conn=0)


@scenario("rst_data_after_close", 10130, 1.5,
          "client close(); the server (CLOSE_WAIT) writes 9 B at 0.55 s: bare RST; its next write 0.3 s later: EPIPE",
          matrix=[Param(until=1.5, why="default"),
                  Param(sets={"net.ipv4.tcp_fin_timeout": 5}, until=1.5, why="fin_timeout 5 (no effect)")])
def rst_data_after_close(lab):
    ls, c, s = establish(lab)
    lab.sleep_until(0)
    lab.set_t0("client_close")
    lab.call("client", c, "close")
    lab.sleep_until(0.55)
    lab.call("server", s, "send", b"more data")
    lab.sleep_until(0.85)
    lab.call("server", s, "send", b"more data")


@scenario("peer_crash", 10140, 20.0,
          "the server host goes silent at -0.1 s (its sockets vanish, every segment to or from it is lost); the "
          "client writes 100 B at t=0 and retransmits until tcp_retries2; option reboot_at=T: the host is back at "
          "T without the connection and answers with RST",
          default_note="tcp_retries2=15 takes ~924 s: the matrix moves it",
          matrix=[Param(sets={"net.ipv4.tcp_retries2": 5}, until=16.0, why="retries2 5"),
                  Param(sets={"net.ipv4.tcp_retries2": 3}, until=8.0, why="retries2 3"),
                  Param(sets={"net.ipv4.tcp_retries2": 5}, opts={"reboot_at": "2"}, until=5.0, why="reboot at 2 s")])
def peer_crash(lab):
    ls, c, s = establish(lab)
    reboot = fopt(lab, "reboot_at", None)
    # nothing moves between the set-up and t = 0: the drops go in first (nft takes tens of ms)
    r1 = lab.drop("c2s:any")
    r2 = lab.drop("s2c:any")
    lab.sleep_until(-0.1)
    lab.mark("server_host_crash")
    vanish(lab, s, "server/0", -0.1)
    ls.close()
    lab.gone_overrides["server/0"] = "host_crash"
    lab.sleep_until(0)
    lab.set_t0("client_write")
    lab.call("client", c, "sendall", b"x" * 100)
    if reboot is not None:
        lab.sleep_until(reboot)
        lab.mark("server_host_reboot")
        lab.undrop(r1)
        lab.undrop(r2)


@scenario("process_crash", 10150, 2.0,
          "the server process dies at t=0: its kernel closes the socket (FIN); the client writes 5 B at 0.2 s "
          "(RST back) and at 0.4 s (EPIPE)",
          matrix=[Param(until=2.0, why="default"),
                  Param(sets={"net.ipv4.tcp_fin_timeout": 1}, until=2.0, why="fin_timeout 1 s (no effect before 1 s)")])
def process_crash(lab):
    import os
    ls, c, s = establish(lab)
    lab.readers[id(s)].stop()     # the server application's reader lives in the process that dies
    # a real process exit: the server sockets live in a child process that is killed at t=0
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(w)
        os.read(r, 1)
        os._exit(0)
    os.close(r)
    os.close(s.detach())          # the parent's copies are closed; only the child holds the sockets
    os.close(ls.detach())
    lab.sleep_until(0)
    lab.set_t0("server_process_exit")
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(w)
    lab.sleep_until(0.2)
    lab.call("client", c, "send", b"12345")
    lab.sleep_until(0.4)
    lab.call("client", c, "send", b"12345")


def _synack_heal(lab):
    r = int(lab.spec.get("sysctls_in_netns", {}).get("net.ipv4.tcp_synack_retries") or 5)
    return fopt(lab, "heal_at", 2.0 ** (min(r, 40) + 1) - 1 + 2)


@scenario("synack_lost", 10160, 110.0,
          "every client segment but SYNs is dropped until heal_at (default: 2 s after the request expires); the "
          "client sends 11 B once connected; the server retransmits its SYN-ACK, drops the request; the client's "
          "next retransmission after the heal meets an RST",
          matrix=[Param(until=110.0, why="default tcp_synack_retries=5"),
                  Param(sets={"net.ipv4.tcp_synack_retries": 3}, until=30.0, why="oracle 15")])
def synack_lost(lab):
    ls = lab.listen(16)
    heal = _synack_heal(lab)
    rule = lab.drop("c2s:nonsyn")
    lab.sleep_until(0)
    lab.set_t0("client_connect")
    c, err = lab.connect(conn=0)
    lab.call("client", c, "sendall", b"hello world")
    lab.autoread("client", c, 0)
    lab.sleep_until(heal)
    lab.mark("heal")
    lab.undrop(rule)


@scenario("syn_unanswered", 10170, 140.0, "every SYN is dropped; connect() fails ETIMEDOUT",
          matrix=[Param(until=140.0, why="default: tcp_syn_retries 6 + tcp_syn_linear_timeouts 4 = 10 "
                                          "retransmissions, ETIMEDOUT after ~134 s"),
                  Param(sets={"net.ipv4.tcp_syn_retries": 3, "net.ipv4.tcp_syn_linear_timeouts": 0}, until=20.0,
                        why="oracle 16b")],
          )
def syn_unanswered(lab):
    ls = lab.listen(16)
    lab.drop("c2s:syn")
    lab.sleep_until(0)
    lab.set_t0("client_connect")
    lab.connect(conn=0)


@scenario("keepalive_dead_peer", 10180, 12.0,
          "SO_KEEPALIVE set at -0.25 s (option keepalive=0: not set); from t=0 every segment from the server is "
          "lost; probes, then RST and ETIMEDOUT",
          default_note="tcp_keepalive_time=7200 s: the matrix moves it",
          matrix=[Param(sets={"net.ipv4.tcp_keepalive_time": 2, "net.ipv4.tcp_keepalive_intvl": 1,
                              "net.ipv4.tcp_keepalive_probes": 3}, until=8.0, why="oracle 19"),
                  Param(sets={"net.ipv4.tcp_keepalive_time": 1, "net.ipv4.tcp_keepalive_intvl": 2,
                              "net.ipv4.tcp_keepalive_probes": 2}, until=8.0, why="time 1, intvl 2, probes 2")])
def keepalive_dead_peer(lab):
    ls, c, s = establish(lab)
    lab.sleep_until(-0.25)
    if opt(lab, "keepalive", "1") == "1":
        lab.app("client", 0, "setsockopt(SO_KEEPALIVE)",
                lambda: c.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1) or 0)
    lab.sleep_until(0)
    lab.drop("s2c:any")
    lab.set_t0("peer_dies")


@scenario("stale_segment", 10260, 2.0,
          "the server's 1000 B response is copied by the network and the copy arrives 1.5 s late (the runner puts "
          "the captured frame on lo again); the client close()s at 0, the server closes on EOF; at reconnect_at "
          "(0.5 s) the client connects again from the same port (bind() with SO_REUSEADDR) while TIME_WAIT holds "
          "the 4-tuple. A connect() from a bound port takes TIME_WAIT over when it saw timestamps "
          "(tcp_twsk_unique() without twp); a copy that meets TIME_WAIT is ACKed, the server answers RST and the "
          "RST ends TIME_WAIT (tcp_rfc1337=0)",
          matrix=[Param(until=2.0, why="default: the reconnect at 0.5 s takes TIME_WAIT over, the copy meets the "
                                       "new connection"),
                  Param(sets={"net.ipv4.tcp_max_tw_buckets": 0}, opts={"time_wait": "off"}, until=2.0,
                        why="no TIME_WAIT at all (tcp_max_tw_buckets=0)"),
                  Param(opts={"reconnect_at": "1.5"}, until=2.0,
                        why="the copy meets TIME_WAIT at 1.2 s: ACK, RST from the server, TIME_WAIT killed")])
def stale_segment(lab):
    reconnect = fopt(lab, "reconnect_at", 0.5)
    ls = lab.listen(16)
    lab.sleep_until(SETUP_T)
    c, err = lab.connect(conn=0, reuseaddr=True)
    if err:
        raise RuntimeError(f"set-up connect failed: {err}")
    cport = lab.client_ports[0]
    s = lab.accept(ls)
    lab.call("client", c, "sendall", b"hello")
    lab.call("server", s, "recv", 100)
    lab.autoread("server", s, 0, lambda: lab.call("server", s, "close"))
    lab.call("server", s, "sendall", b"d" * 1000)
    lab.autoread("client", c, 0)
    lab.sleep_until(0)
    lab.set_t0("client_close")
    lab.call("client", c, "close")
    # the copy of the server's response arrives 1.5 s after the original
    orig = next((ts for ts, sp, dp, _seq, _f in lab.cap.frames if sp == lab.server_port and dp == cport), None)
    if orig is None:
        raise RuntimeError("the server's response was not captured")

    def reconnect_now():
        c2, err = lab.connect(conn=1, bind_port=cport, reuseaddr=True)
        if not err:
            s2 = lab.accept(ls)
            lab.call("client", c2, "sendall", b"hello", conn=1)
            lab.call("server", s2, "recv", 100, conn=1)
            lab.call("server", s2, "sendall", b"hello", conn=1)
            lab.autoread("client", c2, 1)

    def late_copy():
        lab.mark("late_copy")
        if not lab.inject_copy(lambda sp, dp, _seq, _f: sp == lab.server_port and dp == cport):
            raise RuntimeError("could not inject the late copy")

    for t, fn in sorted([(reconnect, reconnect_now), (orig - lab.t0 + 1.5, late_copy)], key=lambda e: e[0]):
        lab.sleep_until(t)
        fn()


@scenario("firewall_idle_timeout", 10270, 10.0,
          "a stateful firewall (conntrack in the namespace, `ct state invalid` on the input hook) forgets the flow "
          "`idle` s after its last segment; the connection is set up idle + 10 s before t=0 and stays silent; at "
          "t=0 the client writes 100 B: the firewall drops it (the client retransmits until tcp_retries2: "
          "ETIMEDOUT) or, action=reset, answers it with an RST in the server's name (ECONNRESET)",
          default_note="the default idle=300 s needs 310 s of silence before t=0: the matrix moves it",
          matrix=[Param(sets={"net.ipv4.tcp_retries2": 4}, opts={"idle": "2", "action": "drop"}, until=8.0,
                        why="idle 2 s, drop; retries2 4 so that the retransmissions end in time"),
                  Param(opts={"idle": "2", "action": "reset"}, until=1.0, why="idle 2 s, reset")])
def firewall_idle_timeout(lab):
    idle = fopt(lab, "idle", 300.0)
    action = opt(lab, "action", "drop")
    lab.t0 = time.time() + idle + 10.5        # planned: the set-up happens idle + 10 s before t = 0
    lab.drops.add_stateful("c2s", idle, action)
    if action != "reset":
        lab.drops.add_stateful("s2c", idle, action)
    start = -idle - 10
    ls = lab.listen(16)
    lab.sleep_until(start)
    c, err = lab.connect(conn=0)
    if err:
        raise RuntimeError(f"set-up connect failed: {err}")
    s = lab.accept(ls)
    lab.call("client", c, "sendall", b"hello")
    lab.call("server", s, "recv", 100)
    lab.call("server", s, "sendall", b"hello")
    lab.call("client", c, "recv", 1000)
    lab.autoread("client", c, 0)
    lab.autoread("server", s, 0)
    if opt(lab, "keepalive", "0") == "1":
        lab.sleep_until(start + 0.05)
        lab.app("client", 0, "setsockopt(SO_KEEPALIVE)",
                lambda: c.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1) or 0)
    lab.sleep_until(0)
    lab.set_t0("client_write")
    lab.call("client", c, "sendall", b"x" * 100)


@scenario("zero_window_fin_wait1", 10280, 40.0,
          "the server's listener has SO_RCVBUF = rcvbuf (4096) and its application never reads; at -0.1 s the "
          "client writes 2 x rcvbuf bytes, the window closes; close() at t=0 queues the FIN behind the data: an "
          "orphan in FIN_WAIT1 sends zero-window probes until tcp_orphan_retries",
          default_note="the default orphan lives ~334 s (tcp_probe_timer() aborts only once the backed-off RTO "
                       "reaches tcp_rto_max_ms): the matrix moves it",
          matrix=[Param(sets={"net.ipv4.tcp_orphan_retries": 3}, until=20.0,
                        why="orphan retries 3: every probe is answered (probes_out back to 0), so the orphan "
                            "keeps probing while its RTO is below tcp_rto_max_ms (120 s)"),
                  Param(sets={"net.ipv4.tcp_orphan_retries": 3, "net.ipv4.tcp_rto_max_ms": 1000}, until=6.0,
                        why="rto_max 1 s: aborted once the backoff reaches tcp_orphan_retries (3)"),
                  Param(sets={"net.ipv4.tcp_orphan_retries": 5, "net.ipv4.tcp_rto_max_ms": 1000}, until=8.0,
                        why="rto_max 1 s, orphan retries 5")])
def zero_window_fin_wait1(lab):
    rcvbuf = int(opt(lab, "rcvbuf", "4096"))
    ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)   # inherited by the accepted socket
    ls.bind(("127.0.0.1", lab.server_port))
    ls.listen(16)
    lab.socks.append(ls)
    lab.sleep_until(SETUP_T)
    c, err = lab.connect(conn=0)
    if err:
        raise RuntimeError(f"set-up connect failed: {err}")
    s = lab.accept(ls)
    lab.call("client", c, "sendall", b"hello")
    lab.autoread("client", c, 0)
    lab.sleep_until(-0.1)
    c.setblocking(False)
    lab.call("client", c, "send", b"z" * (2 * rcvbuf))
    lab.sleep_until(0)
    lab.set_t0("client_close")
    lab.call("client", c, "close")


# ------------------------------------------------------------------------------------------ population

def one_connection(lab, ls, conn, client_closes=True, server_closes=True, gap=0.0):
    c, err = lab.connect(conn=conn)
    if err:
        c.close()
        return err
    s = lab.accept(ls)
    lab.call("client", c, "sendall", b"hello", conn=conn)
    lab.call("server", s, "recv", 100, conn=conn)
    lab.call("server", s, "sendall", b"hello", conn=conn)
    lab.call("client", c, "recv", 100, conn=conn)
    if client_closes:
        lab.call("client", c, "close", conn=conn)
        lab.call("server", s, "recv", 100, conn=conn)
    if server_closes:
        lab.call("server", s, "close", conn=conn)
    else:
        lab.keep = getattr(lab, "keep", []) + [s]
    return None


@scenario("tw_bucket_overflow", 10200, 3.0,
          "20 connections, each: exchange, client close(), server close(); tcp_max_tw_buckets limits TIME_WAIT",
          kind="population", stop_when_gone=False,
          matrix=[Param(sets={"net.ipv4.tcp_max_tw_buckets": 5}, opts={"connections": "20"}, until=3.0,
                        why="bucket limit 5 (oracle 09)"),
                  Param(sets={"net.ipv4.tcp_max_tw_buckets": 12}, opts={"connections": "20"}, until=3.0,
                        why="bucket limit 12")])
def tw_bucket_overflow(lab):
    n = int(opt(lab, "connections", "20"))
    ls = lab.listen(64)
    lab.sleep_until(0)
    lab.set_t0("start")
    for i in range(n):
        one_connection(lab, ls, i)
        time.sleep(0.02)


@scenario("port_exhaustion", 10210, 4.0,
          "connect/close (client first) through a small ip_local_port_range until connect() fails; retry for 3 s",
          kind="population", stop_when_gone=False,
          matrix=[Param(sets={"net.ipv4.ip_local_port_range": "40000 40009", "net.ipv4.tcp_tw_reuse": 0},
                        opts={"connections": "12"}, until=4.0, why="ten ports (oracle 10a)"),
                  # an even range: with an odd one __inet_hash_connect() scans only range & ~1 ports per connect(),
                  # from an offset that table_perturb moves after each connect, so whether the odd port is ever
                  # used is the kernel's dice (five ports gave 4 or 5 connects over runs)
                  Param(sets={"net.ipv4.ip_local_port_range": "40000 40005", "net.ipv4.tcp_tw_reuse": 0},
                        opts={"connections": "12"}, until=4.0, why="six ports")])
def port_exhaustion(lab):
    n = int(opt(lab, "connections", "12"))
    ls = lab.listen(64)
    lab.sleep_until(0)
    lab.set_t0("start")
    for i in range(n):
        one_connection(lab, ls, i)
        time.sleep(0.01)


@scenario("tw_reuse", 10220, 4.0,
          "ten-port range, 10 connect/close; then connect every 100 ms: tcp_tw_reuse lets a TIME_WAIT port be "
          "reused after tcp_tw_reuse_delay",
          kind="population", stop_when_gone=False,
          matrix=[Param(sets={"net.ipv4.ip_local_port_range": "40000 40009", "net.ipv4.tcp_tw_reuse": 1},
                        opts={"connections": "11", "retry": "0.1"}, until=3.0, why="reuse on (oracle 10b)"),
                  Param(sets={"net.ipv4.ip_local_port_range": "40000 40009", "net.ipv4.tcp_tw_reuse": 1,
                              "net.ipv4.tcp_tw_reuse_delay": 2000}, opts={"connections": "11", "retry": "0.1"}, until=3.0,
                        why="reuse delay 2 s")])
def tw_reuse(lab):
    # the last of `connections` fails and is retried every `retry` seconds until a port is reused
    n = int(opt(lab, "connections", "11")) - 1
    ls = lab.listen(64)
    lab.sleep_until(0)
    lab.set_t0("start")
    for i in range(n):
        one_connection(lab, ls, i)
    k = n
    while lab.now() < 2.5:
        err = one_connection(lab, ls, k)
        k += 1
        if err is None:
            break
        time.sleep(0.1)


@scenario("accept_queue_overflow", 10230, 25.0,
          "listen(backlog), never accept(); 5 clients 0.2 s apart, each writes 12 B after connect",
          kind="population", stop_when_gone=False,
          matrix=[Param(sets={"net.ipv4.tcp_syn_retries": 3, "net.ipv4.tcp_synack_retries": 3},
                        opts={"backlog": "1", "connections": "5"}, until=22.0, why="backlog 1 (oracle 17a)"),
                  Param(sets={"net.ipv4.tcp_syn_retries": 2, "net.ipv4.tcp_synack_retries": 2},
                        opts={"backlog": "2", "connections": "5"}, until=22.0, why="backlog 2, fewer retries")])
def accept_queue_overflow(lab):
    backlog = int(opt(lab, "backlog", "1"))
    n = int(opt(lab, "connections", "5"))
    ls = lab.listen(backlog)
    lab.keep = [ls]
    lab.sleep_until(0)
    lab.set_t0("first_client_connect")
    ths = []

    def client(i):
        c, err = lab.connect(conn=i, blocking_timeout=30)
        if not err:
            lab.call("client", c, "send", b"hello queue!", conn=i)
            c.settimeout(30)
            read_until_eof(lab, "client", c, conn=i)
        lab.keep.append(c)
    for i in range(n):
        lab.sleep_until(0.2 * i)
        ths.append(in_thread(client, i))
        time.sleep(0.005)


@scenario("close_wait_leak", 10240, 4.0,
          "each client connects, writes 5 B and, once answered, close()s; the server application (its own "
          "process, RLIMIT_NOFILE = ulimit.nofile plus the descriptors it already holds besides the listener) "
          "accepts each connection once as it arrives and never close()s: CLOSE_WAIT piles up until its "
          "descriptors reach ulimit -n, then accept() fails EMFILE and the rest wait in the accept queue, unanswered",
          kind="population", stop_when_gone=False,
          matrix=[Param(sets={"ulimit.nofile": 64}, opts={"connections": "80", "leak": "1"}, until=3.0,
                        why="ulimit -n 64: 63 accepted (the listener holds the 64th), 17 accept() EMFILE"),
                  Param(sets={"net.ipv4.tcp_fin_timeout": 2, "ulimit.nofile": 64},
                        opts={"connections": "80", "leak": "1"}, until=4.0,
                        why="the clients' FIN_WAIT2 ends after 2 s; CLOSE_WAIT and the queued connections stay")],
          default_note="the default ulimit -n 1024 at 100 connections/s takes 10 s and 1,024 sockets a side; the "
                       "matrix lowers ulimit -n instead (the story is the same at any limit)")
def close_wait_leak(lab):
    import json
    import os
    import resource
    import sys
    n = int(opt(lab, "connections", "10"))
    nofile = int(lab.limits.get("ulimit.nofile", 1024))
    lab.extra_facts = ["server.accepts", "server.accepts_failed.EMFILE"]
    ls = lab.listen(n + 8)          # every connection the server cannot accept waits in the accept queue
    cmd_r, cmd_w = os.pipe()        # parent -> server: "connection i arrived" (4 bytes)
    res_r, res_w = os.pipe()        # server -> parent: one JSON line per application call
    pid = os.fork()
    if pid == 0:                    # the server process: no threads, only these descriptors
        try:
            keep = sorted({0, 1, 2, ls.fileno(), cmd_r, res_w})
            for a, b in zip([-1] + keep, keep + [keep[-1] + 4096]):
                if a + 1 < b:       # closerange(n, n) would close everything (close_range(n, UINT_MAX))
                    os.closerange(a + 1, b)
            # RLIMIT_NOFILE bounds descriptor numbers: with `keep` open (all below the limit) accept() gets
            # limit - len(keep) descriptors. The engine counts the listener as the application's only other
            # descriptor (ulimit.nofile - 1 accepts), so the limit is raised by the others held here.
            limit = nofile + len(keep) - 1
            if keep[-1] >= limit:
                raise RuntimeError(f"descriptor {keep[-1]} is above the server's limit {limit}")
            resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))
            held = []
            out = os.fdopen(res_w, "w", buffering=1)

            def rec(conn, call, fn):
                t = time.time()
                try:
                    res, err = fn(), None
                except OSError as e:
                    import errno as E
                    res, err = -1, E.errorcode.get(e.errno, str(e.errno))
                out.write(json.dumps({"t_abs": t, "t_end": time.time(), "side": "server", "conn": conn,
                                      "call": call, "result": len(res) if isinstance(res, bytes) else
                                      (0 if isinstance(res, tuple) else res), "errno": err}) + "\n")
                return res, err
            while True:
                msg = os.read(cmd_r, 5)
                if len(msg) < 5:
                    break
                what, conn = msg[:1], int.from_bytes(msg[1:], "little")
                if what == b"a":        # accept once; serve the request; wait for EOF; never close
                    res, err = rec(conn, "accept", ls.accept)
                    if not err:
                        s = res[0]
                        held.append(s)
                        rec(conn, "read", lambda: s.recv(100))
                        rec(conn, "write", lambda: s.sendall(b"hello") or 5)
                out.write(json.dumps({"done": conn, "accepted": not err}) + "\n")
                if what == b"a" and not err:
                    rec(conn, "read", lambda: s.recv(100))     # the client's FIN: 0
                    out.write(json.dumps({"done": conn}) + "\n")
        except BaseException:
            import traceback
            traceback.print_exc()
            sys.stderr.flush()
        finally:
            os._exit(0)
    os.close(cmd_r)
    os.close(res_w)
    os.close(ls.detach())           # only the server process holds the listener
    lab.socks.remove(ls)
    replies = os.fdopen(res_r, "r")

    def server_step(conn):
        """The server's calls for this step, recorded; returns the step's last line."""
        while True:
            line = replies.readline()
            if not line:
                raise RuntimeError("the server process ended early")
            d = json.loads(line)
            if "done" in d:
                return d
            lab.apps.append(d)
    lab.sleep_until(0)
    lab.set_t0("start")
    for i in range(n):
        c, err = lab.connect(conn=i)
        if err:
            continue
        lab.call("client", c, "sendall", b"hello", conn=i)
        os.write(cmd_w, b"a" + i.to_bytes(4, "little"))
        if server_step(i)["accepted"]:
            lab.call("client", c, "recv", 100, conn=i)
            lab.call("client", c, "close", conn=i)
            server_step(i)
        time.sleep(0.01)
    lab.server_pid = pid            # killed with the namespace, after the observation


FLOOD_PORT = 30000


@scenario("syn_flood", 10250, 5.0,
          "from t=0 syn_flood_count SYNs from ports 30000.. (their sockets are closed at once and every later "
          "segment from those ports is dropped: the spoofed sources never answer); listen(backlog), the server "
          "accepts; at `start` a legitimate client connects, writes 100 B, reads the 1000 B response and closes",
          kind="population", stop_when_gone=False,
          matrix=[Param(sets={"net.ipv4.tcp_max_syn_backlog": 8},
                        opts={"backlog": "16", "syn_flood": "3000", "syn_flood_count": "30", "rate": "1",
                              "connections": "1", "start": "0.5", "tail": "1.5"}, until=2.0,
                        why="oracle 18b: 17 requests held, 14 cookies, the legitimate client connects via a cookie"),
                  Param(sets={"net.ipv4.tcp_max_syn_backlog": 8, "net.ipv4.tcp_syncookies": 0,
                              "net.ipv4.tcp_synack_retries": 1},
                        opts={"backlog": "16", "syn_flood": "3000", "syn_flood_count": "30", "rate": "1",
                              "connections": "1", "start": "0.5", "tail": "4.5"}, until=5.0,
                        why="no cookies: 7 requests (3/4 of tcp_max_syn_backlog), the client's SYNs are dropped "
                            "until the requests expire")],
          default_note="the default floods 500 SYN/s for 30 s; the matrix plays the oracle's 30 SYNs")
def syn_flood(lab):
    n = int(opt(lab, "syn_flood_count", "30"))
    start = fopt(lab, "start", 0.5)
    lab.extra_facts = ["server.syn_recv_peak", "TcpExt.SyncookiesSent", "TcpExt.SyncookiesRecv",
                       "TcpExt.ListenDrops"]
    ls = lab.listen(int(opt(lab, "backlog", "16")))
    lab.ignore_ports = set(range(FLOOD_PORT, FLOOD_PORT + n))
    # the spoofed sources: nothing but their SYNs reaches the server (nft, before t = 0)
    lab.drops._setup()
    lab.drops.nft("add", "rule", "inet", lab.drops.TABLE, "input", "iifname", "lo", "tcp", "dport",
                  str(lab.server_port), "tcp", "sport", f"{FLOOD_PORT}-{FLOOD_PORT + n - 1}", "tcp", "flags", "&",
                  "syn", "==", "0", "counter", "drop")
    lab.sleep_until(0)
    lab.set_t0("flood_start")
    for i in range(n):
        f = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        f.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        f.bind(("127.0.0.1", FLOOD_PORT + i))
        f.setblocking(False)
        f.connect_ex(("127.0.0.1", lab.server_port))
        f.close()   # a spoofed source has no socket: no SYN retransmission, no ACK
    lab.sleep_until(start)
    c, err = lab.connect(conn=0)
    if err:
        return
    s = lab.accept(ls)
    lab.call("client", c, "sendall", b"q" * 100)
    lab.call("server", s, "recv", 100)
    lab.call("server", s, "sendall", b"r" * 1000)
    got = 0
    while got < 1000:
        res, err = lab.call("client", c, "recv", 1000)
        if err or not res:
            break
        got += len(res)
    lab.call("client", c, "close")
    lab.call("server", s, "recv", 100)
    lab.call("server", s, "close")


def host_orphans_steady(obs):
    """orphan_overflow's premise: the machine's other orphans did not change while the server closed (the
    limit is set relative to them): before each close() /proc/net/sockstat shows the baseline plus the
    orphans this play kept so far."""
    h = next((n for n in obs.get("notes") or [] if isinstance(n, dict) and "host_orphans" in n), None)
    if h is None:
        return "no host orphan samples in the observation"
    for s in h["host_orphans"]:
        if s["orphans"] != h["baseline"] + s["kept_before"]:
            return (f"the host's other orphans changed: before close() of connection {s['conn']} the host had "
                    f"{s['orphans']} orphans, expected {h['baseline']} + {s['kept_before']} kept by this play")
    return None


def orphan_cache_fresh(obs):
    """orphan_overflow's second premise: each close() saw the orphans kept before it. tcp.c:
    tcp_too_many_orphans() reads tcp_orphan_cache, not the live count, and tcp_orphan_update() refreshes
    that cache from a TIMER_DEFERRABLE timer every 100 ms; the closes are 0.25 s apart, so it normally holds
    every earlier orphan. A close() that was not reset although the orphans before it already exceeded
    tcp_max_orphans saw a cache older than the previous close: the timer had not run for over 0.25 s (seen
    in a CI run at load 8, the closes exactly 0.25 s apart: a descheduled vCPU or a deferred timer on an
    idle one). The engine models the refreshed cache, so that run is repeated. A staler cache can only
    keep more orphans, never reset more: a reset below the limit still fails as a disagreement."""
    h = next((n for n in obs.get("notes") or [] if isinstance(n, dict) and "host_orphans" in n), None)
    limit = ((obs.get("host_sysctls") or {}).get("set") or {}).get("net.ipv4.tcp_max_orphans")
    if h is None or limit is None:
        return "no host orphan samples or tcp_max_orphans in the observation"
    for s in h["host_orphans"]:
        if s.get("reset") is False and s["orphans"] > int(limit):
            return (f"tcp_orphan_cache was stale at close() of connection {s['conn']}: {s['orphans']} orphans "
                    f"before it, over tcp_max_orphans {limit}, yet it was not reset (tcp.c: tcp_orphan_update() "
                    f"had not refreshed the cache since the previous close)")
    return None


def orphan_overflow_premises(obs):
    return host_orphans_steady(obs) or orphan_cache_fresh(obs)


@scenario("orphan_overflow", 10260, 2.0,
          "every 0.25 s a client connects, writes 100 B and vanishes (TCP_REPAIR: no segment; nft drops "
          "everything but SYN-ACKs the server sends, so nothing reaches the vanished ports and no RST comes "
          "back); the server accepts, reads, answers 1000 B and close()s: an orphan in FIN_WAIT1. "
          "tcp_max_orphans is host-wide: the runner sets it to the host's orphan count (/proc/net/sockstat) "
          "plus the set's value, for this play only, and restores it (host_sysctls.py); tcp_rto_min_us 10 s "
          "keeps the orphans' retransmission timer (tcp_out_of_resources()) out of the play, so only close() "
          "checks the limit. A close() that TcpExt.TCPAbortOnMemory counted is an orphan_overflow reset",
          kind="population", stop_when_gone=False, host_sysctls=("net.ipv4.tcp_max_orphans",),
          precondition=orphan_overflow_premises,
          matrix=[Param(sets={"net.ipv4.tcp_max_orphans": 3, "net.ipv4.tcp_rto_min_us": 10000000},
                        opts={"rate": "4", "connections": "7"}, until=2.0,
                        why="limit = host orphans + 3: 4 kept, 3 reset (tcp_orphan_cache never counts the "
                            "socket being closed)"),
                  Param(sets={"net.ipv4.tcp_max_orphans": 0, "net.ipv4.tcp_rto_min_us": 10000000},
                        opts={"rate": "4", "connections": "7"}, until=2.0,
                        why="limit = host orphans + 0: the first orphan is still kept, the other 6 reset")],
          default_note="the default (tcp_max_orphans 200 over the machine's own orphans, 50 connections/s "
                       "for 20 s) would hold 200 orphans of the machine for minutes; the matrix plays 7")
def orphan_overflow(lab):
    import kernel_runner as R
    n = int(opt(lab, "connections", "7"))
    gap = 1.0 / float(opt(lab, "rate", "4"))
    baseline = lab.spec["host"]["orphan_baseline"]
    lab.extra_facts = ["TcpExt.TCPAbortOnMemory"]
    ls = lab.listen(n + 8)
    # the vanished clients' ports get nothing from the server but SYN-ACKs (which the next handshakes need)
    lab.drop("s2c:nonsyn")
    samples = []
    kept = 0
    lab.sleep_until(0)
    lab.set_t0("start")
    for i in range(n):
        lab.sleep_until(gap * i)
        c, err = lab.connect(conn=i)
        if err:
            continue
        lab.call("client", c, "sendall", b"q" * 100, conn=i)
        vanish(lab, c, f"client/{i}", gap * i)
        lab.gone_overrides[f"client/{i}"] = "host_crash"     # the engine's vanished client
        s = lab.accept(ls)
        lab.call("server", s, "recv", 100, conn=i)
        lab.call("server", s, "sendall", b"r" * 1000, conn=i)
        samples.append({"conn": i, "orphans": HS.host_orphans(), "kept_before": kept})
        before = R.read_counters().get("TcpExt.TCPAbortOnMemory", 0)
        lab.call("server", s, "close", conn=i)
        reset = R.read_counters().get("TcpExt.TCPAbortOnMemory", 0) > before
        samples[-1]["reset"] = reset
        if reset:
            # tcp.c: __tcp_close() -> tcp_check_oom(): this close() was counted TCPAbortOnMemory: reset for
            # too many orphans (the engine's gone reason orphan_overflow)
            lab.gone_overrides[f"server/{i}"] = "orphan_overflow"
        else:
            kept += 1
    lab.notes.append({"host_orphans": samples, "baseline": baseline, "kept": kept})

