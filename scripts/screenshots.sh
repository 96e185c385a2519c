#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the README's screenshots (docs/screenshots/) from the current build; no display
# needed. Run after changing anything visible, look at the pictures, commit them.
#
# The times come from the traces (closelab-cli run SCENARIO): with the default 0.5 ms one-way
# delay normal_close's FIN is in flight from 0 to 0.0005 s; in last_ack_lost the server's
# retransmitted FIN is answered from TIME_WAIT at 0.256068 s; in fin_unacked the client backs off
# between retransmissions #7 (6.75 s) and #8 (13.4 s). The slider experiment is fin_unacked with
# tcp_orphan_retries=3 (fewer FIN retransmissions before the orphan is killed); the population run
# is tw_bucket_overflow (200 connections/s for 90 s against tcp_max_tw_buckets = 5000) at 80 s,
# with TIME_WAIT held at the bucket limit and the overflow counted. The A/B comparison is fin_unacked
# (A: tcp_orphan_retries 0, which the kernel reads as 8) against B with tcp_orphan_retries=2 at 5 s,
# when B's orphan has given up (3.33 s) and A's still retransmits (#6 at 3.33 s, #7 at 6.75 s).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/scripts/setup.sh"
app=${CLOSELAB_BUILD_DIR:-$repo/build}/app/closelab
out=$repo/docs/screenshots

# name scenario time [more closelab run options]
shots=(
    "normal_close-fin-in-flight normal_close 0.00025"
    "last_ack_lost-time-wait last_ack_lost 0.2563"
    "fin_unacked-backoff fin_unacked 10"
    "fin_unacked-orphan-retries-3 fin_unacked 5 --set net.ipv4.tcp_orphan_retries=3"
    "tw_bucket_overflow-population tw_bucket_overflow 80"
)
for lang in en zh_CN; do
    "$app" --screenshot "$out/closelab-$lang.png" --lang "$lang" --size 1600x1000
    echo "docs/screenshots/closelab-$lang.png"
    for shot in "${shots[@]}"; do
        read -r name scenario time extra <<<"$shot"
        # shellcheck disable=SC2086 # the extra options are words
        "$app" --screenshot "$out/$name-$lang.png" --lang "$lang" --size 1920x1080 \
            --scenario "$scenario" --time "$time" ${extra:-}
        echo "docs/screenshots/$name-$lang.png"
    done
    "$app" --screenshot "$out/compare_$lang.png" --lang "$lang" --size 1920x1080 \
        --scenario fin_unacked --time 5 --compare set=net.ipv4.tcp_orphan_retries=2
    echo "docs/screenshots/compare_$lang.png"
    # Captures explained (File > Open Capture…): the kernel's own captures of fin_unacked and
    # accept_queue_overflow (tcp_abort_on_overflow = 0), from ../shared/kernel/pcaps.
    for cap in "fin_unacked 02_fin_retrans_orphan_default" "accept_queue_overflow 17a_accept_queue_overflow_abort0"; do
        read -r name file <<<"$cap"
        "$app" "$repo/tests/data/pcaps/$file.pcap" --screenshot "$out/capture_${name}_$lang.png" --lang "$lang" --size 1920x1080
        echo "docs/screenshots/capture_${name}_$lang.png"
    done
    # fin_unacked's capture replayed on the engine (File > Replay on the Engine): capture vs engine at
    # the end, the server's late FIN answered with an RST in both.
    "$app" "$repo/tests/data/pcaps/02_fin_retrans_orphan_default.pcap" --replay \
        --screenshot "$out/replay_fin_unacked_$lang.png" --lang "$lang" --size 1280x720
    echo "docs/screenshots/replay_fin_unacked_$lang.png"
    # The parameter sweep: fin_unacked once per tcp_orphan_retries 0..8, the client's gone time.
    "$app" --screenshot "$out/sweep_$lang.png" --lang "$lang" --size 1280x760 \
        --scenario fin_unacked --sweep net.ipv4.tcp_orphan_retries=0:8
    echo "docs/screenshots/sweep_$lang.png"
    # Server Health of the snapshot captured at port_exhaustion's peak (tests/data/server/), and This Machine
    # after six samples (busier when something on the machine opens and closes connections meanwhile).
    snap=(); for f in ss-tan sysctl-a nstat-az proc-net-sockstat ulimit-n; do
        snap+=(--server-snapshot "$repo/tests/data/server/port_exhaustion/$f.txt"); done
    "$app" --screenshot "$out/server-health_$lang.png" --lang "$lang" --size 1280x720 "${snap[@]}"
    echo "docs/screenshots/server-health_$lang.png"
    "$app" --screenshot "$out/this-machine_$lang.png" --lang "$lang" --size 1280x720 --this-machine
    echo "docs/screenshots/this-machine_$lang.png"
done

# Legible at every size (issue 17): four stories at the two projector sizes, at zoom 100 % and 200 %,
# in both languages. syn_flood and close_wait_leak are population runs (the diagram shows their first
# connection); the times show the flood going on (5 s) and the leaked CLOSE_WAIT sockets piling up (60 s).
legible=(
    "normal_close 0.00025"
    "last_ack_lost 0.2563"
    "syn_flood 5"
    "close_wait_leak 60"
)
mkdir -p "$out/legible"
for lang in en zh_CN; do
    for entry in "${legible[@]}"; do
        read -r scenario time <<<"$entry"
        for size in 1280x720 1920x1080; do
            for zoom in 100 200; do
                "$app" --screenshot "$out/legible/$scenario-$size-$zoom-$lang.png" --lang "$lang" --size "$size" \
                    --zoom "$zoom" --scenario "$scenario" --time "$time"
                echo "docs/screenshots/legible/$scenario-$size-$zoom-$lang.png"
            done
        done
    done
done

# The Lesson panel (issue 13, part 2): a built-in lesson opened as `closelab FILE.closelab-lesson`, its
# first step (normal_close at t = 0, the client's close()) with the notes in the interface language.
for lang in en zh_CN; do
    "$app" --screenshot "$out/lesson-panel-$lang.png" --lang "$lang" --size 1600x1000 \
        "$repo/resources/lessons/four-way-close.closelab-lesson"
    echo "docs/screenshots/lesson-panel-$lang.png"
done

# Presentation mode and the quiz (issue 13, part 1): normal_close at 0.0441 s, just after the server's
# ACK of the client's FIN reached it (FIN_WAIT2), at both projector sizes; the quiz's question for the
# next stop (the server's FIN reaching the client) before and after the reveal (answered 1, which is
# wrong there, so both marks show).
for lang in en zh_CN; do
    for size in 1280x720 1920x1080; do
        "$app" --present --screenshot "$out/present-$size-$lang.png" --lang "$lang" --size "$size" --time 0.0441
        echo "docs/screenshots/present-$size-$lang.png"
    done
    "$app" --present --quiz --screenshot "$out/quiz-ask-$lang.png" --lang "$lang" --size 1280x720 --time 0.0441
    "$app" --present --quiz --quiz-answer 1 --screenshot "$out/quiz-reveal-$lang.png" --lang "$lang" --size 1280x720 --time 0.0441
    echo "docs/screenshots/quiz-ask-$lang.png docs/screenshots/quiz-reveal-$lang.png"
done
