#!/usr/bin/python3
"""Checks a file written by `ckpt convert` against what PyTorch computes from the source.

    check_output.py SRC OUT --claim yes|no [the same edit options given to ckpt convert]

PyTorch is the oracle: the source is loaded with torch.load, the edit is re-done here in
Python (keep/drop globs, prefixes, extract, training-state drop, .to(dtype)), and the
output must equal it bit for bit (floats compared as bits, NaN included), with storages
still shared where they were, `_metadata` intact and the device tags remapped.
`--claim` is what ckpt said about weights_only=True; it is checked both ways.

torch 1.13's weights_only unpickler lacks BINFLOAT (Python floats, which torch.save
itself writes), so when the only refusal is that opcode the file is loaded again with
the same unpickler plus BINFLOAT (what torch >= 2.0 accepts). Exit 0 ok, 1 mismatch.
Never run this on files under corpus/malicious.
"""
import argparse, collections, copy, fnmatch, functools, hashlib, io, json, os, pickle, struct, sys, types
import numpy as np
import torch

TRAINING = {"optim", "scaler", "grad_scaler", "scaler_state_dict", "amp", "amp_state", "rng", "rng_state",
            "rng_states", "cuda_rng_state", "torch_rng_state", "numpy_rng_state", "python_rng_state",
            "random_state", "loops", "callbacks", "native_amp_scaling_state", "amp_scaling_state",
            "ema_optimizer", "trainer_state"}


def training_key(k):
    k = k.lower()
    return k in TRAINING or "optimizer" in k or "scheduler" in k or k.startswith("optim_")


def _binfloat_unpickler():
    """torch._weights_only_unpickler with a BINFLOAT branch and nothing else changed."""
    import torch._weights_only_unpickler as wo
    src = open(wo.__file__).read()
    anchor = "            elif key[0] == BININT[0]:\n"
    assert anchor in src, "unexpected torch._weights_only_unpickler source"
    src = src.replace(anchor, "            elif key[0] == pickle.BINFLOAT[0]:\n"
                      "                self.append(unpack('>d', read(8))[0])\n" + anchor, 1)
    mod = types.ModuleType("wo_binfloat")
    mod.__dict__["pickle"] = pickle
    exec(compile(src, wo.__file__, "exec"), mod.__dict__)
    return mod


# What torch >= 2.0's weights_only accepts beyond 1.13: these globals, plus BINFLOAT.
NEWER_GLOBALS = ["torch._utils._rebuild_qtensor",
                 "torch._tensor._rebuild_from_type_v2", "torch.per_tensor_affine", "torch.per_channel_affine",
                 "torch.device", "_codecs.encode", "builtins.set", "torch.bfloat16", "torch.bool", "torch.uint8",
                 "torch.qint8", "torch.quint8", "torch.qint32", "torch.quint4x2", "torch.quint2x4"]


def _newer_unpickler():
    mod = _binfloat_unpickler()
    base = mod._get_allowed_globals

    def allowed():
        rc = dict(base())
        for g in NEWER_GLOBALS:
            m, _, n = g.rpartition(".")
            rc[g] = getattr(__import__(m, fromlist=[n]), n)
        return rc
    mod._get_allowed_globals = functools.lru_cache(maxsize=1)(allowed)
    return mod


def load_weights_only(path, **kw):
    """(object, how) or raises. how: 'weights_only' (stock 1.13) or 'weights_only>=2.0'
    (1.13's unpickler plus BINFLOAT and NEWER_GLOBALS, swapped in where torch.load looks)."""
    try:
        return torch.load(path, weights_only=True, **kw), "weights_only"
    except Exception as e:  # noqa: BLE001
        msg = str(e)
        if "Unsupported operand 71" not in msg and not any(f"Unsupported class {g}" in msg for g in NEWER_GLOBALS):
            raise
    orig = torch.serialization._weights_only_unpickler
    torch.serialization._weights_only_unpickler = _newer_unpickler()
    try:
        return torch.load(path, weights_only=True, **kw), "weights_only>=2.0"
    finally:
        torch.serialization._weights_only_unpickler = orig


