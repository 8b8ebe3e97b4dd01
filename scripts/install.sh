#!/usr/bin/env bash
# Installs what Neural Playground needs on a fresh Debian machine with Python >= 3.11:
# the system libraries Qt needs for a real window (and Xvfb for the window smoke test),
# fonts (Latin and CJK: without any font Qt draws every letter as an empty box), then the
# package itself with pip.  `--test` adds the test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libdbus-1-3 libfontconfig1
  xvfb xauth
  fonts-dejavu-core fonts-wqy-microhei
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
extra=""
[ "${1:-}" = "--test" ] && extra="[test]"
"$PYTHON" -m pip install --quiet --disable-pip-version-check -e ".${extra}"
