#!/usr/bin/python3
"""CTest suite for the oldest torch.save layout, the tar of sys_info, pickle, tensors and
storages (issue 17), with torch 1.13's own torch.load as the oracle, on the files
make_legacy_tar_fixtures.py writes (harmless: built here from torch tensors):
- `ckpt info --json` lists every tensor torch.load gives, at its path, with its shape,
  dtype and stride; tensors ckpt puts on one storage share memory in torch, at the offsets
  ckpt gives;
- `ckpt stats --json` gives torch's min, max and mean;
- `ckpt diff` finds every tensor the same as in the same objects torch.save'd as a zip,
  and finds a different file different;
- `ckpt check --against` says what load_state_dict says;
- `ckpt convert` to torch and safetensors writes files torch reads back with equal values;
- every broken tar (torch.load fails on each) gives exit 2 and one 'ckpt: FILE: ...' line.

Env: CKPT_BIN_DIR, CKPT_FIXTURE_DIR. Exit 0 all passed, 1 otherwise.
"""
import json
import math
import os
import subprocess
import sys
import tempfile
import warnings

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_output  # noqa: E402

warnings.filterwarnings("ignore")
CKPT = os.path.join(os.environ.get("CKPT_BIN_DIR", "build/bin"), "ckpt")
FX = os.path.join(os.environ.get("CKPT_FIXTURE_DIR", "build/fixtures"), "legacy_tar")
OUT = tempfile.mkdtemp(prefix="ckpt-legacy-tar-")
failures = []


def fail(name, msg):
    failures.append(f"{name}: {msg}")


def run(*args):
    return subprocess.run([CKPT, *args], capture_output=True, text=True)


def flat_tensors(o, path=()):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from flat_tensors(v, path + (k,))
    elif isinstance(o, torch.Tensor):
        yield path, o


def info_case(name, path, loaded):
    r = run("info", path, "--json")
    if r.returncode != 0:
        return fail(name, f"ckpt info exit {r.returncode}: {r.stderr.strip()}")
    info = json.loads(r.stdout)
    got = {tuple(t["path"]): t for t in info["tensors"]}
    want = dict(flat_tensors(loaded))
    if sorted(got) != sorted(want):
        return fail(name, f"ckpt info lists {sorted(got)}, torch.load gives {sorted(want)}")
    before, base = len(failures), {}  # storage key -> the address element 0 of it has in torch
    for p, t in want.items():
        g = got[p]
        dtype = str(t.dtype).replace("torch.", "")
        if (g["shape"], g["dtype"], g["stride"]) != (list(t.shape), dtype, list(t.stride())):
            fail(name, f"{'/'.join(p)}: ckpt {g['shape']} {g['dtype']} {g['stride']}, "
                       f"torch {list(t.shape)} {dtype} {list(t.stride())}")
        origin = t.data_ptr() - g["storage_offset"] * t.element_size()
        if base.setdefault(g["storage_key"], origin) != origin:
            fail(name, f"{'/'.join(p)}: ckpt's storage offset {g['storage_offset']} is not where torch has it")
        if t.storage().size() * t.element_size() == g["storage_nbytes"] and t.storage().data_ptr() != origin:
            fail(name, f"{'/'.join(p)}: ckpt's storage offset {g['storage_offset']} is not torch's "
                       f"{t.storage_offset()}")
    print("ok  " if len(failures) == before else "FAIL", name, "info")


def close(a, b):
    return a == b or (a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12))


def stats_case(name, path, loaded):
    r = run("stats", path, "--json")
    if r.returncode != 0:
        return fail(name, f"ckpt stats exit {r.returncode}: {r.stderr.strip()}")
    got = {tuple(t["path"]): t["stats"] for t in json.loads(r.stdout)["tensors"]}
    before, seen = len(failures), set()
    for p, t in flat_tensors(loaded):
        if id(t) in seen:  # one tensor at two paths: stats lists it at the first
            continue
        seen.add(id(t))
        x = t.double()
        for what, value in [("min", x.min().item()), ("max", x.max().item()), ("mean", x.mean().item())]:
            if not close(got[p][what], value):
                fail(name, f"{'/'.join(p)}: ckpt stats {what} {got[p][what]}, torch {value}")
    print("ok  " if len(failures) == before else "FAIL", name, "stats")


