#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets (tests/fuzz/) with clang in a separate build directory and runs each for
# a bounded time, printing executions per second and the total reached. A finding stops with exit 1 and
# leaves the input in <build>/findings/<target>/ (turn it into tests/fuzz/regressions/<target>/<name>).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 60 s each, targets droprule runoptions sysctl engine
#                                             experimentfile serversnapshot capture
#
# Environment: CLOSELAB_FUZZ_BUILD_DIR (default <repo>/build-fuzz), CLOSELAB_JOBS (default 2),
# CLOSELAB_FUZZ_CORPUS_DIR (working corpora; default <build>/corpus, seeded from tests/fuzz/corpus/).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CLOSELAB_FUZZ_BUILD_DIR:-$repo/build-fuzz}
jobs=${CLOSELAB_JOBS:-2}
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(droprule runoptions sysctl engine experimentfile serversnapshot capture)
say() { printf 'closelab fuzz: %s\n' "$*" >&2; }

case $seconds in ''|*[!0-9]*) say "SECONDS must be a whole number, got '$seconds'"; exit 2 ;; esac

# clang-14 and its runtime (libFuzzer, sanitizers) from Debian's packages; everything else as setup.sh.
packages=(clang-14 libclang-rt-14-dev)
if command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        say "installing ${missing[*]}"
        sudo=(); [ "$(id -u)" != 0 ] && sudo=(sudo)
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
fi
"$repo/scripts/setup.sh" --tests --install-only >/dev/null 2>&1 || true   # Qt and CMake, needed to configure

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    gen=(); command -v ninja >/dev/null 2>&1 && gen=(-G Ninja)
    cmake -S "$repo" -B "$build_dir" "${gen[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 -DCLOSELAB_FUZZ=ON >/dev/null
fi
cmake --build "$build_dir" --parallel "$jobs" --target "${targets[@]/#/fuzz_}"

corpus_root=${CLOSELAB_FUZZ_CORPUS_DIR:-$build_dir/corpus}
status=0
printf '%-14s %10s %14s %10s  %s\n' target seconds executions exec/s result
for t in "${targets[@]}"; do
    corpus="$corpus_root/$t"
    findings="$build_dir/findings/$t"
    mkdir -p "$corpus" "$findings"
    log="$build_dir/fuzz_$t.log"
    # .closelab files are JSON documents, longer than the other inputs; tests/fuzz/<target>.dict (its
    # keys and tokens) helps the mutations stay inside the format.
    max_len=512; [ "$t" = experimentfile ] && max_len=4096; [ "$t" = serversnapshot ] && max_len=2048; [ "$t" = capture ] && max_len=8192
    extra=(); [ -f "$repo/tests/fuzz/$t.dict" ] && extra=(-dict="$repo/tests/fuzz/$t.dict")
    # -max_len keeps inputs small; -rss_limit_mb and -timeout turn runaway inputs into findings.
    if "$build_dir/tests/fuzz/fuzz_$t" "$corpus" "$repo/tests/fuzz/corpus/$t" -max_total_time="$seconds" \
        -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" "${extra[@]}" \
        >"$log" 2>&1; then
        result=ok
    else
        result="FINDING (see $log and $findings/)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    time=$(sed -n 's/.*Done \([0-9]*\) runs in \([0-9]*\) second.*/\2/p' "$log" | tail -1)
    printf '%-14s %10s %14s %10s  %s\n' "$t" "${time:-?}" "${runs:-?}" "${rate:-?}" "$result"
    [ "$result" = ok ] || grep -m3 -E 'closelab fuzz_|ERROR: |runtime error' "$log" >&2 || true
done
exit $status
