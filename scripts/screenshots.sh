#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the README's screenshots (docs/screenshots/) from the current build; no display
# needed. Run after changing anything visible, look at the pictures, commit them.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/scripts/setup.sh"
app=${CLOSELAB_BUILD_DIR:-$repo/build}/app/closelab
for lang in en zh_CN; do
    "$app" --screenshot "$repo/docs/screenshots/closelab-$lang.png" --lang "$lang" --size 1600x1000
    echo "docs/screenshots/closelab-$lang.png"
done
