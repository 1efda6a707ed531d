#!/usr/bin/python3
"""CTest suite for `ckpt convert`: every operation and sensible combinations on the
fixtures and on every real corpus file with tensors, each output loaded back by real
PyTorch and compared with what PyTorch computes from the source (check_output.py), plus
the safe-writing guarantees: SIGKILL part-way, SIGINT cancel, a read-only folder, a full
disk (RLIMIT_FSIZE), writing over the source.

Env: CKPT_BIN_DIR (ckpt), CKPT_FIXTURE_DIR, CKPT_CORPUS_DIR. Files under
corpus/malicious are never given to torch.load. Exit 0 all passed, 1 otherwise.
"""
import glob, hashlib, json, os, resource, shutil, signal, struct, subprocess, sys, tempfile, time
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_output  # noqa: E402

CKPT = os.path.join(os.environ.get("CKPT_BIN_DIR", "/work/build/bin"), "ckpt")
FX = os.environ.get("CKPT_FIXTURE_DIR", "/work/fx")
CORPUS = os.path.join(os.environ.get("CKPT_CORPUS_DIR", "/work/shared/corpus"), "real")
OUT = tempfile.mkdtemp(prefix="ckpt-convert-")
failures = []


def run(args, **kw):
    return subprocess.run([CKPT, "convert", *args], capture_output=True, text=True, **kw)


def one_line_error(r, name):
    lines = r.stderr.strip().splitlines()
    if r.returncode != 2 or len(lines) != 1 or not lines[0].startswith("ckpt: "):
        failures.append(f"{name}: expected exit 2 and one 'ckpt: FILE: ...' line, got {r.returncode} {r.stderr!r}")
        return False
    return True


def case(src, opts, name=None, out_ext=".pt"):
    name = name or f"{os.path.basename(src)} {' '.join(opts)}"
    out = os.path.join(OUT, f"case{len(glob.glob(os.path.join(OUT, 'case*')))}{out_ext}")
    r = run([src, out, *opts])
    if r.returncode != 0:
        failures.append(f"{name}: ckpt convert failed: {r.stderr.strip()}")
        print("FAIL", name)
        return
    claim = "no" if "needs torch.load(weights_only=False)" in r.stdout else "yes"
    try:
        errs = check_output.check([src, out, "--claim", claim, *opts])
    except Exception as e:  # noqa: BLE001
        errs = [f"check raised {type(e).__name__}: {e}"]
    print("ok  " if not errs else "FAIL", name, f"[weights_only={claim}]")
    failures.extend(f"{name}: {e}" for e in errs[:5])


