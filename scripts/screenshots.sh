#!/usr/bin/env bash
# Regenerates docs/screenshots/ from the real app: the main window on the
# starter document under a virtual X display, and the three charts through
# the headless export.
set -euo pipefail
cd "$(dirname "$0")/.."

FTROI_EXTRA_DEPS=1 ./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target ftroi

out=docs/screenshots
mkdir -p "$out"
example=resources/examples/starter.ftroi

for chart in break-even cashflow breakdown; do
  QT_QPA_PLATFORM=offscreen ./build/app/ftroi --export-chart "$example" --scenario 1 \
    --chart "$chart" --size 1920x1080 --out "$out/chart-$chart.png"
done
QT_QPA_PLATFORM=offscreen ./build/app/ftroi --export-chart "$example" --scenario 1 \
  --chart tornado --size 1920x1080 --out "$out/chart-sensitivity.png"
QT_QPA_PLATFORM=offscreen ./build/app/ftroi --export-chart "$example" --scenario 1 \
  --chart heatmap --size 1920x1080 --out "$out/chart-two-way.png"
QT_QPA_PLATFORM=offscreen ./build/app/ftroi --export-chart "$example" --scenario 1 \
  --chart levers --size 1920x1080 --out "$out/chart-serving-levers.png"
QT_QPA_PLATFORM=offscreen ./build/app/ftroi --export-chart "$example" --scenario 1 \
  --chart distribution --size 1920x1080 --out "$out/chart-uncertainty.png"

# The main window in a 1600x1000 and a 1366x768 virtual screen, each with a
# throw-away settings folder.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for screen in 1600x1000 1366x768; do
  export XDG_CONFIG_HOME="$tmp/$screen/config" XDG_DATA_HOME="$tmp/$screen/data"
  name=main-window.png
  [[ "$screen" == 1600x1000 ]] || name=main-window-$screen.png
  xvfb-run -a -s "-screen 0 ${screen}x24" bash -c '
    ./build/app/ftroi "$1" &
    app=$!
    sleep 9
    import -window root "$2"
    kill $app
  ' _ "$example" "$out/$name"
done
# File > Import Usage…'s summary of the example OpenAI export (the test writes it).
cmake --build build --target tst_usagedocument
shots=$(mktemp -d)
FTROI_SCREENSHOT_DIR="$shots" QT_QPA_PLATFORM=offscreen ./build/tests/tst_usagedocument screenshots >/dev/null
cp "$shots/usage-1600x1000-summary.png" "$out/usage-import-summary.png"
rm -rf "$shots"
echo "Screenshots written to $out/"
