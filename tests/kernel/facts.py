# SPDX-License-Identifier: GPL-3.0-or-later
"""One vocabulary for what happened, from either a kernel run or an engine run.

Both sides are first brought to a *normal form*:
    packets: [{t, dir ('c2s'|'s2c'), flags (tcpdump text), seq, ack, len, conn, dropped}]
    states:  {"client/0": [[STATE, t], ..., ["GONE", t]], "server/0": ...}
    gone:    {"client/0": {"t": .., "reason": ..}}
    apps:    [{t, side, conn, call, result, errno}]
    counters:{name: delta}
and then reduced by fact_table() to the facts the comparer checks. The same classifier (retransmission,
keepalive probe, RST) runs over the kernel's capture and over the engine's send events, so a difference is
a difference in behaviour, never in bookkeeping.
"""
from __future__ import annotations

FIN, SYN, RST, PSH, ACK = 0x01, 0x02, 0x04, 0x08, 0x10
M32 = 1 << 32
CLOSING_STATES = ("FIN_WAIT1", "FIN_WAIT2", "CLOSING", "TIME_WAIT", "LAST_ACK")


def flags_text(f):
    s = ""
    if f & SYN:
        s += "S"
    if f & FIN:
        s += "F"
    if f & RST:
        s += "R"
    if f & PSH:
        s += "P"
    if f & ACK:
        s += "."
    return s


def flags_bits(text):
    b = 0
    for ch, bit in (("S", SYN), ("F", FIN), ("R", RST), ("P", PSH), (".", ACK)):
        if ch in text:
            b |= bit
    return b


# ------------------------------------------------------------------------------------- kernel side

def _split_generations(tl):
    """A diag timeline of one 4-tuple -> list of generations (port reuse)."""
    gens, cur = [], []
    for rec in tl:
        if rec["state"] == "GONE":
            cur.append(rec)
            gens.append(cur)
            cur = []
            continue
        cur.append(rec)
    if cur:
        gens.append(cur)
    return gens


def _drop_matches(rule, p_dir, p_flags, p_len):
    if rule["dir"] != p_dir:
        return False
    m = rule["match"]
    pure = p_len == 0 and not (p_flags & (SYN | FIN | RST))
    return {"any": True, "syn": p_flags & (SYN | ACK) == SYN, "synack": p_flags & (SYN | ACK) == SYN | ACK,
            "ack": pure and bool(p_flags & ACK), "fin": bool(p_flags & FIN), "rst": bool(p_flags & RST),
            "data": p_len > 0 and not (p_flags & (SYN | RST)), "nonsyn": not (p_flags & SYN)}[m]


