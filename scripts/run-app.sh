#!/usr/bin/env bash
# Starts the app on its default journal. With no display, runs the real window under Xvfb,
# saves a screenshot and prints where it is.
set -euo pipefail
build=${1:-build}
app="$build/app/cpdjournal"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$app"
fi
shot="$(cd "$build" && pwd)/screenshots/cpdjournal-$(date +%Y%m%d-%H%M%S).png"
mkdir -p "$(dirname "$shot")"
echo "No display found: running CPD Journal under Xvfb and saving a screenshot of its window."
xvfb-run -a -s '-screen 0 1280x800x24' "$app" --screenshot "$shot"
echo "Screenshot: $shot"
