#!/usr/bin/python3
"""torch.load(FILE, weights_only=True) as torch 1.13 does it, or, when the file holds a Python
float, as 1.13's own weights_only unpickler does it with the BINFLOAT opcode added as every 2.x
reads it (1.13 lacks that one opcode; its allow-list, stricter than 2.6's, is kept as it is).

Usage: doctor_load.py FILE  -> prints the loaded top-level keys and which loader read it.
"""
import inspect
import io
import pickletools
import sys
import textwrap
import zipfile

import torch
from torch import _weights_only_unpickler as wou


def emulated_2x_unpickler():
    """1.13's weights_only Unpickler, with BINFLOAT read as 2.x reads it."""
    src = textwrap.dedent(inspect.getsource(wou.Unpickler))
    marker = "            else:\n                raise RuntimeError(f\"Unsupported operand {key[0]}\")"
    assert marker in src, "1.13's unpickler changed: update the emulation"
    src = src.replace(marker, "            elif key[0] == 71:  # BINFLOAT, as torch 2.x reads it\n"
                      "                self.append(unpack('>d', read(8))[0])\n" + marker)
    scope = dict(vars(wou))
    exec(compile(src, "<emulated 2.x unpickler>", "exec"), scope)  # noqa: S102 -- our own patched copy
    return scope["Unpickler"]


EMULATED = emulated_2x_unpickler()


def has_binfloat(path):
    with zipfile.ZipFile(path) as z:
        pkl = z.read(next(n for n in z.namelist() if n.endswith("/data.pkl")))
    return any(op.name == "BINFLOAT" for op, _, _ in pickletools.genops(io.BytesIO(pkl)))


def load_weights_only(path):
    """torch.load(weights_only=True); 1.13's own, or with 2.x's BINFLOAT if the file has floats."""
    if not has_binfloat(path):
        return torch.load(path, weights_only=True), "torch 1.13 weights_only"
    real = wou.Unpickler
    wou.Unpickler = EMULATED
    try:
        return torch.load(path, weights_only=True), "1.13 weights_only + 2.x BINFLOAT"
    finally:
        wou.Unpickler = real



if __name__ == "__main__":
    obj, how = load_weights_only(sys.argv[1])
    print(sorted(obj) if isinstance(obj, dict) else type(obj).__name__, how)