def fixture_cases():
    f = lambda n: os.path.join(FX, n)  # noqa: E731
    for n in ["state_dict.pt", "train_adam.pt", "train_sgd.pt", "inference_package.pt", "dtypes.pt", "views.pt",
              "parameters.pt", "mixed_objects.pt", "legacy_state_dict.pt", "legacy_views.pt", "lightning_like.ckpt",
              "many_keys.pt", "mixed.safetensors", "sharded.safetensors.index.json"]:
        case(f(n), [])
    case(f("gpu_tagged.pt"), ["--device", "cpu"])
    case(f("gpu_tagged.pt"), ["--map-location", "cuda:1=cuda:0"])
    case(f("train_adam.pt"), ["--drop-training-state", "--dtype", "float16"])
    case(f("train_sgd.pt"), ["--extract", "model_state_dict", "--dtype", "bfloat16"])
    case(f("state_dict.pt"), ["--drop", "fc2.*"])
    case(f("train_adam.pt"), ["--drop", "model_state_dict/fc2.*", "--drop", "optimizer_state_dict"])
    case(f("state_dict.pt"), ["--keep", "conv*"])
    case(f("state_dict.pt"), ["--add-prefix", "module."])
    case(f("lightning_like.ckpt"), ["--extract", "state_dict", "--strip-prefix", "model."])
    case(f("lightning_like.ckpt"), ["--drop-training-state", "--device", "cpu"])
    for dt in ["float16", "bfloat16", "float32"]:
        case(f("dtypes.pt"), ["--dtype", dt])
    case(f("legacy_views.pt"), ["--dtype", "float16"])
    case(f("views.pt"), ["--dtype", "bfloat16"])
    case(f("state_dict.pt"), ["--dtype", "float16", "--keep-dtype", "*bias", "--keep-dtype", "bn*"])
    case(f("train_adam.pt"), ["--extract", "model_state_dict", "--dtype", "bfloat16", "--keep-dtype", "fc1.*"])
    case(f("dtypes.pt"), ["--format", "safetensors"], out_ext=".safetensors")
    case(f("views.pt"), ["--format", "safetensors", "--metadata", "author=tests"], out_ext=".safetensors")
    case(f("mixed.safetensors"), ["--format", "safetensors", "--dtype", "float16"], out_ext=".safetensors")
    case(f("train_adam.pt"), ["--format", "safetensors", "--extract", "model_state_dict"], out_ext=".safetensors")
    case(f("inference_package.pt"), ["--format", "package", "--class-names", "cat,dog,bird"])
    case(f("train_adam.pt"), ["--format", "package", "--config", '{"hidden": 8, "act": "relu"}', "--dtype", "float16"])
    # Each field as JSON, as a path in the checkpoint, or as names typed with commas.
    case(f("inference_package.pt"), ["--format", "package", "--config", "model_config", "--class-names",
                                     '["ant", "bee"]', "--preprocessing", '{"mean": [0.5], "std": [0.25]}'])
    case(f("inference_package.pt"), ["--format", "package", "--class-names", "class_names",
                                     "--preprocessing", "model_config"])
    case(f("train_adam.pt"), ["--format", "package", "--class-names", " ant , bee"])
    one_line_error(run([f("train_adam.pt"), os.path.join(OUT, "nope.pt"), "--format", "package", "--config",
                        "no_such_subtree"]), "package --config naming no subtree")
    case(f("lightning_like.ckpt"), ["--format", "package", "--device", "cpu"])
    case(f("mixed_objects.pt"), ["--drop", "tensor*"])


def corpus_cases():
    files = [p for p in glob.glob(os.path.join(CORPUS, "**", "*"), recursive=True) if os.path.isfile(p)]
    for p in sorted(files):
        info = subprocess.run([CKPT.replace("ckpt", "ckpt", 1), "info", p, "--json"], capture_output=True, text=True)
        if info.returncode != 0 or '"tensors": []' in info.stdout or '"tensors":[]' in info.stdout:
            continue
        try:
            check_output.load_source(p)
            loadable = True
        except Exception:  # noqa: BLE001  (needs the model's code, TorchScript, missing shards)
            loadable = False
        if '"format": "torchscript"' in info.stdout:
            # torch.load would hand it to torch.jit.load: not a torch.save file to re-save.
            one_line_error(run([p, os.path.join(OUT, "ts.pt")]), f"TorchScript {p} as torch")
            out = os.path.join(OUT, "ts.safetensors")
            r = run([p, out, "--format", "safetensors", "--dtype", "float16"])
            ok = r.returncode == 0 and isinstance(check_output.read_safetensors(out)[0], dict)
            if not ok:
                failures.append(f"TorchScript {p} to safetensors: {r.stderr.strip()}")
            print("ok  " if ok else "FAIL", os.path.relpath(p, CORPUS), "(TorchScript: refused as torch, safetensors ok)")
        elif loadable:
            case(p, ["--device", "cpu"])
            case(p, ["--device", "cpu", "--dtype", "float16"])
        else:
            r = run([p, os.path.join(OUT, "corpus-unloadable.pt"), "--device", "cpu"])
            ok = r.returncode == 0 or one_line_error(r, f"corpus {p}")
            print("ok  " if ok else "FAIL", f"{os.path.relpath(p, CORPUS)} (source needs code: convert only, exit {r.returncode})")


