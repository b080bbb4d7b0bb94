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
# Some records and evidence, as a real journal has after a while (all made up).
record() { printf '%s' "$2" | "$cli" --db "$journal" record add "$1" --json - >/dev/null; }
record practice-hours '{"from": "2024-07-01", "to": "2026-06-30", "organisation": "Riverside Health Centre",
  "address": "Leeds", "work_setting": "gp-practice", "scope": "direct-patient-care", "hours": 380,
  "registration": "nurse", "description": "Practice nurse: long-term conditions clinics"}'
record discussion '{"partner_name": "Jo Patel", "partner_pin": "98A7654B", "partner_email": "jo@example.org",
  "partner_address": "1 Park Row, Leeds", "partner_postcode": "LS1 5HD", "date": "2026-10-02",
  "summary": "Talked through my five reflective accounts."}'
guideline() { printf '%s' "$1" | "$cli" --db "$journal" guideline add --json - >/dev/null; }
guideline '{"title": "Asthma: diagnosis, monitoring and chronic asthma management", "publisher": "NICE",
  "identifier": "NG245", "url": "https://www.nice.org.uk/guidance/ng245", "published": "2024-11-27"}'
guideline '{"title": "Type 2 diabetes in adults: management", "publisher": "NICE", "identifier": "NG28",
  "url": "https://www.nice.org.uk/guidance/ng28", "published": "2015-12-02"}'
guideline '{"title": "Falls in older people: assessing risk and prevention", "publisher": "NICE",
  "identifier": "CG161", "url": "https://www.nice.org.uk/guidance/cg161", "published": "2013-06-12"}'
# The editor shows the newest final entry written with the NMC form.
entry=$("$cli" --db "$journal" list --json --status final | python3 -c '
import json, sys
print(next(e["id"] for e in json.load(sys.stdin) if e.get("template") == "nmc"))')

shot() { # name, options
  local name=$1; shift
  xvfb-run -a -s '-screen 0 1280x800x24' "$gui" --db "$journal" "$@" --screenshot "$out/$name.png" 2>/dev/null
  echo "$out/$name.png"
}
shot journal --entry "$entry"
for area in revalidation topics evidence; do shot "$area" --area "$area"; done
