#!/bin/sh
# `make screenshots`: the pictures the README and the AppStream metainfo show, made by the
# app itself (--screenshot, offscreen) on the bundled example, so they show the app as
# built. Writes docs/screenshots/*.png.
set -eu
BIN=${1:-build}/bin/ckpt-inspector
EXAMPLE=resources/examples/example.pt
OUT=docs/screenshots
mkdir -p "$OUT"
shot() {
    name=$1
    shift
    QT_QPA_PLATFORM=offscreen "$BIN" --screenshot "$OUT/$name.png" "$@" "$EXAMPLE"
    echo "$OUT/$name.png"
}
shot overview --dock statistics --select model_state_dict/conv2.weight
shot safety --dock safety --select model_state_dict/fc1.weight
shot convert --dock convert --select model_state_dict
