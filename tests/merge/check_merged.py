#!/usr/bin/python3
"""Checks a merged file against PyTorch: each input's state_dict (the file itself or its
'model_state_dict'), the weighted average computed by torch in float64 and cast with .to()
to the first input's dtype, non-floating tensors from the first input; bit for bit.
Usage: check_merged.py OUT W1,W2,... A B [C ...]   Exit 0 if equal, 1 otherwise."""
import sys
import torch

out, weights, inputs = sys.argv[1], [float(w) for w in sys.argv[2].split(",")], sys.argv[3:]
assert len(weights) == len(inputs), "one weight per input"


def state_dict(path):
    obj = torch.load(path, map_location="cpu")
    return obj.get("model_state_dict", obj) if isinstance(obj, dict) else obj


sds = [state_dict(p) for p in inputs]
got = torch.load(out, map_location="cpu")
problems = []
if list(got.keys()) != list(sds[0].keys()):
    problems.append(f"keys {list(got.keys())} != {list(sds[0].keys())}")
for k, a in sds[0].items():
    if a.dtype.is_floating_point:
        acc = torch.zeros(a.shape, dtype=torch.float64)
        for w, sd in zip(weights, sds):
            acc += (w / sum(weights)) * sd[k].double()
        want = acc.to(a.dtype)
    else:
        want = a
    if k not in got or got[k].dtype != want.dtype or not torch.equal(got[k], want):
        problems.append(f"{k} differs")
print("\n".join(problems) or f"{out}: the average of {len(inputs)} inputs, bit for bit")
sys.exit(1 if problems else 0)
