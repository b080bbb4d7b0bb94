#!/usr/bin/env bash
# Runs each libFuzzer target (tests/fuzz) for a bounded time and prints, per target, the
# executions, CPU time, working-corpus size and crashes. New crash, leak, timeout and
# out-of-memory inputs are saved in tests/fuzz/crashes/<target>/: fix the parser, keep the file
# (fuzz_replay_<target> in CTest runs it from then on).
#   scripts/fuzz.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
# The working corpus grows in BUILD_DIR/fuzz-corpus/<target>/ (never in the repository).
set -uo pipefail
build=${1:?usage: scripts/fuzz.sh BUILD_DIR [SECONDS] [TARGET...]}
seconds=${2:-120}
shift $(( $# >= 2 ? 2 : 1 ))
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$build" && pwd)
# targets.txt (written by tests/fuzz/CMakeLists.txt): "<target> [<dictionary>]" a line.
declare -A dicts
targets=()
while read -r name dict; do
  [ -n "$name" ] || continue
  dicts[$name]=$dict
  targets+=("$name")
done < "$build/tests/fuzz/targets.txt"
[ $# -gt 0 ] && targets=("$@")

# Leaks are reported too; Qt's and the system libraries' own are suppressed (see the file).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$src/tests/sanitize/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=0
summary=()
for t in "${targets[@]}"; do
  bin=$build/tests/fuzz/fuzz_$t
  [ -x "$bin" ] || { echo "fuzz: no $bin (build target fuzz_targets first)" >&2; exit 2; }
  work=$build/fuzz-corpus/$t
  crashes=$src/tests/fuzz/crashes/$t
  log=$build/fuzz-logs/$t.log
  mkdir -p "$work" "$crashes" "$(dirname "$log")"
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
        -artifact_prefix="$crashes/")
  [ -n "${dicts[$t]:-}" ] && args+=(-dict="$src/tests/fuzz/dict/${dicts[$t]}.dict")
  before=$(ls "$crashes" | wc -l)
  echo "fuzz: $t for ${seconds}s (log: $log)"
  TIMEFORMAT='%U %S'
  { time "$bin" "${args[@]}" "$work" "$src/tests/fuzz/corpus/$t" >"$log" 2>&1; } 2>"$log.time"
  rc=$?
  read -r user sys < "$log.time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", u + s }')
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  found=$(( $(ls "$crashes" | wc -l) - before ))
  corpus=$(ls "$work" | wc -l)
  status=ok
  if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
    status="CRASH (exit $rc)"
    failed=1
    grep -m3 -E 'ERROR: |runtime error|fuzz invariant|qFatal|ASSERT' "$log" | sed 's/^/    /'
    ls -t "$crashes" | head -"$(( found > 0 ? found : 1 ))" | sed "s|^|    saved: tests/fuzz/crashes/$t/|"
  fi
  summary+=("$(printf '%-18s %10s execs %6s s CPU %5s MB peak %6s in corpus %2s new crash files  %s' \
    "$t" "${execs:-?}" "$cpu" "${rss:-?}" "$corpus" "$found" "$status")")
done
echo
echo "fuzz summary (${seconds}s per target):"
printf '  %s\n' "${summary[@]}"
exit $failed
