#!/usr/bin/env bash
# Builds Fine-Tuning ROI Studio and evaluates the bundled starter document.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
exec ./build/app/ftroi-cli evaluate resources/examples/starter.ftroi "$@"
