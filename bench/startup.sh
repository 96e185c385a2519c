#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up to a first painted window: `closelab --screenshot F.bmp --size WxH` against bench_barewindow
# (the same steps in a bare Qt Widgets window), run alternately N times each, BMP on both sides.
# Prints the mean wall and CPU (user + sys) milliseconds of each, the ratios and the load average.
#   bench/startup.sh [BUILD_DIR=build-rel] [N=20] [WxH=1280x720]
# CLOSELAB=path/to/closelab compares another build of closelab against the same yardstick.
set -eu
build=${1:-build-rel}
n=${2:-20}
size=${3:-1280x720}
app=${CLOSELAB:-$build/app/closelab}
bare=$build/bench/bench_barewindow
for f in "$app" "$bare"; do
    [ -x "$f" ] || { echo "startup.sh: $f missing (cmake --build $build --target closelab bench_barewindow)" >&2; exit 2; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$out" XDG_CONFIG_HOME="$out"
TIMEFORMAT='%R %U %S'
# One run each first: the page cache, fontconfig's cache.
"$app" --screenshot "$out/a.bmp" --size "$size" >/dev/null 2>&1
"$bare" "$out/b.bmp" "$size" >/dev/null 2>&1
for ((i = 0; i < n; ++i)); do
    { time "$app" --screenshot "$out/a.bmp" --size "$size" >/dev/null 2>&1; } 2>>"$out/app.times"
    { time "$bare" "$out/b.bmp" "$size" >/dev/null 2>&1; } 2>>"$out/bare.times"
done
mean() { awk '{ wall += $1; cpu += $2 + $3 } END { printf "%.1f %.1f", 1000 * wall / NR, 1000 * cpu / NR }' "$1"; }
read -r aw ac <<<"$(mean "$out/app.times")"
read -r bw bc <<<"$(mean "$out/bare.times")"
awk -v aw="$aw" -v ac="$ac" -v bw="$bw" -v bc="$bc" -v n="$n" -v size="$size" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
    printf "%s, mean of %d runs each          wall ms   CPU ms\n", size, n
    printf "closelab --screenshot F.bmp        %7.1f  %7.1f\n", aw, ac
    printf "bench_barewindow F.bmp             %7.1f  %7.1f\n", bw, bc
    printf "ratio                              %7.2f  %7.2f   (load average %s)\n", aw / bw, ac / bc, load }'
