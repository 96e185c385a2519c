#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Plays the whole conformance matrix on this kernel, in parallel, and compares it with the engine.

    run_matrix.py play     --cli PATH --out DIR [--only a,b] [--jobs N]   all runs + comparisons -> DIR/results.json
    run_matrix.py report   --out DIR --scenario NAME                      one scenario's verdict from DIR/results.json
    run_matrix.py verified --out DIR [--write FILE]                       regenerate verified.json from a play
    run_matrix.py verify   --cli PATH SCENARIO [--set K=V]... [--opt K=V]... [--until S]
                                                                          one ad-hoc run on this kernel, fact table
    run_matrix.py selftest --out DIR                                      compare each observation with itself
                                                                          turned into engine JSON (checks the comparer)
Exit codes: 0 all facts pass; 1 a fact fails (or a run broke); 77 skipped: the reason is printed
(not root, no network namespaces, no nft, or the scenario cannot be played by one kernel on one machine).
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import compare as C  # noqa: E402
import facts as F  # noqa: E402
import host_sysctls as HS  # noqa: E402
import kernel_runner as R  # noqa: E402
import scenarios as S  # noqa: E402

ENGINE_DELAY = "0.000004"   # loopback one-way delay
PRECONDITION_RERUNS = 3     # a run whose premise did not hold (Scenario.precondition) is repeated at most this often
STALL_RERUNS = 2            # a run that disagreed while the runner stalled (StallWatch) is repeated at most this often
STALL_MS = 15               # a stall this long moves a kernel timer out of the 20 ms tolerance together with its own lateness


class StallWatch:
    """How late this process's own 2 ms sleeps woke, over time. A play shares two cores with everything
    else on the machine; when the machine (or the virtual machine's host) does not run it for tens of
    milliseconds, the kernel's timers under test fire that much late too (fin_unacked's first
    retransmission 26 ms late, process_crash's RST 78 ms late, in plays where nothing else was wrong):
    a measurement of the machine, not of the kernel's rules. A run that disagrees with the engine
    while such a stall happened is played again (STALL_RERUNS, reported); a run that agrees is kept,
    and tolerances are never widened. (The watch is a Python thread: a long call of another thread
    that holds the interpreter's lock makes it late too. That can only cause a replay of a run that
    disagreed, never a pass: a difference that is the engine's shows in every play.)"""

    def __init__(self):
        self._lock = threading.Lock()
        self._stalls = []          # (monotonic time the sleep ended, its lateness in s)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="stall-watch", daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _watch(self):
        period = 0.002
        while not self._stop.is_set():
            t = time.monotonic()
            time.sleep(period)
            late = time.monotonic() - t - period
            if late >= STALL_MS / 1000:
                with self._lock:
                    self._stalls.append((time.monotonic(), late))

    def worst(self, start, end):
        """The longest stall that ended between start and end (monotonic seconds), in ms; 0 if none."""
        with self._lock:
            return max((late * 1000 for t, late in self._stalls if start <= t <= end), default=0.0)


STALLS = None   # the play's StallWatch (cmd_play)


def case_id(name, i):
    return f"{name}#{i}"


def matrix(only=None):
    cases = []
    for name, sc in S.SCENARIOS.items():
        if only and name not in only:
            continue
        skip = S.skip_reason(sc)
        if skip:
            cases.append({"id": case_id(name, 0), "scenario": name, "unplayable": skip})
            continue
        for i, p in enumerate(sc.matrix):
            cases.append({"id": case_id(name, i), "scenario": name, "sets": {k: str(v) for k, v in p.sets.items()},
                          "opts": dict(p.opts), "until": p.until or sc.horizon, "why": p.why,
                          "drops": sc.engine_drops(p.opts) if sc.engine_drops else []})
    return cases


def engine_cmd(cli, case):
    cmd = [cli, "run", case["scenario"]]
    for k, v in case["sets"].items():
        cmd += ["--set", f"{k}={v}"]
    cmd += ["--delay", ENGINE_DELAY]
    for d in case["drops"]:
        cmd += ["--drop", d]
    for k, v in case["opts"].items():
        cmd += ["--opt", f"{k}={v}"]
    cmd += ["--seed", "1", "--until", str(case["until"]), "--json"]
    return cmd


