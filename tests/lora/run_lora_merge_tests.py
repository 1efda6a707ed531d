#!/usr/bin/python3
"""CTest suite for `ckpt lora ADAPTER --base BASE --merge OUT`: PEFT-layout adapters written
here (adapter_model.bin by torch.save and adapter_model.safetensors, adapter_config.json
with r, lora_alpha, target_modules, fan_in_fan_out, use_rslora, rank_pattern and
alpha_pattern) merged into a base state_dict of Linear layers, a Conv1D-like (in, out)
weight and an embedding, and a kohya one (lora_unet_ names, a conv weight); each merged weight compared with W + s * B @ A computed by torch
in float64 and cast to W's dtype (within the dtype's eps), every other tensor bit for bit;
the recipe in the metadata; a mismatched base and a base lacking a weight give exit 2, one
line, and no OUT; a base without the task model's prefix, or with one more, still matches.

Env: CKPT_BIN_DIR (ckpt), CKPT_CORPUS_DIR. Exit 0 all passed, 1 otherwise.
"""
import json, math, os, re, shutil, struct, subprocess, sys, tempfile
import torch

CKPT = os.path.join(os.environ.get("CKPT_BIN_DIR", "/work/build/bin"), "ckpt")
CORPUS = os.path.join(os.environ.get("CKPT_CORPUS_DIR", "/work/shared/corpus"), "real")
OUT = tempfile.mkdtemp(prefix="ckpt-lora-merge-")
failures = []
ST = {torch.float64: "F64", torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16",
      torch.int64: "I64", torch.bool: "BOOL"}


def write_safetensors(path, sd):
    header, blobs, at = {}, [], 0
    for k, t in sd.items():
        raw = t.contiguous().reshape(-1).view(torch.uint8).numpy().tobytes() if t.numel() else b""
        header[k] = {"dtype": ST[t.dtype], "shape": list(t.shape), "data_offsets": [at, at + len(raw)]}
        blobs.append(raw)
        at += len(raw)
    h = json.dumps(header).encode()
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h + b"".join(blobs))


def read_safetensors(path):
    raw = open(path, "rb").read()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    names = {v: k for k, v in ST.items()}
    out = {}
    for k, v in header.items():
        if k == "__metadata__":
            continue
        a, b = v["data_offsets"]
        data = bytearray(raw[8 + n + a:8 + n + b])
        t = torch.frombuffer(data, dtype=names[v["dtype"]]) if data else torch.empty(0, dtype=names[v["dtype"]])
        out[k] = t.reshape(v["shape"])
    return out, header.get("__metadata__", {})


def pattern_key(patterns, key):   # peft.utils.other.get_pattern_key
    for p in patterns:
        if re.match(rf"(.*\.)?({p})$", key):
            return p
    return key


def base_state():
    torch.manual_seed(1)
    sd = {
        "embed.weight": torch.randn(20, 8),                       # nn.Embedding(20, 8)
        "layers.0.fc.weight": torch.randn(16, 8),                 # nn.Linear(8, 16)
        "layers.0.fc.bias": torch.randn(16),
        "layers.1.fc.weight": torch.randn(16, 16).half(),         # float16
        "layers.1.fc.bias": torch.randn(16).half(),
        "h.0.attn.c_attn.weight": torch.randn(16, 48).bfloat16(),  # Conv1D: (in, out)
        "h.0.attn.c_attn.bias": torch.randn(48),
        "norm.weight": torch.ones(16), "norm.running_mean": torch.randn(16),
        "norm.num_batches_tracked": torch.tensor(7),
        "head.weight": torch.randn(3, 16),
    }
    return sd


def adapter(sd_base, config, modules, embeddings=(), saved=()):
    """PEFT tensors for `modules` (rank from rank_pattern / r) and the wanted scales."""
    sd, scales = {}, {}
    for m in modules:
        r = config["rank_pattern"].get(pattern_key(config.get("rank_pattern", {}), m), config["r"])
        key = pattern_key(config.get("alpha_pattern", {}), m)
        alpha = config.get("alpha_pattern", {}).get(key, config["lora_alpha"])
        scales[m] = alpha / math.sqrt(r) if config.get("use_rslora") else alpha / r
        w = sd_base[m + ".weight"]
        out_f, in_f = (w.shape[1], w.shape[0]) if config.get("fan_in_fan_out") else (w.shape[0], w.shape[1])
        if m in embeddings:   # lora_embedding_A: (r, num_embeddings), _B: (dim, r)
            sd[f"base_model.model.{m}.lora_embedding_A"] = torch.randn(r, w.shape[0])
            sd[f"base_model.model.{m}.lora_embedding_B"] = torch.randn(w.shape[1], r)
        else:
            sd[f"base_model.model.{m}.lora_A.weight"] = torch.randn(r, in_f)
            sd[f"base_model.model.{m}.lora_B.weight"] = torch.randn(out_f, r)
    for k in saved:
        sd[f"base_model.model.{k}"] = torch.randn(sd_base[k].shape)
    return sd, scales