def read_safetensors(path):
    data = open(path, "rb").read()
    n = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8:8 + n])
    assert n % 8 == 0, "header not padded to 8"
    buf = data[8 + n:]
    meta = header.pop("__metadata__", {})
    spans = sorted((v["data_offsets"], k) for k, v in header.items())
    pos = 0
    for (b, e), k in spans:
        assert b == pos, f"hole or overlap before {k}"
        pos = e
    assert pos == len(buf), "buffer not tiled exactly"
    names = {"F64": torch.float64, "F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
             "I64": torch.int64, "I32": torch.int32, "I16": torch.int16, "I8": torch.int8, "U8": torch.uint8,
             "BOOL": torch.bool, "C64": torch.complex64}
    out = collections.OrderedDict()
    for k, v in header.items():
        b, e = v["data_offsets"]
        dt = names[v["dtype"]]
        raw = bytearray(buf[b:e])
        t = torch.frombuffer(raw, dtype=dt) if raw else torch.empty(0, dtype=dt)
        out[k] = t.reshape(v["shape"])
    return out, meta


def load_source(path):
    if path.endswith(".safetensors"):
        return read_safetensors(path)[0]
    if path.endswith(".index.json"):
        idx = json.load(open(path))
        out = collections.OrderedDict()
        for shard in dict.fromkeys(idx["weight_map"].values()):
            out.update(read_safetensors(os.path.join(os.path.dirname(path), shard))[0])
        return out
    return torch.load(path, map_location="cpu")


# ---- the edit, re-done in Python ----------------------------------------------------
def matches(path, pats):
    last = path.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(path, p) or ("/" not in p and "/" in path and fnmatch.fnmatchcase(last, p))
               for p in pats)


def join(p, k):
    return f"{p}/{k}" if p else str(k)


def rebuild(o, items):
    if isinstance(o, dict):
        n = type(o)() if isinstance(o, collections.OrderedDict) else {}
        n.update(items)
        if hasattr(o, "_metadata"):
            n._metadata = o._metadata
        return n
    return type(o)(v for _, v in items)


def children(o):
    if isinstance(o, dict):
        return list(o.items())
    if isinstance(o, (list, tuple)):
        return list(enumerate(o))
    return []


def drop(o, pats, p=""):
    if not isinstance(o, (dict, list, tuple)):
        return o
    return rebuild(o, [(k, drop(v, pats, join(p, k))) for k, v in children(o) if not matches(join(p, k), pats)])


KEEP_NONE = object()


def keep(o, pats, p=""):
    if p and matches(p, pats):
        return o
    if not isinstance(o, (dict, list, tuple)):
        return KEEP_NONE
    kept = [(k, keep(v, pats, join(p, k))) for k, v in children(o)]
    kept = [(k, v) for k, v in kept if v is not KEEP_NONE]
    return rebuild(o, kept) if kept or not p else KEEP_NONE


def rename_keys(o, fn, fnmeta):
    if isinstance(o, (list, tuple)):
        return type(o)(rename_keys(v, fn, fnmeta) for v in o)
    if not isinstance(o, dict):
        return o
    items = [(k, rename_keys(v, fn, fnmeta)) for k, v in o.items()]
    if any(isinstance(v, torch.Tensor) for _, v in items):
        items = [(fn(k) if isinstance(k, str) else k, v) for k, v in items]
        n = rebuild(o, items)
        if hasattr(o, "_metadata"):
            meta = collections.OrderedDict()
            for k, v in o._metadata.items():
                meta[fnmeta(k)] = v
            n._metadata = meta
        return n
    return rebuild(o, items)


def at(o, path):
    for part in path.split("/"):
        o = o[int(part)] if isinstance(o, (list, tuple)) else o[part] if part in o else o[int(part)]
    return o


