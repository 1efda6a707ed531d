#!/bin/sh
# `make bench`: every benchmark in this folder against the build in $1 (default: build),
# each comparing our tool with the same work done by Python PyTorch in the same run.
# Every benchmark prints its own rows and records the main ones (benchlib.record); at
# the end summarize.py prints them as one table and writes $1/bench.json.
# CKPT_BEFORE=/path/to/other/ckpt adds that build's rows where a benchmark supports it.
# The benchmark files (about 8 GiB) are written once into $BENCH_DIR (default: a
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
BENCH_RESULTS="$BUILD/bench-rows.jsonl"
export BENCH_RESULTS
: > "$BENCH_RESULTS"
run() {
    echo "== $1"
    /usr/bin/python3 "$HERE/$@"
}
run bench_open.py --ckpt "$BUILD/bin/ckpt" --workdir "$WORK" --runs 3
for bench in bench_open_keys.py bench_stats.py bench_diff.py bench_convert.py; do
    # shellcheck disable=SC2086
    run $bench --ckpt "$BUILD/bin/ckpt" --workdir "$WORK" --runs 3 $BEFORE
done
run bench_runs.py --ckpt "$BUILD/bin/ckpt" --workdir "$WORK" --runs 3
run bench_merge.py --ckpt "$BUILD/bin/ckpt" --workdir "$WORK" --runs 3
run bench_gui.py --app "$BUILD/bin/ckpt-inspector" --workdir "$WORK" --runs 3
/usr/bin/python3 "$HERE/summarize.py" "$BENCH_RESULTS" "$BUILD/bench.json"
