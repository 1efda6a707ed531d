#!/usr/bin/python3
"""The weights_only doctor (issue 18) against PyTorch itself.

Fixtures: tests/fixtures/make_doctor_fixtures.py (training checkpoints with argparse.Namespace,
numpy scalars and arrays, paths, an OrderedDict, a custom class and a whole model), with what
the installed torch (Debian's 1.13) refuses in each, by its own weights_only allow-list.

1. `ckpt scan --explain --json`: its "1.13" "refused" names exactly the globals 1.13's
   weights_only unpickler refuses, the error torch.load(weights_only=True) raised names one of
   them (or BINFLOAT, which 1.13 lacks, among the reasons), custom classes are "code".
2. `ckpt convert IN OUT --weights-only-safe` on the plain-data files: the output loads with
   torch.load(weights_only=True) and nothing allowed, with the same tensors (dtype, shape,
   bits) and the same values as plain Python types (Namespace -> dict, numpy scalars ->
   float/int/bool, numpy arrays -> tensors, paths -> str), and records its rewrites in
   .data/ckpt_metadata.json. Where the output holds a Python float, torch 1.13's weights_only
   cannot load it (its unpickler lacks BINFLOAT, which every 2.x has): those are loaded by
   1.13's own weights_only unpickler with the BINFLOAT opcode added as 2.x reads it (our
   emulation of the 2.x opcode set; the allow-list is 1.13's own, stricter than 2.6's).
3. Files that need code: the conversion refuses, naming the class; with the subtree dropped
   (--drop run) or the state_dict extracted, it succeeds and loads.

Env: CKPT_BIN_DIR, CKPT_FIXTURE_DIR.
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import zipfile

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(__file__))
from doctor_load import load_weights_only  # noqa: E402

CKPT = os.path.join(os.environ["CKPT_BIN_DIR"], "ckpt")
FIXTURES = os.path.join(os.environ["CKPT_FIXTURE_DIR"], "doctor")
failures = []


def check(ok, what):
    print("ok  " if ok else "FAIL", what)
    if not ok:
        failures.append(what)


class Net(torch.nn.Module):  # stand-ins so the benign sources can be loaded in full
    pass


class RunInfo:
    pass


sys.modules["__main__"].Net = Net
sys.modules["__main__"].RunInfo = RunInfo


def plain(v):
    """What the rewrite promises: the source's values as plain Python types and tensors."""
    if isinstance(v, argparse.Namespace):
        return {k: plain(x) for k, x in vars(v).items()}
    if isinstance(v, np.ndarray):
        return torch.from_numpy(v)
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, np.dtype):
        return str(v)
    if isinstance(v, pathlib.PurePath):
        return str(v)
    if isinstance(v, dict):
        return type(v)((plain(k), plain(x)) for k, x in v.items())
    if isinstance(v, (list, tuple)):
        return type(v)(plain(x) for x in v)
    return v


def same(a, b, path="root"):
    if isinstance(b, torch.Tensor):
        if not isinstance(a, torch.Tensor):
            return f"{path}: {type(a).__name__}, expected a tensor"
        if a.dtype != b.dtype or a.shape != b.shape:
            return f"{path}: {a.dtype} {tuple(a.shape)}, expected {b.dtype} {tuple(b.shape)}"
        if not torch.equal(a.contiguous().view(torch.uint8), b.contiguous().view(torch.uint8)):
            return f"{path}: tensor bytes differ"
        return None
    if type(a) is not type(b):
        return f"{path}: {type(a).__name__} {a!r}, expected {type(b).__name__} {b!r}"
    if isinstance(b, dict):
        if list(a) != list(b):
            return f"{path}: keys {list(a)}, expected {list(b)}"
        for k in b:
            d = same(a[k], b[k], f"{path}/{k}")
            if d:
                return d
        return None
    if isinstance(b, (list, tuple)):
        if len(a) != len(b):
            return f"{path}: {len(a)} items, expected {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = same(x, y, f"{path}/{i}")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {a!r}, expected {b!r}"


def scan_explain(path):
    r = subprocess.run([CKPT, "scan", "--explain", "--json", path], capture_output=True, text=True)
    return json.loads(r.stdout)[0]


def convert(*args):
    return subprocess.run([CKPT, "convert", *args], capture_output=True, text=True)