def cast(o, dt, memo, keep=(), p=""):
    if isinstance(o, torch.nn.Module):
        return copy.deepcopy(o).to(dt)
    if isinstance(o, torch.Tensor):
        if o.is_quantized or o.dtype not in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
            return o
        if keep and matches(p, keep):   # --keep-dtype
            return o
        if id(o) not in memo:
            c = o.detach().to(dt)
            memo[id(o)] = (torch.nn.Parameter(c, o.requires_grad) if isinstance(o, torch.nn.Parameter)
                           else c.requires_grad_(o.requires_grad))
        return memo[id(o)]
    if isinstance(o, (dict, list, tuple)):
        return rebuild(o, [(k, cast(v, dt, memo, keep, join(p, k))) for k, v in children(o)])
    return o


def expected(src, a):
    o = src
    if a.keep:
        o = keep(o, a.keep)
    if a.drop:
        o = drop(o, a.drop)
    if a.drop_training_state and isinstance(o, dict):
        o = rebuild(o, [(k, v) for k, v in o.items() if not (isinstance(k, str) and training_key(k))])
    if a.extract:
        o = at(o, a.extract)
    for prefix, strip in ((a.strip_prefix, True), (a.add_prefix, False)):
        if not prefix:
            continue
        bare = prefix[:-1] if prefix.endswith(".") else prefix
        if strip:
            o = rename_keys(o, lambda k: k[len(prefix):] if k.startswith(prefix) else k,
                            lambda k: "" if k == bare else k[len(prefix):] if k.startswith(prefix) else k)
        else:
            o = rename_keys(o, lambda k: prefix + k, lambda k: bare if k == "" else prefix + k)
    if a.dtype:
        o = cast(o, getattr(torch, a.dtype), {}, a.keep_dtype)
    return o


# ---- comparison ---------------------------------------------------------------------
def tensor_bytes(t):
    t = t.detach()
    if t.is_quantized:
        t = t.int_repr()
    t = t.contiguous().reshape(-1)
    if t.dtype == torch.bfloat16:
        t = t.view(torch.int16)
    return t.numpy().tobytes()


ORDERED = True   # False for safetensors sources: their header order is not an object order


def same(e, g, path, errors, cast_done):
    def bad(msg):
        errors.append(f"{path or '<root>'}: {msg}")
    if isinstance(e, torch.Tensor):
        if not isinstance(g, torch.Tensor):
            return bad(f"expected a tensor, got {type(g).__name__}")
        if isinstance(e, torch.nn.Parameter) != isinstance(g, torch.nn.Parameter):
            return bad("Parameter-ness differs")
        if (e.dtype, tuple(e.shape), e.requires_grad, e.is_quantized) != (g.dtype, tuple(g.shape), g.requires_grad, g.is_quantized):
            return bad(f"{e.dtype}{tuple(e.shape)} vs {g.dtype}{tuple(g.shape)}")
        if not cast_done and (e.stride() != g.stride() or e.storage_offset() != g.storage_offset()):
            return bad(f"view differs: stride {e.stride()} vs {g.stride()}")
        if e.is_quantized and (e.qscheme() != g.qscheme()):
            return bad("quantization scheme differs")
        if tensor_bytes(e) != tensor_bytes(g):
            return bad("tensor bytes differ")
        return
    if type(e) is not type(g) and not (isinstance(e, dict) and isinstance(g, dict) and type(g) is dict):
        return bad(f"type {type(e).__name__} vs {type(g).__name__}")
    if isinstance(e, dict):
        if (list(e.keys()) if ORDERED else sorted(map(str, e))) != (list(g.keys()) if ORDERED else sorted(map(str, g))):
            return bad(f"keys differ: {list(e.keys())[:6]} vs {list(g.keys())[:6]}")
        if getattr(e, "_metadata", None) != getattr(g, "_metadata", None):
            bad("_metadata differs")
        for k in e:
            same(e[k], g[k], join(path, k), errors, cast_done)
    elif isinstance(e, (list, tuple)):
        if len(e) != len(g):
            return bad(f"length {len(e)} vs {len(g)}")
        for i, (x, y) in enumerate(zip(e, g)):
            same(x, y, join(path, i), errors, cast_done)
    elif isinstance(e, float):
        if struct.pack("<d", e) != struct.pack("<d", g):
            bad(f"float {e!r} vs {g!r}")
    elif isinstance(e, (np.ndarray, np.generic)):
        if e.dtype != g.dtype or e.tobytes() != g.tobytes():
            bad("numpy value differs")
    elif isinstance(e, torch.nn.Module):
        same(e.state_dict(), g.state_dict(), join(path, "state_dict()"), errors, cast_done)
    elif hasattr(e, "__dict__") and not isinstance(e, type):
        same(dict(vars(e)), dict(vars(g)), path, errors, cast_done)
    elif e != g:
        bad(f"{e!r} vs {g!r}")


