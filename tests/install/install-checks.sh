#!/usr/bin/env bash
# Checks Tend installed the way a packager installs it: `cmake --install` into a DESTDIR, then what a desktop, a
# software centre and a person at a terminal see. One check per call, so CTest reports each on its own.
#
# usage: install-checks.sh CHECK BUILD_DIR WORK_DIR
set -euo pipefail
check=$1 build=$2 work=$3
root="$work/root"        # the DESTDIR
prefix=/usr
app_id=org.tend.Tend
fail() { echo "FAIL: $*" >&2; exit 1; }

case "$check" in
install)
    rm -rf "$work"
    mkdir -p "$work"
    # --strip: installed as the package installs it (without debug information).
    DESTDIR="$root" cmake --install "$build" --prefix "$prefix" --strip >"$work/install.log"
    ;;

desktop-file)
    desktop-file-validate "$root$prefix/share/applications/$app_id.desktop"
    ;;

appstream)
    appstreamcli validate --no-net --pedantic "$root$prefix/share/metainfo/$app_id.metainfo.xml"
    ;;

icons)
    # The icon the .desktop file names exists as SVG and at every PNG size, each PNG of its stated size.
    icon=$(sed -n 's/^Icon=//p' "$root$prefix/share/applications/$app_id.desktop")
    [[ "$icon" == "$app_id" ]] || fail "the .desktop file names the icon '$icon', not '$app_id'"
    [[ -s "$root$prefix/share/icons/hicolor/scalable/apps/$app_id.svg" ]] || fail "no scalable icon"
    for size in 16 22 24 32 48 64 128 256 512; do
        png="$root$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
        [[ -s "$png" ]] || fail "no ${size}px icon"
        file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not $size x $size: $(file "$png")"
    done
    ;;

relocated)
    # Moved elsewhere after installing, the binary still finds its content next to itself (../share/tend/content)
    # and not through any path of the build machine: with that content gone, it finds none.
    moved="$work/moved"
    rm -rf "$moved"
    cp -a "$root$prefix" "$moved"
    tend="$moved/bin/tend"
    env -u TEND_CONTENT_DIR "$tend" --version | grep -qx "Tend [0-9.]*" || fail "--version"
    (cd / && env -u TEND_CONTENT_DIR "$tend" validate-content) | grep -q "programs" \
        || fail "validate-content did not find the installed content"
    env -u TEND_CONTENT_DIR "$tend" --demo export --format json >"$work/export.json" || fail "--demo export"
    grep -q '"format"' "$work/export.json" || fail "--demo export --format json wrote no export"
    # On PATH (argv[0] is a bare name), as a launcher starts it.
    (cd / && env -u TEND_CONTENT_DIR PATH="$moved/bin:$PATH" tend validate-content) >/dev/null \
        || fail "validate-content through PATH"
    # The window, off-screen, until its first frame is painted.
    env -u TEND_CONTENT_DIR -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen TEND_EXIT_AFTER_FIRST_FRAME=1 \
        TEND_DATA_DIR="$work/data" timeout 60 "$tend" --demo || fail "the window did not open"
    mv "$moved/share/tend/content" "$moved/share/tend/content-away"
    if (cd / && env -u TEND_CONTENT_DIR "$tend" validate-content) >/dev/null 2>&1; then
        fail "content was found somewhere other than next to the binary"
    fi
    ;;

no-build-paths)
    # Nothing installed may name the machine it was built on.
    source_dir=$(cd "$(dirname "$0")/../.." && pwd -P)
    build_dir=$(cd "$build" && pwd -P)
    if grep -rlaF -e "$source_dir" -e "$build_dir" "$root"; then
        fail "the files above contain $source_dir or $build_dir"
    fi
    ;;

man-matches-help)
    # `man -l tend.1` lists the same options as `tend --help` plus every `tend COMMAND --help`.
    tend="$root$prefix/bin/tend"
    page="$root$prefix/share/man/man1/tend.1.gz"
    options_in() { grep -oE -- '--[a-z][a-z-]*' | sort -u; }
    {
        "$tend" --help
        for command in $("$tend" --help | sed -n '/^Commands/,/^$/p' | awk 'NR > 1 && NF { print $1 }'); do
            "$tend" "$command" --help
        done
    } | options_in >"$work/help-options"
    LC_ALL=C MANWIDTH=200 man -l "$page" | options_in >"$work/man-options"
    [[ -s "$work/help-options" ]] || fail "tend --help lists no options"
    diff -u "$work/help-options" "$work/man-options" || fail "the man page and --help list different options"
    ;;

package)
    # `make package`'s .deb, built into the work folder: its name, its dependencies from the binary, and lintian
    # with neither an error nor a warning (infos are printed, for the record).
    out="$work/package"
    rm -rf "$out"
    cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$work/cpack.log"
    debs=("$out"/tend_*_amd64.deb)
    [[ -f "${debs[0]}" ]] || fail "no tend_<version>_amd64.deb in $out"
    dpkg-deb -f "${debs[0]}" Depends | grep -q "libqt6widgets6" || fail "Depends was not computed from the binary"
    lintian --display-info --fail-on error,warning "${debs[0]}"
    ;;

*)
    echo "unknown check $check" >&2
    exit 2
    ;;
esac
