#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the README's screenshots (docs/screenshots/) from the current build; no display
# needed. Run after changing anything visible, look at the pictures, commit them.
#
# The times come from the traces (closelab-cli run SCENARIO): with the default 0.5 ms one-way
# delay normal_close's FIN is in flight from 0 to 0.0005 s; in last_ack_lost the server's
# retransmitted FIN is answered from TIME_WAIT at 0.256068 s; in fin_unacked the client backs off
# between retransmissions #7 (6.75 s) and #8 (13.4 s).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/scripts/setup.sh"
app=${CLOSELAB_BUILD_DIR:-$repo/build}/app/closelab
out=$repo/docs/screenshots

# name scenario time
shots=(
    "normal_close-fin-in-flight normal_close 0.00025"
    "last_ack_lost-time-wait last_ack_lost 0.2563"
    "fin_unacked-backoff fin_unacked 10"
)
for lang in en zh_CN; do
    "$app" --screenshot "$out/closelab-$lang.png" --lang "$lang" --size 1600x1000
    echo "docs/screenshots/closelab-$lang.png"
    for shot in "${shots[@]}"; do
        read -r name scenario time <<<"$shot"
        "$app" --screenshot "$out/$name-$lang.png" --lang "$lang" --size 1920x1080 \
            --scenario "$scenario" --time "$time"
        echo "docs/screenshots/$name-$lang.png"
    done
done