def build_observation(scenario, spec, lab, packets, diag, netstat_delta, nft_counters, end_abs, kind, error):
    t0 = lab.t0
    port = lab.server_port
    rel = lambda ts: round(ts - t0, 4)  # noqa: E731

    # --- connections from the capture: client port + client ISN
    conns_by_port = {}
    for i, p in enumerate(lab.client_ports):
        if p is not None:
            conns_by_port.setdefault(p, []).append(i)
    gen_of = {}          # (cport, client ISN) -> conn index
    used = {}            # cport -> number of generations assigned
    isn = {}             # (conn, dir) -> ISN
    norm_pk = []
    rules = lab.drops.rules
    nmatch = [0] * len(rules)
    dropped_by = {}      # rule text -> segments of the capture dropped by it so far
    current = {}         # cport -> conn
    flow_last = {}       # cport -> time of the flow's last segment that got through (stateful firewall)
    injected = list(getattr(lab, "injections", []))
    conn_of_orig = {}    # (ts, sport, seq) -> conn: a network copy belongs to its original's connection
    ignore = getattr(lab, "ignore_ports", set())
    for (ts, src, sport, dst, dport, fl, seq, ack, ln, win) in packets:
        if dport == port:
            d, cport = "c2s", sport
        elif sport == port:
            d, cport = "s2c", dport
        else:
            continue
        if cport in ignore:
            continue
        copy_of = next((j for j in injected if ts >= j["t_abs"] - 0.0005 and (sport, dport, seq, ln) ==
                        (j["sport"], j["dport"], j["seq"], j["len"])), None)
        if copy_of is not None:
            injected.remove(copy_of)
        if d == "c2s" and fl & (SYN | ACK) == SYN and (cport, seq) not in gen_of:
            k = used.get(cport, 0)
            lst = conns_by_port.get(cport, [])
            conn = lst[k] if k < len(lst) else 1000 + len(gen_of)
            used[cport] = k + 1
            gen_of[(cport, seq)] = conn
            current[cport] = conn
            isn[(conn, "c2s")] = seq
        conn = current.get(cport)
        if copy_of is not None:
            conn = conn_of_orig.get((copy_of["orig_t_abs"], sport, seq), conn)
        if conn is None:
            lst = conns_by_port.get(cport, [])
            conn = lst[0] if lst else 1000 + cport
        conn_of_orig[(ts, sport, seq)] = conn
        if d == "s2c" and fl & SYN:
            isn[(conn, "s2c")] = seq
        other = "s2c" if d == "c2s" else "c2s"
        rseq = (seq - isn[(conn, d)]) % M32 if (conn, d) in isn else seq
        rack = ((ack - isn[(conn, other)]) % M32 if (conn, other) in isn else ack) if fl & ACK else None
        dropped = False
        for ri, r in enumerate(rules):
            if r["installed_at"] is None or ts < r["installed_at"] - 0.0005:
                continue
            if r["removed_at"] is not None and ts > r["removed_at"]:
                continue
            if r.get("port", port) != port or not _drop_matches(r, d, fl, ln):
                continue
            # Between the delete call and its return the rule may or may not have been there: the rule's
            # counter (what nft really dropped) says whether this segment was one of its drops.
            removing = r.get("removing_at")
            if removing is not None and ts > removing and nft_counters.get(r["text"]) is not None \
                    and dropped_by.get(r["text"], 0) >= nft_counters[r["text"]]:
                continue
            if r["when"] == "ct_idle":
                # conntrack's entry lives `idle` s after the flow's last segment; later, a segment that is
                # not a SYN finds none and is INVALID
                last = flow_last.get(cport)
                if fl & SYN or last is None or ts <= last + r["arg"]:
                    continue
                nmatch[ri] += 1
                dropped = True
                break
            nmatch[ri] += 1
            if (r["when"] == "n" and nmatch[ri] == r["arg"]) or (r["when"] == "count" and nmatch[ri] <= r["arg"]) \
                    or r["when"] not in ("n", "count"):
                dropped = True
                break
        if dropped:
            dropped_by[rules[ri]["text"]] = dropped_by.get(rules[ri]["text"], 0) + 1
        else:
            flow_last[cport] = ts
        norm_pk.append({"i": len(norm_pk), "t": rel(ts), "dir": d, "flags": flags_text(fl), "seq": rseq, "ack": rack, "len": ln,
                        "win": win, "conn": conn, "dropped": dropped})
        if copy_of is not None:
            norm_pk[-1]["network_copy"] = True

    # --- states from sock_diag
    states, timers, gone = {}, {}, {}
    windows = {}   # per state entry: [last sample before it, first sample showing it] (the entry lies between)
    last_seen = {}
    with diag.lock:
        timelines = {k: list(v) for k, v in diag.timelines.items()}
        gone_now = dict(diag.gone)
        for k, g in gone_now.items():
            timelines[k].append({"t": g[1], "state": "GONE", "last_seen": g[0]})
    for (lport, rport), tl in timelines.items():
        if lport == port:
            side, cport = "server", rport
        elif rport == port:
            side, cport = "client", lport
        else:
            continue
        if cport in ignore:
            continue
        gens = _split_generations(tl)
        lst = conns_by_port.get(cport, [])
        for gi, gen in enumerate(gens):
            conn = lst[gi] if gi < len(lst) else 1000 + cport
            key = f"{side}/{conn}"
            st, win = [], []
            for rec in gen:
                if not st or st[-1][0] != rec["state"]:
                    st.append([rec["state"], rel(rec["t"])])
                    lo = rec.get("prev_t") if rec["state"] != "GONE" else rec.get("last_seen")
                    win.append([rel(lo) if lo is not None else None, rel(rec["t"])])
            states[key] = st
            windows[key] = win
            timers[key] = [[rel(r["t"]), r["state"], r.get("timer"), r.get("expires_ms"), r.get("retrans")]
                           for r in gen if r["state"] != "GONE"]
            if gen[-1]["state"] == "GONE":
                last_seen[key] = rel(gen[-1].get("last_seen", gen[-2]["t"] if len(gen) > 1 else gen[-1]["t"]))

    effects = rebase_effects(getattr(lab, "effects", []), states, windows, last_seen, rel)

    apps = [{"t": rel(a["t_end"]), "t_call": rel(a["t_abs"]), "side": a["side"], "conn": a["conn"], "call": a["call"],
             "result": a["result"], "errno": a["errno"]} for a in lab.apps]
    # a socket sock_diag never saw (it lived < 10 ms) is gone by the end (the last sample would show it):
    # its story is in the capture. A side had a socket if it sent a SYN (client) or a SYN-ACK (server).
    for conn in sorted({p["conn"] for p in norm_pk if p["conn"] < 1000}):
        cps = [p for p in norm_pk if p["conn"] == conn]
        for side, d, opening in (("client", "c2s", "S"), ("server", "s2c", "S.")):
            key = f"{side}/{conn}"
            if key not in states and any(p["dir"] == d and p["flags"] == opening for p in cps):
                states[key] = [["GONE", round(cps[-1]["t"] + 0.0001, 4)]]
                last_seen[key] = cps[0]["t"]
    for a in apps:   # a connect that failed before sock_diag ever saw the socket
        key = f"client/{a['conn']}"
        if a["call"] == "connect" and a["errno"] in ("ECONNREFUSED", "ETIMEDOUT") and key not in states:
            states[key] = [["SYN_SENT", a["t_call"]], ["GONE", a["t"]]]
            last_seen[key] = a["t_call"]
    linger0 = set()
    for i, p in enumerate(lab.client_ports):
        if p in lab.linger0_ports:
            linger0.add(f"client/{i}")
    for key, st in states.items():
        if st[-1][0] == "GONE":
            gone[key] = {"t": st[-1][1], "reason": lab.gone_overrides.get(key) or infer_gone_reason(key, st, norm_pk, apps, last_seen.get(key),
                                                                     key in linger0)}
    marks = [{"label": m["label"], "t": rel(m["t_abs"]), **{k: v for k, v in m.items() if k not in
                                                             ("label", "t_abs")}} for m in lab.marks]
    obs = {
        "name": scenario, "scenario": scenario, "status": "ok" if error is None else "error", "error": error,
        "kind": kind, "server_port": port,
        # where the capture's connections are: each story connection's client port, and t0 on the capture's clock
        "client_ports": list(lab.client_ports), "t0_epoch": t0,
        "sysctls_set": spec.get("sysctls_set", {}), "sysctls_in_netns": spec.get("sysctls_in_netns", {}),
        "options": spec.get("options", {}), "netns": spec.get("netns"),
        "t0_label": lab.marks[0]["label"] if lab.marks else "start", "marks": marks,
        "horizon": rel(end_abs),
        "nft": {"rules": [{"text": r["text"], "installed_t": rel(r["installed_at"]) if r["installed_at"] else None,
                           "removed_t": rel(r["removed_at"]) if r["removed_at"] else None} for r in rules],
                "dropped_packets": nft_counters,
                "dropped_in_capture": sum(1 for p in norm_pk if p["dropped"])},
        "netstat_delta": netstat_delta,
        "notes": lab.notes,
        "diag_samples": diag.samples, "pcap_packets": len(norm_pk),
        "normal": {"packets": norm_pk, "states": states, "state_windows": windows, "gone": gone, "apps": apps, "timers": timers,
                   "listen_queue": [[rel(t), p, rq, wq] for t, p, rq, wq in diag.listen_q]},
    }
    obs["effects"] = effects
    obs["injections"] = [{"t": rel(j["t_abs"]), "copy_of_t": rel(j["orig_t_abs"]), "len": j["len"]}
                         for j in getattr(lab, "injections", [])]
    extra = {}
    for name in getattr(lab, "extra_facts", []):
        if name == "server.syn_recv_peak":
            extra[name] = diag.syn_recv_peak.get(port, 0)
        elif name in ("server.accepts", "server.accepts_failed.EMFILE"):
            # the server application's accept() calls: returned a connection / failed EMFILE
            want = None if name == "server.accepts" else "EMFILE"
            extra[name] = sum(1 for a in lab.apps if a["side"] == "server" and a["call"] == "accept"
                              and a["errno"] == want)
        else:
            extra[name] = netstat_delta.get(name, 0)
    obs["extra_facts"] = extra
    obs["nft"]["consistent"] = sum(nft_counters.values()) == obs["nft"]["dropped_in_capture"]
    obs["facts"] = headline(obs["normal"], kind, netstat_delta)
    return obs


