#!/usr/bin/env bash
# Optional macOS code signing and notarization. Skipped, with a message, when the certificate is
# not configured, so unsigned development builds keep working.
#
#   packaging/macos/sign_and_notarize.sh app dist/lpj-desktop.app   # sign every binary, then the app
#   packaging/macos/sign_and_notarize.sh dmg dist/lpj-desktop-X.dmg # sign, notarize and staple the dmg
#
# Environment:
#   MACOS_SIGN_IDENTITY    "Developer ID Application: Name (TEAMID)" in the keychain. In CI, also
#   MACOS_CERT_P12_BASE64 + MACOS_CERT_PASSWORD: imported into a temporary keychain first.
#   Notarization (either):  MACOS_NOTARY_PROFILE (a `notarytool store-credentials` profile), or
#                           APPLE_ID + APPLE_TEAM_ID + APPLE_APP_PASSWORD (app-specific password).
set -euo pipefail
cd "$(dirname "$0")/../.."
KIND=${1:?app or dmg}
TARGET=${2:?path}
ENTITLEMENTS=packaging/macos/entitlements.plist

if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
    echo "macOS signing skipped: MACOS_SIGN_IDENTITY is not set (the $KIND is unsigned)"
    exit 0
fi

if [ -n "${MACOS_CERT_P12_BASE64:-}" ] && [ -z "${LPJ_KEYCHAIN_READY:-}" ]; then
    KEYCHAIN="$HOME/Library/Keychains/lpj-build.keychain-db"
    KEYCHAIN_PASSWORD=$(uuidgen)
    security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN" 2>/dev/null || true
    security set-keychain-settings -lut 3600 "$KEYCHAIN"
    security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
    CERT=$(mktemp)
    echo "$MACOS_CERT_P12_BASE64" | base64 --decode >"$CERT"
    security import "$CERT" -k "$KEYCHAIN" -P "${MACOS_CERT_PASSWORD:-}" -T /usr/bin/codesign
    rm -f "$CERT"
    security set-key-partition-list -S apple-tool:,apple: -s -k "$KEYCHAIN_PASSWORD" "$KEYCHAIN" >/dev/null
    security list-keychains -d user -s "$KEYCHAIN" $(security list-keychains -d user | tr -d '"')
    export LPJ_KEYCHAIN_READY=1
fi

sign() {
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
        --sign "$MACOS_SIGN_IDENTITY" "$@"
}

case "$KIND" in
app)
    # Inside out: every Mach-O file first (libraries, Qt plugins, Python extensions), then the app.
    find "$TARGET/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) -print0 |
        while IFS= read -r -d '' f; do
            if file -b "$f" | grep -q "Mach-O"; then sign "$f"; fi
        done
    sign "$TARGET"
    codesign --verify --deep --strict --verbose=2 "$TARGET"
    echo "signed $TARGET"
    ;;
dmg)
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$TARGET"
    if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$TARGET" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
        xcrun notarytool submit "$TARGET" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
            --password "$APPLE_APP_PASSWORD" --wait
    else
        echo "notarization skipped: no MACOS_NOTARY_PROFILE or APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD"
        exit 0
    fi
    xcrun stapler staple "$TARGET"
    spctl --assess --type open --context context:primary-signature --verbose "$TARGET"
    echo "notarized and stapled $TARGET"
    ;;
*)
    echo "unknown kind $KIND (app or dmg)" >&2
    exit 2
    ;;
esac
