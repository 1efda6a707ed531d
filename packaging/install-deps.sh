#!/bin/sh
# Installs what Checkpoint Inspector needs to build, test and run on Debian 12.
# Idempotent: installs only the packages that are missing. Needs root (or sudo).
set -eu

PACKAGES="build-essential cmake ninja-build pkg-config zlib1g-dev \
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
qt6-svg-dev qt6-translations-l10n libqcustomplot-dev libgl-dev \
libtorch-dev python3-torch python3-numpy \
xvfb xauth clang libclang-rt-14-dev \
desktop-file-utils appstream fonts-dejavu-core fonts-noto-cjk clang-format \
lintian xdg-utils libfile-mimeinfo-perl time"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing:$missing"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $missing
