#!/usr/bin/python3
"""CTest suite for `ckpt check`, with PyTorch as the oracle.

For every case of check_expected.json (written by make_check_fixtures.py from PyTorch
1.13's own load_state_dict) and every form of the model's reference (state_dict,
TorchScript script and trace, key manifest, safetensors):
- `ckpt check --json` says what load_state_dict says: the verdict, the exit code, the
  missing / unexpected / size-mismatch lists and PyTorch's message word for word, the
  strict=False outcome and the dtype differences;
- every proposed fix, applied with `ckpt convert`, gives a file torch.load reads and in
  which load_state_dict finds fewer problems, and all of them together give a file that
  loads with strict=True exactly when `loads_after_fixes` says so (else with
  strict=False, the model initialising what `after_fixes` lists);
- LibTorch is never loaded (LD_DEBUG), errors are one line, exit codes are 0/1/2.

Env: CKPT_BIN_DIR, CKPT_FIXTURE_DIR. Exit 0 all passed, 1 otherwise.
"""
import json
import os
import subprocess
import sys
import tempfile

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "fixtures"))
sys.dont_write_bytecode = True
from check_models import MODELS  # noqa: E402

CKPT = os.path.join(os.environ.get("CKPT_BIN_DIR", "build/bin"), "ckpt")
FX = os.environ.get("CKPT_FIXTURE_DIR", "build/fixtures")
OUT = tempfile.mkdtemp(prefix="ckpt-check-")
failures = []


def fx(rel):
    return os.path.join(FX, rel)


def fail(name, msg):
    failures.append(f"{name}: {msg}")


def run(args, env=None):
    return subprocess.run([CKPT, *args], capture_output=True, text=True, env=env)


def state_dict_at(obj, path):
    for part in path:
        obj = obj[part]
    return obj


def problems(model_name, sd):
    """PyTorch's count of what is wrong: (missing + unexpected keys, other error lines)."""
    try:
        MODELS[model_name]().load_state_dict(sd, strict=True)
        return 0, 0
    except RuntimeError as e:
        keys = other = 0
        for line in str(e).split("\n\t")[1:]:
            if line.startswith(("Missing key(s)", "Unexpected key(s)")):
                keys += line.count('", "') + 1
            else:
                other += 1
        return keys + other, other


def convert(src, args, name):
    out = os.path.join(OUT, f"fix{len(os.listdir(OUT))}.pt")
    r = run(["convert", src, out, *args])
    if r.returncode != 0:
        fail(name, f"ckpt convert {' '.join(args)} failed: {r.stderr.strip()}")
        return None
    return out


def check_lists(name, got, exp, ordered):
    same = (lambda a, b: a == b) if ordered else (lambda a, b: sorted(a) == sorted(b))
    for field in ("missing", "unexpected"):
        if not same(got[field], exp[field]):
            fail(name, f"{field}: {got[field]} != PyTorch's {exp[field]}")
    def key(m):
        return m["key"]
    sm_got, sm_exp = got["size_mismatch"], exp["size_mismatch"]
    if (sm_got != sm_exp) if ordered else (sorted(sm_got, key=key) != sorted(sm_exp, key=key)):
        fail(name, f"size_mismatch: {sm_got} != PyTorch's {sm_exp}")
    if sorted(got["dtype_mismatch"], key=key) != sorted(exp["dtype_mismatch"], key=key):
        fail(name, f"dtype_mismatch: {got['dtype_mismatch']} != {exp['dtype_mismatch']}")


def check_fixes(name, case, got):
    src = fx(case["checkpoint"])
    model = case["model"]
    before = problems(model, state_dict_at(torch.load(src), case["state_dict"]))
    args = []
    for fix in got["fixes"]:
        args += fix["convert_args"]
        out = convert(src, fix["convert_args"], f"{name} [{fix['kind']}]")
        if out is None:
            continue
        path = [] if fix["kind"] == "extract" else case["state_dict"]
        after = problems(model, state_dict_at(torch.load(out), path))
        # A fix leaves fewer problems; dropping a mismatched head turns size mismatches
        # (fatal even with strict=False) into missing keys.
        better = after[0] < before[0] or after[1] < before[1] or (fix["kind"] == "extract" and after == before)
        if not better:
            fail(name, f"fix {fix['kind']} {fix['convert_args']}: PyTorch finds (problems, errors) {after}, "
                       f"{before} before")
    if args != got["convert_args"]:
        fail(name, f"convert_args {got['convert_args']} are not the fixes' arguments {args}")
    if not got["fixes"]:
        if got["loads_after_fixes"] != got["loads"]:
            fail(name, "no fixes, yet loads_after_fixes differs from loads")
        return
    out = convert(src, args, f"{name} [all fixes]")
    if out is None:
        return
    sd = torch.load(out)
    try:
        MODELS[model]().load_state_dict(sd, strict=True)
        strict = True
    except RuntimeError as e:
        strict, err = False, str(e)
    if strict != got["loads_after_fixes"]:
        fail(name, f"after {args}: PyTorch strict load {'succeeds' if strict else 'fails: ' + err}, "
                   f"ckpt said loads_after_fixes={got['loads_after_fixes']}")
    if strict != case["strict_fixable"]:
        fail(name, f"after {args}: strict load {strict}, but the case is "
                   f"{'' if case['strict_fixable'] else 'not '}fixable")
    if not strict:
        want = got["after_fixes"]["strict_false"]
        try:
            res = MODELS[model]().load_state_dict(sd, strict=False)
            if not want["loads"] or list(res.missing_keys) != want["uninitialized"]:
                fail(name, f"after fixes strict=False: missing {res.missing_keys}, ckpt said {want}")
        except RuntimeError as e:
            if want["loads"]:
                fail(name, f"after fixes strict=False fails: {e}")