def diff_case(name, path, twin, other, loaded):
    before = len(failures)
    r = run("diff", path, twin, "--json")
    summary = json.loads(r.stdout)["summary"] if r.stdout.strip() else {}
    tensors = len({id(t) for _, t in flat_tensors(loaded)})
    if r.returncode != 0 or summary.get("same") != tensors:
        fail(name, f"ckpt diff against torch's zip: exit {r.returncode}, {summary} for {tensors} tensors "
                   f"{r.stderr.strip()}")
    r = run("diff", path, other)
    if r.returncode != 1:
        fail(name, f"ckpt diff against {os.path.basename(other)}: exit {r.returncode}, expected 1 (different)")
    print("ok  " if len(failures) == before else "FAIL", name, "diff")


def check_case(name, path, loaded):
    """A module with a buffer for every tensor at the top level, as load_state_dict sees it."""
    class Model(torch.nn.Module):
        def __init__(self):
            super().__init__()
            for k, v in loaded.items():
                if isinstance(v, torch.Tensor):
                    self.register_buffer(k, torch.zeros_like(v))

    try:
        Model().load_state_dict(loaded, strict=True)
        message, loads = "<All keys matched successfully>", True
    except RuntimeError as e:
        message, loads = str(e), False
    ref = os.path.join(OUT, f"{name}.model.pt")
    torch.save(Model().state_dict(), ref)
    r = run("check", path, "--against", ref, "--json")
    got = json.loads(r.stdout) if r.stdout.strip() else {}
    ok = r.returncode == (0 if loads else 1) and got.get("loads") == loads and got.get("message") == message
    if not ok:
        fail(name, f"ckpt check: exit {r.returncode} loads={got.get('loads')} {got.get('message')!r}; "
                   f"load_state_dict: loads={loads} {message!r}")
    print("ok  " if ok else "FAIL", name, "check")


def convert_case(name, path):
    for fmt, ext in [("torch", ".pt"), ("safetensors", ".safetensors")]:
        out = os.path.join(OUT, f"{name}{ext}")
        r = run("convert", path, out, "--format", fmt)
        if r.returncode != 0:
            fail(name, f"ckpt convert --format {fmt}: {r.stderr.strip()}")
            continue
        claim = "no" if "needs torch.load(weights_only=False)" in r.stdout else "yes"
        errs = check_output.check([path, out, "--claim", claim, "--format", fmt])
        failures.extend(f"{name} convert {fmt}: {e}" for e in errs[:5])
        print("ok  " if not errs else "FAIL", name, "convert", fmt)


def bad_case(name, path, torch_error):
    for args in [("info", path), ("stats", path), ("convert", path, os.path.join(OUT, "bad.pt"))]:
        r = run(*args)
        lines = r.stderr.strip().splitlines()
        want_exit = 1 if args[0] == "info" else 2  # info prints what it read, and says so
        ok = r.returncode == want_exit and len(lines) == 1 and lines[0].startswith(f"ckpt: {path}: ")
        if not ok:
            fail(name, f"ckpt {args[0]}: exit {r.returncode} {r.stderr!r} (torch.load: {torch_error})")
        print("ok  " if ok else "FAIL", name, args[0], "->", lines[-1] if lines else "")


def main():
    manifest = json.load(open(os.path.join(FX, "manifest.json")))
    good = manifest["good"]
    for i, n in enumerate(good):
        path = os.path.join(FX, n)
        loaded = torch.load(path)
        info_case(n, path, loaded)
        stats_case(n, path, loaded)
        other = os.path.join(FX, good[(i + 1) % len(good)][:-3] + ".zip.pt")
        diff_case(n, path, path[:-3] + ".zip.pt", other, loaded)
        check_case(n, path, loaded)
        convert_case(n, path)
    if len(manifest["bad"]) < 6:
        fail("manifest", f"only {len(manifest['bad'])} broken tars")
    for n, torch_error in sorted(manifest["bad"].items()):
        bad_case(n, os.path.join(FX, n), torch_error)
    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
