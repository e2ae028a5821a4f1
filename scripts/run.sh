#!/usr/bin/env bash
# Builds Fine-Tuning ROI Studio and starts the app on the bundled starter document.
# Checks for a display first, then installs what it needs and builds only the app.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "No display found. On a headless machine run:" >&2
  echo "  ./scripts/install-deps.sh && xvfb-run -a -s \"-screen 0 1920x1080x24\" ./scripts/run.sh" >&2
  exit 1
fi
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target ftroi
exec ./build/app/ftroi resources/examples/starter.ftroi "$@"