def expected(base, sd, config, scales, embeddings=(), saved=()):
    want = dict(base)
    for m, s in scales.items():
        w = base[m + ".weight"]
        if m in embeddings:
            a, b = sd[f"base_model.model.{m}.lora_embedding_A"], sd[f"base_model.model.{m}.lora_embedding_B"]
            delta = (b.double() @ a.double()).T
        else:
            a, b = sd[f"base_model.model.{m}.lora_A.weight"], sd[f"base_model.model.{m}.lora_B.weight"]
            delta = b.double() @ a.double()
            if config.get("fan_in_fan_out"):
                delta = delta.T
        want[m + ".weight"] = (w.double() + s * delta).to(w.dtype)
    for k in saved:
        want[k] = sd[f"base_model.model.{k}"].to(base[k].dtype)
    return want


def run(*args):
    return subprocess.run([CKPT, "lora", *args], capture_output=True, text=True)


def compare(name, got, want, merged_keys, ordered):
    errs = []
    if (list(got.keys()) != list(want.keys())) if ordered else (sorted(got) != sorted(want)):
        errs.append(f"keys {list(got.keys())} != {list(want.keys())}")
    for k, w in want.items():
        g = got.get(k)
        if g is None or g.dtype != w.dtype or g.shape != w.shape:
            errs.append(f"{k}: {None if g is None else (g.dtype, tuple(g.shape))} != {(w.dtype, tuple(w.shape))}")
        elif k in merged_keys:
            # within the dtype's eps (relative): float64 sums in another order may round once differently
            eps = torch.finfo(w.dtype).eps
            diff = (g.double() - w.double()).abs()
            bound = eps * w.double().abs().clamp(min=1.0)
            if not bool((diff <= bound).all()):
                errs.append(f"{k}: off by {diff.max().item()} (eps {eps})")
        elif not torch.equal(g, w):
            errs.append(f"{k}: not the base's, bit for bit")
    print("ok  " if not errs else "FAIL", name)
    failures.extend(f"{name}: {e}" for e in errs)


def case(name, config, modules, fmt, out_ext, embeddings=(), saved=()):
    base = base_state()
    d = os.path.join(OUT, name)
    os.makedirs(d)
    base_path = os.path.join(d, "base.pt")
    torch.save(base, base_path)
    torch.manual_seed(2)
    sd, scales = adapter(base, config, modules, embeddings, saved)
    config = dict(config, peft_type="LORA", target_modules=config.get("target_modules", modules),
                  modules_to_save=list(saved) or None)
    json.dump(config, open(os.path.join(d, "adapter_config.json"), "w"))
    ad = os.path.join(d, "adapter_model." + fmt)
    if fmt == "bin":
        torch.save(sd, ad)
    else:
        write_safetensors(ad, sd)
    out = os.path.join(d, "merged." + out_ext)
    r = run(ad, "--base", base_path, "--merge", out)
    if r.returncode != 0:
        failures.append(f"{name}: exit {r.returncode}: {r.stderr.strip()}")
        print("FAIL", name)
        return
    if out_ext == "safetensors":
        got, meta = read_safetensors(out)
        recipe = json.loads(meta.get("ckpt_lora_merge", "{}"))
    else:
        got = torch.load(out, map_location="cpu")
        recipe = json.load(open(out + ".lora-merge.json"))
    want = expected(base, sd, config, scales, embeddings, saved)
    # safetensors stores its keys sorted; a torch file keeps the base's order
    compare(name, got, want, {m + ".weight" for m in modules}, out_ext != "safetensors")
    rs = {m["module"]: m["scale"] for m in recipe.get("modules", [])}
    if rs.keys() != scales.keys() or any(abs(rs[m] - s) > 1e-12 for m, s in scales.items()):
        failures.append(f"{name}: recipe scales {rs} != {scales}")
    if recipe.get("tool") != "ckpt lora --merge" or recipe.get("base", {}).get("file") != "base.pt":
        failures.append(f"{name}: recipe {recipe}")


