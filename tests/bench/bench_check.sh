#!/bin/sh
# `ckpt check` on 100k keys (10 stages x 100 blocks x 50 Linear(4, 4)) against what the
# same question costs in Python: torch.load the checkpoint and model.load_state_dict it
# (the model already built; load_state_dict filters the keys once per child module, so
# a flat model of 50,000 children would take it tens of minutes). Three cases: the keys match; every key carries DataParallel's
# `module.` (ckpt proposes --strip-prefix and checks the fixed result again); the
# reference is a key manifest. Target (issue 10): under 300 ms per check.
set -eu
BUILD=$1
WORK=${BENCH_DIR:-/tmp/ckpt-bench}
mkdir -p "$WORK"
MODEL='
import torch.nn as nn
def make():
    block = lambda: nn.Sequential(*[nn.Linear(4, 4) for _ in range(50)])
    return nn.Sequential(*[nn.Sequential(*[block() for _ in range(100)]) for _ in range(10)])
'
[ -f "$WORK/check_manifest.json" ] || /usr/bin/python3 -c "$MODEL
import collections, json, sys, torch
torch.manual_seed(0)
m = make()
sd = m.state_dict()
d = sys.argv[1]
torch.save(sd, d + '/check_ref.pt')
torch.save(sd, d + '/check_same.pt')
prefixed = collections.OrderedDict(('module.' + k, v) for k, v in sd.items())
prefixed._metadata = collections.OrderedDict(('module' + ('.' + k if k else ''), v) for k, v in sd._metadata.items())
torch.save(prefixed, d + '/check_module.pt')
json.dump({k: {'shape': list(v.shape), 'dtype': str(v.dtype).split('.')[1]} for k, v in sd.items()},
          open(d + '/check_manifest.json', 'w'))
" "$WORK"

runs=${RUNS:-10}
time_ckpt() { # CKPT REF: mean wall ms of `ckpt check --json`, then peak RSS in KB
    start=$(date +%s%N)
    i=0
    while [ $i -lt $runs ]; do "$BUILD/bin/ckpt" check "$1" --against "$2" --json > /dev/null || true; i=$((i + 1)); done
    end=$(date +%s%N)
    rss=$(/usr/bin/time -f %M "$BUILD/bin/ckpt" check "$1" --against "$2" --json 2>&1 >/dev/null | tail -1)
    echo "$(( (end - start) / runs / 1000000 )) $rss"
}
time_open() { # FILE: mean wall ms of `ckpt info --depth 0` (open and summary only)
    start=$(date +%s%N)
    i=0
    while [ $i -lt $runs ]; do "$BUILD/bin/ckpt" info --depth 0 "$1" > /dev/null; i=$((i + 1)); done
    end=$(date +%s%N)
    echo "$(( (end - start) / runs / 1000000 ))"
}

py_ms=$(/usr/bin/python3 -c "$MODEL
import sys, time, torch
m = make()
out = []
for f in sys.argv[1:]:
    t = time.perf_counter()
    sd = torch.load(f)
    try:
        m.load_state_dict(sd)
    except RuntimeError:
        pass
    out.append(round((time.perf_counter() - t) * 1000))
print(*out)
" "$WORK/check_same.pt" "$WORK/check_module.pt")
py_same=${py_ms% *}
py_module=${py_ms#* }

echo "100,000 keys: $(stat -c %s "$WORK/check_same.pt") bytes per checkpoint"
echo "open alone (ckpt info --depth 0): $(time_open "$WORK/check_same.pt") ms per file"
for case in "same:check_same.pt:check_ref.pt:$py_same" "module.:check_module.pt:check_ref.pt:$py_module" \
            "manifest:check_same.pt:check_manifest.json:$py_same"; do
    name=${case%%:*}; rest=${case#*:}
    ckpt=${rest%%:*}; rest=${rest#*:}
    ref=${rest%%:*}; py=${rest#*:}
    set -- $(time_ckpt "$WORK/$ckpt" "$WORK/$ref")
    echo "ckpt check ($name): $1 ms wall (mean of $runs), peak $2 KB;" \
         "python torch.load + load_state_dict: $py ms;" \
         "ratio $(awk "BEGIN { printf \"%.1f\", $py / ($1 > 0 ? $1 : 1) }")x"
done
