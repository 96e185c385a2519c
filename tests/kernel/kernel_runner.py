#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Plays one CloseLab scenario on the real Linux kernel and writes an observation.

    kernel_runner.py run SCENARIO [--set net.ipv4.KEY=VALUE]... [--opt K=V]... --out obs.json [--pcap f.pcap]
    kernel_runner.py list
    kernel_runner.py check            (exit 0 when this machine can run scenarios, else 77 + reason)

How (the same method as the oracle in ../shared/kernel/README.md):
  * a fresh network namespace per run (`ip netns add`), lo up, everything on 127.0.0.1; deleted at the end,
    also on failure or Ctrl-C;
  * the sysctls are written inside the namespace only (`ip netns exec NS sysctl -w`); a key that is not
    per-namespace is refused (it would change the host), except a host-wide key the scenario declares
    (Scenario.host_sysctls: tcp_max_orphans), set relative to the host's own count and restored by
    host_sysctls.py, only with CLOSELAB_KERNEL_HOST_SYSCTLS=1;
  * client and server are ordinary sockets of one Python process running inside the namespace (the worker);
  * drops are nftables rules on the namespace's input hook (iifname lo), so a dropped segment is still
    captured; the worker adds and removes them on the scenario's timetable;
  * segments are captured with an AF_PACKET socket on lo (kernel timestamps, SO_TIMESTAMPNS);
  * socket states and timers are sampled through sock_diag (NETLINK_INET_DIAG) every 10 ms;
  * /proc/net/netstat and /proc/net/snmp of the namespace are read before and after (deltas).
Only the Python standard library is used.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import facts as factlib  # noqa: E402
import host_sysctls as HS  # noqa: E402

SKIP = 77
SAMPLE_INTERVAL = 0.010
WORKER_RT_PRIORITY = 10   # SCHED_FIFO priority of the worker process (see worker())
SERVER_IP = "127.0.0.1"

TCP_STATES = {1: "ESTABLISHED", 2: "SYN_SENT", 3: "SYN_RECV", 4: "FIN_WAIT1", 5: "FIN_WAIT2", 6: "TIME_WAIT",
              7: "CLOSE", 8: "CLOSE_WAIT", 9: "LAST_ACK", 10: "LISTEN", 11: "CLOSING", 12: "SYN_RECV"}
TIMER_NAMES = {0: None, 1: "on", 2: "keepalive", 3: "timewait", 4: "persist"}

# The sysctls a scenario may move; read back into every observation.
READBACK = [
    "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_orphan_retries", "net.ipv4.tcp_max_tw_buckets",
    "net.ipv4.tcp_tw_reuse", "net.ipv4.tcp_tw_reuse_delay", "net.ipv4.tcp_timestamps",
    "net.ipv4.tcp_synack_retries", "net.ipv4.tcp_syn_retries", "net.ipv4.tcp_syn_linear_timeouts",
    "net.ipv4.tcp_max_syn_backlog", "net.ipv4.tcp_abort_on_overflow", "net.ipv4.tcp_syncookies",
    "net.core.somaxconn", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_keepalive_time",
    "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_retries1",
    "net.ipv4.tcp_retries2", "net.ipv4.tcp_rto_min_us", "net.ipv4.tcp_rto_max_ms", "net.ipv4.tcp_early_retrans",
]


# --------------------------------------------------------------------------------------------- host side

def _run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def environment_problem():
    """None when this machine can play scenarios, else a one-line reason (for SKIP)."""
    if os.geteuid() != 0:
        return "not root (network namespaces, nftables and AF_PACKET need root)"
    for tool in ("ip", "nft", "sysctl"):
        if not shutil.which(tool):
            return f"'{tool}' not installed (apt-get install iproute2 nftables procps)"
    ns = "clk_chk_" + uuid.uuid4().hex[:8]
    r = _run(["ip", "netns", "add", ns])
    if r.returncode != 0:
        return "cannot create a network namespace: " + (r.stderr.strip() or "ip netns add failed")
    try:
        r = _run(["ip", "netns", "exec", ns, "nft", "add", "table", "inet", "closelab_check"])
        if r.returncode != 0:
            return "nftables does not work in a namespace: " + r.stderr.strip()
    finally:
        _run(["ip", "netns", "del", ns])
    return None


def warm_up():
    """Loads the kernel modules the runs use (nf_tables' limit, counter, ct, reject, tcp expressions;
    nf_conntrack) once, in a throw-away namespace: on a fresh machine the first `nft` that needs one waits for
    modprobe (a hundred ms and more), and would hold the run that happened to be first behind its timetable."""
    ns = "clk_warm_" + uuid.uuid4().hex[:8]
    if _run(["ip", "netns", "add", ns]).returncode != 0:
        return
    try:
        rules = ("add table inet w\n"
                 "add chain inet w input { type filter hook input priority 0; policy accept; }\n"
                 "add chain inet w a\n"
                 "add rule inet w a limit rate 1/day burst 1 packets counter drop\n"
                 "add rule inet w a counter reject with tcp reset\n"
                 "add rule inet w input iifname lo tcp dport 9 tcp flags & (syn|ack) == syn tcp doff 5 "
                 "ip length 40 goto a\n"
                 "add rule inet w input iifname lo tcp sport 9 ct state invalid goto a\n")
        _run(["ip", "netns", "exec", ns, "nft", "-f", "-"], input=rules)
    finally:
        _run(["ip", "netns", "del", ns])


