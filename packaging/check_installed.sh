#!/bin/sh
# CI: installs the .deb into this machine with apt and checks the installed tools work:
# `ckpt info` on the bundled example, a screenshot offscreen, and the MIME types a file
# manager would use for a .pt and a .safetensors file. Needs root.
set -eu
build=$1
deb=$(ls "$build"/package/*.deb)
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q --reinstall "$(realpath "$deb")"

example=/usr/share/ckpt-inspector/examples/example.pt
/usr/bin/ckpt info "$example" | head -5
/usr/bin/ckpt info --json "$example" | grep -q '"format": *"torch-zip"'

shot=$(mktemp -d)
trap 'rm -rf "$shot"' EXIT
QT_QPA_PLATFORM=offscreen /usr/bin/ckpt-inspector --screenshot "$shot/shot.png" "$example"
[ -s "$shot/shot.png" ] || { echo "the installed ckpt-inspector wrote no screenshot"; exit 1; }

touch "$shot/model.safetensors"
cp "$example" "$shot/model.pt"
for pair in "model.pt application/x-pytorch-checkpoint" "model.safetensors application/x-safetensors"; do
    set -- $pair
    got=$(xdg-mime query filetype "$shot/$1")
    [ "$got" = "$2" ] || { echo "xdg-mime says $1 is '$got', expected $2"; exit 1; }
    echo "$1: $got"
done
echo "installed package works"
