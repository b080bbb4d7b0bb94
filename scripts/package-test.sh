#!/usr/bin/env bash
# The Debian package, end to end: builds it with CPack, checks it with lintian, installs it with
# apt, uses the installed binaries (CLI: version, a new journal with an entry; GUI: a headless
# start that paints), then removes it. Needs root or sudo. Usage: package-test.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
apt_get() { $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -qq "$@"; }
started=$(date +%s%N)
step() { echo "package-test: $* ($(( ($(date +%s%N) - started) / 1000000 )) ms)"; }

# One package test at a time on a machine: they install and remove the same package.
exec 9>/tmp/cpdjournal-package-test.lock
flock 9

step "building the package"
cmake --build "$build" --target cpdjournal cpdjournal-cli cpd_packaging_files >/dev/null
rm -f "$build"/cpdjournal_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/cpdjournal_*.deb)
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
version=$(dpkg-deb -f "$deb" Version)
step "built $(basename "$deb"): $(du -k "$deb" | cut -f1) KiB; Depends: $(dpkg-deb -f "$deb" Depends)"

if command -v lintian >/dev/null; then
  # Errors fail the test; warnings are printed. Overrides with reasons: packaging/linux/lintian.
  lintian --fail-on error --suppress-tags-from-file "$root/packaging/linux/lintian-suppressed" "$deb"
  step "lintian: no errors"
fi

was_installed=$(dpkg-query -W -f='${Status}' cpdjournal 2>/dev/null | grep -c "install ok installed" || true)
apt_get install -y "$deb" >/dev/null
cleanup() {
  if [ "$was_installed" = 0 ]; then apt_get purge -y cpdjournal >/dev/null; fi
  rm -rf "$tmp"
}
tmp=$(mktemp -d)
trap cleanup EXIT
step "installed with apt"

fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
for f in /usr/bin/cpdjournal /usr/bin/cpdjournal-cli \
         /usr/share/applications/org.cpdjournal.CPDJournal.desktop \
         /usr/share/metainfo/org.cpdjournal.CPDJournal.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.cpdjournal.CPDJournal.svg \
         /usr/share/icons/hicolor/48x48/apps/org.cpdjournal.CPDJournal.png \
         /usr/share/man/man1/cpdjournal-cli.1.gz /usr/share/doc/cpdjournal/copyright; do
  [ -e "$f" ] || fail "the package did not install $f"
done

[ "$(/usr/bin/cpdjournal-cli --version)" = "cpdjournal-cli $version" ] || fail "cpdjournal-cli --version: $(/usr/bin/cpdjournal-cli --version)"
export HOME=$tmp/home XDG_RUNTIME_DIR=$tmp/run CPDJOURNAL_DB=$tmp/journal.cpdj
mkdir -p "$HOME" && mkdir -m700 "$XDG_RUNTIME_DIR"
id=$(printf '%s' '{"title": "Sepsis screening update", "date": "2026-03-02", "activity": "e-learning",
  "hours": 1.5, "template": "free", "reflection": {"text": "I learned when to escalate."}}' \
  | /usr/bin/cpdjournal-cli add --json -) || fail "cpdjournal-cli add"
/usr/bin/cpdjournal-cli show "$id" | grep -q "Sepsis screening update" || fail "the entry added is not shown"
step "cpdjournal-cli $version made a journal with an entry"

# The installed GUI, headless: the SQLite driver and the platform plugin come from the Depends.
out=$(QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/cpdjournal --quit-after-paint) || fail "cpdjournal did not start: $out"
grep -q '^first-paint-ms: ' <<<"$out" || fail "cpdjournal did not paint: $out"
painted=$(sed -n 's/^first-paint-ms: //p' <<<"$out")
step "cpdjournal painted its window ($painted ms to first paint)"

cleanup
trap - EXIT
if [ "$was_installed" = 0 ]; then
  [ ! -e /usr/bin/cpdjournal-cli ] || fail "cpdjournal-cli is still there after removal"
  step "removed; package test passed"
else
  step "passed (cpdjournal was installed before the test, so it is left installed)"
fi
