#!/usr/bin/python3
"""The Python way to get what `ckpt stats` prints: torch.load, then per tensor the
statistics of tests/fixtures/fixture_oracle.py (float64, finite values, 64-bin histc)."""
import os
import sys

import torch

torch.set_num_threads(os.cpu_count())   # both cores, as ckpt uses
sd = torch.load(sys.argv[1], map_location="cpu")
for name, t in sd.items():
    x = t.detach().to(torch.float64).reshape(-1)
    nan = int(torch.isnan(x).sum())
    inf = int(torch.isinf(x).sum())
    zeros = int((x == 0).sum())
    f = x[torch.isfinite(x)]
    mn, mx = float(f.min()), float(f.max())
    mean, std = float(f.mean()), float(f.std(unbiased=False))
    abs_mean = float(f.abs().mean())
    counts = torch.histc(f, bins=64, min=mn, max=mx)
    print(f"{name} {mn:.6g} {mx:.6g} {mean:.6g} {std:.6g} {abs_mean:.6g} {zeros} {nan} {inf} {int(counts.sum())}")
