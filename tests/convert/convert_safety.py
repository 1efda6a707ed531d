#!/usr/bin/python3
"""Conversion never launders a payload (issue 17, item 6), checked with real PyTorch.

A file whose tree holds os.system: `ckpt convert` to torch format refuses and names the safe
way out, writing nothing; to safetensors it works (the tensor read back equals the source's),
and so does a torch file with the payload's path dropped, which torch.load(weights_only=True)
then loads. The hostile source itself is never unpickled.

Env: CKPT_BIN_DIR, CKPT_FIXTURE_DIR.
"""
import os
import subprocess
import sys
import tempfile

import torch

sys.path.insert(0, os.path.dirname(__file__))
from check_output import read_safetensors  # noqa: E402

CKPT = os.path.join(os.environ["CKPT_BIN_DIR"], "ckpt")
HOSTILE = os.path.join(os.environ["CKPT_FIXTURE_DIR"], "hostile", "zip_tensor_and_payload.pt")
failures = []


def check(ok, what):
    print("ok  " if ok else "FAIL", what)
    if not ok:
        failures.append(what)


def convert(*args):
    return subprocess.run([CKPT, "convert", *args], capture_output=True, text=True)


with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "laundered.pt")
    r = convert(HOSTILE, out)
    check(r.returncode == 2 and "--format safetensors" in r.stderr and "os.system" in r.stderr,
          "torch output refused, naming the way out: " + r.stderr.strip())
    check(not os.path.exists(out) and os.listdir(tmp) == [], "nothing written, no temp file left")

    st = os.path.join(tmp, "tensors.safetensors")
    r = convert(HOSTILE, st, "--format", "safetensors")
    check(r.returncode == 0, "safetensors output written: " + r.stderr.strip())
    tensors, _ = read_safetensors(st)
    check(list(tensors) == ["w"] and torch.equal(tensors["w"], torch.tensor([1.0, 2.0])), "its tensor is the source's")

    dropped = os.path.join(tmp, "dropped.pt")
    r = convert(HOSTILE, dropped, "--drop", "p")
    check(r.returncode == 0, "torch output with the payload dropped: " + r.stderr.strip())
    if r.returncode == 0:
        loaded = torch.load(dropped, weights_only=True)  # our own output, payload removed
        check(list(loaded) == ["w"] and torch.equal(loaded["w"], torch.tensor([1.0, 2.0])),
              "weights_only=True loads it")


sys.exit(1 if failures else 0)
