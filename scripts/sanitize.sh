#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer in its own build directory and
# runs the whole test suite there (GUI tests offscreen). Any sanitizer report fails its test.
# Arguments go to ctest, e.g. scripts/sanitize.sh -R core/
#
# Environment: CLOSELAB_ASAN_BUILD_DIR (default <repo>/build-asan), CLOSELAB_JOBS (default: number of CPUs).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CLOSELAB_ASAN_BUILD_DIR:-$repo/build-asan}
jobs=${CLOSELAB_JOBS:-$(nproc 2>/dev/null || echo 2)}

configure() {
    local gen=()
    [ -f "$build_dir/CMakeCache.txt" ] || ! command -v ninja >/dev/null 2>&1 || gen=(-G Ninja)
    cmake -S "$repo" -B "$build_dir" "${gen[@]}" -DCLOSELAB_SANITIZE=ON -DCLOSELAB_WERROR=ON >/dev/null
}
# Configure before setup.sh builds, so the tree is built once, instrumented. setup.sh installs what is
# missing and builds; on a fresh machine (no cmake yet) it configures plainly and we switch afterwards.
if command -v cmake >/dev/null 2>&1 && [ ! -f "$build_dir/CMakeCache.txt" ]; then configure || true; fi
CLOSELAB_BUILD_DIR="$build_dir" CLOSELAB_JOBS="$jobs" "$repo/scripts/setup.sh" --tests --werror
if ! grep -q '^CLOSELAB_SANITIZE:BOOL=ON$' "$build_dir/CMakeCache.txt"; then
    configure
    cmake --build "$build_dir" --parallel "$jobs"
fi

# Leaks inside Qt and fontconfig (not ours, not instrumented) are listed, each with its reason, in
# tests/sanitize/lsan.supp; reports from project code are never suppressed.
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$repo/tests/sanitize/lsan.supp:print_suppressions=0
export QT_QPA_PLATFORM=offscreen
exec ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs" --timeout 600 "$@"
