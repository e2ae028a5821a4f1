#!/usr/bin/env bash
# Builds Fine-Tuning ROI Studio with warnings as errors and runs every test
# (installs what it needs first).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFTROI_WERROR=ON
cmake --build build
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --timeout 600