def run_engine(cli, case, path):
    if not cli or not os.path.exists(cli):
        return {"error": f"closelab-cli not found at '{cli}' (build the app/cli target)"}
    cmd = engine_cmd(cli, case)
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        return {"error": "closelab-cli timed out after 120 s", "command": cmd}
    except OSError as ex:  # e.g. the binary being rebuilt right now
        return {"error": f"closelab-cli could not run: {ex}", "command": cmd}
    with open(path, "w") as f:
        f.write(r.stdout)
    if r.returncode != 0:
        return {"error": f"closelab-cli exit {r.returncode}: {r.stderr.strip()[:400]}", "command": cmd}
    try:
        return json.loads(r.stdout)
    except ValueError as ex:
        return {"error": f"closelab-cli printed no JSON object ({ex})", "command": cmd}


def play_case(case, cli, out):
    cid = case["id"].replace("#", "_")
    res = {"id": case["id"], "scenario": case["scenario"]}
    if case.get("unplayable"):
        res.update(status="unplayable", reason=case["unplayable"])
        return res
    res.update(sets=case["sets"], opts=case["opts"], until=case["until"], why=case["why"], drops=case["drops"])
    obs_path = os.path.join(out, cid + ".obs.json")
    t = time.time()
    premise = S.SCENARIOS[case["scenario"]].precondition
    missed = []     # why each repeated run did not count
    stalled = []    # the stalls of the runs played again because of them (StallWatch)
    eng = None
    rows = None     # the last run's comparison
    while True:
        began = time.monotonic()
        try:
            obs = R.run_scenario(case["scenario"], case["sets"], case["opts"], obs_path,
                                 pcap_path=os.path.join(out, cid + ".pcap"), until=case["until"])
        except Exception as ex:
            res.update(status="error", detail=f"kernel run failed: {type(ex).__name__}: {ex}", rows=[])
            return res
        stall = STALLS.worst(began, time.monotonic()) if STALLS else 0.0
        why = premise(obs) if premise and obs.get("status") == "ok" else None
        rows = None
        if why is not None:
            missed.append(why)
            if len(missed) > PRECONDITION_RERUNS:
                break
            continue
        if eng is None:
            eng = run_engine(cli, case, os.path.join(out, cid + ".engine.json"))
        rows = C.compare(obs, eng, C.load_known())
        if all(r["ok"] for r in rows) or stall < STALL_MS or len(stalled) >= STALL_RERUNS:
            break
        stalled.append(f"the runner woke {stall:.0f} ms late during the run and {sum(not r['ok'] for r in rows)} "
                       f"fact(s) disagreed")
    res["kernel_runtime_s"] = round(time.time() - t, 1)
    res["reruns"] = missed
    res["stall_reruns"] = stalled
    if obs.get("host_sysctls"):
        res["host_sysctls"] = obs["host_sysctls"]
    if eng is None:
        eng = run_engine(cli, case, os.path.join(out, cid + ".engine.json"))
    res["engine_command"] = " ".join(engine_cmd(cli or "closelab-cli", case))
    if rows is None:    # the premise never held: compared once, for the report
        rows = C.compare(obs, eng, C.load_known())
    if len(missed) > PRECONDITION_RERUNS:   # the premise never held: the facts below are not the story's
        rows.insert(0, {"fact": "precondition", "ok": False, "kernel": missed[-1], "engine": None,
                        "detail": f"not met in {len(missed)} runs: {missed[-1]}", "why": ""})
    res["rows"] = rows
    res["status"] = "passed" if all(r["ok"] for r in rows) else "failed"
    return res