def rebase_effects(effects, states, windows, last_seen, rel):
    """A socket the runner made vanish is gone when its close() ran, measured; the story puts that moment at
    `planned`. When sock_diag confirms it (the last sample showing the socket is before the call ended and
    the first sample without it after the call began), the GONE entry is the call's own interval moved to
    `planned`: what the kernel did is measured from when the runner's action took effect, not from when
    the runner meant it to. Otherwise nothing is moved (the facts then show the difference) and the
    returned record says why."""
    out = []
    for e in effects:
        b, a = rel(e["t_before"]), rel(e["t_after"])
        rec = {"what": e["what"], "key": e["key"], "planned": e["planned"], "t_before": b, "t_after": a,
               "late_s": round(b - e["planned"], 4), "rebased": False}
        st, win = states.get(e["key"]), windows.get(e["key"])
        if e["what"] == "vanish" and st and st[-1][0] == "GONE" and win:
            lo, hi = win[-1]
            if (lo is None or lo <= a) and hi >= b:
                shift = e["planned"] - b
                st[-1][1] = round(min(hi, a) + shift, 4)
                win[-1] = [round(max(lo if lo is not None else b, b) + shift, 4), st[-1][1]]
                last_seen[e["key"]] = win[-1][0]
                rec["rebased"] = True
            else:
                rec["why_not"] = f"sock_diag saw the socket end between {lo} and {hi}, not during the call"
        elif e["what"] == "vanish":
            rec["why_not"] = "sock_diag never saw the socket end"
        out.append(rec)
    return out


