#!/usr/bin/env bash
# Builds the .deb from BUILD_DIR, installs it with apt (which pulls its dependencies), checks what
# it put on the system and takes a screenshot of the demo with the installed app, headless.
# Usage: packaging/check-deb.sh BUILD_DIR   (make package-check; needs root or sudo)
set -euo pipefail
build=$(realpath "${1:-build}")
sudo=$([ "$(id -u)" = 0 ] || echo sudo)

rm -f "$build"/aivizor_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/aivizor_*.deb)
echo "package: $(basename "$deb")"
dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/^ */  depends: /'

# Leaves the system as it found it: a package that was not installed before is removed again.
home=$(mktemp -d)
was_installed=$(dpkg-query -W -f='${Status}' aivizor 2>/dev/null | grep -c 'install ok installed' || true)
cleanup() {
    rm -rf "$home"
    [ "$was_installed" = 1 ] || DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -q aivizor >/dev/null
}
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --reinstall "$deb" >/dev/null
for f in /usr/bin/aivizor /usr/bin/aivizor-server \
         /usr/share/applications/org.aivizor.Aivizor.desktop \
         /usr/share/metainfo/org.aivizor.Aivizor.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.aivizor.Aivizor.svg \
         /usr/share/icons/hicolor/256x256/apps/org.aivizor.Aivizor.png \
         /usr/share/man/man1/aivizor.1.gz /usr/share/man/man1/aivizor-server.1.gz \
         /usr/share/doc/aivizor/LICENSE; do
    [ -e "$f" ] || { echo "missing after install: $f" >&2; exit 1; }
done
desktop-file-validate /usr/share/applications/org.aivizor.Aivizor.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.aivizor.Aivizor.metainfo.xml >/dev/null

# The installed app, on its own demo server, in a home of its own.
shot=$home/demo.png
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share QT_QPA_PLATFORM=offscreen \
    timeout 120 /usr/bin/aivizor --demo --screenshot "$shot"
[ -s "$shot" ] || { echo "the installed app saved no screenshot" >&2; exit 1; }
cp "$shot" "$build/installed-demo.png"
echo "installed app: screenshot of the demo saved to $build/installed-demo.png"