manifest = json.load(open(os.path.join(FIXTURES, "manifest.json")))
with tempfile.TemporaryDirectory() as tmp:
    for m in manifest:
        name, src = m["file"], os.path.join(FIXTURES, m["file"])
        e = scan_explain(src)
        wo = e["weights_only"]
        check(set(wo) == {"1.13", "2.0-2.5", "2.6+"} and "allow_snippet" in e, f"{name}: the JSON contract's keys")
        ours = sorted(g["global"] for g in wo["1.13"]["refused"])
        check(ours == sorted(m["refused_113"]),
              f"{name}: 1.13 refused {ours} == what torch 1.13's allow-list refuses {sorted(m['refused_113'])}")
        err = m["error_113"] or ""
        first = err.split("Unsupported class ")[-1] if "Unsupported class " in err else None
        if first:
            check(first in ours, f"{name}: torch.load's own error names {first}, which we list")
        elif "Unsupported operand 71" in err:
            check(any("BINFLOAT" in r for r in wo["1.13"]["reasons"]), f"{name}: 1.13 stops at BINFLOAT, we say so")
        check(not wo["1.13"]["loads"] and not wo["2.6+"]["loads"], f"{name}: refused by 1.13 and 2.6+")
        classes = {g["global"]: g["class"] for g in wo["2.6+"]["refused"]}
        check(all(c in ("data", "code", "dangerous") and g["why"] for g in wo["2.6+"]["refused"] for c in [g["class"]]),
              f"{name}: every refused global has a class and a sentence")
        custom = [g for g in classes if g.startswith("__main__.")]
        check(all(classes[g] == "code" for g in custom), f"{name}: custom classes are 'code': {custom}")
        check(("_codecs.encode" not in classes), f"{name}: 2.6 accepts _codecs.encode (only 1.13 lacks it)")
        if not m["needs_code"]:
            check(set(classes.values()) == {"data"} and "add_safe_globals" in e["allow_snippet"]
                  and "safe_globals(" in e["allow_snippet"],
                  f"{name}: only plain data refused, and a snippet to allow it")
            snippet = e["allow_snippet"]
            head = snippet.split("# for every torch.load")[0]  # 1.13 has no add_safe_globals: up to the list
            scope = {}
            try:
                compile(snippet, "allow_snippet", "exec")
                exec(head, scope)  # noqa: S102 -- our own snippet: imports and the list of classes
                ok = all(callable(x) or (isinstance(x, tuple) and callable(x[0])) for x in scope["SAFE"])
            except Exception as ex:  # noqa: BLE001
                ok = False
                print(ex)
            check(ok, f"{name}: the snippet is Python whose imports and SAFE list resolve here (numpy {np.__version__})")
            if any("multiarray" in g for g in classes):
                check("numpy._core.multiarray" in e["allow_snippet"] and "numpy.core.multiarray" in e["allow_snippet"]
                      and "except ImportError" in e["allow_snippet"], f"{name}: the snippet handles numpy 1.x and 2.x")

        out = os.path.join(tmp, "safe-" + name)
        r = convert(src, out, "--weights-only-safe")
        if m["needs_code"]:
            named = [g for g in custom if g in r.stderr]
            check(r.returncode != 0 and named == custom and not os.path.exists(out),
                  f"{name}: refused, naming {custom}: {r.stderr.strip()[:200]}")
            continue
        check(r.returncode == 0, f"{name}: converted: {r.stderr.strip()[:300]}")
        if r.returncode != 0:
            continue
        try:
            got, how = load_weights_only(out)
        except Exception as ex:  # noqa: BLE001
            check(False, f"{name}: output loads with weights_only=True: {ex}")
            continue
        want = plain(torch.load(src, weights_only=False))  # our own benign fixture
        d = same(got, want)
        check(d is None, f"{name}: same tensors and plain values ({how}){'' if d is None else ': ' + d}")
        with zipfile.ZipFile(out) as z:
            meta = [n for n in z.namelist() if n.endswith(".data/ckpt_metadata.json")]
            rec = json.loads(z.read(meta[0])) if meta else {}
        rewrites = rec.get("weights_only_rewrites", [])
        check(rewrites and all({"path", "from", "to"} <= set(x) for x in rewrites),
              f"{name}: {len(rewrites)} rewrites recorded in the metadata")

    # Needs code, unless the plan drops it in the same conversion.
    src = os.path.join(FIXTURES, "custom_class.pt")
    out = os.path.join(tmp, "custom-dropped.pt")
    r = convert(src, out, "--weights-only-safe", "--drop", "run")
    check(r.returncode == 0, "custom_class.pt with --drop run: converted " + r.stderr.strip()[:200])
    if r.returncode == 0:
        got = torch.load(out, weights_only=True)  # only ints and tensors left: 1.13's own
        want = plain(torch.load(src, weights_only=False))
        del want["run"]
        check(same(got, want) is None, "custom_class.pt with --drop run: loads, the rest as plain values")
    src = os.path.join(FIXTURES, "whole_model.pt")
    out = os.path.join(tmp, "whole-extracted.pt")
    r = convert(src, out, "--weights-only-safe", "--extract", "state_dict")
    check(r.returncode == 0, "whole_model.pt --extract state_dict: converted " + r.stderr.strip()[:200])
    if r.returncode == 0:
        got = torch.load(out, weights_only=True)
        want = torch.load(src, weights_only=False)["state_dict"]
        check(same(got, want) is None, "whole_model.pt --extract state_dict: the state_dict, bit-exact")

sys.exit(1 if failures else 0)