def infer_gone_reason(key, st, packets, apps, last_seen, linger0):
    """How a kernel socket ended, in the engine's gone_reason words, from what was observed."""
    side, conn = key.split("/")
    conn = int(conn)
    mine = "c2s" if side == "client" else "s2c"
    gone_t = st[-1][1]
    before = [s for s, _ in st[:-1]]
    last = before[-1] if before else None
    lo = (last_seen if last_seen is not None else gone_t - 0.02) - 0.001
    cp = [p for p in packets if p["conn"] == conn and p["t"] <= gone_t + 0.001]
    window = [p for p in cp if lo <= p["t"]]
    rst_in = [p for p in window if p["dir"] != mine and "R" in p["flags"] and not p["dropped"]]
    rst_out = [p for p in window if p["dir"] == mine and "R" in p["flags"]]
    errs = [a["errno"] for a in apps if a["side"] == side and a["conn"] == conn and a["errno"]]
    my_fin = next((p for p in cp if p["dir"] == mine and "F" in p["flags"]), None)
    peer_fin = next((p for p in cp if p["dir"] != mine and "F" in p["flags"] and not p["dropped"]), None)
    fin_acked = my_fin is not None and any(
        p["dir"] != mine and not p["dropped"] and p["ack"] is not None and p["t"] >= my_fin["t"]
        and ((p["ack"] - my_fin["seq"] - my_fin["len"]) % M32) < (1 << 31) and p["ack"] != my_fin["seq"] + my_fin["len"]
        for p in cp)
    if last == "TIME_WAIT":
        # tcp_minisocks.c: tcp_timewait_state_process(): an in-window RST ends TIME_WAIT (tcp_rfc1337=0)
        return "rst_received" if rst_in else "time_wait_done"
    if rst_in:
        return "rst_received"
    if rst_out:
        mine_pk = classify([p for p in packets if p["conn"] == conn and p["dir"] == mine])
        if any(p["kind"] == "KEEPALIVE" for p in mine_pk):
            return "keepalive_exhausted"
        return "linger_abort" if linger0 else "rst_sent"
    # The state samples (10 ms) can miss a whole short life after SYN_SENT (connect, request,
    # close, and a TIME_WAIT refused by tcp_max_tw_buckets between two samples, seen once under
    # load): a socket that sent its FIN was past SYN_SENT, whatever the last sample said.
    if last == "SYN_SENT" and my_fin is None:
        return "rst_received" if "ECONNREFUSED" in errs else "syn_timeout"
    if last == "SYN_RECV" and my_fin is None:
        return "retries_exhausted"
    if fin_acked and peer_fin is not None:
        if peer_fin.get("i", peer_fin["t"]) < my_fin.get("i", my_fin["t"]):
            return "last_ack_acked"
        return "tw_bucket_overflow"     # an active closer that skipped TIME_WAIT
    if fin_acked:
        return "fin_wait2_timeout"
    return "retries_exhausted"