def storages(o, path="", out=None, seen=None):
    """(path, storage pointer) of every tensor, for the sharing check."""
    out = [] if out is None else out
    if isinstance(o, torch.Tensor) and not o.is_quantized and o.layout == torch.strided:
        out.append((path, o.storage().data_ptr()))
    elif isinstance(o, (dict, list, tuple)):
        for k, v in children(o):
            storages(v, join(path, k), out)
    return out


def sharing(o):
    groups = collections.defaultdict(list)
    for p, ptr in storages(o):
        groups[ptr].append(p)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)


def flatten_tensors(o, path="", out=None):
    out = collections.OrderedDict() if out is None else out
    if isinstance(o, torch.Tensor):
        out[path] = o
    elif isinstance(o, (dict, list, tuple)):
        for k, v in children(o):
            flatten_tensors(v, join(path, k), out)
    return out


def plain_only(o, path, errors):
    if isinstance(o, (dict, list, tuple)):
        if type(o) not in (dict, list, tuple, collections.OrderedDict):
            errors.append(f"{path}: {type(o).__name__} is not plain")
        for k, v in children(o):
            plain_only(v, join(path, k), errors)
    elif not isinstance(o, (str, int, float, bool, type(None), torch.Tensor)):
        errors.append(f"{path}: {type(o).__name__} is not plain")


def state_dict_of(o):
    for k in ("model_state_dict", "state_dict", "model", "net", "network", "weights"):
        v = o.get(k) if isinstance(o, dict) else None
        if isinstance(v, dict) and any(isinstance(x, torch.Tensor) for x in v.values()):
            if k == "state_dict" and "pytorch-lightning_version" in o and all(s.startswith("model.") for s in v):
                return rename_keys(v, lambda s: s[6:], lambda s: "" if s == "model" else s[6:] if s.startswith("model.") else s)
            return v
    if isinstance(o, dict) and any(isinstance(v, torch.Tensor) for v in o.values()):
        return o
    raise AssertionError("no state dict in the edited source")


def package_field(source, text, names):
    """A package field as `ckpt convert` takes it: JSON, a path in the source (as
    torch.load gives it), or for class names A,B,..."""
    text = text.strip()
    if text.startswith("[" if names else "{"):
        return json.loads(text)
    node = source
    try:
        for part in text.split("/"):
            node = node[int(part)] if isinstance(node, (list, tuple)) else node[part]
    except (KeyError, IndexError, ValueError, TypeError):
        if names:
            return [n.strip() for n in text.split(",") if n.strip()]
        raise
    if names and isinstance(node, dict):
        return list(node.values())
    return list(node) if names else node


