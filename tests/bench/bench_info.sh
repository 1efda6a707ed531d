#!/bin/sh
# `ckpt info` on a 1 GiB checkpoint (64 float32 tensors of 2048x2048) against
# torch.load in Python. Open must cost O(metadata), whatever the tensor bytes.
set -eu
BUILD=$1
WORK=${BENCH_DIR:-/tmp/ckpt-bench}
mkdir -p "$WORK"
FILE="$WORK/info_1gib.pt"
[ -f "$FILE" ] || /usr/bin/python3 -c "
import torch, sys
torch.manual_seed(0)
torch.save({f'layer{i}.weight': torch.randn(2048, 2048) for i in range(64)}, sys.argv[1])
" "$FILE"

runs=20
start=$(date +%s%N)
i=0
while [ $i -lt $runs ]; do "$BUILD/bin/ckpt" info --json "$FILE" > /dev/null; i=$((i + 1)); done
end=$(date +%s%N)
ours_ms=$(( (end - start) / runs / 1000000 ))
ours_rss=$(/usr/bin/time -f %M "$BUILD/bin/ckpt" info --json "$FILE" 2>&1 >/dev/null)

start=$(date +%s%N)
/usr/bin/python3 -c 'import sys, torch; torch.load(sys.argv[1])' "$FILE"
end=$(date +%s%N)
py_ms=$(( (end - start) / 1000000 ))
py_rss=$(/usr/bin/time -f %M /usr/bin/python3 -c 'import sys, torch; torch.load(sys.argv[1])' "$FILE" 2>&1 >/dev/null)

echo "file: $FILE ($(stat -c %s "$FILE") bytes)"
echo "ckpt info --json:  ${ours_ms} ms wall (mean of $runs), peak ${ours_rss} KB"
echo "python torch.load: ${py_ms} ms wall, peak ${py_rss} KB"
echo "ratio: $(awk "BEGIN { printf \"%.0f\", $py_ms / ($ours_ms > 0 ? $ours_ms : 1) }")x faster"