# ------------------------------------------------------------------------------------- engine side

def normalize_engine(doc):
    """closelab-cli --json output -> normal form. Missing parts stay missing (the comparer says so)."""
    events = doc.get("events") or []
    pk, states, gone, apps = [], {}, {}, []
    pending = []
    for e in events:
        typ = e.get("type")
        host = e.get("host", "client")
        conn = e.get("conn", 0) or 0
        if not isinstance(conn, int):
            if typ != "app":          # the listener's own states are not a connection's
                continue
            conn = 0                  # bind()/listen() errors belong to the server application
        t = float(e.get("t", 0.0))
        if typ == "send":
            p = {"t": t, "dir": "c2s" if host == "client" else "s2c", "flags": e.get("flags", ""),
                 "seq": e.get("seq"), "ack": e.get("ack") if "." in e.get("flags", "") else None,
                 "len": int(e.get("len", 0) or 0), "conn": conn, "dropped": False,
                 "retransmit": e.get("retransmit"), "win": e.get("window", e.get("win"))}
            # the network's duplicate of a segment (a late copy) is recorded as a second, identical send in
            # the same instant; no host sends one segment twice at once
            prev = next((q for q in reversed(pending) if q["dir"] == p["dir"] and q["conn"] == conn), None)
            if prev is not None and (p["len"] > 0 or "S" in p["flags"] or "F" in p["flags"]) and all(
                    prev[k] == p[k] for k in ("t", "flags", "seq", "ack", "len")):
                p["network_copy"] = True
            pk.append(p)
            pending.append(p)
        elif typ == "drop":
            want = "s2c" if host == "client" else "c2s"
            for p in reversed(pending):
                if p["dir"] == want and p["conn"] == conn and not p["dropped"] and p["flags"] == e.get(
                        "flags", p["flags"]) and p["seq"] == e.get("seq", p["seq"]):
                    p["dropped"] = True
                    p["drop_reason"] = e.get("reason")
                    break
        elif typ == "state":
            key = f"{host}/{conn}"
            st = states.setdefault(key, [])
            to = e.get("to")
            if not st and e.get("from") not in (None, "CLOSED"):
                st.append([e.get("from"), t])
            st.append([to, t])
        elif typ == "gone":
            key = f"{host}/{conn}"
            gone[key] = {"t": t, "reason": e.get("reason")}
        elif typ == "app":
            apps.append({"t": t, "side": host, "conn": conn, "call": e.get("call"), "result": e.get("result"),
                         "errno": e.get("errno") or None})
    for key, g in gone.items():
        states.setdefault(key, []).append(["GONE", g["t"]])
    # the kernel never lists CLOSED or LISTEN sockets of a connection: drop them from the engine's story
    for key, st in states.items():
        clean = []
        for s, t in st:
            if s in ("CLOSED", "CLOSE", "LISTEN"):
                continue
            if clean and clean[-1][0] == s:
                continue
            clean.append([s, t])
        states[key] = clean
    summary = doc.get("summary") or {}
    for side in ("client", "server"):
        sm = summary.get(side) or {}
        key = f"{side}/0"
        if key not in gone and sm.get("gone_at") is not None:
            gone[key] = {"t": sm["gone_at"], "reason": sm.get("gone_reason")}
        elif key in gone and sm.get("gone_reason") and not gone[key].get("reason"):
            gone[key]["reason"] = sm.get("gone_reason")
    counters = {}
    counters["TcpExt.TCPTimeWaitOverflow"] = sum(1 for g in gone.values() if g.get("reason") == "tw_bucket_overflow")
    counters["TcpExt.ListenOverflows"] = sum(1 for p in pk if p.get("drop_reason") in ("listen_overflow",))
    counters["TcpExt.TCPAbortOnTimeout"] = sum(
        1 for k, g in gone.items() if g.get("reason") in ("retries_exhausted", "syn_timeout", "keepalive_exhausted")
        and not _was_request(states.get(k)))
    totals = doc.get("totals") or {}
    tc = totals.get("counters") or {}
    extra = {"server.syn_recv_peak": totals.get("syn_recv_peak"),
             "TcpExt.SyncookiesSent": totals.get("cookies_sent"),
             "TcpExt.SyncookiesRecv": tc.get("server.SyncookiesRecv", 0) if totals else None,
             "TcpExt.ListenDrops": tc.get("server.ListenDrops", 0) if totals else None,
             "TcpExt.TCPAbortOnMemory": (tc.get("server.TCPAbortOnMemory", 0) + tc.get("client.TCPAbortOnMemory", 0))
             if totals else None,
             "server.accepts": totals.get("accepts"),
             "server.accepts_failed.EMFILE": totals.get("accepts_failed")}
    return {"packets": pk, "states": states, "gone": gone, "apps": apps, "counters": counters,
            "summary": summary, "has_events": bool(events), "extra_facts": extra}


