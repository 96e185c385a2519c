#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check_install.sh CMAKE BUILD_DIR DESTDIR: installs the build with --prefix /usr into DESTDIR and
# checks the files a desktop needs (programs, desktop file with its MimeType and %f, icons,
# shared-mime-info XML, AppStream metainfo). The validators run when they are installed
# (desktop-file-utils, appstream, libxml2-utils, shared-mime-info: scripts/setup.sh --tests).
set -euo pipefail
cmake=$1 build=$2 dest=$3
fail() { echo "check_install: $*" >&2; exit 1; }

rm -rf "$dest"
DESTDIR=$dest "$cmake" --install "$build" --prefix /usr >/dev/null
root=$dest/usr
id=org.closelab.CloseLab

for program in closelab closelab-cli; do
    [ -x "$root/bin/$program" ] || fail "bin/$program is missing or not executable"
done
"$root/bin/closelab-cli" --version >/dev/null || fail "the installed closelab-cli does not run"
# The charts' module (views/plots.h): where the installed closelab looks for it, ../lib/closelab.
plots=$(find "$root/lib" -path '*/closelab/closelab_plots.so' -print -quit 2>/dev/null || true)
[ -n "$plots" ] || fail "lib/<libdir>/closelab/closelab_plots.so (the charts' module) is missing"

desktop=$root/share/applications/$id.desktop
[ -f "$desktop" ] || fail "share/applications/$id.desktop is missing"
grep -qx 'Exec=closelab %f' "$desktop" || fail "the desktop file's Exec does not pass the file (%f)"
grep -qx 'MimeType=application/x-closelab;application/x-closelab-lesson;' "$desktop" \
    || fail "the desktop file does not name both MIME types"
grep -qx 'Icon=closelab' "$desktop" || fail "the desktop file's Icon is not closelab"

for size in 16 24 32 48 64 128 256; do
    icon=$root/share/icons/hicolor/${size}x${size}/apps/closelab.png
    [ -f "$icon" ] || fail "icon ${size}x${size} is missing"
    # PNG header: width and height are the big-endian 32-bit words at bytes 16 and 20.
    read -r w h < <(od -An -tu1 -j16 -N8 "$icon" | awk '{ print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
    [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "icon ${size}x${size} is ${w}x${h}"
done

mime=$root/share/mime/packages/$id.xml
[ -f "$mime" ] || fail "share/mime/packages/$id.xml is missing"
for type in application/x-closelab application/x-closelab-lesson; do
    grep -q "type=\"$type\"" "$mime" || fail "the MIME XML does not define $type"
done
grep -q 'pattern="\*.closelab"' "$mime" || fail "the MIME XML has no *.closelab glob"
grep -q 'pattern="\*.closelab-lesson"' "$mime" || fail "the MIME XML has no *.closelab-lesson glob"

metainfo=$root/share/metainfo/$id.metainfo.xml
[ -f "$metainfo" ] || fail "share/metainfo/$id.metainfo.xml is missing"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo's launchable is not $id.desktop"
grep -q '<content_rating' "$metainfo" || fail "the metainfo has no content_rating"
grep -q '<release ' "$metainfo" || fail "the metainfo has no release"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $id.desktop"
else
    echo "check_install: desktop-file-validate not installed, skipped"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$metainfo" >/dev/null || fail "appstreamcli rejects the metainfo"
else
    echo "check_install: appstreamcli not installed, skipped"
fi
if command -v xmllint >/dev/null; then
    xmllint --noout "$mime" "$metainfo" || fail "xmllint rejects the XML"
fi
if command -v update-mime-database >/dev/null; then
    # The database built from our XML alone must map both globs to our types.
    mimedir=$dest/mimecheck
    mkdir -p "$mimedir/packages"
    cp "$mime" "$mimedir/packages/"
    update-mime-database "$mimedir" || fail "update-mime-database rejects the MIME XML"
    grep -q '^application/x-closelab:\*\.closelab$' "$mimedir/globs" || fail "no glob for .closelab in the built database"
    grep -q '^application/x-closelab-lesson:\*\.closelab-lesson$' "$mimedir/globs" || fail "no glob for .closelab-lesson in the built database"
    grep -q 'application/x-closelab' "$mimedir/magic" || fail "no magic in the built database"
else
    echo "check_install: update-mime-database not installed, skipped"
fi
echo "check_install: all files in place under $dest/usr"
