#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, test and run Fine-Tuning ROI Studio.
# Idempotent: packages already present are not installed again.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libgl-dev
  fonts-dejavu-core
  xvfb xauth
  dpkg-dev desktop-file-utils appstream   # the packaging test: cpack DEB, validators
)
if [[ "${FTROI_EXTRA_DEPS:-}" == "1" ]]; then
  packages+=(imagemagick clang libclang-rt-14-dev)   # screenshots, fuzzing
fi

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
