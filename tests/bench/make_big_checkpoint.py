#!/usr/bin/python3
"""Writes a float32 state_dict of GIB GiB (64 tensors of 2048x2048 per GiB, one with
NaNs as in a diverged run) for the benchmarks. With --perturb, every tensor gets a small
change (the second side of bench_diff.py: every tensor differs, every metric is computed).

    make_big_checkpoint.py OUT [--gib N] [--perturb]
"""
import argparse

import torch

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--gib", type=int, default=1)
ap.add_argument("--perturb", action="store_true")
a = ap.parse_args()
torch.manual_seed(0)
sd = {}
for i in range(64 * a.gib):
    t = torch.randn(2048, 2048) * (0.02 * (i % 64 + 1))
    if i == 5:
        t[0, :10] = float("nan")
    if a.perturb:
        t += torch.randn(2048, 2048) * 1e-4
    sd[f"layers.{i}.weight"] = t
torch.save(sd, a.out)
