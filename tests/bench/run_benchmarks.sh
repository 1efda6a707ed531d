#!/bin/sh
# Runs every benchmark in this folder against the build in $1 (default: build).
# Each compares our tool with the same work done by Python PyTorch and prints the ratio.
set -eu
BUILD=$(cd "${1:-build}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
for bench in "$HERE"/bench_*.sh; do
    echo "== $(basename "$bench")"
    sh "$bench" "$BUILD"
done
echo "== bench_convert.py"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
/usr/bin/python3 "$HERE/bench_convert.py" --ckpt "$BUILD/bin/ckpt" --workdir "$WORK" --runs 3