class Namespace:
    """A fresh network namespace that is always deleted (context manager)."""

    def __init__(self, tag):
        self.name = f"clk_{tag[:20]}_{uuid.uuid4().hex[:6]}"

    def __enter__(self):
        r = _run(["ip", "netns", "add", self.name])
        if r.returncode != 0:
            raise RuntimeError(f"ip netns add {self.name}: {r.stderr.strip()}")
        self.exec(["ip", "link", "set", "lo", "up"], check=True)
        return self

    def exec(self, cmd, check=False, **kw):
        r = _run(["ip", "netns", "exec", self.name] + cmd, **kw)
        if check and r.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} in {self.name}: {r.stderr.strip()}")
        return r

    def set_sysctl(self, key, value):
        path = "/proc/sys/" + key.replace(".", "/")
        probe = self.exec(["test", "-e", path])
        if probe.returncode != 0:
            raise ValueError(f"{key} is not a per-namespace sysctl on this kernel; refusing to touch the host's")
        self.exec(["sysctl", "-q", "-w", f"{key}={value}"], check=True)

    def read_sysctls(self):
        out = {}
        for k in READBACK:
            r = self.exec(["sysctl", "-n", k])
            out[k] = " ".join(r.stdout.split()) if r.returncode == 0 else None
        return out

    def __exit__(self, *exc):
        # kill anything left in the namespace, then delete it
        r = _run(["ip", "netns", "pids", self.name])
        for pid in r.stdout.split():
            try:
                os.kill(int(pid), signal.SIGKILL)
            except (ProcessLookupError, ValueError):
                pass
        # its sockets go with it (SOCK_DESTROY): an orphan of a deleted namespace would otherwise stay in the
        # machine's orphan count for minutes (retransmitting to nobody), under orphan_overflow's baseline
        self.exec(["ss", "-K", "-t", "-a"])
        for _ in range(20):
            if _run(["ip", "netns", "del", self.name]).returncode == 0:
                break
            time.sleep(0.1)
        return False


def run_scenario(scenario, sets, opts, out_path, pcap_path=None, timeout=None, until=None):
    import scenarios
    if scenario not in scenarios.SCENARIOS:
        raise SystemExit(f"unknown scenario '{scenario}' (known: {', '.join(sorted(scenarios.SCENARIOS))})")
    spec = scenarios.SCENARIOS[scenario]
    skip = scenarios.skip_reason(spec)
    if skip:
        obs = {"scenario": scenario, "status": "unplayable", "reason": skip,
               "sysctls_set": sets, "options": opts}
        _write_json(out_path, obs)
        return obs
    started = time.time()
    # a process limit (the engine's `ulimit.nofile`) is not a sysctl: the scenario's process applies it
    limits = {k: v for k, v in sets.items() if k.startswith("ulimit.")}
    # a host-wide sysctl (tcp_max_orphans) is set on the host, relative to the host's own count, and restored
    host_keys = [k for k in sets if k in spec.host_sysctls]
    host = {}
    with Namespace(scenario) as ns:
        for k, v in sets.items():
            if k not in limits and k not in host_keys:
                ns.set_sysctl(k, v)
        sysctls = ns.read_sysctls()
        guard = None
        if host_keys:
            baseline = HS.steady_host_orphans()
            host = {"orphan_baseline": baseline, "set": {k: baseline + int(sets[k]) for k in host_keys}}
            guard = HS.HostSysctls(host["set"])
        spec_file = out_path + ".spec.json"
        _write_json(spec_file, {"scenario": scenario, "options": opts, "sysctls_set": sets,
                                "sysctls_in_netns": sysctls, "limits": limits, "out": out_path, "until": until, "pcap": pcap_path,
                                "netns": ns.name, "host": host})
        try:
            if guard:
                guard.__enter__()
                host["old"] = dict(guard.old)
            try:
                r = subprocess.run(["ip", "netns", "exec", ns.name, sys.executable, os.path.abspath(__file__),
                                    "_worker", spec_file], timeout=timeout or (until or spec.horizon) + 120)
            finally:
                if guard:
                    guard.__exit__(None, None, None)     # restores and verifies (raises NotRestored)
                    host["restored"] = guard.restored
        finally:
            os.unlink(spec_file)
            if host_keys:
                ns.exec(["ss", "-K", "-t", "-a"])      # this play's orphans (Namespace.__exit__ does it too)
                host["orphans_after"] = HS.host_orphans()
        if r.returncode != 0:
            raise RuntimeError(f"worker for {scenario} failed with exit code {r.returncode}")
    with open(out_path) as f:
        obs = json.load(f)
    obs["runner_runtime_s"] = round(time.time() - started, 2)
    if host:
        obs["host_sysctls"] = host
    _write_json(out_path, obs)
    return obs


def _write_json(path, data):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------- worker: capture