def check_case(case, kind, ref):
    name = f"{case['name']} against {kind}"
    args = ["check", fx(case["checkpoint"]), "--against", fx(ref), "--json"]
    if kind not in ("torchscript", "traced"):
        args += ["--model-class", case["class"]]
    r = run(args)
    want_code = 0 if case["loads"] else 1
    if r.returncode != want_code:
        fail(name, f"exit {r.returncode}, want {want_code}: {r.stderr.strip()}")
        return None
    got = json.loads(r.stdout)
    ordered = kind != "safetensors"  # safetensors keeps no key order (the note says so)
    if got["loads"] != case["loads"]:
        fail(name, f"loads {got['loads']}, PyTorch {case['loads']}")
    if got["state_dict"] != case["state_dict"]:
        fail(name, f"state_dict {got['state_dict']}, the case nests it at {case['state_dict']}")
    check_lists(name, got, case, ordered)
    if ordered:
        if got["message"] != case["message"]:
            fail(name, f"message\n  {got['message']!r}\n  PyTorch: {case['message']!r}")
        if got["errors"] != case["error_lines"]:
            fail(name, f"errors {got['errors']} != {case['error_lines']}")
    sf, want = got["strict_false"], case["strict_false"]
    if sf["loads"] != want["loads"]:
        fail(name, f"strict=False loads {sf['loads']}, PyTorch {want['loads']}")
    elif want["loads"] and ordered and (sf["uninitialized"] != want["missing"] or sf["ignored"] != want["unexpected"]):
        fail(name, f"strict=False {sf} != PyTorch's {want}")
    return got


def check_cli():
    env = dict(os.environ, LD_DEBUG="libs")
    r = run(["check", fx("check/dataparallel.pt"), "--against", fx("check/ref_net5.scripted.pt")], env=env)
    if r.returncode != 1 or "libtorch" in r.stderr or "libc10" in r.stderr:
        fail("LibTorch", f"ckpt check loaded LibTorch or exited {r.returncode}")
    r = run(["check", fx("check/ref_net5.scripted.pt"), "--against", fx("check/ref_net5.pt")])
    if r.returncode != 0:
        fail("TorchScript checkpoint", f"exit {r.returncode}: {r.stdout}{r.stderr}")
    bad = os.path.join(OUT, "bad.json")
    with open(bad, "w") as f:
        f.write('{"fc1.weight": {"shape": [8, "x"]}}')
    for args in (["check", fx("check/exact.pt"), "--against", bad],
                 ["check", fx("check/exact.pt"), "--against", os.path.join(OUT, "absent.pt")],
                 ["check", bad, "--against", fx("check/ref_net5.pt")],
                 ["check", fx("check/exact.pt")]):
        r = run(args)
        lines = r.stderr.strip().splitlines()
        if r.returncode != 2 or len(lines) != 1 or not lines[0].startswith("ckpt: "):
            fail("errors", f"{args[1:]}: exit {r.returncode}, stderr {r.stderr!r}")


def main():
    expected = json.load(open(fx("check/check_expected.json")))
    if len(expected["cases"]) < 10:
        fail("fixtures", "fewer than 10 cases")
    for case in expected["cases"]:
        args = {}
        for kind, ref in case["references"].items():
            got = check_case(case, kind, ref)
            if got is not None:
                args[kind] = got["convert_args"]
            if got is not None and kind == "state_dict":
                check_fixes(f"{case['name']} fixes", case, got)
        # The fixes depend on the model's keys, not on the form they were given in.
        for kind in ("torchscript", "traced", "manifest"):
            if kind in args and args[kind] != args.get("state_dict"):
                fail(case["name"], f"fixes against {kind} {args[kind]} != against the state_dict {args['state_dict']}")
        print("ok  " if not any(f.startswith(case["name"] + " ") for f in failures) else "FAIL", case["name"])
    check_cli()
    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