def print_case(res, out=sys.stdout):
    head = f"{res['id']}  {res.get('sets', {})} {res.get('opts', {})}"
    if res["status"] == "unplayable":
        print(f"== {head}: SKIPPED ({res['reason']})", file=out)
        return
    if res["status"] == "error":
        print(f"== {head}: ERROR {res['detail']}", file=out)
        return
    C.print_rows(res["rows"], f"{head}  [{res.get('why', '')}] kernel run {res.get('kernel_runtime_s')} s", out)
    n = len(res["rows"])
    if res.get("reruns"):
        print(f"  note: the scenario's premise failed in {len(res['reruns'])} run(s), played again: "
              + "; ".join(res["reruns"]), file=out)
    if res.get("stall_reruns"):
        print(f"  note: played again {len(res['stall_reruns'])} time(s) after a stall: "
              + "; ".join(res["stall_reruns"]), file=out)
    print(f"  {res['status'].upper()}: {sum(r['ok'] for r in res['rows'])}/{n} facts", file=out)


def cmd_play(a):
    why = R.environment_problem()
    if why:
        print(f"SKIPPED: {why}")
        return R.SKIP
    os.makedirs(a.out, exist_ok=True)
    R.warm_up()
    only = set(a.only.split(",")) if a.only else None
    cases = matrix(only)
    # longest first so that the wall time is the longest run
    cases.sort(key=lambda c: -(c.get("until") or 0))
    # a set that moves a host-wide sysctl (orphan_overflow's tcp_max_orphans) runs alone, after the others:
    # their orphans count in the host-wide count it is checked against, and its limit would reset theirs
    alone = [c for c in cases if not c.get("unplayable") and S.SCENARIOS[c["scenario"]].host_sysctls]
    cases = [c for c in cases if c not in alone]
    host_before = {}
    if alone:
        HS.restore_leftovers()
        host_before = {k: HS.read(k) for k in HS.KEYS}
    t = time.time()
    global STALLS
    # Another checkout's play may run on this machine: the matrix shares the machine with other matrices,
    # the host-wide sets have it to themselves (host_sysctls.machine_lock()).
    with StallWatch() as STALLS:
        with HS.machine_lock(False, "the matrix"):
            with ThreadPoolExecutor(max_workers=a.jobs) as ex:
                results = list(ex.map(lambda c: play_case(c, a.cli, a.out), cases))
        if alone:
            with HS.machine_lock(True, "the sets that change host-wide sysctls"):
                for c in alone:      # in the main thread: HostSysctls restores on SIGTERM/SIGINT there
                    results.append(play_case(c, a.cli, a.out))
    host_restored = None
    if alone:
        host_after = {k: HS.read(k) for k in HS.KEYS}
        host_restored = host_after == host_before and not os.path.exists(HS.JOURNAL)
        print(f"host sysctls: before the play {host_before}, after {host_after}: "
              f"{'restored' if host_restored else 'NOT RESTORED'}")
    results.sort(key=lambda r: r["id"])
    for r in results:
        print_case(r)
    doc = {"kernel": os.uname().release, "date": datetime.date.today().isoformat(),
           "wall_time_s": round(time.time() - t, 1), "cli": a.cli, "results": results,
           "host_sysctls_restored": host_restored}
    with open(os.path.join(a.out, "results.json"), "w") as f:
        json.dump(doc, f, indent=1)
    counts = {}
    for r in results:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    print(f"matrix: {counts} in {doc['wall_time_s']} s")
    bad = [r for r in results if r["status"] in ("failed", "error")]
    if host_restored is False:
        print(f"FAILED: a host-wide sysctl was not restored: {HS.KEYS} were {host_before}, now "
              f"{ {k: HS.read(k) for k in HS.KEYS} } (journal {HS.JOURNAL})")
        bad = bad or [{"id": "host_sysctls", "detail": "not restored"}]
    if bad:
        # repeated (ctest --repeat until-fail:N repeats this fixture, not the reports that read its last
        # results), every play must stand for itself: the failing facts are named here and the play fails
        print(f"FAILED in this play: " + ", ".join(r["id"] for r in bad))
        for r in bad:
            fails = [x for x in r.get("rows") or [] if not x["ok"]]
            print(f"  {r['id']}: " + ("; ".join(f"{x['fact']}: {x['detail']}" for x in fails) or r.get("detail", "")))
    return 0 if not bad else 1


