#!/usr/bin/python3
"""CTest suite for the cast preview of `ckpt convert IN OUT --dtype D --dry-run --json`:
for every tensor the plan casts, the overflow (finite -> inf), underflow (non-zero -> 0)
and largest absolute error over values finite on both sides must equal what PyTorch's
own .to(D) gives on the same values; --keep-dtype keeps matching tensors out of the
cast; a dry run writes nothing.

Env: CKPT_BIN_DIR (ckpt). Exit 0 all passed, 1 otherwise.
"""
import collections, fnmatch, json, os, shutil, subprocess, sys, tempfile
import torch

CKPT = os.path.join(os.environ.get("CKPT_BIN_DIR", "/work/build/bin"), "ckpt")
OUT = tempfile.mkdtemp(prefix="ckpt-cast-")
failures = []
FLOATING = (torch.float64, torch.float32, torch.float16, torch.bfloat16)


def source():
    g = torch.Generator().manual_seed(13)
    sd = collections.OrderedDict()
    sd["big.weight"] = torch.tensor([7e4, -7e4, 65504.0, 65519.0, 65520.0, 1e5, 3.4e38, float("inf"),
                                     -float("inf"), float("nan"), 1.5, -2.25, 0.0])
    sd["tiny.weight"] = torch.tensor([1e-8, 2.9e-8, 3e-8, 6e-8, 1e-45, -1e-40, 1e-39, 0.0, -0.0, 1e-3])
    sd["wide.weight"] = torch.randn(600000, generator=g) * 2.5e4   # more than one block of 2^18
    sd["norm.weight"] = torch.randn(64, 32, generator=g).t()         # a transposed view
    sd["f64"] = torch.tensor([1e300, -1e300, 1e-300, 1e-46, 3.14159265358979, 65520.0, 1e39], dtype=torch.float64)
    sd["bf16"] = (torch.randn(300, generator=g) * 1e5).to(torch.bfloat16)
    sd["half"] = torch.tensor([6e-8, 1e-7, 65504.0, 0.1, -3.0], dtype=torch.float16)
    sd["steps"] = torch.tensor(7)                                      # int64: never cast
    return sd


def expected(sd, target, keep):
    out = {}
    for k, x in sd.items():
        if x.dtype not in FLOATING or x.dtype == target or any(fnmatch.fnmatchcase(k, p) for p in keep):
            continue
        y = x.to(target)
        xd, yd = x.double(), y.double()
        finite = torch.isfinite(xd) & torch.isfinite(yd)
        err = (yd - xd).abs()[finite]
        out[k] = {"overflow": int((torch.isfinite(xd) & torch.isinf(yd)).sum()),
                  "underflow": int(((xd != 0) & (yd == 0)).sum()),
                  "max_abs_error": float(err.max()) if err.numel() else 0.0}
    return out


def run(args):
    return subprocess.run([CKPT, "convert", *args], capture_output=True, text=True)


def main():
    sd = source()
    src = os.path.join(OUT, "source.pt")
    torch.save(sd, src)
    cases = [("float16", []), ("bfloat16", []), ("float32", []), ("float16", ["big.*", "*f64"])]
    for dt, keep in cases:
        name = f"--dtype {dt}" + "".join(f" --keep-dtype {k}" for k in keep)
        out = os.path.join(OUT, f"out-{dt}.pt")
        r = run([src, out, "--dtype", dt, "--dry-run", "--json", *sum((["--keep-dtype", k] for k in keep), [])])
        if r.returncode != 0:
            failures.append(f"{name}: exit {r.returncode}: {r.stderr.strip()}")
            continue
        got = {c["path"]: {k: c[k] for k in ("overflow", "underflow", "max_abs_error")}
               for c in json.loads(r.stdout)["cast"]}
        want = expected(sd, getattr(torch, dt), keep)
        errs = [f"{k}: ckpt {got.get(k)} torch {want.get(k)}" for k in sorted(set(got) | set(want))
                if got.get(k) != want.get(k)]
        if os.path.exists(out):
            errs.append("the dry run wrote its output")
        if not any(v["overflow"] or v["underflow"] for v in want.values()) and not keep:
            errs.append("the fixture has no overflow or underflow: the case tests nothing")
        print("ok  " if not errs else "FAIL", name, f"({len(want)} tensors cast)")
        failures.extend(f"{name}: {e}" for e in errs)
    # The text dry run names the harmful tensors and writes nothing either.
    out = os.path.join(OUT, "text.pt")
    r = run([src, out, "--dtype", "float16", "--dry-run"])
    ok = r.returncode == 0 and "big.weight" in r.stdout and "overflow" in r.stdout and not os.path.exists(out)
    print("ok  " if ok else "FAIL", "text dry run")
    if not ok:
        failures.append(f"text dry run: exit {r.returncode}, {r.stdout!r} {r.stderr!r}")
    r = run([src, out, "--dtype", "float16", "--json"])
    ok = r.returncode == 2 and not os.path.exists(out)
    print("ok  " if ok else "FAIL", "--json without --dry-run refused")
    if not ok:
        failures.append(f"--json without --dry-run: exit {r.returncode}")


if __name__ == "__main__":
    main()
    shutil.rmtree(OUT, ignore_errors=True)
    print(f"\n{len(failures)} failures")
    for f in failures:
        print("  ", f)
    sys.exit(1 if failures else 0)
