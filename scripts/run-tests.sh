#!/usr/bin/env bash
# Runs every test through CTest.
set -euo pipefail
build=${1:-build}
jobs=${2:-$(nproc)}
ctest --test-dir "$build" --output-on-failure -j "$jobs"
