#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compares a kernel observation with the engine's JSON for the same inputs, fact by fact.

    compare.py OBS.json ENGINE.json [--json out.json]      exit 0 = every fact passes, 1 = a fact fails

Tolerances (stated once, here; never widened to make a test pass):
  * counts, sequences, reasons, errno names: exact;
  * times: |engine - kernel| <= max(20 ms, 10 % of the kernel's value); segment, retransmission and RST
    times run from the first segment that side sent after t0 (like the oracle's *_rel_first);
  * states are sampled (sock_diag, every 10 ms, later under load): a state entry (or a socket's end) lies
    between the last sample before it and the first sample showing it; the time tolerance applies to that
    window (the window is measured, not a tolerance);
  * visibility: a state the engine holds for less than VISIBLE_S = 30 ms may be missing from the kernel's
    sequence; a state held longer must be there;
  * segments are compared per direction (a host's own segments are ordered; two hosts sending in the same
    instant are not).
A fact the engine's JSON does not contain is a FAIL that says so (never a crash, never a pass).
Known, explained differences live in known_differences.json ({scenario: {fact: why}}); they are printed
with the FAIL line, and are still failures.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import facts as F  # noqa: E402

ABS_TOL = 0.020
REL_TOL = 0.10
VISIBLE_S = 0.030


def tol(k):
    return max(ABS_TOL, REL_TOL * abs(k))


def fmt_t(x):
    return "—" if x is None else f"{x:.4f}"


# ------------------------------------------------------------------------------------ fact extraction

def fact_table(norm, kind, counters, horizon=None, extra_names=None):
    """Ordered list of (fact, type, value). Types: states, time, times, count, reason, seq, counts."""
    out = []
    if kind == "population":
        pf = F.population_facts(norm)
        out.append(("connect_results", "counts", pf["connect_results"]))
        for side in ("client", "server"):
            out.append((f"{side}.final_states", "counts", pf[f"{side}_final_states"]))
            out.append((f"{side}.gone_reasons", "counts", pf[f"{side}_gone_reasons"]))
        out.append(("max_time_wait", "count", pf["max_time_wait"]))
        out.append(("connect_recovered_t", "time", pf["connect_recovered_t"]))
        for side in ("client", "server"):
            rt, rst = {}, 0
            conns = sorted({p["conn"] for p in norm["packets"]})
            for c in conns:
                for p in F._side_packets(norm, side, c):
                    if p["retrans"]:
                        rt[p["kind"]] = rt.get(p["kind"], 0) + 1
                    if p["kind"] == "RST":
                        rst += 1
            out.append((f"{side}.retransmissions", "counts", rt))
            out.append((f"{side}.rst_sent", "count", rst))
    else:
        for side in ("client", "server"):
            key = f"{side}/0"
            out.append((f"{side}.states", "states", (norm["states"].get(key), norm.get("state_windows", {}).get(key))))
            g = norm["gone"].get(key)
            w = (norm.get("state_windows", {}).get(key) or [[None]])[-1][0]
            # the kernel's gone time lies between the last sample that showed the socket and the first that did not
            out.append((f"{side}.gone_t", "time", (g["t"], w) if g and w is not None and w < g["t"] else
                        (g["t"] if g else None)))
            out.append((f"{side}.gone_reason", "reason", g.get("reason") if g else None))
            out.append((f"{side}.errnos", "seq",
                        [a["errno"] for a in norm["apps"] if a["side"] == side and a["conn"] == 0 and a["errno"]]))
            sp = F._side_packets(norm, side, 0)
            rt = {}
            for p in sp:
                if p["retrans"]:
                    rt[p["kind"]] = rt.get(p["kind"], 0) + 1
            out.append((f"{side}.retransmissions", "counts", rt))
            # Times run from the first segment this side sent after t0, as the oracle's *_rel_first do: when
            # the application's call reached the kernel is the Python runner's scheduling, not TCP.
            base = next((p["t"] for p in sp if p["t"] >= -1e-9), 0.0)
            out.append((f"{side}.retransmission_times", "times", [p["t"] - base for p in sp if p["retrans"]]))
            rsts = [p for p in sp if p["kind"] == "RST"]
            out.append((f"{side}.rst_sent", "count", len(rsts)))
            out.append((f"{side}.rst_flags", "seq", [p["flags"] for p in rsts]))
            out.append((f"{side}.rst_times", "times", [p["t"] - base for p in rsts]))
        # per direction: a host's own segments have a defined order; the interleaving of two hosts
        # sending in the same instant has none, so it is not a fact
        for side, d in (("client", "c2s"), ("server", "s2c")):
            seg = [p for p in norm["packets"] if p["conn"] == 0 and p["dir"] == d and p["t"] >= -1e-9 and
                   (horizon is None or p["t"] <= horizon)]
            seg = [p for p in seg if not p.get("network_copy")]
            out.append((f"{side}.segments_after_t0", "seq",
                        [f"{p['flags']} {p['len']}" + (" dropped" if p["dropped"] else "") for p in seg]))
            first = seg[0]["t"] if seg else 0.0
            out.append((f"{side}.segment_times_after_first", "times", [p["t"] - first for p in seg]))
    for k, v in sorted(counters.items()):
        out.append((k, "count", v))
    for k in extra_names or []:
        out.append((k, "count", (norm.get("extra_facts") or {}).get(k)))
    return out


# ------------------------------------------------------------------------------------ comparison

def compare_states(k, e, win=None):
    """Returns (ok, detail). `win` gives, per kernel entry, the sampling window [last sample before,
    first sample showing it]: the true entry time lies inside it, so the tolerance applies to the window."""
    if e is None and not k:
        return True, ""
    if e is None:
        return False, "engine JSON has no state events for this socket"
    k = k or []
    msgs = []
    ki = 0
    pairs = []
    for i, (s, t) in enumerate(e):
        nxt = e[i + 1][1] if i + 1 < len(e) else None
        dur = (nxt - t) if nxt is not None else float("inf")
        if ki < len(k) and k[ki][0] == s:
            lo = win[ki][0] if win and ki < len(win) and win[ki][0] is not None else k[ki][1]
            pairs.append((s, k[ki][1], t, lo))
            ki += 1
        elif s == "GONE" or dur >= VISIBLE_S:
            if ki < len(k):
                msgs.append(f"engine enters {s} at {fmt_t(t)} (held {dur:.3f} s) where the kernel showed "
                            f"{k[ki][0]} at {fmt_t(k[ki][1])}")
            else:
                msgs.append(f"engine enters {s} at {fmt_t(t)} (held {dur:.3f} s); the kernel never showed it")
            break
    else:
        if ki < len(k):
            msgs.append(f"kernel showed {k[ki][0]} at {fmt_t(k[ki][1])}; the engine never enters it after "
                        f"{e[-1][0] if e else 'nothing'}")
    if not msgs:
        for s, tk, te, lo in pairs:
            if tk < 0:
                continue
            if not (min(lo, tk) - tol(tk) <= te <= tk + tol(tk)):
                seen = f"between {fmt_t(lo)} and {fmt_t(tk)}" if lo < tk else f"at {fmt_t(tk)}"
                msgs.append(f"{s} entered at {fmt_t(te)} in the engine, {seen} in the kernel "
                            f"(tolerance {tol(tk) * 1000:.0f} ms)")
    return not msgs, "; ".join(msgs)


def compare_fact(typ, kv, ev):
    if typ == "states":
        kst, kwin = kv if isinstance(kv, tuple) else (kv, None)
        est = ev[0] if isinstance(ev, tuple) else ev
        return compare_states(kst, est, kwin)
    if ev is None and kv is not None and typ in ("time", "reason", "count", "counts"):
        return False, "missing in the engine's JSON"
    if typ == "time":
        if kv is None and ev is None:
            return True, ""
        if kv is None or ev is None:
            return False, "one side has it, the other not"
        if isinstance(kv, (tuple, list)):      # (first sample without it, last sample with it)
            hi, lo = kv
            return (lo - tol(hi) <= ev <= hi + tol(hi),
                    f"engine {fmt_t(ev)}, kernel between {fmt_t(lo)} and {fmt_t(hi)} (tolerance {tol(hi) * 1000:.0f} ms)")
        return abs(kv - ev) <= tol(kv), f"|Δ| = {abs(kv - ev) * 1000:.1f} ms, tolerance {tol(kv) * 1000:.0f} ms"
    if typ == "times":
        ev = ev or []
        if len(kv) != len(ev):
            return False, f"{len(kv)} in the kernel, {len(ev)} in the engine"
        bad = [(i, a, b) for i, (a, b) in enumerate(zip(kv, ev)) if abs(a - b) > tol(a)]
        if bad:
            i, a, b = bad[0]
            return False, (f"{len(bad)} outside tolerance; first #{i + 1}: kernel {fmt_t(a)}, engine {fmt_t(b)} "
                           f"(tolerance {tol(a) * 1000:.0f} ms)")
        return True, ""
    if typ == "seq":
        ev = ev or []
        if kv == ev:
            return True, ""
        for i, (a, b) in enumerate(zip(kv, ev)):
            if a != b:
                return False, f"first difference at #{i + 1}: kernel '{a}', engine '{b}'"
        return False, f"kernel has {len(kv)}, engine {len(ev)}; first extra: " + \
            repr((kv[len(ev)] if len(kv) > len(ev) else ev[len(kv)]))
    if typ == "counts":
        kv, ev = kv or {}, ev or {}
        diff = {x: (kv.get(x, 0), ev.get(x, 0)) for x in set(kv) | set(ev) if kv.get(x, 0) != ev.get(x, 0)}
        return not diff, ", ".join(f"{x}: kernel {a}, engine {b}" for x, (a, b) in sorted(diff.items()))
    return kv == ev, f"kernel {kv!r}, engine {ev!r}"


def compare(obs, engine_doc, known=None):
    """-> list of rows {fact, ok, kernel, engine, detail, why}."""
    rows = []
    kind = obs.get("kind", "single")
    scen = obs.get("scenario")
    known = (known or {}).get(scen, {})
    if obs.get("status") != "ok":
        return [{"fact": "kernel_observation", "ok": False, "kernel": obs.get("status"), "engine": None,
                 "detail": obs.get("error") or obs.get("reason") or "observation not ok", "why": ""}]
    if not isinstance(engine_doc, dict) or "error" in engine_doc and not engine_doc.get("events"):
        return [{"fact": "engine_run", "ok": False, "kernel": "ok", "engine": None,
                 "detail": (engine_doc or {}).get("error", "no engine JSON") if isinstance(engine_doc, dict)
                 else "engine output is not a JSON object", "why": ""}]
    enorm = F.normalize_engine(engine_doc)
    horizon = obs.get("horizon")
    extra = sorted(obs.get("extra_facts") or {})
    knorm = dict(obs["normal"], extra_facts=obs.get("extra_facts") or {})
    kfacts = fact_table(knorm, kind, F.kernel_counters(obs), horizon, extra)
    efacts = {n: v for n, _t, v in fact_table(enorm, kind, enorm["counters"], horizon, extra)}
    if not enorm["has_events"]:
        rows.append({"fact": "engine_events", "ok": False, "kernel": "present", "engine": "missing",
                     "detail": "the engine's JSON has no events: every fact below is compared against nothing",
                     "why": ""})
    for name, typ, kv in kfacts:
        ev = efacts.get(name)
        if typ == "states" and not enorm["states"].get(name.split(".")[0] + "/0"):
            ev = None
        if typ == "reason" and ev is None and kv is not None:
            ok, detail = False, "the engine reports no gone_reason for this socket"
        else:
            try:
                ok, detail = compare_fact(typ, kv, ev)
            except Exception as ex:  # robust: a malformed engine value is a FAIL, not a crash
                ok, detail = False, f"cannot compare ({type(ex).__name__}: {ex})"
        if typ == "states" or (typ == "time" and isinstance(kv, tuple)):
            kv = kv[0] if isinstance(kv, tuple) else kv
            ev = ev[0] if isinstance(ev, tuple) else ev
        rows.append({"fact": name, "ok": bool(ok), "kernel": kv, "engine": ev, "detail": "" if ok else detail,
                     "why": "" if ok else known.get(name, "")})
    return rows


def short(v, n=70):
    s = json.dumps(v, separators=(",", ":")) if not isinstance(v, str) else v
    return s if len(s) <= n else s[: n - 1] + "…"


def print_rows(rows, title="", out=sys.stdout):
    if title:
        print(f"== {title}", file=out)
    for r in rows:
        tag = "PASS" if r["ok"] else "FAIL"
        print(f"  {tag}  {r['fact']:<28} kernel={short(r['kernel'])}  engine={short(r['engine'])}", file=out)
        if not r["ok"]:
            print(f"        differs: {r['detail']}", file=out)
            if r.get("why"):
                print(f"        why: {r['why']}", file=out)


def load_known():
    p = os.path.join(HERE, "known_differences.json")
    if os.path.exists(p):
        with open(p) as f:
            return json.load(f)
    return {}


def main(argv=None):
    ap = argparse.ArgumentParser(description="kernel observation vs engine JSON, per fact")
    ap.add_argument("observation")
    ap.add_argument("engine_json")
    ap.add_argument("--json", help="also write the fact table here")
    a = ap.parse_args(argv)
    with open(a.observation) as f:
        obs = json.load(f)
    try:
        with open(a.engine_json) as f:
            eng = json.load(f)
    except (OSError, ValueError) as ex:
        eng = {"error": f"cannot read engine JSON: {ex}"}
    rows = compare(obs, eng, load_known())
    print_rows(rows, f"{obs.get('scenario')} {obs.get('sysctls_set', {})} {obs.get('options', {})}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(rows, f, indent=1)
    ok = all(r["ok"] for r in rows)
    print(f"  {'PASSED' if ok else 'FAILED'}: {sum(r['ok'] for r in rows)}/{len(rows)} facts")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
