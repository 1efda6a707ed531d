#!/usr/bin/python3
"""Benchmark: `ckpt diff` of two 1 GiB float32 checkpoints whose every tensor differs a
little (so every metric is computed over every element), against the same metrics in
Python PyTorch (diff_python.py). Prints wall and CPU time, peak RSS and the ratio. With
--before OLD_CKPT the same row for another build.

    bench_diff.py --ckpt BUILD/bin/ckpt --workdir DIR [--runs 3] [--before OLD_CKPT]
"""
import argparse
import os
import sys

sys.dont_write_bytecode = True
from benchlib import PY, HERE, best, checkpoint, record, row, warm  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--before", help="another ckpt binary to measure the same way")
    a = ap.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    first, second = checkpoint(a.workdir, 1), checkpoint(a.workdir, 1, perturb=True)
    warm(first, second)
    print(f"files: {first} and {second}, every tensor changed, warm page cache, {os.cpu_count()} cores, "
          f"best of {a.runs}")
    results = {"ckpt": best([a.ckpt, "diff", first, second, "--json"], a.runs, ok=(1,))}
    row("ckpt diff", *results["ckpt"])
    if a.before:
        results["before"] = best([a.before, "diff", first, second, "--json"], a.runs, ok=(1,))
        row("before diff", *results["before"])
    py = best([PY, os.path.join(HERE, "diff_python.py"), first, second], 1)
    row("python diff", *py)
    record("diff of two 1 GiB files", results["ckpt"], py, ">= 5x, < 300 MB")
    for label, r in results.items():
        print(f"  {label}: {py[0] / r[0]:.1f}x faster than Python (target >= 5x), "
              f"peak RSS {r[2]:.0f} MiB (target < 300)")


if __name__ == "__main__":
    main()
