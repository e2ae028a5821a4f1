#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer + UndefinedBehaviorSanitizer
# (CMake preset "asan") and runs it. Leak checking is off: Qt's fonts and
# platform plugins keep caches alive until exit. Built at -O1 with line tables
# (-g1), which keeps the stage short enough for CI. Warnings are errors, as in
# scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset asan -DFTROI_WERROR=ON
cmake --build --preset asan
ctest --preset asan --timeout 900
