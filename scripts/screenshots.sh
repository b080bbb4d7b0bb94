#!/usr/bin/env bash
# Pictures of the real app for the README: runs it under Xvfb on the sample journal (the same
# 200 made-up entries File ▸ Open sample journal makes, and a made-up nurse's profile) and saves
# one PNG per main view in docs/screenshots/. Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/docs/screenshots
cli=$build/app/cpdjournal-cli
gui=$build/app/cpdjournal
[ -x "$cli" ] && [ -x "$gui" ] || { echo "build the app first: cmake --build $build --target cpdjournal cpdjournal-cli" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_RUNTIME_DIR=$tmp/run LC_ALL=C.UTF-8 LANG=en_GB.UTF-8
mkdir -p "$HOME" "$out" && mkdir -m700 "$XDG_RUNTIME_DIR"
journal=$tmp/sample-journal.cpdj
"$cli" --db "$journal" demo --entries 200 --seed 2026 >/dev/null
cat >"$tmp/profile.json" <<'JSON'
{"name": "Alex Morgan", "professions": ["nurse"], "nmc_pin": "12A3456E",
 "registration_expiry": "2027-06-30", "employer": "Riverside Health Centre"}
JSON
"$cli" --db "$journal" profile set --json "$tmp/profile.json" >/dev/null

for area in journal revalidation topics evidence; do
  xvfb-run -a -s '-screen 0 1280x800x24' "$gui" --db "$journal" --area "$area" --screenshot "$out/$area.png"
  echo "$out/$area.png"
done