class Capture(threading.Thread):
    """AF_PACKET capture of lo. Each packet is seen once (the receive side), before the input hook."""

    def __init__(self, pcap_path=None):
        super().__init__(daemon=True)
        self.sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0003))
        self.sock.setsockopt(socket.SOL_SOCKET, 33, 64 << 20)  # SO_RCVBUFFORCE
        self.sock.setsockopt(socket.SOL_SOCKET, 35, 1)         # SO_TIMESTAMPNS
        self.sock.bind(("lo", 0))
        self.sock.settimeout(0.05)
        self.packets = []   # (ts, src, sport, dst, dport, flags, seq, ack, len, win)
        self.raw = [] if pcap_path else None
        self.frames = []    # (ts, frame) of segments with payload: what a scenario may inject again later
        self.stop_flag = threading.Event()

    def run(self):
        while not self.stop_flag.is_set():
            try:
                data, anc, _flags, addr = self.sock.recvmsg(65600, 64)
            except socket.timeout:
                continue
            except OSError:
                break
            if addr[2] == socket.PACKET_OUTGOING:
                continue
            ts = None
            for lvl, typ, val in anc:
                if lvl == socket.SOL_SOCKET and typ == 35:
                    sec, nsec = struct.unpack("qq", val[:16])
                    ts = sec + nsec / 1e9
            if ts is None:
                ts = time.time()
            self._parse(ts, data)

    def _parse(self, ts, frame):
        if len(frame) < 14 + 20 or frame[12:14] != b"\x08\x00":
            return
        ip = frame[14:]
        ihl = (ip[0] & 0x0F) * 4
        if ip[9] != 6:
            return
        total = struct.unpack("!H", ip[2:4])[0]
        tcp = ip[ihl:total]
        if len(tcp) < 20:
            return
        sport, dport, seq, ack, off, flags, win = struct.unpack("!HHIIBBH", tcp[:16])
        doff = (off >> 4) * 4
        self.packets.append((ts, socket.inet_ntoa(ip[12:16]), sport, socket.inet_ntoa(ip[16:20]), dport,
                             flags, seq, ack, len(tcp) - doff, win))
        if len(tcp) > doff and len(self.frames) < 256:
            self.frames.append((ts, sport, dport, seq, bytes(frame)))
        if self.raw is not None:
            self.raw.append((ts, frame))

    def stop(self):
        time.sleep(0.05)
        self.stop_flag.set()
        self.join(2)
        self.sock.close()

    def write_pcap(self, path):
        with open(path, "wb") as f:
            f.write(struct.pack("IHHiIII", 0xA1B23C4D, 2, 4, 0, 0, 262144, 1))  # ns resolution, ethernet
            for ts, frame in self.raw or []:
                sec = int(ts)
                f.write(struct.pack("IIII", sec, int(round((ts - sec) * 1e9)), len(frame), len(frame)))
                f.write(frame)


# ---------------------------------------------------------------------------------- worker: sock_diag

