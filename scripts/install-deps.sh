#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, test, package and run
# Fine-Tuning ROI Studio, starting from a bare (minbase) system.
# Idempotent: packages already installed are not installed again.
# Needs root for apt-get: run it as root, or as a user with sudo; without
# either it prints the command to run as root and exits 1.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config                 # build (CTest comes with cmake)
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libgl-dev libsimdjson-dev
  libxlsxwriter-dev zlib1g-dev                     # the live workbook (ftroi-cli workbook); its .pc links -lz
  fonts-dejavu-core                                # text in the app, tests and charts
  xvfb xauth                                       # xvfb-run: the app without a display
  dpkg-dev file                                    # cpack -G DEB: dpkg-shlibdeps, file
  desktop-file-utils appstream libxml2-utils       # tst_packaging: the validators, xmllint
  poppler-utils                                    # tst_reportexport: pdftotext, pdfinfo, pdffonts
  gnumeric unzip                                   # tst_workbook: ssconvert recalculates, unzip reads names
)
if [[ "${FTROI_EXTRA_DEPS:-}" == "1" ]]; then
  packages+=(imagemagick clang libclang-rt-14-dev)   # screenshots, fuzzing
fi

missing=()
for p in "${packages[@]}"; do
  [[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) == "install ok installed" ]] || missing+=("$p")
done
((${#missing[@]})) || exit 0

if [[ $(id -u) -eq 0 ]]; then
  run=()
elif command -v sudo >/dev/null 2>&1; then
  run=(sudo env DEBIAN_FRONTEND=noninteractive)
else
  echo "Missing packages: ${missing[*]}" >&2
  echo "Installing them needs root and sudo is not available. Run as root:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  echo "then run this command again." >&2
  exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
