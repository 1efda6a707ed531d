#!/usr/bin/python3
"""CTest suite for memory at a glance (issue 13 item 4): `ckpt info --json` totals
"memory" (the bytes the tensors need with every floating tensor at 32, 16, 8 and 4 bits,
every other tensor as it is) and "largest_tensor", against what PyTorch says of the same
tensors: numel(), element_size(), is_floating_point(), each tensor object once. NumPy
arrays count as tensors (issue 16), as numpy sizes them: size, itemsize, dtype kind 'f'.
Every fixture torch.load reads (ours, written by PyTorch) is checked.

Env: CKPT_BIN_DIR (ckpt), CKPT_FIXTURE_DIR. Exit 0 all passed, 1 otherwise.
"""
import collections, glob, json, os, subprocess, sys
import numpy
import torch

CKPT = os.path.join(os.environ["CKPT_BIN_DIR"], "ckpt")
FIXTURES = os.environ["CKPT_FIXTURE_DIR"]


class Array:
    """A numeric numpy array sized as a tensor."""
    def __init__(self, a):
        self.a = a
    def numel(self):
        return self.a.size
    def element_size(self):
        return self.a.itemsize
    def is_floating_point(self):
        return self.a.dtype.kind == "f"


def tensors(obj, seen, out):
    if isinstance(obj, numpy.ndarray) and obj.dtype.kind in "biufc":
        if id(obj) not in seen:
            seen.add(id(obj))
            out.append(Array(obj))
    elif isinstance(obj, torch.Tensor):
        if id(obj) not in seen:
            seen.add(id(obj))
            out.append(obj)
    elif isinstance(obj, (dict, collections.OrderedDict)):
        for v in obj.values():
            tensors(v, seen, out)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            tensors(v, seen, out)


failures, checked = [], 0
for path in sorted(glob.glob(os.path.join(FIXTURES, "*.pt")) + glob.glob(os.path.join(FIXTURES, "*.pth"))):
    try:
        obj = torch.load(path, map_location="cpu")
    except Exception:
        continue   # needs a class we do not have here
    found = []
    tensors(obj, set(), found)
    if not found:
        continue
    floating = sum(t.numel() for t in found if t.is_floating_point())
    other = sum(t.numel() * t.element_size() for t in found if not t.is_floating_point())
    want = {"float32": floating * 4 + other, "float16": floating * 2 + other, "bfloat16": floating * 2 + other,
            "int8": floating + other, "int4": (floating * 4 + 7) // 8 + other}
    largest = max(t.numel() * t.element_size() for t in found)
    r = subprocess.run([CKPT, "info", path, "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        failures.append(f"{path}: ckpt info exit {r.returncode}: {r.stderr.strip()}")
        continue
    totals = json.loads(r.stdout)["totals"]
    if totals.get("memory") != want:
        failures.append(f"{os.path.basename(path)}: memory {totals.get('memory')} != PyTorch's {want}")
    if totals.get("largest_tensor", {}).get("nbytes") != largest:
        failures.append(f"{os.path.basename(path)}: largest {totals.get('largest_tensor', {}).get('nbytes')} "
                        f"!= PyTorch's {largest}")
    checked += 1

if checked < 5:
    failures.append(f"only {checked} fixtures checked")
print("\n".join(failures) or f"memory and largest tensor of {checked} fixtures as PyTorch counts them")
sys.exit(1 if failures else 0)