class Diag(threading.Thread):
    """Samples every TCP socket of the namespace through sock_diag every SAMPLE_INTERVAL."""

    def __init__(self):
        super().__init__(daemon=True)
        self.nl = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 4)  # NETLINK_INET_DIAG
        self.nl.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
        self.stop_flag = threading.Event()
        # key (lport, rport) -> list of records {t, state, timer, expires_ms, retrans} (changes only)
        self.timelines = {}
        self.present = {}     # key -> last time seen
        self.gone = {}        # key -> [last_seen, first_not_seen]
        self.listen_q = []    # (t, port, rqueue, wqueue) changes of listeners
        self.syn_recv_peak = {}   # local port -> most SYN_RECV sockets (request socks included) in one sample
        self.samples = 0
        self.last_sample_t = None
        self.errors = []
        self.seq = 0
        self.lock = threading.Lock()

    def dump(self):
        self.seq += 1
        req = struct.pack("=BBBBI", socket.AF_INET, socket.IPPROTO_TCP, 0, 0, 0xFFFFFFFF) + b"\0" * 48
        hdr = struct.pack("=IHHII", 16 + len(req), 20, 0x301, self.seq, 0)
        self.nl.send(hdr + req)
        out = []
        done = False
        while not done:
            buf = self.nl.recv(1 << 20)
            off = 0
            while off + 16 <= len(buf):
                ln, typ, _fl, _sq, _pid = struct.unpack_from("=IHHII", buf, off)
                if ln < 16:
                    done = True
                    break
                if typ == 3 or typ == 2:  # NLMSG_DONE / NLMSG_ERROR
                    done = True
                    break
                m = buf[off + 16: off + ln]
                if len(m) >= 72:
                    fam, state, timer, retrans = struct.unpack_from("=BBBB", m, 0)
                    sport, dport = struct.unpack_from("!HH", m, 4)
                    expires, rq, wq = struct.unpack_from("=III", m, 52)
                    cookie = struct.unpack_from("=Q", m, 44)[0]
                    out.append((state, timer, retrans, sport, dport, expires, rq, wq, cookie))
                off += (ln + 3) & ~3
        return out

    def run(self):
        while not self.stop_flag.is_set():
            try:
                self.sample()
            except Exception as e:   # never let the sampler die silently
                self.errors.append(f"{type(e).__name__}: {e}")
                if len(self.errors) > 100:
                    raise
            self.stop_flag.wait(SAMPLE_INTERVAL)

    def sample(self):
        # A sample stands for some moment between the request and the end of the dump (under load the dump can
        # run milliseconds after the request): what it shows was there at t_end at the latest, and what it
        # no longer shows had changed after t_start at the earliest. Each window below is bounded that way.
        t_start = time.time()
        try:
            socks = self.dump()
        except OSError:
            return
        t = time.time()
        with self.lock:
            self.samples += 1
            seen = set()
            syn_recv = {}
            for state, timer, retrans, sport, dport, expires, rq, wq, cookie in socks:
                name = TCP_STATES.get(state, str(state))
                if name == "SYN_RECV":
                    syn_recv[sport] = syn_recv.get(sport, 0) + 1
                if name == "LISTEN":
                    last = [x for x in self.listen_q if x[1] == sport]
                    if not last or last[-1][2:] != (rq, wq):
                        self.listen_q.append((t, sport, rq, wq))
                    continue
                key = (sport, dport)
                seen.add(key)
                rec = {"t": t, "state": name, "timer": TIMER_NAMES.get(timer, str(timer)),
                       "expires_ms": expires, "retrans": retrans, "cookie": cookie,
                       "prev_t": self.present.get(key, self.last_sample_t)}
                tl = self.timelines.setdefault(key, [])
                if key in self.gone:   # a new socket with the same ports (port reuse)
                    g = self.gone.pop(key)
                    tl.append({"t": g[1], "state": "GONE", "last_seen": g[0]})
                elif tl and tl[-1].get("cookie") != cookie and tl[-1]["state"] != "GONE" and not (
                        tl[-1]["state"] == "SYN_RECV" and name != "SYN_RECV") and not (
                        tl[-1]["state"] in ("FIN_WAIT1", "FIN_WAIT2", "CLOSING") and name == "TIME_WAIT"
                        and self.present.get(key) == self.last_sample_t):
                    # (Nor a full socket followed by its own TIME_WAIT socket, seen in consecutive samples:
                    # tcp_minisocks.c tcp_time_wait() -> inet_timewait_sock.c inet_twsk_alloc() copies sk_cookie, still 0
                    # unless a dump generated it, and a dump racing the switch can generate the full socket's
                    # after the copy; the TIME_WAIT socket then gets a cookie of its own at its first dump.
                    # Once in 5 runs under load, tw_bucket_overflow#1 counted 21 client sockets for 20
                    # connections: GONE 9 (tw_bucket_overflow) where TCPTimeWaitOverflow said 8.)
                    # the same ports, another socket (a TIME_WAIT socket reused by tcp_tw_reuse). Not a request
                    # socket followed by its child (tcp_check_req(): the full socket has a cookie of its own):
                    # that is one connection going SYN_RECV -> ESTABLISHED, caught by a sample during set-up
                    # (once in three plays under load, rst_data_after_close's server was judged gone at -0.29 s)
                    tl.append({"t": t, "state": "GONE", "last_seen": self.present.get(key, t), "replaced": True})
                if not tl or (tl[-1]["state"], tl[-1].get("timer"), tl[-1].get("retrans")) != (name, rec["timer"], retrans):
                    tl.append(rec)
                self.present[key] = t_start
            for port, n in syn_recv.items():
                self.syn_recv_peak[port] = max(n, self.syn_recv_peak.get(port, 0))
            for key in list(self.present):
                if key not in seen:
                    self.gone[key] = [self.present.pop(key), t]
            self.last_sample_t = t_start

    def stop(self):
        self.stop_flag.set()
        self.join(2)
        self.sample()

    def count(self, state, port=None):
        with self.lock:
            n = 0
            for key in self.present:
                tl = self.timelines.get(key)
                if tl and tl[-1]["state"] == state and (port is None or port in key):
                    n += 1
            return n

    def alive(self, key):
        with self.lock:
            return key in self.present


def read_counters():
    out = {}
    for path in ("/proc/net/netstat", "/proc/net/snmp"):
        with open(path) as f:
            lines = f.read().splitlines()
        for head, vals in zip(lines[0::2], lines[1::2]):
            pre, names = head.split(":", 1)
            _, values = vals.split(":", 1)
            for n, v in zip(names.split(), values.split()):
                try:
                    out[f"{pre}.{n}"] = int(v)
                except ValueError:
                    pass
    return out


# ---------------------------------------------------------------------------------- worker: drops

