#!/usr/bin/env bash
# Runs the whole CTest suite in the sanitizer tree (make test-sanitize): any ASan or UBSan report
# or leak fails the test that hit it. Leaks inside Qt and the system libraries are suppressed in
# tests/sanitize/lsan.supp (each one explained there).
set -euo pipefail
build=${1:-build-asan}
jobs=${2:-$(nproc)}
src=$(cd "$(dirname "$0")/.." && pwd)
# A report ends the process with an error code rather than abort(): Qt Test's crash handler
# would otherwise try to print a stack and hang the test until its time-out.
# No strict_string_checks: it reports the legal strndup() of a counted, unterminated buffer in
# libxcb's code as an overflow, which failed the test that runs the real window under Xvfb.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1:check_initialization_order=1}
export QTEST_DISABLE_STACK_DUMP=1
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$src/tests/sanitize/lsan.supp:print_suppressions=0}
ctest --test-dir "$build" --output-on-failure -j "$jobs"