def check(argv):
    p = argparse.ArgumentParser()
    p.add_argument("src"), p.add_argument("out")
    p.add_argument("--claim", choices=["yes", "no"], default="yes")
    p.add_argument("--device"), p.add_argument("--map-location", action="append", default=[])
    p.add_argument("--keep", action="append", default=[]), p.add_argument("--drop", action="append", default=[])
    p.add_argument("--strip-prefix"), p.add_argument("--add-prefix"), p.add_argument("--extract")
    p.add_argument("--dtype"), p.add_argument("--drop-training-state", action="store_true")
    p.add_argument("--keep-dtype", action="append", default=[])
    p.add_argument("--format", default="torch"), p.add_argument("--config"), p.add_argument("--class-names")
    p.add_argument("--preprocessing")
    p.add_argument("--metadata", action="append", default=[]), p.add_argument("--verify", action="store_true")
    a = p.parse_args(argv)
    errors = []
    global ORDERED
    ORDERED = not (a.src.endswith(".safetensors") or a.src.endswith(".index.json"))
    want = expected(load_source(a.src), a)
    cast_done = bool(a.dtype)

    if a.format == "safetensors":
        got, meta = read_safetensors(a.out)
        if meta.get("format") != "pt":
            errors.append('__metadata__ lacks "format": "pt"')
        for kv in a.metadata:
            k, v = kv.split("=", 1)
            if meta.get(k) != v:
                errors.append(f"metadata {k} missing")
        flat = collections.OrderedDict((k, v) for k, v in flatten_tensors(want).items()
                                       if not v.is_quantized and v.layout == torch.strided
                                       and v.dtype != torch.complex128)   # safetensors has no C128
        if sorted(flat) != sorted(got):
            errors.append(f"keys differ: {sorted(flat)[:5]} vs {sorted(got)[:5]}")
        for k in flat:
            if k in got:
                same(flat[k].detach().contiguous(), got[k], k, errors, True)
        return errors

    # Remapped to cpu: must load on this machine (no GPU) without map_location.
    locations = []
    kw = {} if a.device == "cpu" else {"map_location": lambda s, loc: locations.append(loc) or s}
    if a.claim == "yes" or a.format == "package":
        got, how = load_weights_only(a.out, **kw)
    else:
        try:
            load_weights_only(a.out)
            errors.append("ckpt said weights_only=False is needed, but weights_only=True loads it")
        except Exception as e:  # noqa: BLE001
            if "Unsupported class" not in str(e) and "unsupported class" not in str(e):
                errors.append(f"weights_only refused for an unexpected reason: {e}")
        got = torch.load(a.out, **kw)
    if a.device and a.device != "cpu":
        if set(locations) != {a.device}:
            errors.append(f"locations {set(locations)} not remapped to {a.device}")

    if a.format == "package":
        if list(got.keys()) != ["model_state_dict", "model_config", "preprocessing", "class_names", "metadata"]:
            errors.append(f"package keys {list(got.keys())}")
        same(state_dict_of(want), got["model_state_dict"], "model_state_dict", errors, cast_done)
        plain_only({k: v for k, v in got.items() if k != "model_state_dict"}, "", errors)
        m = got["metadata"]
        if m.get("source_sha256") != hashlib.sha256(open(a.src, "rb").read()).hexdigest():
            errors.append("metadata.source_sha256 is wrong")
        for k in ("created", "source_file", "tool"):
            if k not in m:
                errors.append(f"metadata.{k} missing")
        source = load_source(a.src)
        if a.class_names and got["class_names"] != package_field(source, a.class_names, True):
            errors.append(f"class_names differ: {got['class_names']}")
        if a.config and got["model_config"] != package_field(source, a.config, False):
            errors.append("model_config differs from --config")
        if a.preprocessing and got["preprocessing"] != package_field(source, a.preprocessing, False):
            errors.append("preprocessing differs from --preprocessing")
        side = os.path.splitext(a.out)[0] + "_metadata.json"
        manifest = {e["key"]: e for e in json.load(open(side))["manifest"]}
        for k, t in got["model_state_dict"].items():
            e = manifest.get(k)
            if not e or e["sha256"] != hashlib.sha256(tensor_bytes(t)).hexdigest() or e["shape"] != list(t.shape):
                errors.append(f"sidecar manifest wrong for {k}")
        return errors

    same(want, got, "", errors, cast_done)
    if not cast_done and sharing(want) != sharing(got):
        errors.append(f"storage sharing differs: {sharing(want)[:3]} vs {sharing(got)[:3]}")
    return errors


if __name__ == "__main__":
    errs = check(sys.argv[1:])
    for e in errs[:20]:
        print("MISMATCH", e)
    sys.exit(1 if errs else 0)