def load_results(out):
    p = os.path.join(out, "results.json")
    if not os.path.exists(p):
        return None
    with open(p) as f:
        return json.load(f)


def cmd_report(a):
    sc = S.SCENARIOS.get(a.scenario)
    if sc is None:
        print(f"unknown scenario {a.scenario}")
        return 1
    skip = S.skip_reason(sc)
    if skip:
        print(f"SKIPPED: {a.scenario}: {skip}")
        return R.SKIP
    why = R.environment_problem()
    if why:
        print(f"SKIPPED: {why}")
        return R.SKIP
    doc = load_results(a.out)
    mine = [r for r in (doc or {}).get("results", []) if r["scenario"] == a.scenario]
    if not mine:
        print(f"no results for {a.scenario} in {a.out}/results.json (did the kernel/play test run?)")
        return 1
    for r in mine:
        print_case(r)
        h = r.get("host_sysctls")
        if h:
            print(f"  host: {h.get('orphan_baseline')} orphans of the machine; set {h.get('set')} (was "
                  f"{h.get('old')}), restored and checked: {h.get('restored')}; orphans after: {h.get('orphans_after')}")
    if sc.default_note:
        print(f"  note: default parameters not played: {sc.default_note}")
    restored = True
    if sc.host_sysctls:
        restored = doc.get("host_sysctls_restored") is True
        if not restored:
            print(f"FAILED: the play did not verify that {', '.join(sc.host_sysctls)} was restored "
                  f"(host_sysctls_restored: {doc.get('host_sysctls_restored')})")
    return 0 if restored and all(r["status"] == "passed" for r in mine) else 1


def cmd_verified(a):
    doc = load_results(a.out)
    if doc is None:
        print(f"no {a.out}/results.json: run `run_matrix.py play` first")
        return 1
    major_minor = ".".join(doc["kernel"].split(".")[:2])
    ver = {}
    for r in sorted(doc["results"], key=lambda r: r["id"]):
        if r["status"] == "unplayable":
            continue
        v = ver.setdefault(r["scenario"], {"kernel": major_minor, "date": doc["date"], "passed": True, "sets": []})
        v["passed"] = v["passed"] and r["status"] == "passed"
        rows = r.get("rows") or []
        # one parameter set as the GUI shows it: the moved sysctls and options, the facts compared
        v["sets"].append({"sysctls": r.get("sets", {}), "options": r.get("opts", {}), "facts": len(rows),
                          "agree": sum(1 for x in rows if x["ok"]), "passed": r["status"] == "passed"})
    path = a.write or os.path.join(HERE, "verified.json")
    with open(path, "w") as f:
        json.dump(dict(sorted(ver.items())), f, indent=1)
        f.write("\n")
    print(f"wrote {path}: {sum(v['passed'] for v in ver.values())}/{len(ver)} scenarios verified on Linux "
          f"{major_minor}")
    return 0


def obs_to_engine(obs):
    """A kernel observation written as engine JSON (for the comparer's self-test)."""
    n = obs["normal"]
    ev = []
    for p in n["packets"]:
        if p.get("network_copy"):
            continue
        host = "client" if p["dir"] == "c2s" else "server"
        ev.append({"t": p["t"], "host": host, "conn": p["conn"], "type": "send", "flags": p["flags"],
                   "seq": p["seq"], "ack": p["ack"] or 0, "len": p["len"]})
        if p["dropped"]:
            ev.append({"t": p["t"], "host": "server" if host == "client" else "client", "conn": p["conn"],
                       "type": "drop", "flags": p["flags"], "seq": p["seq"], "reason": "drop_rule"})
    for key, st in n["states"].items():
        side, conn = key.split("/")
        prev = "CLOSED"
        for s, t in st:
            if s == "GONE":
                g = n["gone"].get(key, {})
                ev.append({"t": t, "host": side, "conn": int(conn), "type": "gone", "reason": g.get("reason")})
            else:
                ev.append({"t": t, "host": side, "conn": int(conn), "type": "state", "from": prev, "to": s})
                prev = s
    for a in n["apps"]:
        ev.append({"t": a["t"], "host": a["side"], "conn": a["conn"], "type": "app", "call": a["call"],
                   "result": a["result"], "errno": a["errno"] or ""})
    ev.sort(key=lambda e: e["t"])
    return {"scenario": obs["scenario"], "seed": 1, "params": obs.get("sysctls_set", {}), "events": ev,
            "summary": {}}


