#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""closelab-cli explain on the captures the kernel suite makes of its own runs (kernel/play writes
<case>.pcap beside <case>.obs.json). For each run: retransmissions by kind against the kernel's own
counters (Tcp.RetransSegs, TcpExt.TCPSynRetrans), every inferred sysctl set contains the value the run
used (for a finding that holds only after close() or shutdown(), when the run made that call), and each
socket's sock_diag states appear in the inferred states in the same order (connections matched by start).

    capture_check.py --cli build/app/cli/closelab-cli --results build/tests/kernel/results

Exit 0: all agree; 1: a disagreement (each printed); 77: no results (kernel/play skipped or not run)."""
import argparse
import glob
import json
import os
import subprocess
import sys

# States a capture can show: sock_diag's request sockets and listeners are not connections' states.
SHOWN = {"SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT1", "FIN_WAIT2", "CLOSING", "TIME_WAIT",
         "CLOSE_WAIT", "LAST_ACK", "GONE"}


def subsequence(kernel, mine):
    it = iter(mine)
    return all(any(m == k for m in it) for k in kernel)


def check(cli, obs_path):
    problems = []
    obs = json.load(open(obs_path))
    pcap = obs_path[:-len(".obs.json")] + ".pcap"
    if obs.get("status") != "ok" or not os.path.exists(pcap):
        return None
    run = subprocess.run([cli, "explain", pcap, "--json"], capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        return [f"explain exited {run.returncode}: {run.stderr.strip()}"]
    out = json.loads(run.stdout)
    conns = out["connections"]
    netstat = obs.get("netstat_delta", {})
    retrans = {k: 0 for k in ("SYN", "SYN-ACK", "FIN", "DATA", "PROBE", "KEEPALIVE")}
    for c in conns:
        for side in ("client", "server"):
            for k, n in c["retransmissions"][side].items():
                retrans[k] += n
    segs = retrans["SYN"] + retrans["SYN-ACK"] + retrans["FIN"] + retrans["DATA"]
    if segs != netstat.get("Tcp.RetransSegs", 0):
        problems.append(f"retransmitted segments {segs}, the kernel's Tcp.RetransSegs {netstat.get('Tcp.RetransSegs', 0)}")
    syn = retrans["SYN"] + retrans["SYN-ACK"]
    if syn != netstat.get("TcpExt.TCPSynRetrans", 0):
        problems.append(f"SYN/SYN-ACK retransmissions {syn}, the kernel's TCPSynRetrans {netstat.get('TcpExt.TCPSynRetrans', 0)}")
    sysctls = obs.get("sysctls_in_netns", {})
    calls = {(a.get("side"), a.get("call")) for a in obs.get("normal", {}).get("apps", [])}
    for c in conns:
        for f in c["findings"]:
            key = f.get("sysctl")
            if not key or sysctls.get(key) is None:
                continue
            cond = f.get("if")
            if cond and not any(s == f["side"] and (call or "").startswith(cond) for s, call in calls):
                continue
            try:
                used = int(str(sysctls[key]).split()[0])
            except ValueError:
                continue
            ok = f["min"] <= used <= f["max"] if "min" in f else used in f["values"]
            if not ok:
                problems.append(f"connection {c['id']}: {f['code']} {key} {f.get('values', [f.get('min'), f.get('max')])} "
                                f"does not contain the run's {used}")
    states = obs.get("normal", {}).get("states", {})
    # A state reached after the capture's last packet cannot be shown by it (unless a rule says when).
    packets = obs.get("normal", {}).get("packets", [])
    capture_end = packets[-1]["t"] if packets and isinstance(packets[-1], dict) and "t" in packets[-1] else None
    for key, timeline in states.items():
        side, _, index = key.partition("/")
        if side not in ("client", "server") or not index.isdigit() or int(index) >= len(conns):
            continue
        mine = [s for s, _t in conns[int(index)]["states"][side]]
        kernel = [s for s, t in timeline if s in SHOWN and (capture_end is None or t <= capture_end + 0.5 or s in mine)]
        if kernel and kernel[0] == "ESTABLISHED" and "ESTABLISHED" not in mine:
            kernel = kernel[1:]
        if not subsequence(kernel, mine):
            problems.append(f"{key}: sock_diag {kernel}, inferred {mine}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--results", required=True)
    a = ap.parse_args()
    runs = sorted(glob.glob(os.path.join(a.results, "*.obs.json")))
    if not runs or not a.cli or not os.path.exists(a.cli):
        print("capture_check: no kernel results (kernel/play skipped or not run)")
        return 77
    failed = checked = 0
    for path in runs:
        problems = check(a.cli, path)
        if problems is None:
            continue
        checked += 1
        for p in problems:
            print(f"{os.path.basename(path)}: {p}")
        failed += bool(problems)
    print(f"capture_check: {checked} captures explained, {failed} disagreeing with the kernel")
    if checked == 0:
        return 77
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
