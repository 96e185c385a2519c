#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds, and starts CloseLab. Arguments go to the application:
#   scripts/run.sh --lang zh_CN
#   scripts/run.sh --screenshot shot.png --size 1600x1000      (no display needed)
# Without a display closelab itself says so in one line and exits 1.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/scripts/setup.sh"
exec "${CLOSELAB_BUILD_DIR:-$repo/build}/app/closelab" "$@"
