#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the runner against the oracle: do our observations agree with ../shared/kernel/observations.json?

    oracle_check.py RESULTS_DIR [--oracle PATH]      exit 0 when every figure agrees

RESULTS_DIR holds the *.obs.json of a `run_matrix.py play`. Each line pairs an oracle experiment with the
matrix case that plays the same story and compares one figure, with the comparer's tolerance for times.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import compare as C  # noqa: E402
import facts as F  # noqa: E402

DEFAULT_ORACLE = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "kernel", "observations.json"))


def load(d, case):
    p = os.path.join(d, case + ".obs.json")
    if not os.path.exists(p):
        return None
    with open(p) as f:
        return json.load(f)


def pk(obs):
    return obs["normal"]["packets"]


def side_retrans(obs, side, conn=0):
    return [p["t"] for p in F._side_packets(obs["normal"], side, conn) if p["retrans"]]


def first(lst, cond):
    return next((x for x in lst if cond(x)), None)


def checks(oracle, d):
    E = {e["name"]: e for e in oracle["experiments"]}
    rows = []

    def add(exp, fig, o, m, kind="time"):
        if m is None:
            rows.append((exp, fig, o, m, False))
            return
        if kind == "time":
            ok = abs(o - m) <= C.tol(o)
        elif kind == "times":
            ok = len(o) == len(m) and all(abs(a - b) <= C.tol(a) for a, b in zip(o, m))
        else:
            ok = o == m
        rows.append((exp, fig, o, m, ok))

    o = E["01_normal_close"]["facts"]
    m = load(d, "normal_close_0")
    if m:
        p = pk(m)
        ack = first(p, lambda x: x["t"] > 0 and x["dir"] == "s2c" and x["flags"] == ".")
        add("01", "server's delayed ACK of the FIN (s)", o["server_ack_of_client_fin_t"], ack and ack["t"])
        last_ack = [x for x in p if x["dir"] == "c2s" and x["flags"] == "." and x["t"] > 0][-1]
        g = m["normal"]["gone"].get("client/0")
        add("01", "TIME_WAIT lifetime (s, final ACK -> gone)", o["time_wait_duration_s"],
            g and round(g["t"] - last_ack["t"], 4))
        add("01", "RST count", o["rst_count"], sum("R" in x["flags"] for x in p), "exact")
    o = E["02_fin_retrans_orphan_default"]["facts"]
    m = load(d, "fin_unacked_0")
    if m:
        rt = side_retrans(m, "client")
        add("02", "FIN retransmission times after the first FIN", o["fin_retrans_times_rel_first"], rt, "times")
        add("02", "client socket gone after the first FIN (s)", o["socket_gone_rel_first_fin"],
            m["normal"]["gone"].get("client/0", {}).get("t"))
        add("02", "RST on giving up", o["rst_sent_by_client"], any("R" in x["flags"] for x in pk(m)), "exact")
        add("02", "TCPAbortOnTimeout", 1, m["netstat_delta"].get("TcpExt.TCPAbortOnTimeout"), "exact")
    o = E["05a_fin_wait2_orphan_timeout_5"]["facts"]
    m = load(d, "fin_wait2_timeout_1")
    if m:
        ack = first(pk(m), lambda x: x["t"] > 0 and x["dir"] == "s2c" and x["flags"] == ".")
        g = m["normal"]["gone"].get("client/0")
        add("05a", "FIN_WAIT2 lifetime with tcp_fin_timeout=5 (s)", o["fin_wait2_duration_s"],
            g and ack and round(g["t"] - ack["t"], 4))
        add("05a", "gone silently (no RST when the timer fires)", o["client_vanished_silently"],
            not any("R" in x["flags"] and x["t"] < 5.9 for x in pk(m)), "exact")
        fin = first(pk(m), lambda x: x["dir"] == "s2c" and "F" in x["flags"])
        rst = first(pk(m), lambda x: x["dir"] == "c2s" and "R" in x["flags"])
        add("05a", "late server FIN answered by RST after (s)", o["rst_delay_after_server_fin_s"],
            fin and rst and round(rst["t"] - fin["t"], 4))
    for exp, case in (("11_rst_unread_data", "rst_unread_data_0"), ("12_rst_linger0", "rst_linger0_0")):
        o = E[exp]["facts"]
        m = load(d, case)
        if m:
            after = [x for x in pk(m) if x["t"] >= 0 and x["dir"] == "c2s"]
            add(exp[:2], "client segments after close()", [s[1] for s in o["client_segments_after_close"]],
                [x["flags"] for x in after], "exact")
            add(exp[:2], "RST sent at (s)", o["rst_t"], after and after[0]["t"])
            errs = [a["errno"] for a in m["normal"]["apps"] if a["side"] == "server" and a["errno"]]
            add(exp[:2], "server errnos (read, then write)", [o["server_app_event"]["err"], o["server_send_after"]["err"]],
                errs, "exact")
            add(exp[:2], "client TIME_WAIT seen", o["client_time_wait_seen"],
                any(s == "TIME_WAIT" for s, _ in m["normal"]["states"].get("client/0", [])), "exact")
    o = E["13_rst_closed_port"]["facts"]
    m = load(d, "rst_closed_port_0")
    if m:
        p = pk(m)
        add("13", "answer to the SYN", o["rst_flags"], p[1]["flags"] if len(p) > 1 else None, "exact")
        add("13", "RST ack = SYN seq + 1", o["rst_ack_equals_syn_seq_plus_1"], len(p) > 1 and p[1]["ack"] == 1, "exact")
        add("13", "connect() errno", o["err"], m["normal"]["apps"][0]["errno"], "exact")
        add("13", "RST delay after SYN (s)", o["rst_delay_after_syn_us"] / 1e6, len(p) > 1 and round(p[1]["t"] - p[0]["t"], 6))
    o = E["14_rst_fin_wait2_data"]["facts"]
    m = load(d, "rst_data_after_close_0")
    if m:
        rst = first(pk(m), lambda x: "R" in x["flags"])
        data = first(pk(m), lambda x: x["dir"] == "s2c" and x["len"] > 0 and x["t"] > 0)
        add("14", "RST flags (bare R)", o["rst_flags"], rst and rst["flags"], "exact")
        add("14", "RST delay after the data (s)", o["rst_delay_after_data_us"] / 1e6, rst and data and round(rst["t"] - data["t"], 6))
        add("14", "server's next write", o["server_send_2_after_0.3s"]["err"],
            next((a["errno"] for a in m["normal"]["apps"] if a["side"] == "server" and a["errno"]), None), "exact")
    o = E["15_synack_retries"]["facts"]
    m = load(d, "synack_lost_0")
    if m:
        rt = side_retrans(m, "server")
        add("15", "first SYN-ACK retransmission after the first (s)", o["synack_retrans_times_rel_first"][0],
            rt[0] if rt else None)
    o = E["16b_syn_retries_no_linear"]["facts"]
    m = load(d, "syn_unanswered_1")
    if m:
        add("16b", "SYN retransmissions (s after the first SYN)", o["syn_retrans_times_rel_first"],
            side_retrans(m, "client"), "times")
        e = next((a for a in m["normal"]["apps"] if a["errno"]), None)
        add("16b", "connect() ETIMEDOUT after (s)", o["connect_returned_after_s"], e and e["t"])
        add("16b", "errno", o["err"], e and e["errno"], "exact")
    o = E["19_keepalive"]["facts"]
    m = load(d, "keepalive_dead_peer_0")
    if m:
        p = pk(m)
        last_rx = [x for x in p if x["dir"] == "s2c" and x["t"] < 0][-1]["t"]
        probes = [round(t - last_rx, 4) for t in side_retrans(m, "client")]
        add("19", "keepalive probes after the last segment received (s)", o["probe_times_rel_last_rx"], probes, "times")
        rst = first(p, lambda x: x["dir"] == "c2s" and "R" in x["flags"])
        add("19", "RST after the last segment received (s)", o["rst_t_rel_last_rx"], rst and round(rst["t"] - last_rx, 4))
        errs = {a["side"]: a["errno"] for a in m["normal"]["apps"] if a["errno"]}
        add("19", "client / server errno", [o["client_app_event"]["err"], o["server_app_event_after"]["err"]],
            [errs.get("client"), errs.get("server")], "exact")
    o = E["09_tw_buckets_overflow"]["facts"]
    m = load(d, "tw_bucket_overflow_0")
    if m:
        pf = F.population_facts(m["normal"])
        add("09", "TIME_WAIT sockets (limit 5, 20 closes)", o["time_wait_count_final"], pf["client_final_states"].get("TIME_WAIT"), "exact")
        add("09", "TCPTimeWaitOverflow", o["TCPTimeWaitOverflow_delta"], m["netstat_delta"].get("TcpExt.TCPTimeWaitOverflow"), "exact")
        add("09", "RST count", 0, sum("R" in x["flags"] for x in pk(m)), "exact")
    o = E["10a_port_exhaustion_reuse0"]["facts"]
    m = load(d, "port_exhaustion_0")
    if m:
        con = [a for a in m["normal"]["apps"] if a["call"] == "connect"]
        okn = next((i for i, a in enumerate(con) if a["errno"]), len(con))
        add("10a", "connects before the first failure", o["successful_connections_before_failure"], okn, "exact")
        add("10a", "first failure errno", o["first_failure"]["err"], con[okn]["errno"] if okn < len(con) else None, "exact")
        add("10a", "TIME_WAIT count at failure", o["time_wait_count_at_failure"],
            F.population_facts(m["normal"])["max_time_wait"], "exact")
    o = E["17a_accept_queue_overflow_abort0"]["facts"]
    m = load(d, "accept_queue_overflow_0")
    if m:
        lq = m["normal"]["listen_queue"]
        add("17a", "accept queue holds (listen(1))", max(x[1] for x in o["listen_queue_samples_t_recvq_sendq"]),
            max((x[2] for x in lq), default=None), "exact")
        con = [a for a in m["normal"]["apps"] if a["call"] == "connect" and a["errno"]]
        ocl = [c for c in o["clients"] if c.get("errno")]
        add("17a", "a refused client's connect() lasts (s)", round(ocl[0]["connect_done_t"] - ocl[0]["connect_start_t"], 3),
            con and round(con[0]["t"] - con[0]["t_call"], 3))
        add("17a", "refused clients' errno", ocl[0]["err"], con and con[0]["errno"], "exact")
        add("17a", "SYNs sent by a refused client", ocl[0]["syn_sent"],
            con and sum(1 for x in pk(m) if x["conn"] == con[0]["conn"] and x["flags"] == "S"), "exact")
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--oracle", default=DEFAULT_ORACLE)
    a = ap.parse_args(argv)
    if not os.path.exists(a.oracle):
        print(f"SKIPPED: no oracle observations at {a.oracle}")
        return 77
    if not any(f.endswith(".obs.json") for f in (os.listdir(a.results) if os.path.isdir(a.results) else [])):
        print(f"SKIPPED: no kernel observations in {a.results} (kernel/play did not run here)")
        return 77
    with open(a.oracle) as f:
        oracle = json.load(f)
    rows = checks(oracle, a.results)
    for exp, fig, o, m, ok in rows:
        print(f"{'agree ' if ok else 'DIFFER'} {exp:<4} {fig:<52} oracle={C.short(o, 60)}  ours={C.short(m, 60)}")
    n = sum(r[4] for r in rows)
    print(f"{n}/{len(rows)} figures agree with the oracle")
    return 0 if n == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
