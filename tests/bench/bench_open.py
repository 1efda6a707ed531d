#!/usr/bin/python3
"""Benchmark: opening big checkpoints (1 GiB and 4 GiB of float32, 64 and 256 tensors of
2048x2048) with `ckpt info --json` against torch.load in Python, and scanning them with
`ckpt scan` against Python reading the same pickle's opcodes (zipfile + pickletools, no
unpickling). Open and scan must cost O(metadata), whatever the tensor bytes.

    bench_open.py --ckpt BUILD/bin/ckpt --workdir DIR [--runs 3]
"""
import argparse
import os
import sys

sys.dont_write_bytecode = True
from benchlib import PY, best, checkpoint, record, row, warm  # noqa: E402

PY_LOAD = "import sys, torch; torch.load(sys.argv[1])"
PY_SCAN = ("import sys, zipfile, pickletools\n"
           "z = zipfile.ZipFile(sys.argv[1])\n"
           "name = next(n for n in z.namelist() if n.endswith('data.pkl'))\n"
           "globals_ = [a for op, a, _ in pickletools.genops(z.read(name)) if op.name in ('GLOBAL', 'STACK_GLOBAL')]\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    print(f"warm page cache, {os.cpu_count()} cores, best of {a.runs}, load average {os.getloadavg()[0]:.1f}")
    for gib in (1, 4):
        path = checkpoint(a.workdir, gib)
        warm(path)
        ours = best([a.ckpt, "info", "--json", path], a.runs)
        py = best([PY, "-c", PY_LOAD, path], a.runs)
        row(f"ckpt info --json {gib} GiB", *ours)
        row(f"python torch.load {gib} GiB", *py)
        print(f"  {py[0] / ours[0]:.0f}x faster than torch.load")
        record(f"open {gib} GiB", ours, py, "O(metadata)")
        if gib == 1:
            scan = best([a.ckpt, "scan", path], a.runs)
            pyscan = best([PY, "-c", PY_SCAN, path], a.runs)
            row("ckpt scan 1 GiB", *scan)
            row("python zipfile + pickletools 1 GiB", *pyscan)
            record("scan 1 GiB", scan, pyscan, "< 30 ms")


if __name__ == "__main__":
    main()
