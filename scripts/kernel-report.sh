#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Prints every fact the kernel conformance suite compared in its last run (ctest -L kernel, results in
# <build>/tests/kernel/results): per scenario and parameter set, each fact with the kernel's observed
# and the engine's simulated value, PASS or FAIL. docs/kernel-facts.txt is this output:
#
#   ctest --test-dir build -L kernel && scripts/kernel-report.sh > docs/kernel-facts.txt
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
results=${CLOSELAB_BUILD_DIR:-$repo/build}/tests/kernel/results
matrix=$repo/tests/kernel/run_matrix.py
[ -d "$results" ] || { echo "kernel-report.sh: no $results: run ctest -L kernel first" >&2; exit 2; }
cat <<HEADER
# Kernel conformance: every fact compared, kernel (observed) and engine (simulated) values
# Linux $(uname -r), results of $(date -u -r "$results" +%Y-%m-%d). Regenerate after a full run of
# ctest -L kernel: scripts/kernel-report.sh > docs/kernel-facts.txt
# Tolerances (tests/kernel/compare.py): counts, sequences, reasons exact; times within max(20 ms, 10 %).

HEADER
python3 "$matrix" list | awk '{print $1}' | sed 's/#.*//' | sort -u | while read -r scenario; do
    python3 "$matrix" report --out "$results" --scenario "$scenario" || true
    echo
done
