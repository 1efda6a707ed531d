#!/usr/bin/python3
"""Benchmark: `ckpt stats` over every tensor of 1 GiB and 4 GiB float32 checkpoints,
against the same statistics in Python PyTorch (stats_python.py: torch.load, histc,
quantile), and against one read of the bytes (`cat`). Prints wall and CPU time, peak RSS,
the marginal cost per GiB ((4 GiB - 1 GiB) / 3) as a multiple of `cat`, and the ratio to
Python. With --before OLD_CKPT the same rows for another build (e.g. before a change).

    bench_stats.py --ckpt BUILD/bin/ckpt --workdir DIR [--runs 3] [--before OLD_CKPT]
"""
import argparse
import os
import sys

sys.dont_write_bytecode = True
from benchlib import PY, HERE, best, cat_seconds, checkpoint, record, row, warm  # noqa: E402


def ckpt_rows(label, ckpt, one, four, runs):
    t1 = best([ckpt, "stats", one], runs)
    t4 = best([ckpt, "stats", four], runs)
    row(f"{label} stats 1 GiB", *t1)
    row(f"{label} stats 4 GiB", *t4)
    return t1, t4


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--before", help="another ckpt binary to measure the same way")
    a = ap.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    one, four = checkpoint(a.workdir, 1), checkpoint(a.workdir, 4)
    warm(one, four)
    cat1, cat4 = cat_seconds(one, a.runs), cat_seconds(four, a.runs)
    print(f"files: {one} and {four}, float32, warm page cache, {os.cpu_count()} cores, best of {a.runs}")
    print(f"  cat 1 GiB {cat1:.3f} s, cat 4 GiB {cat4:.3f} s")
    results = {"ckpt": ckpt_rows("ckpt", a.ckpt, one, four, a.runs)}
    if a.before:
        results["before"] = ckpt_rows("before", a.before, one, four, a.runs)
    py = best([PY, os.path.join(HERE, "stats_python.py"), one], 1)
    row("python stats 1 GiB", *py)
    cat_per_gib = (cat4 - cat1) / 3 if cat4 > cat1 else cat1
    t1, t4 = results["ckpt"]
    record("stats 1 GiB", t1, py, ">= 10x, < 300 MB")
    record("stats 4 GiB", t4, None, "marginal <= 4x cat",
           f"marginal {(t4[0] - t1[0]) / 3:.2f} s/GiB = {(t4[0] - t1[0]) / 3 / cat_per_gib:.1f}x cat")
    for label, (t1, t4) in results.items():
        marginal = (t4[0] - t1[0]) / 3
        print(f"  {label}: marginal {marginal:.3f} s/GiB = {marginal / cat_per_gib:.1f}x cat (target <= 4x); "
              f"{py[0] / t1[0]:.1f}x faster than Python on 1 GiB (target >= 10x); "
              f"CPU busy {100 * (t4[1] - t1[1]) / max(t4[0] - t1[0], 1e-9) / os.cpu_count():.0f}% of "
              f"{os.cpu_count()} cores; peak RSS {max(t1[2], t4[2]):.0f} MiB (target < 300)")


if __name__ == "__main__":
    main()
