#!/bin/sh
# Benchmark: `ckpt stats` over every tensor of a 1 GiB float32 checkpoint against
# torch.load + the same statistics in Python. Prints both times, the ratio and peak RSS.
# Usage: tests/bench/bench_stats.sh [BUILD_DIR]     (default: ./build)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build}" && pwd)
ckpt="$build/bin/ckpt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

echo "writing a 1 GiB checkpoint with /usr/bin/python3 ..."
/usr/bin/python3 "$here/make_big_checkpoint.py" "$tmp/big.pt"
ls -l "$tmp/big.pt" | awk '{printf "file: %.2f GiB\n", $5 / 1073741824}'
# Warm the page cache so both sides read from memory, not the disk.
cat "$tmp/big.pt" > /dev/null

measure() {   # measure NAME COMMAND...: runs it under /usr/bin/time -v
    name=$1; shift
    /usr/bin/time -v "$@" > "$tmp/$name.out" 2> "$tmp/$name.time"
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$tmp/$name.time")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tmp/$name.time")
    cpu=$(awk -F': ' '/Percent of CPU/ { print $2 }' "$tmp/$name.time")
    cpusecs=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$tmp/$name.time")
    echo "$name: ${secs} s wall, ${cpusecs} s CPU (user+sys, ${cpu}), peak RSS ${rss} MB"
    eval "${name}_secs=$secs; ${name}_rss=$rss; ${name}_cpu=$cpusecs"
}

measure ckpt "$ckpt" stats "$tmp/big.pt"
measure python /usr/bin/python3 "$here/stats_python.py" "$tmp/big.pt"

awk -v a="$python_secs" -v b="$ckpt_secs" -v c="$python_cpu" -v d="$ckpt_cpu" \
    'BEGIN { printf "ratio: ckpt stats is %.1fx faster than Python (wall), %.1fx less CPU time\n", a / b, c / d }'
echo "peak RSS: ckpt ${ckpt_rss} MB, python ${python_rss} MB"
[ "$(awk -v a="$python_secs" -v b="$ckpt_secs" 'BEGIN { print (a / b >= 10) }')" = 1 ] || echo "note: below the 10x target"
[ "$ckpt_rss" -lt 300 ] || echo "note: ckpt peak RSS is over the 300 MB target"
