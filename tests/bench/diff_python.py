#!/usr/bin/python3
"""The Python way to get what `ckpt diff` reports: torch.load both files, then per key
bit-identity and, where they differ, the metrics in float64: max |a-b|, mean |a-b|,
||a-b|| / ||a||, cosine similarity, elements that differ."""
import os
import sys

import torch

torch.set_num_threads(os.cpu_count())
a = torch.load(sys.argv[1], map_location="cpu")
b = torch.load(sys.argv[2], map_location="cpu")
for k in a:
    if k not in b or a[k].shape != b[k].shape:
        print(k, "only in A or shape differs")
        continue
    if torch.equal(a[k], b[k]):
        print(k, "same")
        continue
    x, y = a[k].to(torch.float64).reshape(-1), b[k].to(torch.float64).reshape(-1)
    d = (x - y).abs()
    na, nb = x.norm(), y.norm()
    print(k, float(d.max()), float(d.mean()), float(d.norm() / na), float(x.dot(y) / (na * nb)), int((x != y).sum()))
