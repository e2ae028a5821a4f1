#!/usr/bin/env bash
# Builds the libFuzzer target (preset "fuzz", clang) and fuzzes the document
# reader, writer and engine. Usage: scripts/fuzz.sh [RUNS] (default 10 million).
# New crashes land in tests/fuzz/regressions/, which the ordinary tests replay.
set -euo pipefail
cd "$(dirname "$0")/.."

FTROI_EXTRA_DEPS=1 ./scripts/install-deps.sh
cmake --preset fuzz
cmake --build --preset fuzz --target fuzz_document
work=$(mktemp -d)
cp tests/fuzz/corpus/* "$work/"
./build-fuzz/tests/fuzz/fuzz_document "$work" -dict=tests/fuzz/ftroi.dict -max_len=8192 \
  -runs="${1:-10000000}" -print_final_stats=1 -artifact_prefix=tests/fuzz/regressions/
