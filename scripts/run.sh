#!/usr/bin/env bash
# Builds Fine-Tuning ROI Studio and starts the app on the bundled starter document.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "No display found. On a headless machine run: xvfb-run -a ./scripts/run.sh" >&2
  exit 1
fi
exec ./build/app/ftroi resources/examples/starter.ftroi "$@"