class Drops:
    """nftables drop rules on the namespace's input hook, in the engine's language DIR:MATCH[:WHEN].

    MATCH: any; syn (SYN without ACK); synack; ack (pure ACK: ACK set, no SYN/FIN/RST, no payload);
    fin; rst; data (payload > 0).  WHEN: all; first (= n=1); n=K (only the K-th matching segment);
    from=T (from T s after t0 on); until=T (until T s after t0)."""

    TABLE = "closelab"

    def __init__(self, lab):
        self.lab = lab
        self.rules = []   # dicts: text, dir, match, when, arg, chain, handles, installed_at, removed_at
        self.timers = []
        self.ready = False

    def nft(self, *args, check=True):
        r = _run(["nft"] + list(args))
        if check and r.returncode != 0:
            raise RuntimeError(f"nft {' '.join(args)}: {r.stderr.strip()}")
        return r

    def _setup(self):
        if not self.ready:
            self.nft("add", "table", "inet", self.TABLE)
            self.nft("add", "chain", "inet", self.TABLE, "input",
                     "{ type filter hook input priority 0; policy accept; }")
            self.ready = True

    @staticmethod
    def parse(text):
        parts = text.split(":")
        if len(parts) not in (2, 3) or parts[0] not in ("c2s", "s2c") or parts[1] not in (
                "any", "syn", "synack", "ack", "fin", "rst", "data", "nonsyn"):
            raise ValueError(f"bad drop rule '{text}': DIR:MATCH[:WHEN], DIR c2s|s2c, "
                             "MATCH any|syn|synack|ack|fin|rst|data, WHEN all|first|n=K|from=T|until=T")
        when, arg = (parts[2] if len(parts) == 3 else "all"), None
        if when == "first":
            when, arg = "n", 1
        elif when.startswith("n="):
            when, arg = "n", int(when[2:])
        elif when.startswith("count="):   # runner-only: the first K matching segments
            when, arg = "count", int(when[6:])
        elif when.startswith("from=") or when.startswith("until="):
            when, arg = when.split("=")[0], float(when.split("=")[1])
        elif when != "all":
            raise ValueError(f"bad WHEN in drop rule '{text}'")
        return {"text": text, "dir": parts[0], "match": parts[1], "when": when, "arg": arg}

    def add(self, text, port=None):
        """Adds a rule; from=/until= are timed relative to the lab's t0 (which must be planned)."""
        rule = self.parse(text)
        rule["port"] = port or self.lab.server_port
        rule["id"] = len(self.rules)
        rule["installed_at"] = None
        rule["removed_at"] = None
        self.rules.append(rule)
        self._setup()
        if rule["when"] == "from":
            self._at(rule["arg"], lambda: self._install(rule))
        elif rule["when"] == "until":
            self._install(rule)
            self._at(rule["arg"], lambda: self._remove(rule))
        else:
            self._install(rule)
        return rule

    def remove(self, rule):
        self._remove(rule)

    def add_stateful(self, direction, idle, action="drop"):
        """A stateful firewall on the server's port: conntrack forgets a flow `idle` seconds after its last
        segment (nf_conntrack_tcp_timeout_established), a mid-stream segment then matches no entry
        (nf_conntrack_tcp_loose=0) and is INVALID: dropped, or rejected with an RST (action=reset). The
        conntrack settings are written in this namespace only (the worker runs inside it)."""
        rule = {"text": f"{direction}:any:ct_idle={idle:g}" + (":reset" if action == "reset" else ""),
                "dir": direction, "match": "any", "when": "ct_idle", "arg": float(idle), "port": self.lab.server_port,
                "id": len(self.rules), "installed_at": None, "removed_at": None}
        self.rules.append(rule)
        self._setup()
        act = f"r{rule['id']}a"
        verdict = "reject with tcp reset" if action == "reset" else "drop"
        r = _run(["nft", "-f", "-"], input=f"add chain inet {self.TABLE} {act}\n"
                                           f"add rule inet {self.TABLE} {act} counter {verdict}\n")
        if r.returncode != 0:
            raise RuntimeError(f"nft -f: {r.stderr.strip()}")
        portsel = ["tcp", "dport" if direction == "c2s" else "sport", str(rule["port"])]
        r = self.nft("--echo", "--handle", "add", "rule", "inet", self.TABLE, "input", "iifname", "lo", *portsel,
                     "ct", "state", "invalid", "goto", act)
        rule["handle"] = r.stdout.strip().split("# handle")[-1].split()[0]
        for key, value in (("nf_conntrack_tcp_timeout_established", int(idle)), ("nf_conntrack_tcp_loose", 0),
                           ("nf_conntrack_tcp_be_liberal", 1)):
            with open(f"/proc/sys/net/netfilter/{key}", "w") as f:
                f.write(str(value))
        rule["installed_at"] = time.time()
        return rule

    def _at(self, t_rel, fn):
        def waiter():
            self.lab.sleep_until(t_rel)
            fn()
        th = threading.Thread(target=waiter, daemon=True)
        th.start()
        self.timers.append(th)

    def _install(self, rule):
        """Two nft invocations: the rule's chains in one batch, then the jump from the input chain."""
        c = f"r{rule['id']}"
        act = c + "a"
        T = f"inet {self.TABLE}"
        lines = [f"add chain {T} {c}", f"add chain {T} {act}"]
        if rule["when"] == "n":
            k = rule["arg"]
            if k > 1:
                lines.append(f"add rule {T} {act} limit rate 1/day burst {k - 1} packets return")
            lines.append(f"add rule {T} {act} limit rate 1/day burst 1 packets counter drop")
        elif rule["when"] == "count":
            lines.append(f"add rule {T} {act} limit rate 1/day burst {rule['arg']} packets counter drop")
        else:
            lines.append(f"add rule {T} {act} counter drop")
        m = rule["match"]
        pure = [f"tcp doff {d} ip length {20 + 4 * d}" for d in range(5, 16)]
        if m == "ack":
            lines += [f"add rule {T} {c} {p} goto {act}" for p in pure]
        elif m == "data":
            lines += [f"add rule {T} {c} {p} return" for p in pure] + [f"add rule {T} {c} goto {act}"]
        else:
            lines.append(f"add rule {T} {c} goto {act}")
        r = _run(["nft", "-f", "-"], input="\n".join(lines) + "\n")
        if r.returncode != 0:
            raise RuntimeError(f"nft -f: {r.stderr.strip()}")
        portsel = ["tcp", "dport" if rule["dir"] == "c2s" else "sport", str(rule["port"])]
        flagsel = {"any": [], "syn": ["tcp", "flags", "&", "(syn|ack)", "==", "syn"],
                   "synack": ["tcp", "flags", "&", "(syn|ack)", "==", "syn|ack"],
                   "ack": ["tcp", "flags", "&", "(syn|fin|rst|ack)", "==", "ack"],
                   "fin": ["tcp", "flags", "&", "fin", "==", "fin"],
                   "rst": ["tcp", "flags", "&", "rst", "==", "rst"],
                   "data": ["tcp", "flags", "&", "(syn|rst)", "==", "0"],
                   "nonsyn": ["tcp", "flags", "&", "syn", "==", "0"]}[m]
        r = self.nft("--echo", "--handle", "add", "rule", "inet", self.TABLE, "input", "iifname", "lo",
                     *portsel, *flagsel, "jump", c)
        rule["handle"] = r.stdout.strip().split("# handle")[-1].split()[0]
        rule["installed_at"] = time.time()

    def _remove(self, rule):
        if rule.get("handle") and rule["removed_at"] is None:
            # The rule stops matching somewhere between the call and its return; under load `nft` can take
            # seconds (found: in peer_crash#2 the second delete after the reboot at 2 s returned at 3.99 s, after the
            # RST at 3.33 s it had let through, which was then counted as dropped). Both ends
            # are kept: facts.py asks the rule's own counter about the segments in between.
            rule["removing_at"] = time.time()
            self.nft("delete", "rule", "inet", self.TABLE, "input", "handle", rule["handle"])
            rule["removed_at"] = time.time()

    def counters(self):
        out = {}
        if not self.ready:
            return out
        r = self.nft("list", "table", "inet", self.TABLE, check=False)
        chain = None
        for line in r.stdout.splitlines():
            line = line.strip()
            if line.startswith("chain "):
                chain = line.split()[1]
            elif "counter packets" in line and chain and chain.endswith("a"):
                n = int(line.split("counter packets")[1].split()[0])
                rid = int(chain[1:-1])
                out[self.rules[rid]["text"]] = out.get(self.rules[rid]["text"], 0) + n
        return out


