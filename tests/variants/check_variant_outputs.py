#!/usr/bin/python3
"""Loads what `ckpt convert` wrote from one container variant and checks, with real
PyTorch, that it holds the same tensors as plain.pt: same keys, dtypes and shapes, and
bit-identical values; in the torch output the views still share their base's storage.

    check_variant_outputs.py PLAIN.pt OUT.pt OUT.safetensors

Prints one line per problem and exits 1 if there is any, else prints "ok" and exits 0.
"""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))
sys.dont_write_bytecode = True
from fixture_safetensors import read_safetensors  # noqa: E402


def same(a, b):
    if a.dtype != b.dtype or a.shape != b.shape:
        return f"{a.dtype}{list(a.shape)} vs {b.dtype}{list(b.shape)}"
    ra = a.detach().contiguous().reshape(-1).view(torch.uint8)
    rb = b.detach().contiguous().reshape(-1).view(torch.uint8)
    return None if torch.equal(ra, rb) else "values differ"


def main(plain, out_pt, out_st):
    ref = torch.load(plain)
    problems = []
    got = torch.load(out_pt, weights_only=True)
    if list(got) != list(ref):
        problems.append(f"{out_pt}: keys {list(got)} vs {list(ref)}")
    for k, t in ref.items():
        if k in got and (why := same(t, got[k])):
            problems.append(f"{out_pt}: {k}: {why}")
    base = got.get("base")
    for view in ("rows", "transposed", "columns"):
        if base is not None and view in got and got[view].storage().data_ptr() != base.storage().data_ptr():
            problems.append(f"{out_pt}: {view} no longer shares base's storage")
    _, st, _ = read_safetensors(out_st)
    if sorted(st) != sorted(ref):
        problems.append(f"{out_st}: keys {sorted(st)} vs {sorted(ref)}")
    for k, t in ref.items():
        if k in st and (why := same(t, st[k])):
            problems.append(f"{out_st}: {k}: {why}")
    for p in problems:
        print(p)
    if not problems:
        print("ok")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