def refusal(name, base, expect_in_error):
    d = os.path.join(OUT, name)
    os.makedirs(d)
    torch.manual_seed(3)
    good = base_state()
    sd, _ = adapter(good, {"r": 2, "lora_alpha": 4, "rank_pattern": {}}, ["layers.0.fc"])
    json.dump({"r": 2, "lora_alpha": 4, "target_modules": ["fc"]}, open(os.path.join(d, "adapter_config.json"), "w"))
    ad = os.path.join(d, "adapter_model.bin")
    torch.save(sd, ad)
    base_path = os.path.join(d, "base.pt")
    torch.save(base, base_path)
    out = os.path.join(d, "merged.safetensors")
    r = run(ad, "--base", base_path, "--merge", out)
    lines = r.stderr.strip().splitlines()
    ok = (r.returncode == 2 and len(lines) == 1 and "base.pt" in lines[0] and expect_in_error in lines[0]
          and not any(f.startswith("merged") for f in os.listdir(d)))
    print("ok  " if ok else "FAIL", name, "->", lines[0] if lines else "")
    if not ok:
        failures.append(f"{name}: exit {r.returncode} {r.stderr!r} files {os.listdir(d)}")


def prefix_case(name, adapter_prefix, base_prefix):
    """The base's keys lack the task model's prefix (GPT2Model's h.0... for an adapter of
    GPT2ForSequenceClassification's transformer.h.0...) or carry one more."""
    d = os.path.join(OUT, name)
    os.makedirs(d)
    torch.manual_seed(5)
    plain = {"layers.0.fc.weight": torch.randn(16, 8), "layers.0.fc.bias": torch.randn(16)}
    base = {base_prefix + k: v for k, v in plain.items()}
    base_path = os.path.join(d, "base.pt")
    torch.save(base, base_path)
    a, b = torch.randn(4, 8), torch.randn(16, 4)
    m = adapter_prefix + "layers.0.fc"
    sd = {f"base_model.model.{m}.lora_A.weight": a, f"base_model.model.{m}.lora_B.weight": b,
          "base_model.model.score.weight": torch.randn(2, 16)}
    ad = os.path.join(d, "adapter_model.bin")
    torch.save(sd, ad)
    json.dump({"r": 4, "lora_alpha": 8, "target_modules": ["fc"], "modules_to_save": ["score"]},
              open(os.path.join(d, "adapter_config.json"), "w"))
    out = os.path.join(d, "merged.pt")
    r = run(ad, "--base", base_path, "--merge", out)
    if r.returncode != 0:
        failures.append(f"{name}: exit {r.returncode}: {r.stderr.strip()}")
        print("FAIL", name)
        return
    want = dict(base)
    k = base_prefix + "layers.0.fc.weight"
    want[k] = (base[k].double() + 2.0 * (b.double() @ a.double())).to(torch.float32)
    compare(name, torch.load(out), want, {k}, True)
    if "score.weight (modules_to_save) is not in the base" not in r.stdout:
        failures.append(f"{name}: no warning about score.weight: {r.stdout!r}")