# ---------------------------------------------------------------------------------- worker: the lab

class Lab:
    """What a scenario function sees: sockets with recorded calls, timed drops, marks."""

    def __init__(self, spec, server_port=10000):
        self.spec = spec
        self.opts = spec.get("options", {})
        self.limits = spec.get("limits", {})    # process limits the scenario applies ({"ulimit.nofile": "64"})
        self.server_port = server_port
        self.t0 = time.time() + 0.5     # planned; set_t0() fixes it to the actual call time
        self.marks = []
        self.apps = []                  # {t_abs, side, conn, call, result, errno}
        self.client_ports = []          # conn index -> local port of the client socket
        self.linger0_ports = set()
        self.drops = Drops(self)
        self.horizon = None
        self.notes = []
        self.socks = []                 # every socket stays open until the observation is written
        self.readers = {}
        self.gone_overrides = {}        # "server/0" -> reason, when the scenario knows better (host_crash)
        self.ignore_ports = set()       # client ports that are not the story's connections (a SYN flood's)
        self.injections = []            # {t_abs, sport, dport, seq, len}: copies the runner put on the wire
        self.extra_facts = []           # facts beyond the common ones this scenario is compared on
        self.effects = []               # runner actions on a socket and when they took effect (effect())
        self.cap = None

    # time
    def now(self):
        return time.time() - self.t0

    def sleep_until(self, t_rel):
        d = self.t0 + t_rel - time.time()
        if d > 0:
            time.sleep(d)

    def set_t0(self, label):
        self.t0 = time.time()
        self.marks.append({"label": label, "t_abs": self.t0})
        self._t0_mark = self.marks[-1]
        self._t0_thread = threading.current_thread()
        self._t0_fresh = True      # until this thread's next application call (see call())

    def mark(self, label, **kw):
        self.marks.append(dict(label=label, t_abs=time.time(), **kw))

    def effect(self, what, key, planned, t_before, t_after):
        """The runner did `what` to socket `key` (e.g. "vanish" to "server/0") for the story's time `planned`
        (s after t0); the call ran from t_before to t_after (absolute). Under load, or on a fresh machine
        where nft's modules load on first use, the call can run 100 ms after `planned`: the facts it causes
        are then measured from when it took effect (facts.build_observation), never from the plan."""
        self.effects.append({"what": what, "key": key, "planned": planned, "t_before": t_before,
                             "t_after": t_after})

    # calls
    def app(self, side, conn, call, fn):
        """Runs fn(); records {call, result, errno}; returns (result, errno name or None)."""
        if getattr(self, "_t0_fresh", False) and threading.current_thread() is self._t0_thread:
            self._t0_fresh = False
        t = time.time()
        try:
            res = fn()
            err = None
        except OSError as e:
            res, err = -1, (errnoname(e.errno) if e.errno is not None else "EAGAIN")
        if err == "EAGAIN" and call == "read":
            return res, err           # a spurious wake-up of the reader, not an application event
        self.apps.append({"t_abs": t, "t_end": time.time(), "side": side, "conn": conn, "call": call,
                          "result": res if isinstance(res, int) else (len(res) if isinstance(res, bytes) else 0),
                          "errno": err})
        return res, err

    def listen(self, backlog=16, reuseaddr=True, port=None):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if reuseaddr:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((SERVER_IP, port or self.server_port))
        s.listen(backlog)
        self.socks.append(s)
        return s

    def accept(self, ls):
        s, _ = ls.accept()
        self.socks.append(s)
        return s

    def connect(self, conn=None, keepalive=False, port=None, blocking_timeout=None, linger0=False, bind_port=None,
                reuseaddr=False):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socks.append(s)
        if reuseaddr:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if conn is None:
            conn = len(self.client_ports)
        if bind_port is not None:
            # recorded: a bound port reuses a TIME_WAIT four-tuple by other rules than one connect() chose
            # (capture_check.py: findings that hold only for a chosen port)
            _res, err = self.app("client", conn, "bind", lambda: s.bind((SERVER_IP, bind_port)))
            if err:
                raise OSError(f"bind to port {bind_port}: {err}")
        if keepalive:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        if blocking_timeout is not None:
            s.settimeout(blocking_timeout)
        res, err = self.app("client", conn, "connect", lambda: s.connect((SERVER_IP, port or self.server_port)))
        try:
            lport = s.getsockname()[1]
        except OSError:
            lport = None
        if lport:
            while len(self.client_ports) <= conn:
                self.client_ports.append(None)
            self.client_ports[conn] = lport
        if linger0 and lport:
            self.linger0_ports.add(lport)
        return s, err

    def set_linger0(self, s):
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.linger0_ports.add(s.getsockname()[1])

    def autoread(self, side, s, conn=0, on_eof=None):
        """The engine's applications read whatever arrives (autoRead): a reader that waits in select() with
        a wake-up pipe, so that close() from another thread is never delayed by a blocked read."""
        r = AutoReader(self, side, s, conn, on_eof)
        self.readers[id(s)] = r
        r.start()
        return r

    def call(self, side, s, what, *args, conn=0):
        rd = self.readers.get(id(s))
        if what == "close" and rd is not None and threading.current_thread() is not rd:
            rd.stop()
            # Stopping the reader is the runner's business, not the story's: under load it can take tens of
            # milliseconds, so when this close() is the call t0 stands for, t0 moves to the close() itself.
            if getattr(self, "_t0_fresh", False) and threading.current_thread() is self._t0_thread:
                self.t0 = time.time()
                self._t0_mark["t_abs"] = self.t0
        fn = {"send": lambda: s.send(*args), "recv": lambda: s.recv(*args), "close": s.close,
              "recv_nb": lambda: s.recv(args[0], socket.MSG_DONTWAIT),
              "shutdown_wr": lambda: s.shutdown(socket.SHUT_WR), "shutdown_rd": lambda: s.shutdown(socket.SHUT_RD),
              "sendall": lambda: s.sendall(*args) or len(args[0])}[what]
        name = {"shutdown_wr": "shutdown(SHUT_WR)", "shutdown_rd": "shutdown(SHUT_RD)", "sendall": "write",
                "send": "write", "recv": "read", "recv_nb": "read"}.get(what, what)
        return self.app(side, conn, name, fn)

    def drop(self, text):
        return self.drops.add(text)

    def inject_copy(self, pred):
        """Puts a copy of an earlier captured segment (the first whose (sport, dport, seq, frame) satisfies
        pred) on lo again, unchanged: a delayed duplicate from the network. Returns True when one was sent."""
        # A frame from a packet socket has no route attached (lo's own frames keep theirs): the input route
        # lookup would drop a 127.0.0.1 source as a martian (fib_validate_source(): a local source address)
        # unless this namespace's lo accepts local sources and routes localnet.
        for dev in ("all", "lo"):
            for key in ("route_localnet", "accept_local"):
                with open(f"/proc/sys/net/ipv4/conf/{dev}/{key}", "w") as f:   # the worker's netns only
                    f.write("1")
        for ts, sport, dport, seq, frame in list(self.cap.frames):
            if pred(sport, dport, seq, frame):
                tx = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
                tx.bind(("lo", 0))
                ihl = (frame[14] & 0x0F) * 4
                total = struct.unpack("!H", frame[16:18])[0]
                doff = (frame[14 + ihl + 12] >> 4) * 4
                self.injections.append({"t_abs": time.time(), "sport": sport, "dport": dport, "seq": seq,
                                        "len": total - ihl - doff, "orig_t_abs": ts})
                tx.send(with_tcp_checksum(frame, ihl, total))
                tx.close()
                return True
        return False

    def undrop(self, rule):
        self.drops.remove(rule)


