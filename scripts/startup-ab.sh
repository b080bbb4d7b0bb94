#!/bin/sh
# Start-up A/B: runs two cpdjournal builds alternately on one journal under an X display and
# prints, for each, the median main-thread CPU and wall time (since main()) to the first paint.
# Alternating keeps both inside the same minutes: the shared machine drifts by a third.
# usage: scripts/startup-ab.sh JOURNAL RUNS BINARY_A BINARY_B   (DISPLAY set, e.g. Xvfb :98)
set -eu
journal=$1 runs=$2 a=$3 b=$4
i=0
while [ "$i" -lt "$runs" ]; do
    for x in A B; do
        bin=$a; [ "$x" = B ] && bin=$b
        echo "$x $(QT_QPA_PLATFORM=xcb "$bin" --db "$journal" --quit-after-paint 2>/dev/null |
            grep -E 'first-paint-(ms|thread)' | awk '{printf "%s ", $2}')"
    done
    i=$((i + 1))
done | python3 -c '
import statistics, sys
runs = {}
for line in sys.stdin:
    x, cpu, wall = line.split()
    runs.setdefault(x, []).append((float(cpu), float(wall)))
for x, r in sorted(runs.items()):
    print("%s: %d runs, main-thread CPU median %.1f ms, wall median %.1f ms (min %.1f)" % (
        x, len(r), statistics.median(c for c, _ in r), statistics.median(w for _, w in r), min(w for _, w in r)))'
