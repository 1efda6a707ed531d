#!/bin/sh
# Runs every benchmark in this folder against the build in $1 (default: build).
# Each compares our tool with the same work done by Python PyTorch and prints the ratio.
# CKPT_BEFORE=/path/to/other/ckpt adds that build's rows (say, main before a change).
# The benchmark files (about 7 GiB) are written once into $BENCH_DIR (default: a
# temporary folder, removed at the end).
set -eu
BUILD=$(cd "${1:-build}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -n "${BENCH_DIR:-}" ]; then
    WORK=$BENCH_DIR
    mkdir -p "$WORK"
else
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT INT TERM
fi
BEFORE=""
[ -n "${CKPT_BEFORE:-}" ] && BEFORE="--before $CKPT_BEFORE"
echo "== bench_info.sh"
BENCH_DIR=$WORK sh "$HERE/bench_info.sh" "$BUILD"
for bench in bench_open_keys.py bench_stats.py bench_diff.py bench_convert.py; do
    echo "== $bench"
    # shellcheck disable=SC2086
    /usr/bin/python3 "$HERE/$bench" --ckpt "$BUILD/bin/ckpt" --workdir "$WORK" --runs 3 $BEFORE
done
