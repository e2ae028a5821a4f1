#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer + UndefinedBehaviorSanitizer
# (CMake preset "asan") and runs it. Leak checking is off: Qt's fonts and
# platform plugins keep caches alive until exit. libstdc++'s own checks are on
# (_GLIBCXX_ASSERTIONS: an empty std::optional dereferenced, an index out of a
# vector's range), which neither sanitizer sees. Built at -O1 with line tables
# (-g1), which keeps the stage short enough for CI. Warnings are errors, as in
# scripts/test.sh.
#
# Usage: scripts/sanitize.sh [--core]
#   --core  only the engine, the readers, the CLI and their tests (no Qt
#           Widgets): what CI runs (.ci/run), as the whole suite under the
#           sanitizers takes longer than CI's 30 minutes leave it.
#
# Where ccache is installed, the compiles go through it (its cache is kept
# between runs, keyed on paths relative to this checkout), so a second run
# recompiles only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

app=ON
case "${1:-}" in
  "") ;;
  --core) app=OFF ;;
  *) echo "usage: $0 [--core]" >&2; exit 2 ;;
esac

./scripts/install-deps.sh
launcher=()
if command -v ccache >/dev/null 2>&1; then
  export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1 CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake --preset asan -DFTROI_WERROR=ON -DFTROI_BUILD_APP=$app "${launcher[@]}"
cmake --build --preset asan
ctest --preset asan --timeout 900
