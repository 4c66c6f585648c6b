#!/usr/bin/env bash
# Installs the build into a temporary prefix, checks the files a desktop expects and validates the
# desktop entry and the AppStream metainfo; then runs the installed programs' --help and --version
# with no display at all (they need no window).
# Usage: check_install.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

expected=(
    bin/aivizor bin/aivizor-server
    share/applications/org.aivizor.Aivizor.desktop
    share/metainfo/org.aivizor.Aivizor.metainfo.xml
    share/icons/hicolor/scalable/apps/org.aivizor.Aivizor.svg
    share/man/man1/aivizor.1.gz share/man/man1/aivizor-server.1.gz
    share/doc/aivizor/LICENSE
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/org.aivizor.Aivizor.png")
done
status=0
for f in "${expected[@]}"; do
    [ -s "$prefix/$f" ] || { echo "FAIL: not installed: $f"; status=1; }
done
if command -v file >/dev/null; then
    file "$prefix/share/icons/hicolor/48x48/apps/org.aivizor.Aivizor.png" | grep -q "48 x 48" \
        || { echo "FAIL: the 48x48 icon is not 48x48"; status=1; }
fi
grep -q '^MimeType=.*x-scheme-handler/aivizor;' "$prefix/share/applications/org.aivizor.Aivizor.desktop" \
    || { echo "FAIL: the desktop entry does not handle aivizor:// links"; status=1; }

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$prefix/share/applications/org.aivizor.Aivizor.desktop" || status=1
else
    echo "SKIP: desktop-file-validate not installed (apt-get install desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$prefix/share/metainfo/org.aivizor.Aivizor.metainfo.xml" || status=1
else
    echo "SKIP: appstreamcli not installed (apt-get install appstream)"
fi
version=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$prefix/share/metainfo/org.aivizor.Aivizor.metainfo.xml")

# No display and no platform plugin chosen: --help and --version must still answer.
for program in aivizor aivizor-server; do
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$prefix/bin/$program" --version 2>&1) \
        || { echo "FAIL: $program --version exited with $?: $out"; status=1; }
    [[ "$out" == *"$version"* ]] || { echo "FAIL: $program --version says '$out', metainfo says $version"; status=1; }
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$prefix/bin/$program" --help >/dev/null 2>&1 \
        || { echo "FAIL: $program --help failed without a display"; status=1; }
done
[ $status = 0 ] && echo "installed files, desktop entry, metainfo, --help and --version: OK"
exit $status
