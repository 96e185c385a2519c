#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing (test tools included), builds with warnings as errors, and runs the
# whole test suite through ctest. Arguments go to ctest, e.g. scripts/test.sh -R translations
#
# With CLOSELAB_CI=1 (as .ci/run sets it) it then also runs the suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer (scripts/sanitize.sh, build-asan/) and a short fuzz run of every libFuzzer
# target (scripts/fuzz.sh, build-fuzz/, CLOSELAB_FUZZ_SECONDS each, default 50); any failure fails.
# CI mode also lets the kernel suite change the host-wide net.ipv4.tcp_max_orphans for orphan_overflow
# (CLOSELAB_KERNEL_HOST_SYSCTLS=1; restored and checked by tests/kernel/host_sysctls.py); without CI it is
# skipped unless you set CLOSELAB_KERNEL_HOST_SYSCTLS=1 yourself.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CLOSELAB_BUILD_DIR:-$repo/build}
"$repo/scripts/setup.sh" --tests --werror
export QT_QPA_PLATFORM=offscreen
jobs=${CLOSELAB_JOBS:-$(nproc 2>/dev/null || echo 2)}
if [ "${CLOSELAB_CI:-0}" = 1 ]; then
    export CLOSELAB_KERNEL_HOST_SYSCTLS=${CLOSELAB_KERNEL_HOST_SYSCTLS:-1}
fi
if [ "${CLOSELAB_CI:-0}" != 1 ]; then
    exec ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs" "$@"
fi
# Each step says the time and the disk space left (a CI machine once ran out of disk mid-build).
free_kb() { df -Pk "$repo" 2>/dev/null | awk 'NR == 2 { print $4 }'; }
step() {
    printf '\ncloselab ci: %s (%s, %s GB free)\n' "$1" "$(date -u +%H:%M:%S)" "$(( $(free_kb) / 1048576 ))" >&2
}
# A step's build tree that the next steps do not use is removed when the disk is short (under
# CLOSELAB_CI_MIN_FREE_GB, default 8): the sanitizer tree alone is about 4 GB (ASan's redzones and
# descriptors for every global, string literals included, in each of ~110 executables), the plain
# tree about 1.3 GB. With room to spare nothing is removed.
free_if_short() {
    local dir=$1 min_gb=${CLOSELAB_CI_MIN_FREE_GB:-8} free
    free=$(free_kb)
    if [ -n "$free" ] && [ -d "$dir" ] && [ "$free" -lt $(( min_gb * 1048576 )) ]; then
        printf 'closelab ci: %s GB free, under %s GB: removing %s, which the next steps do not use\n' \
            "$(( free / 1048576 ))" "$min_gb" "$dir" >&2
        rm -rf "$dir"
    fi
}
step "test suite"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs" "$@"
free_if_short "$build_dir"
step "test suite under ASan and UBSan"
# The kernel label compares behaviour with the real kernel; the sanitizers look at memory: skip it there.
"$repo/scripts/sanitize.sh" -LE kernel "$@"
free_if_short "${CLOSELAB_ASAN_BUILD_DIR:-$repo/build-asan}"
step "fuzz smoke run"
"$repo/scripts/fuzz.sh" "${CLOSELAB_FUZZ_SECONDS:-50}"
step "done"
