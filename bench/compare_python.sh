#!/usr/bin/env bash
# Whole-process comparison of `ftroi-cli evaluate --json` with the seed's
# formulas in plain Python (bench/seed_formulas.py) on the same document, run
# alternately so both see the same machine load. Prints every run, the
# medians and the ratio of the medians.
#
#   bench/compare_python.sh [FTROI_CLI] [DOCUMENT] [RUNS]
#
# Without DOCUMENT it writes the 20,000-scenario document ftroi-bench reads
# (the seed examples repeated, renamed, indented JSON) to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."

cli=${1:-build/app/ftroi-cli}
document=${2:-}
runs=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ -z "$document" ]]; then
    document="$work/20k.ftroi"
    python3 - "$document" <<'EOF'
import json, sys
root = json.load(open("resources/examples/seed-examples.ftroi"))
source = root["scenarios"]
scenarios = []
for i in range(20000):
    s = dict(source[i % len(source)])
    s["name"] = "Scenario %d" % (i + 1)
    scenarios.append(s)
root["scenarios"] = scenarios
open(sys.argv[1], "w").write(json.dumps(root, indent=4))
EOF
fi

seconds() { # wall time of a command, output discarded
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

cli_times=()
python_times=()
for ((run = 1; run <= runs; run++)); do
    c=$(seconds "$cli" evaluate --json "$document")
    p=$(seconds python3 bench/seed_formulas.py "$document")
    cli_times+=("$c")
    python_times+=("$p")
    printf 'run %d: ftroi-cli %.3f s, python %.3f s, %.1fx\n' "$run" "$c" "$p" "$(echo "$p / $c" | bc -l)"
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
c=$(median "${cli_times[@]}")
p=$(median "${python_times[@]}")
printf 'median of %d: ftroi-cli %.3f s, python %.3f s, ratio %.1fx (load: %s)\n' "$runs" "$c" "$p" "$(echo "$p / $c" | bc -l)" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
