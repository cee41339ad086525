#!/usr/bin/env bash
# Make sure the Debian libraries Qt needs are present.
# As root: installs the missing ones with apt-get. Otherwise: names them and fails.
# Usage: scripts/qt-system-deps.sh [--xvfb]   (--xvfb adds what a real X display under Xvfb needs)
set -euo pipefail

# fonts-wqy-microhei (CJK) and fonts-symbola (monochrome emoji and symbols): fallback fonts for
# characters the bundled Noto Sans lacks, so tests and CI exercise the PDF export's font fallback
# (app/export/fonts.py), found with fontconfig's fc-list. Colour-bitmap emoji fonts cannot be
# embedded in a PDF by reportlab.
packages=(libegl1 libgl1 libfontconfig1 fontconfig libglib2.0-0 libxkbcommon0 libdbus-1-3 poppler-utils fonts-dejavu-core
          fonts-wqy-microhei fonts-symbola
          xdg-utils shared-mime-info desktop-file-utils libfile-mimeinfo-perl appstream groff-base)
if [ "${1:-}" = "--xvfb" ]; then
  packages+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
             libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "qt-system-deps: not a Debian-like system; make sure Qt 6's runtime libraries are installed." >&2
  exit 0
fi

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Parcours needs these Debian packages, which are missing: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing missing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