def cmd_verify(a):
    """closelab-cli verify: play one scenario with the given parameters on this kernel and compare."""
    why = R.environment_problem()
    if why:
        print(f"SKIPPED: {why}")
        return R.SKIP
    sc = S.SCENARIOS.get(a.scenario)
    if sc is None:
        print(f"verify: no kernel story for '{a.scenario}' (run_matrix.py list shows them)")
        return 2
    skip = S.skip_reason(sc)
    if skip:
        print(f"SKIPPED: {a.scenario}: {skip}")
        return R.SKIP
    sets = dict(kv.split("=", 1) for kv in a.set or [])
    opts = dict(kv.split("=", 1) for kv in a.opt or [])
    base = sc.matrix[0] if sc.matrix else None
    until = a.until or (base.until if base and base.until else sc.horizon)
    case = {"id": f"{a.scenario}#verify", "scenario": a.scenario, "sets": sets, "opts": opts, "until": until,
            "why": "closelab-cli verify", "drops": sc.engine_drops(opts) if sc.engine_drops else []}
    import tempfile
    with tempfile.TemporaryDirectory(prefix="closelab-verify-") as out:
        res = play_case(case, a.cli, out)
    print_case(res)
    return 0 if res["status"] == "passed" else 1


def cmd_selftest(a):
    bad = 0
    files = [f for f in sorted(os.listdir(a.out)) if f.endswith(".obs.json")] if os.path.isdir(a.out) else []
    if not files:
        print(f"SKIPPED: no kernel observations in {a.out} (kernel/play did not run here)")
        return R.SKIP
    for fn in files:
        if not fn.endswith(".obs.json"):
            continue
        with open(os.path.join(a.out, fn)) as f:
            obs = json.load(f)
        eng = obs_to_engine(obs)
        rows = [r for r in C.compare(obs, eng) if not r["fact"].startswith("TcpExt.")
                and r["fact"] not in (obs.get("extra_facts") or {})]
        ok = all(r["ok"] for r in rows)
        bad += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {fn}: {sum(r['ok'] for r in rows)}/{len(rows)}")
        if not ok:
            C.print_rows([r for r in rows if not r["ok"]])
        # robustness: an engine JSON with nothing in it must give FAIL lines, not a crash
        for broken in ({}, {"events": []}, {"events": [{"type": "send"}]}, {"error": "x"}, []):
            rr = C.compare(obs, broken)
            assert rr and not all(r["ok"] for r in rr), (fn, broken)
    return 0 if bad == 0 else 1


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("play")
    p.add_argument("--cli", default="")
    p.add_argument("--out", required=True)
    p.add_argument("--only")
    p.add_argument("--jobs", type=int, default=16)
    p.add_argument("--setup", action="store_true", help="run as the ctest fixture (same verdict: exit 1 when a fact failed)")
    r = sub.add_parser("report")
    r.add_argument("--out", required=True)
    r.add_argument("--scenario", required=True)
    v = sub.add_parser("verified")
    v.add_argument("--out", required=True)
    v.add_argument("--write")
    ve = sub.add_parser("verify")
    ve.add_argument("--cli", default="")
    ve.add_argument("scenario")
    ve.add_argument("--set", action="append")
    ve.add_argument("--opt", action="append")
    ve.add_argument("--until", type=float)
    s = sub.add_parser("selftest")
    s.add_argument("--out", required=True)
    sub.add_parser("list")
    a = ap.parse_args(argv)
    if a.cmd == "list":
        for c in matrix():
            print(c["id"], c.get("unplayable") or f"{c['sets']} {c['opts']} until={c['until']}")
        return 0
    return {"play": cmd_play, "report": cmd_report, "verified": cmd_verified, "selftest": cmd_selftest,
            "verify": cmd_verify}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
