#!/usr/bin/python3
"""Writes a ~1 GiB float32 state_dict (64 tensors of 2048x2048) for bench_stats.sh."""
import sys

import torch

torch.manual_seed(0)
sd = {}
for i in range(64):
    t = torch.randn(2048, 2048) * (0.02 * (i + 1))
    if i == 5:
        t[0, :10] = float("nan")   # a layer with NaN, as in a diverged run
    sd[f"layers.{i}.weight"] = t
torch.save(sd, sys.argv[1])
