#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing (test tools included), builds with warnings as errors, and runs the
# whole test suite through ctest. Arguments go to ctest, e.g. scripts/test.sh -R translations
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CLOSELAB_BUILD_DIR:-$repo/build}
"$repo/scripts/setup.sh" --tests --werror
export QT_QPA_PLATFORM=offscreen
exec ctest --test-dir "$build_dir" --output-on-failure --parallel "${CLOSELAB_JOBS:-$(nproc 2>/dev/null || echo 2)}" "$@"
