#!/usr/bin/python3
"""CTest suite for `ckpt lora ADAPTER --json`: adapters written the PEFT way (torch.save of
adapter_model.bin with adapter_config.json beside it: r, lora_alpha, rank_pattern,
alpha_pattern, use_rslora, target_modules) and the kohya way (lora_down, lora_up, alpha
tensors); rank, alpha, its source and the scale are compared with PEFT's and kohya's rules
applied here to the same tensors and config; the real adapter in the corpus (peft-gpt2,
no config beside it) is inspected too.

Env: CKPT_BIN_DIR (ckpt), CKPT_CORPUS_DIR. Exit 0 all passed, 1 otherwise.
"""
import json, math, os, re, shutil, subprocess, sys, tempfile
import torch

CKPT = os.path.join(os.environ.get("CKPT_BIN_DIR", "/work/build/bin"), "ckpt")
CORPUS = os.path.join(os.environ.get("CKPT_CORPUS_DIR", "/work/shared/corpus"), "real")
OUT = tempfile.mkdtemp(prefix="ckpt-lora-")
failures = []


def lora(path):
    r = subprocess.run([CKPT, "lora", path, "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        failures.append(f"{path}: exit {r.returncode}: {r.stderr.strip()}")
        return None
    return json.loads(r.stdout)


def pattern_key(patterns, key):   # peft.utils.other.get_pattern_key
    for p in patterns:
        if re.match(rf"(.*\.)?({p})$", key):
            return p
    return key


def compare(name, got, want, warnings_must=()):
    errs = []
    if got is None:
        return
    g = {m["module"]: (m["rank"], m["alpha"], m["scale"], m["alpha_source"]) for m in got["modules"]}
    if g != want:
        errs.append(f"modules {g} != {want}")
    for w in warnings_must:
        if not any(w in x for x in got["warnings"]):
            errs.append(f"no warning about {w!r}: {got['warnings']}")
    print("ok  " if not errs else "FAIL", name)
    failures.extend(f"{name}: {e}" for e in errs)


def peft_case():
    d = os.path.join(OUT, "peft")
    os.makedirs(d)
    config = {"peft_type": "LORA", "r": 4, "lora_alpha": 16, "use_rslora": True, "fan_in_fan_out": False,
              "target_modules": ["q_proj", "v_proj", "k_proj"], "rank_pattern": {"layers.1.v_proj": 2},
              "alpha_pattern": {"layers.1.v_proj": 6, "layers.0.q_proj": 3}, "modules_to_save": ["classifier"]}
    ranks = {}
    sd = {}
    for i in range(2):
        for proj in ("q_proj", "v_proj"):
            module = f"model.layers.{i}.{proj}"
            r = config["rank_pattern"].get(pattern_key(config["rank_pattern"], module), config["r"])
            ranks[module] = r
            sd[f"base_model.model.{module}.lora_A.weight"] = torch.randn(r, 32)
            sd[f"base_model.model.{module}.lora_B.weight"] = torch.randn(32, r)
    sd["base_model.model.classifier.weight"] = torch.randn(3, 32)
    torch.save(sd, os.path.join(d, "adapter_model.bin"))
    json.dump(config, open(os.path.join(d, "adapter_config.json"), "w"))
    want = {}
    for module, r in ranks.items():
        key = pattern_key(config["alpha_pattern"], module)
        alpha = config["alpha_pattern"].get(key, config["lora_alpha"])
        source = "pattern" if key in config["alpha_pattern"] else "config"
        want[module] = (r, alpha, alpha / math.sqrt(r), source)   # use_rslora: alpha / sqrt(r)
    got = lora(os.path.join(d, "adapter_model.bin"))
    compare("PEFT adapter with rank and alpha patterns, rsLoRA", got, want, ["mixed ranks", "k_proj"])
    if got and got["modules_to_save"] != ["classifier.weight"]:
        failures.append(f"PEFT: modules_to_save {got['modules_to_save']}")


def kohya_case():
    sd = {}
    want = {}
    for i, (r, alpha) in enumerate([(8, 4.0), (4, None)]):
        m = f"lora_unet_down_blocks_0_attentions_{i}_proj_in"
        sd[f"{m}.lora_down.weight"] = torch.randn(r, 64)
        sd[f"{m}.lora_up.weight"] = torch.randn(64, r)
        if alpha is not None:
            sd[f"{m}.alpha"] = torch.tensor(alpha)
        a = alpha if alpha is not None else float(r)   # kohya: no alpha tensor means alpha = rank
        want[m] = (r, a, a / r, "tensor" if alpha is not None else "default")
    path = os.path.join(OUT, "kohya.pt")
    torch.save(sd, path)
    compare("kohya adapter, one alpha missing", lora(path), want, ["no alpha", "mixed ranks"])


def corpus_case():
    path = os.path.join(CORPUS, "peft-gpt2", "adapter_model.safetensors")
    if not os.path.exists(path):
        failures.append(f"{path} is missing")
        return
    # No adapter_config.json beside it: alpha cannot be known; PEFT's default 8 is assumed and said.
    want = {f"transformer.h.{i}.attn.c_attn": (8, 8.0, 1.0, "default") for i in range(12)}
    got = lora(path)
    compare("corpus peft-gpt2 (no config)", got, want, ["no adapter_config.json"])
    if got and got["modules_to_save"] != ["score.weight"]:
        failures.append(f"peft-gpt2: modules_to_save {got['modules_to_save']}")


if __name__ == "__main__":
    torch.manual_seed(0)
    peft_case()
    kohya_case()
    corpus_case()
    r = subprocess.run([CKPT, "lora", os.path.join(OUT, "kohya.pt").replace("kohya", "missing")],
                       capture_output=True, text=True)
    if r.returncode != 2 or len(r.stderr.strip().splitlines()) != 1:
        failures.append(f"missing file: exit {r.returncode} {r.stderr!r}")
    shutil.rmtree(OUT, ignore_errors=True)
    print(f"\n{len(failures)} failures")
    for f in failures:
        print("  ", f)
    sys.exit(1 if failures else 0)
