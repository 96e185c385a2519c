#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check_debuginfo.sh MODE BUILD_DIR EXECUTABLE...: each executable's debug information is what the
# top-level CMakeLists.txt promises.
#   split: .debug_info holds only the skeletons of split DWARF, under 1 MiB (plain -g puts the whole
#          debug information of closelab_app, _views and _core there: tens of MB), and the .dwo file
#          each skeleton names exists in BUILD_DIR;
#   lines: (-g1, sanitizer and fuzz builds) no .dwo is named and .debug_info is under 10 MiB.
# Both: every debug section larger than 4 KiB is compressed (flag C in readelf's section table).
set -euo pipefail
mode=$1 build=$2
shift 2
fail() { echo "check_debuginfo: $*" >&2; exit 1; }
[ "$mode" = split ] || [ "$mode" = lines ] || fail "MODE must be split or lines, got '$mode'"
command -v readelf >/dev/null || fail "readelf (binutils) is not installed"

# .debug_info's largest size, compressed: split skeletons take a few KB (closelab: 4 KB); -g1's function
# entries 2.7-3.0 MB; plain -g, compressed, 29.6 MB (tst_mainwindow).
max_info=$((1 << 20)); [ "$mode" = lines ] && max_info=$((10 << 20))

for exe in "$@"; do
    name=$(basename "$exe")
    # One line per section, "[ 9]" numbers taken off: name type address offset size entsize flags...
    sections=$(readelf -S -W "$exe" | sed -nE 's/^ *\[ *[0-9]+\] //p')
    grep -q '^\.debug_line ' <<<"$sections" || fail "$name has no line tables (.debug_line)"
    while read -r section _ _ _ size _ flags _; do
        bytes=$((16#$size))
        if [ "$section" = .debug_info ] && [ "$bytes" -gt "$max_info" ]; then
            fail "$name: .debug_info is $bytes bytes: the libraries' debug information was copied in"
        fi
        if [ "$bytes" -gt 4096 ] && [[ $flags != *C* ]]; then
            fail "$name: $section ($bytes bytes) is not compressed"
        fi
    done < <(grep '^\.debug_' <<<"$sections")

    dwos=$(readelf --debug-dump=no-follow-links --debug-dump=info "$exe" 2>/dev/null | sed -nE 's/.*DW_AT_(GNU_)?dwo_name *: (\(.*\): )?//p' | sort -u)
    if [ "$mode" = lines ]; then
        [ -z "$dwos" ] || fail "$name names .dwo files in a line-tables-only build: $(head -1 <<<"$dwos")"
        continue
    fi
    [ -n "$dwos" ] || fail "$name names no .dwo file: not built with split DWARF"
    count=0
    while read -r dwo; do
        [ -f "$build/$dwo" ] || fail "$name names $dwo, which is not in $build"
        count=$((count + 1))
    done <<<"$dwos"
    echo "$name: $count .dwo files, debug sections compressed"
done
