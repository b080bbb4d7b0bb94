#!/usr/bin/env bash
# Installs the Debian packages CPD Journal needs to build, run and test, and only those missing.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config clang-format ccache
  qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
  libquazip1-qt6-dev libsodium-dev libhunspell-dev hunspell-en-gb zlib1g-dev # zlib: the PDF writer
  qt6-qpa-plugins libqt6svg6
  xvfb xauth xdotool dbus gnome-keyring libsecret-1-0 libsecret-tools # xdotool: the GUI kill test types real keys
  poppler-utils fonts-dejavu-core postgresql sqlite3 libsqlite3-dev python3
  librsvg2-bin desktop-file-utils appstream lintian
  clang-19 libclang-rt-19-dev # make test-sanitize, make fuzz (clang 16 cannot compile libstdc++ 12 <expected>)
)
# make bench also times LibreOffice converting the portfolio to PDF (the floor people use today).
if [ "${1:-}" = "--bench" ]; then
  packages+=(libreoffice-writer-nogui)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing missing packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