def kohya_case():
    """kohya names (lora_unet_ + the module path with '_' for '.') merge where they map;
    a conv weight (out, in, kh, kw) gets B @ A over the flattened kernel; no alpha: alpha = rank."""
    d = os.path.join(OUT, "kohya")
    os.makedirs(d)
    torch.manual_seed(4)
    base = {"down_blocks.0.proj_in.weight": torch.randn(32, 16), "down_blocks.0.proj_in.bias": torch.randn(32),
            "down_blocks.0.conv.weight": torch.randn(8, 4, 3, 3).half(), "time_embed.weight": torch.randn(4)}
    base_path = os.path.join(d, "base.pt")
    torch.save(base, base_path)
    sd = {"lora_unet_down_blocks_0_proj_in.lora_down.weight": torch.randn(4, 16),
          "lora_unet_down_blocks_0_proj_in.lora_up.weight": torch.randn(32, 4),
          "lora_unet_down_blocks_0_proj_in.alpha": torch.tensor(2.0),
          "lora_unet_down_blocks_0_conv.lora_down.weight": torch.randn(2, 4, 3, 3),
          "lora_unet_down_blocks_0_conv.lora_up.weight": torch.randn(8, 2, 1, 1)}
    ad = os.path.join(d, "kohya.safetensors")
    write_safetensors(ad, sd)
    want = dict(base)
    up, down = sd["lora_unet_down_blocks_0_proj_in.lora_up.weight"], sd["lora_unet_down_blocks_0_proj_in.lora_down.weight"]
    want["down_blocks.0.proj_in.weight"] = (base["down_blocks.0.proj_in.weight"].double()
                                            + 2.0 / 4 * (up.double() @ down.double())).to(torch.float32)
    up, down = sd["lora_unet_down_blocks_0_conv.lora_up.weight"], sd["lora_unet_down_blocks_0_conv.lora_down.weight"]
    delta = (up.double().flatten(1) @ down.double().flatten(1)).reshape(8, 4, 3, 3)
    want["down_blocks.0.conv.weight"] = (base["down_blocks.0.conv.weight"].double() + 1.0 * delta).half()
    out = os.path.join(d, "merged.pt")
    r = run(ad, "--base", base_path, "--merge", out)
    if r.returncode != 0:
        failures.append(f"kohya: exit {r.returncode}: {r.stderr.strip()}")
        print("FAIL kohya")
    else:
        compare("kohya adapter, a linear and a conv weight", torch.load(out), want,
                {"down_blocks.0.proj_in.weight", "down_blocks.0.conv.weight"}, True)
    # kohya names that map onto nothing of the base: exit 2, one line, no OUT
    other = os.path.join(d, "other.pt")
    torch.save({"unet.proj.weight": torch.randn(32, 16)}, other)
    r = run(ad, "--base", other, "--merge", os.path.join(d, "unmapped.pt"))
    lines = r.stderr.strip().splitlines()
    ok = r.returncode == 2 and len(lines) == 1 and "maps onto no weight" in lines[0] \
        and not os.path.exists(os.path.join(d, "unmapped.pt"))
    print("ok  " if ok else "FAIL", "kohya names that map onto nothing ->", lines[0] if lines else "")
    if not ok:
        failures.append(f"kohya unmapped: exit {r.returncode} {r.stderr!r}")


if __name__ == "__main__":
    # Linear layers, rank and alpha patterns for one module, the embedding; torch output.
    case("peft-linear", {"r": 4, "lora_alpha": 16, "fan_in_fan_out": False, "use_rslora": False,
                         "rank_pattern": {"layers.1.fc": 2}, "alpha_pattern": {"layers.1.fc": 6}},
         ["layers.0.fc", "layers.1.fc", "embed"], "bin", "pt", embeddings=("embed",))
    # rsLoRA, modules_to_save; safetensors in and out.
    case("peft-rslora", {"r": 8, "lora_alpha": 8, "use_rslora": True, "rank_pattern": {},
                         "alpha_pattern": {"layers.0.fc": 2}},
         ["layers.0.fc", "layers.1.fc"], "safetensors", "safetensors", saved=("head.weight",))
    # Conv1D: fan_in_fan_out, W is (in, out), bfloat16.
    case("peft-fan-in-fan-out", {"r": 4, "lora_alpha": 32, "fan_in_fan_out": True, "rank_pattern": {}},
         ["h.0.attn.c_attn"], "safetensors", "safetensors")
    prefix_case("base-lacks-the-task-prefix", "transformer.", "")
    prefix_case("base-has-one-more-prefix", "", "model.")
    kohya_case()
    # Refusals: exit 2, one line naming the base, no OUT.
    wrong = base_state()
    wrong["layers.0.fc.weight"] = torch.randn(16, 9)
    refusal("shape-mismatch", wrong, "B @ A")
    lacking = base_state()
    del lacking["layers.0.fc.weight"]
    refusal("missing-weight", lacking, "layers.0.fc.weight")
    # The corpus adapter still inspects, and merging it onto a base without its modules refuses.
    real = os.path.join(CORPUS, "peft-gpt2", "adapter_model.safetensors")
    if os.path.exists(real):
        r = run(real, "--json")
        if r.returncode != 0 or len(json.loads(r.stdout)["modules"]) != 12:
            failures.append(f"peft-gpt2: exit {r.returncode} {r.stderr!r}")
        other = os.path.join(OUT, "unrelated.pt")
        torch.save(base_state(), other)
        r = run(real, "--base", other, "--merge", os.path.join(OUT, "gpt2-merged.pt"))
        if r.returncode != 2 or os.path.exists(os.path.join(OUT, "gpt2-merged.pt")):
            failures.append(f"peft-gpt2 onto an unrelated base: exit {r.returncode} {r.stderr!r}")
        print("ok  " if r.returncode == 2 else "FAIL", "peft-gpt2 onto an unrelated base ->", r.stderr.strip())
    else:
        failures.append(f"{real} is missing")
    shutil.rmtree(OUT, ignore_errors=True)
    print(f"\n{len(failures)} failures")
    for f in failures:
        print("  ", f)
    sys.exit(1 if failures else 0)
