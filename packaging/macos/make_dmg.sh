#!/usr/bin/env bash
# Make dist/lpj-desktop-<version>.dmg: the app and an Applications link to drag it onto.
#
#   packaging/macos/make_dmg.sh [path/to/lpj-desktop.app] [version]
#
# Defaults: dist/lpj-desktop.app and the version in pyproject.toml. When MACOS_SIGN_IDENTITY is
# set the dmg is signed, and notarized + stapled when notary credentials are set too (see
# sign_and_notarize.sh); otherwise those steps are skipped with a message. macOS only (hdiutil).
set -euo pipefail
cd "$(dirname "$0")/../.."

APP=${1:-dist/lpj-desktop.app}
VERSION=${2:-$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')}
DMG="dist/lpj-desktop-${VERSION}.dmg"

if [ ! -d "$APP" ]; then
    echo "no app bundle at $APP: run pyinstaller build.spec first" >&2
    exit 1
fi
if ! command -v hdiutil >/dev/null; then
    echo "hdiutil not found: the dmg can only be made on macOS" >&2
    exit 1
fi

STAGE=$(mktemp -d "${TMPDIR:-/tmp}/lpj-dmg.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and signatures intact (cp -R may not).
ditto "$APP" "$STAGE/$(basename "$APP")"
ln -s /Applications "$STAGE/Applications"

rm -f "$DMG"
hdiutil create -volname "lpj-desktop ${VERSION}" -srcfolder "$STAGE" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$DMG" >/dev/null
echo "made $DMG ($(du -h "$DMG" | cut -f1))"

"$(dirname "$0")/sign_and_notarize.sh" dmg "$DMG"
