#!/usr/bin/python3
"""CTest suite (issues 11 and 12): a Hugging Face Trainer checkpoint-N/ folder opens as one
checkpoint with a node per file. For each folder of the run fixture (written by real
torch.save and the fixtures' safetensors writer), PyTorch is the oracle:
  - `ckpt info --json` of the folder and of its trainer_state.json: format "trainer", and every tensor of
    every file (torch.load of each .pt/.pth/.bin, the independent safetensors parser for
    model.safetensors) at FILE/... with its shape and dtype;
  - `ckpt stats --json`: the weights' mean, min and max as torch computes them;
  - safety: the folder grade is needs-code exactly when some file is refused by
    torch.load(weights_only=True) (torch 1.13), and the finding names that file;
  - `ckpt check FOLDER --against FOLDER/model.safetensors` loads, using model.safetensors;
  - `ckpt convert FOLDER OUT.safetensors --extract model.safetensors` equals the weights;
  - a damaged optimizer.pt and an invalid trainer_state.json each give a warning naming the file.

Env: CKPT_BIN_DIR (ckpt), CKPT_FIXTURE_DIR. Exit 0 all passed, 1 otherwise.
"""
import json, os, shutil, subprocess, sys, tempfile, types

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "fixtures"))
sys.dont_write_bytecode = True
from fixture_safetensors import read_safetensors  # noqa: E402

from cli_suite import CKPT, FX, fail, verdict  # noqa: E402

RUN = os.path.join(FX, "runs", "trainer")
OUT = tempfile.mkdtemp(prefix="ckpt-trainer-")


def ckpt(*args):
    return subprocess.run([CKPT, *args], capture_output=True, text=True)


def register_training_args():
    """The stand-in the fixture pickled training_args.bin with, so torch.load can build it."""
    pkg = types.ModuleType("transformers")
    mod = types.ModuleType("transformers.training_args")

    class TrainingArguments:
        pass

    TrainingArguments.__module__ = "transformers.training_args"
    mod.TrainingArguments = TrainingArguments
    pkg.training_args = mod
    sys.modules.setdefault("transformers", pkg)
    sys.modules.setdefault("transformers.training_args", mod)


