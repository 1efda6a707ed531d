#!/usr/bin/python3
"""CTest suite for `ckpt merge`: uniform and weighted averages and add-difference of
checkpoints written by PyTorch, each output loaded back by real torch and compared bit
for bit with what PyTorch computes in float64 and casts with .to(); integer tensors from
the first input; the state_dict found inside a training checkpoint; the recipe with each
input's SHA-256; and the preflight refusal (exit 2, keys named, no file written).

Env: CKPT_BIN_DIR (ckpt). Exit 0 all passed, 1 otherwise.
"""
import collections, hashlib, json, os, shutil, struct, subprocess, sys, tempfile
import torch

CKPT = os.path.join(os.environ.get("CKPT_BIN_DIR", "/work/build/bin"), "ckpt")
OUT = tempfile.mkdtemp(prefix="ckpt-merge-")
failures = []
FLOATING = (torch.float64, torch.float32, torch.float16, torch.bfloat16)


class Net(torch.nn.Module):
    def __init__(self, width=16, classes=5):
        super().__init__()
        self.fc1 = torch.nn.Linear(8, width)
        self.bn = torch.nn.BatchNorm1d(width)
        self.fc2 = torch.nn.Linear(width, classes)
        self.register_buffer("position_ids", torch.arange(12))
        self.big = torch.nn.Parameter(torch.randn(700, 400))   # more than one block of 2^18


def state(seed, dtype=torch.float32, **kw):
    torch.manual_seed(seed)
    m = Net(**kw)
    m.bn.num_batches_tracked += seed   # differs per input: the first input's must be kept
    with torch.no_grad():
        m.bn.running_mean.uniform_(-1, 1)
    return m.to(dtype).state_dict()


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def read_safetensors(path):
    raw = open(path, "rb").read()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    names = {"F64": torch.float64, "F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
             "I64": torch.int64, "I32": torch.int32, "BOOL": torch.bool, "U8": torch.uint8}
    out = {}
    for k, v in header.items():
        if k == "__metadata__":
            continue
        a, b = v["data_offsets"]
        data = bytearray(raw[8 + n + a:8 + n + b])
        t = torch.frombuffer(data, dtype=names[v["dtype"]]) if data else torch.empty(0, dtype=names[v["dtype"]])
        out[k] = t.reshape(v["shape"])
    return out, header.get("__metadata__", {})


def expect(sds, method, weights=None, alpha=1.0):
    first = sds[0]
    out = collections.OrderedDict()
    for k, a in first.items():
        if a.dtype not in FLOATING:
            out[k] = a
            continue
        if method == "add-difference":
            acc = a.double() + alpha * (sds[1][k].double() - sds[2][k].double())
        else:
            ws = weights or [1.0] * len(sds)
            acc = torch.zeros(a.shape, dtype=torch.float64)
            for w, sd in zip(ws, sds):
                acc += (w / sum(ws)) * sd[k].double()
        out[k] = acc.to(a.dtype)
    return out


def check(name, args, files, sds, method="average", weights=None, alpha=1.0, out_ext=".pt"):
    out = os.path.join(OUT, name.replace(" ", "_") + out_ext)
    r = subprocess.run([CKPT, "merge", out, *files, *args], capture_output=True, text=True)
    if r.returncode != 0:
        failures.append(f"{name}: exit {r.returncode}: {r.stderr.strip()}")
        print("FAIL", name)
        return
    if out_ext == ".safetensors":
        got, meta = read_safetensors(out)
        recipe = json.loads(meta["ckpt_merge"])
    else:
        got = torch.load(out, weights_only=True)
        recipe = json.load(open(out + ".merge.json"))
    want = expect(sds, method, weights, alpha)
    errs = []
    if list(got.keys()) != list(want.keys()) and sorted(got.keys()) != sorted(want.keys()):
        errs.append(f"keys {list(got.keys())} != {list(want.keys())}")
    for k, w in want.items():
        g = got.get(k)
        if g is None or g.dtype != w.dtype or g.shape != w.shape or not torch.equal(g, w):
            diff = (g.double() - w.double()).abs().max().item() if g is not None and g.shape == w.shape else None
            errs.append(f"{k}: differs from PyTorch's (max |d| {diff})")
    if [i["sha256"] for i in recipe["inputs"]] != [sha(f) for f in files] or recipe["method"] != method:
        errs.append(f"recipe {recipe}")
    print("ok  " if not errs else "FAIL", name)
    failures.extend(f"{name}: {e}" for e in errs[:5])


