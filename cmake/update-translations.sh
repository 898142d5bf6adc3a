#!/usr/bin/env bash
# Refreshes translations/tend_<lang>.ts from the interface's sources: new strings appear as unfinished, gone ones are
# dropped. No line numbers are kept, so an edit elsewhere in a file does not touch the .ts (docs/translating.md).
# With --check DIR it writes the refreshed files to DIR instead (tend_i18n_tests compares them with the repo's).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
out="$root/translations"
if [[ "${1:-}" == "--check" ]]; then
    out=$2
    mkdir -p "$out"
    cp "$root"/translations/tend_*.ts "$out"/
fi
cd "$root"
for ts in "$out"/tend_*.ts; do
    "$lupdate" -silent -locations none -no-obsolete -I src -I include -extensions cpp,h src/ui -ts "$ts" 2>&1 | (grep -v "^$" || true) >&2
done
