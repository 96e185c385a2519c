#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# GUI soak (on demand, not in CI): runs closelab on the offscreen platform playing a population run at
# the highest speed, in a loop, for MINUTES (default 30), under /usr/bin/time -v. Samples the resident
# set size every 10 s from /proc/PID/status into a CSV, and reports the event loop's longest stall and
# how many stalls passed 100 ms (measured inside the app: CLOSELAB_SOAK_MINUTES, see app/soak.h).
#
#   scripts/soak.sh [MINUTES]
#
# Environment: CLOSELAB_BUILD_DIR (default <repo>/build; closelab must be built there),
# CLOSELAB_SOAK_DIR (output folder, default <build>/soak), CLOSELAB_SOAK_SCENARIO (a population
# scenario, default tw_bucket_overflow), CLOSELAB_SOAK_RERUN_S (a new run every S seconds, default 120),
# CLOSELAB_SOAK_NICE (default 10).
# Output: <dir>/rss.csv (elapsed_s,rss_kb,vm_hwm_kb,threads), <dir>/time.txt (/usr/bin/time -v),
# <dir>/closelab.log (the app's own report and stderr), and a summary on stdout.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CLOSELAB_BUILD_DIR:-$repo/build}
out_dir=${CLOSELAB_SOAK_DIR:-$build_dir/soak}
minutes=${1:-30}
say() { printf 'closelab soak: %s\n' "$*" >&2; }

case $minutes in ''|*[!0-9]*|0) say "MINUTES must be a positive whole number, got '$minutes'"; exit 2 ;; esac
app="$build_dir/app/closelab"
[ -x "$app" ] || { say "no $app: build it first (cmake --build $build_dir --target closelab)"; exit 2; }
[ -x /usr/bin/time ] || { say "/usr/bin/time is missing (apt-get install time)"; exit 2; }

mkdir -p "$out_dir"
csv="$out_dir/rss.csv"
echo "elapsed_s,rss_kb,vm_hwm_kb,threads" >"$csv"
runtime_dir=$(mktemp -d)
config_dir=$(mktemp -d)
trap 'rm -rf "$runtime_dir" "$config_dir"' EXIT

say "playing ${CLOSELAB_SOAK_SCENARIO:-tw_bucket_overflow} for $minutes min; samples in $csv"
# Its own settings folder, so the soak neither reads nor changes the user's.
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime_dir" XDG_CONFIG_HOME="$config_dir" \
CLOSELAB_SOAK_MINUTES="$minutes" \
    nice -n "${CLOSELAB_SOAK_NICE:-10}" /usr/bin/time -v -o "$out_dir/time.txt" "$app" --lang en >"$out_dir/closelab.log" 2>&1 &
time_pid=$!

# /usr/bin/time's child is closelab.
app_pid=
for _ in $(seq 1 100); do
    app_pid=$(pgrep -P "$time_pid" 2>/dev/null | head -1 || true)
    [ -n "$app_pid" ] && break
    sleep 0.1
done
[ -n "$app_pid" ] || { say "closelab did not start"; wait "$time_pid" || true; cat "$out_dir/closelab.log" >&2; exit 1; }

start=$(date +%s)
while kill -0 "$app_pid" 2>/dev/null; do
    status=/proc/$app_pid/status
    rss=$(awk '/^VmRSS:/ {print $2}' "$status" 2>/dev/null || true)
    hwm=$(awk '/^VmHWM:/ {print $2}' "$status" 2>/dev/null || true)
    threads=$(awk '/^Threads:/ {print $2}' "$status" 2>/dev/null || true)
    [ -n "$rss" ] && echo "$(( $(date +%s) - start )),$rss,$hwm,$threads" >>"$csv"
    # Sleep 10 s, but notice the end at once.
    for _ in $(seq 1 20); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
done
status=0
wait "$time_pid" || status=$?

report=$(grep -m1 '^closelab soak:' "$out_dir/closelab.log" || true)
first=$(sed -n 2p "$csv" | cut -d, -f2)
last=$(tail -1 "$csv" | cut -d, -f2)
peak=$(sed -n 's/^\tMaximum resident set size (kbytes): //p' "$out_dir/time.txt")
wall=$(sed -n 's/^\tElapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out_dir/time.txt")
printf 'exit status      %s\n' "$status"
printf 'wall clock       %s\n' "${wall:-?}"
printf 'RSS first/last   %s kB / %s kB (samples: %s)\n' "${first:-?}" "${last:-?}" "$(( $(wc -l <"$csv") - 1 ))"
printf 'max RSS          %s kB\n' "${peak:-?}"
printf 'app report       %s\n' "${report:-none (see $out_dir/closelab.log)}"
[ "$status" = 0 ] && [ -n "$report" ]