def refused(name, files, must_name):
    out = os.path.join(OUT, name.replace(" ", "_") + ".pt")
    r = subprocess.run([CKPT, "merge", out, *files], capture_output=True, text=True)
    ok = r.returncode == 2 and all(k in r.stderr for k in must_name) and not os.path.exists(out) \
        and not [n for n in os.listdir(OUT) if n.startswith(".")]
    print("ok  " if ok else "FAIL", name)
    if not ok:
        failures.append(f"{name}: exit {r.returncode}, {r.stderr!r}, exists {os.path.exists(out)}")


def main():
    sds = [state(s) for s in (1, 2, 3)]
    files = []
    for i, sd in enumerate(sds):
        files.append(os.path.join(OUT, f"epoch{i}.pt"))
        torch.save(sd, files[-1])
    check("uniform average of three", [], files, sds)
    check("weighted average", ["--weights", "1,2,5"], files, sds, weights=[1.0, 2.0, 5.0], out_ext=".safetensors")
    check("add-difference", ["--method", "add-difference", "--alpha", "0.7"], files, sds, "add-difference", alpha=0.7)
    # The state_dict inside a training checkpoint, aligned with a bare one.
    train = os.path.join(OUT, "train.pt")
    torch.save({"epoch": 3, "model_state_dict": sds[1], "optimizer_state_dict": {"state": {}, "param_groups": []}},
               train)
    check("training checkpoint and state_dict", [], [files[0], train], [sds[0], sds[1]])
    halves = [state(s, torch.float16) for s in (4, 5)]
    hfiles = []
    for i, sd in enumerate(halves):
        hfiles.append(os.path.join(OUT, f"half{i}.pt"))
        torch.save(sd, hfiles[-1])
    check("float16 average stored in float16", [], hfiles, halves)
    bf = [state(s, torch.bfloat16) for s in (6, 7)]
    bfiles = []
    for i, sd in enumerate(bf):
        bfiles.append(os.path.join(OUT, f"bf{i}.pt"))
        torch.save(sd, bfiles[-1])
    check("bfloat16 weighted", ["--weights", "0.25,0.75"], bfiles, bf, weights=[0.25, 0.75])
    # Different architectures: refused before anything is written, the keys named.
    other = os.path.join(OUT, "other.pt")
    torch.save(state(8, classes=10), other)
    refused("shape mismatch refused", [files[0], other], ["fc2.weight", "fc2.bias"])
    extra = os.path.join(OUT, "extra.pt")
    sd = state(9)
    sd["head.weight"] = torch.zeros(3)
    del sd["fc1.bias"]
    torch.save(sd, extra)
    refused("key sets differ refused", [files[0], extra], ["head.weight", "fc1.bias"])
    dt = os.path.join(OUT, "dtype.pt")
    torch.save(state(10, torch.float64), dt)
    refused("dtype mismatch refused", [files[0], dt], ["fc1.weight"])
    r = subprocess.run([CKPT, "merge", os.path.join(OUT, "x.pt"), files[0], files[1], "--weights", "1,2,3"],
                       capture_output=True, text=True)
    if r.returncode != 2 or len(r.stderr.strip().splitlines()) != 1:
        failures.append(f"wrong weight count: exit {r.returncode} {r.stderr!r}")
    before = sha(files[0])
    r = subprocess.run([CKPT, "merge", files[0], files[0], files[1]], capture_output=True, text=True)
    if r.returncode != 2 or sha(files[0]) != before:
        failures.append(f"writing over an input: exit {r.returncode}")


if __name__ == "__main__":
    main()
    shutil.rmtree(OUT, ignore_errors=True)
    print(f"\n{len(failures)} failures")
    for f in failures:
        print("  ", f)
    sys.exit(1 if failures else 0)