class AutoReader(threading.Thread):
    def __init__(self, lab, side, sock, conn, on_eof):
        super().__init__(daemon=True)
        self.lab, self.side, self.sock, self.conn, self.on_eof = lab, side, sock, conn, on_eof
        self.r, self.w = os.pipe()

    def run(self):
        import select
        while True:
            try:
                rl, _, _ = select.select([self.sock, self.r], [], [])
            except (OSError, ValueError):
                return
            if self.r in rl:
                return
            res, err = self.lab.call(self.side, self.sock, "recv_nb", 65536, conn=self.conn)
            if err == "EAGAIN":
                continue
            if err or res == b"":
                if not err and self.on_eof:
                    self.on_eof()
                return

    def stop(self):
        os.write(self.w, b"x")
        self.join(1)


def with_tcp_checksum(frame, ihl, total):
    """A captured lo frame carries only the pseudo-header sum (checksum offload); a frame put on the wire
    again by a packet socket is checked by the receiver, so its TCP checksum is computed in full."""
    ip = bytearray(frame[14:14 + total])
    tcp = ip[ihl:]
    tcp[16:18] = b"\0\0"
    data = bytes(ip[12:20]) + struct.pack("!BBH", 0, 6, len(tcp)) + bytes(tcp)
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    tcp[16:18] = struct.pack("!H", ~s & 0xFFFF)
    return bytes(frame[:14]) + bytes(ip[:ihl]) + bytes(tcp) + bytes(frame[14 + total:])