def numpy_cases():
    """NumPy arrays inside a torch file are tensors (issue 16): their statistics are numpy's,
    safetensors output holds them with their values, torch output keeps them ndarrays (the
    same dtype, byte order, memory order and values)."""
    import numpy as np
    src = os.path.join(OUT, "numpy_arrays.pt")
    arrays = {"rng": np.arange(624, dtype=np.uint32) * 6700417, "fortran": np.asfortranarray(
        np.arange(6.0).reshape(2, 3) - 2.5), "big": np.arange(5, dtype=">f4") / 3, "flags": np.array([True, False])}
    torch.save({"w": torch.arange(3.0), "rng_state": ("MT19937", arrays["rng"], 624, 0, 0.0),
                "fortran": arrays["fortran"], "big": arrays["big"], "flags": arrays["flags"]}, src)
    where = {"rng": "rng_state/1", "fortran": "fortran", "big": "big", "flags": "flags"}
    r = subprocess.run([CKPT, "stats", src, "--json"], capture_output=True, text=True)
    stats = {"/".join(map(str, t["path"])): t for t in json.loads(r.stdout)["tensors"]} if r.returncode == 0 else {}
    for name, a in arrays.items():
        got = (stats.get(where[name]) or {}).get("stats")
        x = a.astype(np.float64)
        ok = got is not None and abs(got["mean"] - x.mean()) <= 1e-9 * max(1.0, abs(x.mean())) \
            and got["min"] == x.min() and got["max"] == x.max() and abs(got["std"] - x.std(ddof=1)) <= 1e-6 * x.std()
        print("ok  " if ok else "FAIL", f"numpy {name}: stats as numpy computes them")
        if not ok:
            failures.append(f"numpy {name}: stats {got} vs numpy mean {x.mean()} std {x.std(ddof=1)}")
    out = os.path.join(OUT, "numpy_arrays.safetensors")
    r = run([src, out, "--format", "safetensors"])
    types = {"F64": "<f8", "F32": "<f4", "U32": "<u4", "BOOL": "?"}
    if r.returncode != 0:
        failures.append(f"numpy to safetensors: {r.stderr.strip()}")
    else:
        data = open(out, "rb").read()
        n = struct.unpack("<Q", data[:8])[0]
        header = json.loads(data[8:8 + n])
        for name, a in arrays.items():
            h = header.get(where[name])
            ok = h is not None and h["dtype"] in types and np.array_equal(np.frombuffer(
                data[8 + n + h["data_offsets"][0]:8 + n + h["data_offsets"][1]], dtype=types[h["dtype"]]
            ).reshape(h["shape"]), a)
            print("ok  " if ok else "FAIL", f"numpy {name}: in safetensors with its values")
            if not ok:
                failures.append(f"numpy {name}: safetensors entry {h}")
    out = os.path.join(OUT, "numpy_arrays_out.pt")
    r = run([src, out])
    back = torch.load(out) if r.returncode == 0 else {}
    for name, a in arrays.items():
        b = back.get("rng_state", (None, None))[1] if name == "rng" else back.get(name)
        ok = isinstance(b, np.ndarray) and b.dtype == a.dtype and np.array_equal(a, b) \
            and b.flags.f_contiguous == a.flags.f_contiguous
        print("ok  " if ok else "FAIL", f"numpy {name}: torch output keeps the ndarray")
        if not ok:
            failures.append(f"numpy {name}: came back as {type(b)} {getattr(b, 'dtype', None)}")


def object_cases():
    """Objects come back made as they were made: ipaddress addresses are REDUCEd (a call of
    the class with its arguments), argparse.Namespace is NEWOBJ'd (cls.__new__, then its
    state). Writing the first as NEWOBJ gave back an address without its value."""
    import argparse, ipaddress
    src = os.path.join(OUT, "objects.pt")
    ns = argparse.Namespace(lr=0.1, name="run")
    torch.save({"ip": ipaddress.IPv4Address("10.0.0.1"), "net": ipaddress.ip_network("192.168.0.0/24"),
                "args": ns, "w": torch.arange(4.0)}, src)
    out = os.path.join(OUT, "objects_out.pt")
    r = run([src, out])
    if r.returncode != 0:
        failures.append(f"objects: exit {r.returncode}: {r.stderr.strip()}")
        return
    back = torch.load(out)
    ok = (back["ip"] == ipaddress.IPv4Address("10.0.0.1") and str(back["ip"]) == "10.0.0.1"
          and back["net"] == ipaddress.ip_network("192.168.0.0/24") and back["args"] == ns
          and torch.equal(back["w"], torch.arange(4.0)))
    if not ok:
        failures.append(f"objects: came back as {back!r}")
    print("ok  " if ok else "FAIL", "REDUCE and NEWOBJ objects round trip:", {k: str(v) for k, v in back.items()})


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def leftovers(d):
    return [n for n in os.listdir(d) if ".ckpt-" in n]