def _was_request(st):
    real = [s for s, _ in (st or []) if s != "GONE"]
    return bool(real) and all(s == "SYN_RECV" for s in real)


def kernel_counters(obs):
    d = obs.get("netstat_delta", {})
    return {k: d.get(k, 0) for k in ("TcpExt.TCPTimeWaitOverflow", "TcpExt.ListenOverflows",
                                      "TcpExt.TCPAbortOnTimeout")}


# ------------------------------------------------------------------------------------- shared classifier

def classify(packets):
    """Adds 'kind' to each packet of ONE direction of ONE connection (in send order):
    SYN/SYN-ACK/FIN/DATA retransmissions are 'retrans' with kind; KEEPALIVE and PROBE are 0-length
    segments with seq = highest sent - 1; RST; or None."""
    out = []
    max_end = None
    peer_win_zero = False
    for p in packets:
        f = flags_bits(p["flags"])
        seq = p["seq"] or 0
        span = p["len"] + (1 if f & SYN else 0) + (1 if f & FIN else 0)
        kind, retrans = None, False
        if f & RST:
            kind = "RST"
        elif span > 0:
            end = (seq + span) % M32
            if max_end is not None and ((max_end - end) % M32) < (1 << 31):
                retrans = True
            if f & SYN:
                kind = "SYN-ACK" if f & ACK else "SYN"
            elif p["len"] > 0:
                kind = "DATA"
            else:
                kind = "FIN"
            if max_end is None or ((end - max_end) % M32) < (1 << 31):
                max_end = end
        elif max_end is not None and (seq + 1) % M32 == max_end:
            kind, retrans = ("PROBE" if p.get("peer_win_zero") else "KEEPALIVE"), True
        q = dict(p)
        q["kind"], q["retrans"] = kind, retrans
        out.append(q)
    return out