def errnoname(n):
    import errno as E
    return E.errorcode.get(n, str(n)) if n is not None else None


def worker(spec_file):
    import scenarios
    with open(spec_file) as f:
        spec = json.load(f)
    sc = scenarios.SCENARIOS[spec["scenario"]]
    # The applications' reaction times are the story's (the engine's: microseconds), not the load's: the worker,
    # its threads and the processes it starts (nft, a crashing child) run SCHED_FIFO, so a busy machine does not
    # hold a close() 100 ms behind its EOF or an nft rule behind its moment. Every thread mostly sleeps.
    try:
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(WORKER_RT_PRIORITY))
        realtime = True
    except (OSError, AttributeError):
        realtime = False
    lab = Lab(spec, server_port=sc.port)
    cap = Capture(spec.get("pcap"))
    lab.cap = cap
    cap.start()
    diag = Diag()
    lab.diag = diag
    diag.start()
    before = read_counters()
    error = None
    try:
        sc.fn(lab)
    except Exception as e:  # recorded in the observation; the namespace is still cleaned up by the parent
        import traceback
        error = f"{type(e).__name__}: {e}"
        traceback.print_exc()
    horizon = spec.get("until") or sc.horizon
    # wait until the horizon, or earlier when every connection socket is gone (the script has finished, so
    # nothing more can happen: the observation then stands for the whole horizon)
    ended_early = False
    while lab.now() < horizon:
        time.sleep(0.05)
        if sc.stop_when_gone and lab.now() > 0.3 and not diag.present:
            time.sleep(0.05)
            ended_early = True
            break
    end_abs = time.time()
    diag.stop()
    cap.stop()
    after = read_counters()
    for th in lab.drops.timers:
        th.join(0.1)
    delta = {k: after[k] - before.get(k, 0) for k in after if after[k] != before.get(k, 0)}
    obs = factlib.build_observation(
        scenario=spec["scenario"], spec=spec, lab=lab, packets=cap.packets, diag=diag, netstat_delta=delta,
        nft_counters=lab.drops.counters(), end_abs=end_abs, kind=sc.kind, error=error)
    obs["kernel"] = os.uname().release
    obs["worker_realtime"] = realtime
    if ended_early:
        obs["observed_until"] = obs["horizon"]
        obs["horizon"] = horizon
    if diag.errors:
        obs["status"] = "error"
        obs["error"] = (obs.get("error") or "") + f" sock_diag sampler: {diag.errors[0]}"
    if spec.get("pcap"):
        cap.write_pcap(spec["pcap"])
    _write_json(spec["out"], obs)


# ---------------------------------------------------------------------------------- CLI

def parse_kv(items, what):
    out = {}
    for it in items or []:
        if "=" not in it:
            raise SystemExit(f"{what} '{it}': expected KEY=VALUE")
        k, v = it.split("=", 1)
        out[k] = v
    return out


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_worker":
        worker(argv[1])
        return 0
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("scenario")
    r.add_argument("--set", action="append", default=[], metavar="net.ipv4.KEY=VALUE")
    r.add_argument("--opt", action="append", default=[], metavar="K=V")
    r.add_argument("--out", required=True)
    r.add_argument("--pcap")
    r.add_argument("--until", type=float, help="observe until S seconds after t0 (default: the scenario's)")
    sub.add_parser("list")
    sub.add_parser("check")
    a = p.parse_args(argv)
    if a.cmd == "check":
        why = environment_problem()
        print("ok" if why is None else f"SKIPPED: {why}")
        return 0 if why is None else SKIP
    if a.cmd == "list":
        import scenarios
        for name, sc in sorted(scenarios.SCENARIOS.items()):
            why = scenarios.skip_reason(sc)
            print(f"{name:24} {'SKIPPED: ' + why if why else sc.story}")
        return 0
    why = environment_problem()
    if why:
        print(f"SKIPPED: {why}", file=sys.stderr)
        return SKIP
    obs = run_scenario(a.scenario, parse_kv(a.set, "--set"), parse_kv(a.opt, "--opt"), a.out, a.pcap,
                       until=a.until)
    print(f"{a.scenario}: {obs.get('status')} -> {a.out}")
    return 0 if obs.get("status") in ("ok", "unplayable") else 1


if __name__ == "__main__":
    sys.exit(main())
