#!/usr/bin/env bash
# Installs the Debian packages Tend needs to build, test and run, and only those missing.
# On a system without apt it prints the list and stops.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins
    libsqlite3-dev sqlite3 nlohmann-json3-dev libspdlog-dev catch2 libsodium-dev libstemmer-dev libutf8proc-dev
    clang-format xvfb xauth fonts-dejavu-core
    # Installing and packaging (docs/packaging.md): validators for the .desktop and AppStream files, man to read
    # the man page, file for CPack's dependency scan, lintian for the .deb.
    desktop-file-utils appstream man-db file lintian
    # Timer sounds through the desktop's own event-sound library, loaded on first use (docs/focus-and-input.md).
    libcanberra0 sound-theme-freedesktop
    # Tests read the PDF report back as text (pdftotext) and render its pages for screenshots (pdftoppm).
    poppler-utils
    # Translations: lupdate and lrelease (qt6-l10n-tools), their CMake package (qt6-tools-dev) and Qt's own
    # strings in Spanish and German (qt6-translations-l10n), compiled into Tend's resources (docs/translating.md).
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
    # A test holds the JSON Schemas in content/schema to the reader (tests/content/schema_agreement.py).
    python3 python3-jsonschema
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "Tend's build set-up installs packages on Debian or Ubuntu only." >&2
    echo "Please install the equivalents of these Debian packages, then run make again:" >&2
    printf '  %s\n' "${packages[@]}" >&2
    exit 1
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "Not root and no sudo: please install as root: apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