def _side_packets(norm, side, conn):
    """The segments one side sent on one connection; a copy the network made (a late duplicate) is not one."""
    d = "c2s" if side == "client" else "s2c"
    return classify([p for p in norm["packets"] if p["conn"] == conn and p["dir"] == d and not p.get("network_copy")])


def headline(norm, kind, counters=None):
    """The oracle-style fact summary stored in every kernel observation (for people to read)."""
    out = {}
    conns = sorted({p["conn"] for p in norm["packets"]} | {int(k.split("/")[1]) for k in norm["states"]})
    for side in ("client", "server"):
        key = f"{side}/0"
        out[f"{side}_states"] = norm["states"].get(key, [])
        out[f"{side}_gone_t"] = norm["gone"].get(key, {}).get("t")
        out[f"{side}_gone_reason"] = norm["gone"].get(key, {}).get("reason")
        sp = _side_packets(norm, side, 0)
        rt = {}
        for p in sp:
            if p["retrans"]:
                rt.setdefault(p["kind"], []).append(p["t"])
        out[f"{side}_retransmissions"] = rt
        out[f"{side}_rst"] = [[p["t"], p["flags"]] for p in sp if p["kind"] == "RST"]
        out[f"{side}_errno"] = [[a["t"], a["call"], a["errno"]] for a in norm["apps"]
                                if a["side"] == side and a["errno"] and a["conn"] == 0]
    out["connections"] = len([c for c in conns if c < 1000])
    out["packets"] = [[p["t"], "client>server" if p["dir"] == "c2s" else "server>client", p["flags"], p["seq"],
                       p["ack"], p["len"]] + (["dropped"] if p["dropped"] else [])
                      for p in norm["packets"] if p["conn"] == 0 or kind != "population"]
    if kind == "population":
        out.update({k: v for k, v in population_facts(norm).items()})
    return out


def population_facts(norm):
    res = {}
    connects = [a for a in norm["apps"] if a["call"] == "connect" and a["side"] == "client"]
    cr = {}
    for a in connects:
        k = a["errno"] or "ok"
        cr[k] = cr.get(k, 0) + 1
    res["connect_results"] = cr
    for side in ("client", "server"):
        fs, gr = {}, {}
        for key, st in norm["states"].items():
            if not key.startswith(side + "/"):
                continue
            last = st[-1][0] if st else "NONE"
            if last == "GONE" and len(st) > 1:
                pass
            fs[last] = fs.get(last, 0) + 1
        for key, g in norm["gone"].items():
            if key.startswith(side + "/"):
                r = g.get("reason") or "null"
                gr[r] = gr.get(r, 0) + 1
        res[f"{side}_final_states"] = fs
        res[f"{side}_gone_reasons"] = gr
    # TIME_WAIT population over time
    ev = []
    for key, st in norm["states"].items():
        for i, (s, t) in enumerate(st):
            if s == "TIME_WAIT":
                ev.append((t, 1))
                if i + 1 < len(st):
                    ev.append((st[i + 1][1], -1))
    cur = mx = 0
    for t, d in sorted(ev):
        cur += d
        mx = max(mx, cur)
    res["max_time_wait"] = mx
    # when a failing connect() first succeeds again (port reuse), seconds after t0
    fail = next((a["t"] for a in connects if a["errno"]), None)
    rec = next((a["t"] for a in connects if fail is not None and a["t"] > fail and not a["errno"]), None)
    res["connect_recovered_t"] = rec
    return res