def safety_cases():
    src = os.path.join(FX, "train_adam.pt")
    before = sha(src)
    r = run([src, src])
    one_line_error(r, "writing over the source")
    if sha(src) != before:
        failures.append("the source changed")
    link = os.path.join(OUT, "hardlink.pt")
    shutil.copy(src, os.path.join(OUT, "copy.pt"))
    os.link(os.path.join(OUT, "copy.pt"), link)
    one_line_error(run([os.path.join(OUT, "copy.pt"), link]), "writing over a hard link of the source")

    # A read-only folder, as an unprivileged user (root ignores permissions).
    ro = tempfile.mkdtemp(prefix="ro-", dir=OUT)
    os.chmod(OUT, 0o755)
    os.chmod(ro, 0o555)
    shutil.copy(src, os.path.join(OUT, "world.pt"))
    os.chmod(os.path.join(OUT, "world.pt"), 0o644)
    r = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", CKPT, "convert",
                        os.path.join(OUT, "world.pt"), os.path.join(ro, "out.pt")], capture_output=True, text=True)
    if one_line_error(r, "read-only folder") and "Permission denied" not in r.stderr:
        failures.append(f"read-only folder: error does not say why: {r.stderr!r}")
    print("ok   read-only folder:", r.stderr.strip())

    # Big enough to interrupt part-way.
    big = os.path.join(OUT, "big.pt")
    torch.save({f"w{i}": torch.randn(1024, 1024) for i in range(96)}, big)   # ~400 MB
    target = os.path.join(OUT, "target.pt")
    torch.save({"old": torch.ones(3)}, target)
    old = sha(target)

    # Full disk: the file size limit makes write(2) fail with EFBIG part-way.
    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (50 << 20, 50 << 20))
    r = subprocess.run([CKPT, "convert", big, target], capture_output=True, text=True, preexec_fn=limit)
    one_line_error(r, "full disk")
    if sha(target) != old or leftovers(OUT):
        failures.append("full disk: target changed or temp file left behind")
    print("ok   full disk:", r.stderr.strip())

    def writing(pid):
        """Bytes written so far to the output the process holds open in OUT (named or not)."""
        most = 0
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                link = os.readlink(f"/proc/{pid}/fd/{fd}")
                flags = int(open(f"/proc/{pid}/fdinfo/{fd}").read().split("flags:")[1].split()[0], 8)
                if link.startswith(OUT + "/") and flags & 3:   # opened for writing
                    most = max(most, os.stat(f"/proc/{pid}/fd/{fd}").st_size)
        except OSError:
            pass
        return most

    for sig, name in ((signal.SIGKILL, "SIGKILL"), (signal.SIGINT, "SIGINT cancel")):
        p = subprocess.Popen([CKPT, "convert", big, target, "--dtype", "float16"], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 60
        while time.time() < deadline and writing(p.pid) <= (20 << 20):
            time.sleep(0.01)
        p.send_signal(sig)
        err = p.communicate()[1]
        if sha(target) != old:
            failures.append(f"{name}: the target changed")
        torch.load(target, weights_only=True)
        if sig == signal.SIGINT:
            if p.returncode != 2 or "cancelled" not in err or leftovers(OUT):
                failures.append(f"{name}: exit {p.returncode}, {err!r}, left {leftovers(OUT)}")
        # The output is an unnamed O_TMPFILE until it is complete: not even SIGKILL leaves a file.
        if leftovers(OUT):
            failures.append(f"{name}: left {leftovers(OUT)}")
        print("ok  " if sha(target) == old else "FAIL", f"{name} part-way: target unchanged, exit {p.returncode}")
        for n in leftovers(OUT):
            os.unlink(os.path.join(OUT, n))


if __name__ == "__main__":
    os.environ["CUDA_VISIBLE_DEVICES"] = ""
    fixture_cases()
    corpus_cases()
    safety_cases()
    object_cases()
    numpy_cases()
    shutil.rmtree(OUT, ignore_errors=True)
    print(f"\n{len(failures)} failures")
    for f in failures:
        print("  ", f)
    sys.exit(1 if failures else 0)
