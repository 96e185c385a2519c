#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Captures real `ss`/`nstat`/`netstat`/`/proc/net`/`sysctl` text while the kernel suite plays a population
scenario, as fixtures for the server-snapshot parsers (tests/data/server/<scenario>/).

    sudo tests/server/capture_fixtures.py [--out tests/data/server] [SCENARIO...]

Each scenario is played by tests/kernel/kernel_runner.py exactly as the conformance suite plays it (its first
matrix entry: fresh network namespace, the entry's sysctls and options); at the scenario's peak (seconds after
t0 below) the commands run inside the same namespace. Counters (nstat, netstat -s, /proc/net/netstat) are
the namespace's own, counted from its creation. `sysctl -a` is kept to its net.* and fs.* lines. Root only;
CI does not run this: the fixtures are committed.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kernel"))

import kernel_runner  # noqa: E402
import scenarios  # noqa: E402

# scenario -> seconds after t0 when its story is at its peak
PEAK = {
    "tw_bucket_overflow": 1.5,     # 20 connections done (~0.5 s), TIME_WAIT held at tcp_max_tw_buckets
    "port_exhaustion": 1.5,        # every port of the range in TIME_WAIT, connect() retried and failing
    "close_wait_leak": 1.5,        # 10 server sockets in CLOSE_WAIT
    "accept_queue_overflow": 2.0,  # 5 clients, backlog + 1 held, the rest retrying their handshake
    "syn_flood": 1.0,              # spoofed requests in SYN_RECV, cookies sent, the client connected
}
WORKER_T0 = 0.1   # listen() to t0, about

COMMANDS = {
    "ss-tan.txt": ["ss", "-tan"],
    "ss-tano.txt": ["ss", "-tano"],
    "ss-ltn.txt": ["ss", "-ltn"],
    "ss-s.txt": ["ss", "-s"],
    "netstat-ant.txt": ["netstat", "-ant"],
    "netstat-s.txt": ["netstat", "-s"],
    "nstat-az.txt": ["nstat", "-az"],
    "proc-net-sockstat.txt": ["cat", "/proc/net/sockstat"],
    "proc-net-netstat.txt": ["cat", "/proc/net/netstat"],
    "proc-net-snmp.txt": ["cat", "/proc/net/snmp"],
    "proc-net-tcp.txt": ["cat", "/proc/net/tcp"],
    "proc-net-tcp6.txt": ["cat", "/proc/net/tcp6"],
    "sysctl-a.txt": ["sh", "-c", "sysctl -a 2>/dev/null | grep -E '^(net|fs)\\.'"],
    "ulimit-n.txt": ["sh", "-c", "ulimit -n"],
}


def find_namespace(prefix, deadline):
    while time.time() < deadline:
        r = subprocess.run(["ip", "netns", "list"], stdout=subprocess.PIPE, text=True)
        for line in r.stdout.splitlines():
            name = line.split()[0] if line.split() else ""
            if name.startswith(prefix):
                return name
        time.sleep(0.005)
    return None


def capture(name, out_root):
    spec = scenarios.SCENARIOS[name]
    param = spec.matrix[0]
    sets = {k: str(v) for k, v in param.sets.items()}
    opts = dict(param.opts)
    tmp = tempfile.mkdtemp(prefix="closelab_capture_")
    obs_path = os.path.join(tmp, "obs.json")
    prefix = f"clk_{name[:20]}_"
    result = {}

    def play():
        try:
            result["obs"] = kernel_runner.run_scenario(name, sets, opts, obs_path, until=param.until)
        except Exception as e:  # reported below
            result["error"] = str(e)

    dmesg_before = len(subprocess.run(["dmesg"], stdout=subprocess.PIPE, text=True).stdout.splitlines())
    th = threading.Thread(target=play)
    th.start()
    ns = find_namespace(prefix, time.time() + 10)
    if not ns:
        th.join()
        raise SystemExit(f"{name}: namespace {prefix}* never appeared ({result.get('error')})")
    # t0 follows the listen() of every population script closely (listen, then sleep until t0): wait for the
    # listener to appear in the namespace, then for the peak
    deadline = time.time() + 10
    while time.time() < deadline:
        r = subprocess.run(["ip", "netns", "exec", ns, "ss", "-Hltn"], stdout=subprocess.PIPE, text=True)
        if r.stdout.strip():
            break
        time.sleep(0.01)
    time.sleep(WORKER_T0 + PEAK[name])
    out = os.path.join(out_root, name)
    os.makedirs(out, exist_ok=True)
    env = dict(os.environ, NSTAT_HISTORY=os.path.join(tmp, "nstat.history"))
    for fname, cmd in COMMANDS.items():
        r = subprocess.run(["ip", "netns", "exec", ns] + cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, env=env)
        with open(os.path.join(out, fname), "w") as f:
            f.write(r.stdout)
    # dmesg is the host's: keep only the TCP lines written while the scenario ran
    r = subprocess.run(["dmesg"], stdout=subprocess.PIPE, text=True)
    lines = [ln for ln in r.stdout.splitlines()[dmesg_before:] if "TCP:" in ln or "SYN flooding" in ln]
    with open(os.path.join(out, "dmesg.txt"), "w") as f:
        f.write("\n".join(lines[-5:]) + ("\n" if lines else ""))
    th.join()
    with open(os.path.join(out, "capture.info"), "w") as f:
        f.write(f"Captured by tests/server/capture_fixtures.py on Linux {os.uname().release}, "
                f"{time.strftime('%Y-%m-%d', time.gmtime())}: kernel suite scenario {name}, "
                f"sysctls {sets}, options {opts}, {PEAK[name]} s after t0 "
                f"(run status: {result.get('obs', {}).get('status', result.get('error'))}).\n")
    print(f"{name}: {out}")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out", default=os.path.join(HERE, "..", "data", "server"))
    p.add_argument("scenario", nargs="*", default=list(PEAK))
    a = p.parse_args()
    why = kernel_runner.environment_problem()
    if why:
        print(f"SKIPPED: {why}", file=sys.stderr)
        return 77
    for name in a.scenario:
        capture(name, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
