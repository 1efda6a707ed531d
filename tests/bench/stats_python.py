#!/usr/bin/python3
"""The Python way to get what `ckpt stats` prints: torch.load, then per tensor the
statistics of tests/fixtures/fixture_oracle.py (float64, finite values): min, max, mean,
std (torch.std) and the population std, mean |x|, zero/NaN/Inf counts, the 64-bin
torch.histc histogram and ckpt's default percentiles with torch.quantile."""
import os
import sys

import torch

torch.set_num_threads(os.cpu_count())   # both cores, as ckpt uses
PERCENTS = torch.tensor([0, 1, 5, 25, 50, 75, 95, 99, 100], dtype=torch.float64) / 100
sd = torch.load(sys.argv[1], map_location="cpu")
for name, t in sd.items():
    x = t.detach().to(torch.float64).reshape(-1)
    nan = int(torch.isnan(x).sum())
    inf = int(torch.isinf(x).sum())
    zeros = int((x == 0).sum())
    f = x[torch.isfinite(x)]
    mn, mx = float(f.min()), float(f.max())
    mean, std, pop = float(f.mean()), float(f.std()), float(f.std(unbiased=False))
    abs_mean = float(f.abs().mean())
    counts = torch.histc(f, bins=64, min=mn, max=mx)
    pct = torch.quantile(f, PERCENTS).tolist()
    print(f"{name} {mn:.6g} {mx:.6g} {mean:.6g} {std:.6g} {pop:.6g} {abs_mean:.6g} {zeros} {nan} {inf} "
          f"{int(counts.sum())} {' '.join(f'{p:.6g}' for p in pct)}")
