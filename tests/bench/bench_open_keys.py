#!/usr/bin/python3
"""Benchmark: opening checkpoints of 100k small tensors. `ckpt info --json` and a plain
open (`ckpt info --depth 0`: the same open and summary, no tree printed) against
`torch.load` of the same file in Python, in one run. Two files, written once by
make_many_keys.py with real PyTorch: a flat state_dict of 100k tensors, and a training
checkpoint (a model's state_dict plus Adam's step / exp_avg / exp_avg_sq per parameter).

Prints the best wall time, its CPU time (user + sys: what other load on the machine
does not inflate), the peak RSS and the ratio to torch.load; checks that `ckpt info
--json` lists exactly the tensors torch.load returns. Not a test: no assertion on times.

    bench_open_keys.py [--ckpt BUILD/bin/ckpt] [--before OLD_CKPT] [--keys 100000] [--workdir DIR] [--runs 5]
"""
import argparse
import json
import os
import subprocess
import tempfile

from benchlib import HERE, PY, best, record, warm

PY_LOAD = "import sys, torch; torch.load(sys.argv[1])"
# Tensors torch.load returns, each object once (a tensor under two keys counts once).
PY_COUNT = r"""
import sys, torch
seen = set()
def walk(o):
    if isinstance(o, torch.Tensor):
        seen.add(id(o))
    elif isinstance(o, dict):
        for v in o.values(): walk(v)
    elif isinstance(o, (list, tuple)):
        for v in o: walk(v)
walk(torch.load(sys.argv[1]))
print(len(seen))
"""


def many_keys(work, kind, keys):
    path = os.path.join(work, f"{kind}_{keys}keys.pt")
    if not os.path.exists(path):
        subprocess.check_call([PY, os.path.join(HERE, "make_many_keys.py"), kind, path, str(keys)])
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(HERE, "../../build/bin/ckpt"))
    ap.add_argument("--before", default=None, help="another build's ckpt, measured the same way")
    ap.add_argument("--keys", type=int, default=100_000)
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    work = a.workdir or tempfile.mkdtemp(prefix="ckpt-bench-")
    os.makedirs(work, exist_ok=True)
    builds = [("ckpt", a.ckpt)] + ([("before", a.before)] if a.before else [])
    print(f"best of {a.runs} runs, warm page cache, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}; CPU = user + sys of the fastest run")
    for kind in ("flat", "adam"):
        path = many_keys(work, kind, a.keys)
        warm(path)
        print(f"{kind}: {path} ({os.path.getsize(path) / 2**20:.0f} MiB)")
        py = best([PY, "-c", PY_LOAD, path], a.runs)
        for name, exe in builds:
            for label, args in (("info --json", ["info", "--json"]), ("info --depth 0", ["info", "--depth", "0"])):
                wall, cpu, rss = best([exe, *args, path], a.runs)
                if name == "ckpt" and label == "info --depth 0":
                    record(f"open {a.keys // 1000}k keys ({kind})", (wall, cpu, rss), py,
                           "< 300 ms, < 150 MB, >= 15x")
                print(f"  {name + ' ' + label:<26} {wall * 1000:7.0f} ms  CPU {cpu * 1000:6.0f} ms  "
                      f"peak RSS {rss:5.0f} MiB  {py[0] / wall:5.1f}x faster than torch.load")
        print(f"  {'python torch.load':<26} {py[0] * 1000:7.0f} ms  CPU {py[1] * 1000:6.0f} ms  peak RSS {py[2]:5.0f} MiB")
        # One entry per path; "index" names the tensor (tied weights have two paths).
        entries = json.loads(subprocess.check_output([a.ckpt, "info", "--json", path]))["tensors"]
        listed = len({e["index"] for e in entries})
        loaded = int(subprocess.check_output([PY, "-c", PY_COUNT, path]))
        print(f"  ckpt lists {listed} tensors, torch.load returns {loaded}: {'same' if listed == loaded else 'MISMATCH'}")


if __name__ == "__main__":
    main()
