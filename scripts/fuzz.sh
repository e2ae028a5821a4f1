#!/usr/bin/env bash
# Builds the libFuzzer target (preset "fuzz", clang) and fuzzes the document
# reader, writer and engine. Usage: scripts/fuzz.sh [RUNS] [JOBS] [libFuzzer flags...]
# RUNS (default 10 million) is the total number of executions; with JOBS > 1
# that many processes share one corpus, each running RUNS / JOBS of them.
# New crashes land in tests/fuzz/regressions/, which the ordinary tests replay;
# each job's log is left in the printed work directory. Further arguments go
# to libFuzzer as they are (e.g. -report_slow_units=600 when the jobs may be
# paused, so that a pause is not reported as a slow input).
# FUZZ_WORK=DIR goes on with the corpus of an earlier run's work directory.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-10000000}"
jobs="${2:-1}"
shift $(( $# < 2 ? $# : 2 ))
FTROI_EXTRA_DEPS=1 ./scripts/install-deps.sh
cmake --preset fuzz
cmake --build --preset fuzz --target fuzz_document
root=$PWD
# FUZZ_WORK: an earlier run's work directory, to go on with its corpus.
if [ -n "${FUZZ_WORK:-}" ]; then
  work=$FUZZ_WORK
else
  work=$(mktemp -d)
  mkdir "$work/corpus"
  cp tests/fuzz/corpus/* "$work/corpus/"
fi
echo "fuzz work directory: $work"
# Above half the RSS limit libFuzzer would purge the sanitizer's allocator
# every second; on a virtual machine the purges' TLB flushes cut the rate to a
# third once a job passes 1 GB, so that is off and the limit raised.
args=("$work/corpus" -dict="$root/tests/fuzz/ftroi.dict" -max_len=8192 -print_final_stats=1
      -artifact_prefix="$root/tests/fuzz/regressions/" -purge_allocator_interval=-1 -rss_limit_mb=4096 "$@")
cd "$work"
if [ "$jobs" -gt 1 ]; then
  "$root/build-fuzz/tests/fuzz/fuzz_document" "${args[@]}" -runs=$((runs / jobs)) -jobs="$jobs" -workers="$jobs"
  tail -n 12 fuzz-*.log
else
  "$root/build-fuzz/tests/fuzz/fuzz_document" "${args[@]}" -runs="$runs"
fi
