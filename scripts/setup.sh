#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what CloseLab needs (only what is missing), configures once and builds incrementally.
# Used by scripts/run.sh and scripts/test.sh; safe to run again at any time.
#
#   scripts/setup.sh [--tests] [--werror] [--install-only]
#     --tests         also install the tools the test suite uses (kernel conformance: nftables, tcpdump, ...)
#     --werror        build with CLOSELAB_WERROR=ON (warnings are errors, as in CI)
#     --install-only  install what is missing, neither configure nor build (scripts/fuzz.sh)
#
# Environment: CLOSELAB_BUILD_DIR (default: <repo>/build), CLOSELAB_JOBS (default: number of CPUs).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CLOSELAB_BUILD_DIR:-$repo/build}
jobs=${CLOSELAB_JOBS:-$(nproc 2>/dev/null || echo 2)}

# Debian 12 / Ubuntu package names, verified in ../shared/TOOLCHAIN.md.
build_packages=(
    cmake ninja-build g++
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqcustomplot-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    fonts-wqy-microhei libpcap-dev libwebp-dev
)
test_packages=(nftables tcpdump iproute2 python3 desktop-file-utils appstream shared-mime-info libxml2-utils)

want_tests=0
werror=0
install_only=0
for arg in "$@"; do
    case $arg in
        --tests) want_tests=1 ;;
        --werror) werror=1 ;;
        --install-only) install_only=1 ;;
        *) echo "setup.sh: unknown option '$arg' (expected --tests, --werror, --install-only)" >&2; exit 2 ;;
    esac
done

packages=("${build_packages[@]}")
[ "$want_tests" = 1 ] && packages+=("${test_packages[@]}")

say() { printf 'closelab: %s\n' "$*" >&2; }

install_missing_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "this system has no apt; CloseLab needs these packages (Debian/Ubuntu names):"
        printf '  %s\n' "${packages[@]}" >&2
        say "install their equivalents; continuing with whatever is already installed."
        command -v cmake >/dev/null 2>&1 || { say "cmake is not installed: stopping here."; exit 1; }
        return
    fi

    local installed missing=()
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${packages[@]}" 2>/dev/null \
                | awk '$2 == "ii" { print $1 }' || true)
    for p in "${packages[@]}"; do
        grep -qxF "$p" <<<"$installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return

    say "installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            say "not root and no sudo; as root, run:"
            say "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
            exit 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure() {
    local args=(-S "$repo" -B "$build_dir")
    [ "$werror" = 1 ] && args+=(-DCLOSELAB_WERROR=ON)
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        command -v ninja >/dev/null 2>&1 && args+=(-G Ninja)
        cmake "${args[@]}"
    elif [ "$werror" = 1 ] && ! grep -q '^CLOSELAB_WERROR:BOOL=ON$' "$build_dir/CMakeCache.txt"; then
        cmake "${args[@]}"
    fi
    # Otherwise the build re-runs CMake by itself when a CMakeLists.txt or a globbed folder changes.
}

install_missing_packages
[ "$install_only" = 1 ] && exit 0
configure
cmake --build "$build_dir" --parallel "$jobs"
