#!/bin/sh
# packaging_deb: builds the .deb from a finished build tree into a scratch folder, unpacks
# it with dpkg-deb -x and checks that every file is where the freedesktop and Debian
# rules put it; then desktop-file-validate, appstreamcli and lintian on what was built.
set -eu
build=$1
appid=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if ! cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log"
    echo "cpack failed"
    exit 1
fi
deb=$(ls "$scratch"/out/*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -x "$deb" "$scratch/root"

status=0
for f in usr/bin/ckpt usr/bin/ckpt-inspector usr/lib/ckpt-inspector/libckpt_torch.so \
         usr/share/applications/$appid.desktop usr/share/metainfo/$appid.metainfo.xml \
         usr/share/mime/packages/$appid.xml usr/share/icons/hicolor/scalable/apps/$appid.svg \
         usr/share/man/man1/ckpt.1.gz usr/share/man/man1/ckpt-inspector.1.gz \
         usr/share/doc/ckpt-inspector/copyright usr/share/doc/ckpt-inspector/changelog.gz \
         usr/share/ckpt-inspector/examples/example.pt; do
    [ -e "$scratch/root/$f" ] || { echo "missing from the package: /$f"; status=1; }
done
for qm in "$build"/widgets/*.qm; do
    [ -e "$qm" ] || continue
    name=$(basename "$qm")
    [ -e "$scratch/root/usr/share/ckpt-inspector/translations/$name" ] ||
        { echo "missing from the package: /usr/share/ckpt-inspector/translations/$name"; status=1; }
done
stray=$(cd "$scratch/root" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$stray" ] || { echo "files outside /usr: $stray"; status=1; }

# Depends must be computed by dpkg-shlibdeps: Qt, QCustomPlot and LibTorch appear in it.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqcustomplot2.1-qt6 libtorch1.13 libc6; do
    echo "$depends" | grep -q "$lib" || { echo "Depends lacks $lib"; status=1; }
done

# The installed man pages must name every command `ckpt --help` lists.
for cmd in $("$scratch/root/usr/bin/ckpt" --help 2>&1 | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p'); do
    zcat "$scratch/root/usr/share/man/man1/ckpt.1.gz" | grep -q "^\.SS $cmd\b" ||
        { echo "ckpt.1 does not describe 'ckpt $cmd'"; status=1; }
done

desktop-file-validate "$scratch/root/usr/share/applications/$appid.desktop" || status=1
appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/$appid.metainfo.xml" || status=1
if ! lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" >"$scratch/lintian.log" 2>&1; then
    cat "$scratch/lintian.log"
    echo "lintian reports errors"
    status=1
else
    echo "lintian: no errors ($(grep -c '^W:' "$scratch/lintian.log" || true) warnings)"
fi
exit $status