def tensors_of(obj, prefix, out, seen=None):
    """Every tensor reachable through dicts, lists, tuples and plain objects' __dict__."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, torch.Tensor):
        out["/".join(prefix)] = obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            tensors_of(v, prefix + [str(k)], out, seen)
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            tensors_of(v, prefix + [str(i)], out, seen)


def expected_files(folder):
    """File name -> (tensors by slash path, loads with weights_only) as PyTorch reads them."""
    files = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(".safetensors"):
            files[name] = ({f"{name}/{k}": v for k, v in read_safetensors(path)[1].items()}, True)
        elif name.endswith((".pt", ".pth", ".bin")):
            found = {}
            tensors_of(torch.load(path, map_location="cpu"), [name], found)
            # Needs code when 1.13's weights_only refuses one of its classes; an opcode 1.13
            # lacks (BINFLOAT, "Unsupported operand 71") is one later releases read.
            try:
                torch.load(path, map_location="cpu", weights_only=True)
                loads = True
            except Exception as e:  # noqa: BLE001 - the message says which refusal
                loads = "Unsupported class" not in str(e)
            files[name] = (found, loads)
        elif name.endswith(".json"):
            files[name] = ({}, True)
    return files


def dtype_name(t):
    return str(t.dtype).replace("torch.", "")


def check_info(folder, files):
    name = os.path.basename(folder)
    r = ckpt("info", "--json", folder)
    if r.returncode != 0:
        return fail(name, f"info exit {r.returncode}: {r.stderr.strip()}")
    info = json.loads(r.stdout)
    if info.get("format") != "trainer":
        fail(name, f"format {info.get('format')}")
    got = {"/".join(str(p) for p in t["path"]): t for t in info["tensors"]}
    want = {p: t for f in files.values() for p, t in f[0].items()}
    if set(got) != set(want):
        fail(name, f"tensor paths differ: only ours {sorted(set(got) - set(want))[:5]}, "
                   f"only torch's {sorted(set(want) - set(got))[:5]}")
    for p in set(got) & set(want):
        if got[p]["shape"] != list(want[p].shape) or got[p]["dtype"] != dtype_name(want[p]):
            fail(name, f"{p}: {got[p]['dtype']}{got[p]['shape']} vs {dtype_name(want[p])}{list(want[p].shape)}")
    if info.get("warnings"):
        fail(name, f"warnings on a whole folder: {info['warnings']}")
    # Its trainer_state.json (what the Open dialog offers) opens the folder.
    r = ckpt("info", "--json", os.path.join(folder, "trainer_state.json"))
    if r.returncode != 0 or json.loads(r.stdout).get("format") != "trainer":
        fail(name, f"trainer_state.json does not open the folder: {r.stderr.strip()}")
    refused = [f for f, (_, loads) in files.items() if not loads]
    scan = ckpt("scan", "--json", "--strict", folder)  # --strict: needs code exits 1 too
    report = json.loads(scan.stdout)[0]
    if report.get("verdict") != ("needs-code" if refused else "safe"):
        fail(name, f"verdict {report.get('verdict')}, torch 1.13 refuses classes of {refused}")
    if scan.returncode != (1 if refused else 0):
        fail(name, f"scan exit {scan.returncode}")
    where = [f["where"] for f in report.get("findings", []) if f["verdict"] == "needs-code"]
    for f in refused:
        if not any(w.startswith(f + ":") for w in where):
            fail(name, f"no needs-code finding in {f}: {where}")


def check_stats(folder, files):
    name = os.path.basename(folder)
    r = ckpt("stats", "--json", folder)
    if r.returncode != 0:
        return fail(name, f"stats exit {r.returncode}: {r.stderr.strip()}")
    stats = json.loads(r.stdout)
    got = {"/".join(str(p) for p in t["path"]): t["stats"] for t in stats["tensors"]}
    for p, t in files["model.safetensors"][0].items():
        s = got.get(p)
        if s is None:
            fail(name, f"stats lack {p}")
            continue
        d = t.double()
        for key, value in (("mean", d.mean().item()), ("min", d.min().item()), ("max", d.max().item())):
            if abs(s[key] - value) > 1e-9 * max(1.0, abs(value)):
                fail(name, f"{p} {key} {s[key]} vs torch {value}")


def check_load_and_extract(folder, files):
    name = os.path.basename(folder)
    r = ckpt("check", folder, "--against", os.path.join(folder, "model.safetensors"), "--json")
    try:
        res = json.loads(r.stdout)
    except ValueError:
        return fail(name, f"check: {r.stdout[:200]} {r.stderr.strip()}")
    if r.returncode != 0 or not res.get("loads") or res.get("state_dict") != ["model.safetensors"]:
        fail(name, f"check exit {r.returncode}: loads {res.get('loads')}, state_dict {res.get('state_dict')}")
    out = os.path.join(OUT, name + ".safetensors")
    r = ckpt("convert", folder, out, "--extract", "model.safetensors")
    if r.returncode != 0:
        return fail(name, f"convert exit {r.returncode}: {r.stderr.strip()}")
    back = read_safetensors(out)[1]
    want = {k.split("/", 1)[1]: v for k, v in files["model.safetensors"][0].items()}
    if sorted(back) != sorted(want) or any(not torch.equal(back[k], want[k]) for k in want):
        fail(name, "extracted weights differ from model.safetensors")


def check_damaged(folder):
    copy = os.path.join(OUT, "damaged")
    shutil.copytree(folder, copy)
    with open(os.path.join(copy, "optimizer.pt"), "r+b") as f:
        f.write(b"\x00garbage, not a zip" * 4)
        f.truncate(80)
    with open(os.path.join(copy, "trainer_state.json"), "w") as f:
        f.write('{"global_step": 4, ')
    r = ckpt("info", "--json", copy)
    if r.returncode not in (0, 1):
        return fail("damaged", f"info exit {r.returncode}: {r.stderr.strip()}")
    warnings = json.loads(r.stdout).get("warnings", []) if r.stdout.strip() else []
    for f in ("optimizer.pt", "trainer_state.json"):
        if not any(w.startswith(f + ":") for w in warnings):
            fail("damaged", f"no warning names {f}: {warnings}")


def main():
    register_training_args()
    folders = sorted(os.path.join(RUN, d) for d in os.listdir(RUN) if d.startswith("checkpoint-"))
    if not folders:
        fail("fixtures", f"no checkpoint-N folder in {RUN}")
    for folder in folders:
        files = expected_files(folder)
        check_info(folder, files)
        check_stats(folder, files)
        check_load_and_extract(folder, files)
    if folders:
        check_damaged(folders[0])
    shutil.rmtree(OUT, ignore_errors=True)
    print(f"{len(folders)} Trainer folders")
    return verdict()


if __name__ == "__main__":
    sys.exit(main())
