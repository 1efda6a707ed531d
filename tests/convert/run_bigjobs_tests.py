#!/usr/bin/python3
"""CTest suite for issue 12's writing: DCP folders converted to one torch file (compared with
what dcp_to_torch_save would give, the generator's nested.pt) and to safetensors keyed by
fqn; `--max-shard-size` shards of torch and safetensors outputs, each shard loaded by
PyTorch (or the fixtures' independent safetensors parser) on its own and compared bit for
bit, the index checked, the packing compared with huggingface_hub's rule written out
here; a failing shard leaves nothing behind. Sparse inputs (tests/fixtures/sparse_checkpoints):
opening a DCP folder or a torch file the page cache holds keeps none of their pages mapped, and
converting them keeps their holes (st_blocks) while torch 1.13 reads back the same bits.

Env: CKPT_BIN_DIR (ckpt), CKPT_FIXTURE_DIR. Exit 0 all passed, 1 otherwise.
"""
import json, mmap, os, resource, shutil, signal, subprocess, sys, tempfile

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "fixtures"))
sys.dont_write_bytecode = True
import dcp_standins  # noqa: E402
import sparse_checkpoints  # noqa: E402
from fixture_safetensors import read_safetensors, write_safetensors  # noqa: E402

from cli_suite import CKPT, FX, fail, verdict  # noqa: E402

OUT = tempfile.mkdtemp(prefix="ckpt-bigjobs-")


def convert(*args, **kw):
    return subprocess.run([CKPT, "convert", *args], capture_output=True, text=True, **kw)


def same(a, b, path="root"):
    """Bit-exact equality of nested states (tensors by dtype, shape and bytes)."""
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        if not (isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor)):
            return f"{path}: {type(a).__name__} vs {type(b).__name__}"
        if a.dtype != b.dtype or a.shape != b.shape:
            return f"{path}: {a.dtype}{list(a.shape)} vs {b.dtype}{list(b.shape)}"
        if a.numel() and a.reshape(-1).contiguous().view(torch.uint8).tolist() != b.reshape(-1).contiguous().view(torch.uint8).tolist():
            return f"{path}: values differ"
        return None
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            return f"{path}: keys {list(a)} vs {list(b)}"
        for k in a:
            e = same(a[k], b[k], f"{path}/{k}")
            if e:
                return e
        return None
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            e = same(x, y, f"{path}/{i}")
            if e:
                return e
        return None
    return None if a == b and type(a) == type(b) else f"{path}: {a!r} vs {b!r}"


def hf_plan(items, max_bytes):
    """huggingface_hub split_state_dict_into_shards_factory, for tensors that share no storage."""
    shards, current, size = [], [], 0
    for key, n in items:
        if n > max_bytes:
            shards.append([key])
            continue
        if size + n > max_bytes and current:
            shards.append(current)
            current, size = [], 0
        current.append(key)
        size += n
    if current:
        shards.append(current)
    return shards


def check_index(name, folder, index_name, shard_pattern, expected_keys, sizes, max_bytes, load_shard, originals):
    index_path = os.path.join(folder, index_name)
    if not os.path.exists(index_path):
        return fail(name, f"no {index_name}")
    with open(index_path) as f:
        index = json.load(f)
    weight_map = index["weight_map"]
    if list(weight_map) != expected_keys:
        return fail(name, f"weight_map keys {list(weight_map)[:4]}... not in key order {expected_keys[:4]}...")
    if index["metadata"]["total_size"] != sum(sizes.values()):
        return fail(name, f"total_size {index['metadata']['total_size']} != {sum(sizes.values())}")
    plan = hf_plan([(k, sizes[k]) for k in expected_keys], max_bytes)
    n = len(plan)
    for i, keys in enumerate(plan):
        shard = shard_pattern.format(i=i + 1, n=n)
        if any(weight_map[k] != shard for k in keys):
            return fail(name, f"shard {shard} should hold {keys}, the index says otherwise")
        loaded = load_shard(os.path.join(folder, shard))
        if sorted(loaded) != sorted(keys):
            return fail(name, f"{shard} holds {sorted(loaded)}, expected {sorted(keys)}")
        for k in keys:
            e = same(loaded[k], originals[k], k)
            if e:
                return fail(name, e)
        total = sum(sizes[k] for k in keys)
        if total > max_bytes and len(keys) > 1:
            return fail(name, f"{shard}: {total} bytes over the {max_bytes} limit")
    leftovers = sorted(set(os.listdir(folder)) - {index_name} - {shard_pattern.format(i=i + 1, n=n) for i in range(n)})
    if leftovers:
        return fail(name, f"other files written: {leftovers}")
    print("ok  ", name, f"[{n} shards]")


def safetensors_shard(path):
    return read_safetensors(path)[1]


def torch_shard(path):
    return torch.load(path)


def dcp_cases():
    folder = os.path.join(FX, "dcp", "train")
    nested = torch.load(os.path.join(FX, "dcp", "train.nested.pt"))
    flat, planner, _ = dcp_standins.read_dcp(folder)
    # One torch file: the nested state, as torch.load of dcp_to_torch_save's output gives it.
    out = os.path.join(OUT, "dcp.pt")
    r = convert(folder, out)
    if r.returncode != 0:
        fail("dcp -> torch", r.stderr.strip())
    else:
        e = same(torch.load(out), nested)
        fail("dcp -> torch", e) if e else print("ok   dcp -> torch")
    # Model weights only (a subset, as for any conversion).
    out = os.path.join(OUT, "dcp-model.pt")
    r = convert(folder, out, "--extract", "model")
    if r.returncode != 0:
        fail("dcp --extract model", r.stderr.strip())
    else:
        e = same(torch.load(out), nested["model"])
        fail("dcp --extract model", e) if e else print("ok   dcp --extract model")
    # safetensors, keyed by fqn.
    tensors = {k: v for k, v in flat.items() if isinstance(v, torch.Tensor)}
    out = os.path.join(OUT, "dcp.safetensors")
    r = convert(folder, out, "--format", "safetensors")
    if r.returncode != 0:
        fail("dcp -> safetensors", r.stderr.strip())
    else:
        got = read_safetensors(out)[1]
        e = same(dict(sorted(got.items())), dict(sorted(tensors.items())))
        fail("dcp -> safetensors", e) if e else print("ok   dcp -> safetensors")
    # Sharded safetensors from DCP.
    sub = os.path.join(OUT, "dcp-shards")
    os.makedirs(sub)
    r = convert(folder, os.path.join(sub, "model.safetensors"), "--format", "safetensors", "--max-shard-size", "0.3KB")
    if r.returncode != 0:
        fail("dcp -> safetensors shards", r.stderr.strip())
    else:
        sizes = {k: v.numel() * v.element_size() for k, v in tensors.items()}
        check_index("dcp -> safetensors shards", sub, "model.safetensors.index.json",
                    "model-{i:05d}-of-{n:05d}.safetensors", list(tensors), sizes, 300, safetensors_shard, tensors)


def torch_shard_cases():
    src = os.path.join(FX, "many_keys.pt")
    sd = torch.load(src)
    keys = list(sd)
    sizes = {k: v.numel() * v.element_size() for k, v in sd.items()}
    for limit, arg in [(4000, "4KB"), (4096, "4KiB"), (10**6, "1MB")]:
        sub = os.path.join(OUT, f"torch-shards-{arg}")
        os.makedirs(sub)
        r = convert(src, os.path.join(sub, "pytorch_model.bin"), "--max-shard-size", arg)
        if r.returncode != 0:
            fail(f"torch shards {arg}", r.stderr.strip())
            continue
        if len(hf_plan([(k, sizes[k]) for k in keys], limit)) == 1:
            got = os.listdir(sub)
            if got != ["pytorch_model.bin"] or same(torch.load(os.path.join(sub, got[0])), sd):
                fail(f"torch shards {arg}", f"one shard should be one plain file, got {got}")
            else:
                print("ok  ", f"torch shards {arg} [one file]")
            continue
        check_index(f"torch shards {arg}", sub, "pytorch_model.bin.index.json", "pytorch_model-{i:05d}-of-{n:05d}.bin",
                    keys, sizes, limit, torch_shard, sd)
    # And back: the index to one file.
    sub = os.path.join(OUT, "torch-shards-4KB")
    out = os.path.join(OUT, "joined.pt")
    r = convert(os.path.join(sub, "pytorch_model.bin.index.json"), out)
    if r.returncode != 0:
        fail("index -> one file", r.stderr.strip())
    else:
        e = same(torch.load(out), sd)
        fail("index -> one file", e) if e else print("ok   index -> one file")
    r = convert(src, os.path.join(OUT, "bad.bin"), "--max-shard-size", "5XB")
    if r.returncode != 2 or len(r.stderr.strip().splitlines()) != 1:
        fail("bad shard size", f"{r.returncode} {r.stderr!r}")


def failing_shard_case():
    """The shard holding 'c' is larger than the file-size limit: nothing may be left in the folder.
    huggingface_hub puts an oversized tensor in a shard of its own ahead of the one being
    filled, so 'c' is shard 2 of 3 ([a], [c], [b]), after shard 1 was written."""
    src = os.path.join(OUT, "three.safetensors")
    g = torch.Generator().manual_seed(3)
    write_safetensors(src, {"a": torch.randn(25, generator=g), "b": torch.randn(25, generator=g),
                            "c": torch.randn(2000, generator=g)})
    sub = os.path.join(OUT, "failing")
    os.makedirs(sub)

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    r = convert(src, os.path.join(sub, "model.safetensors"), "--format", "safetensors", "--max-shard-size", "150B",
                preexec_fn=limit)
    left = os.listdir(sub)
    if r.returncode != 2 or left or "shard 2 of 3" not in r.stderr or len(r.stderr.strip().splitlines()) != 1:
        fail("failing shard", f"exit {r.returncode}, left {left}, stderr {r.stderr!r}")
    else:
        print("ok   failing shard leaves nothing")


def peak_rss_mib(cmd):
    """Runs `cmd`; (exit status, its peak RSS in MiB). Through GNU time: wait4's ru_maxrss of
    our own child would count this process's memory (torch's), which a fork copies and
    exec does not reset."""
    with tempfile.NamedTemporaryFile("r") as t:
        r = subprocess.run(["/usr/bin/time", "-o", t.name, "-f", "%M", *cmd], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        return r.returncode, int(t.read().split()[-1]) / 1024


def touch_mapped(path):
    """Reads every page of `path` into the page cache through a mapping, as stats does (not
    as written: the kernel reads ahead into large folios)."""
    sparse_checkpoints.evict(path)
    for name in [path] if os.path.isfile(path) else [os.path.join(path, f) for f in os.listdir(path)]:
        with open(name, "rb") as f, mmap.mmap(f.fileno(), 0, prot=mmap.PROT_READ) as m:
            sum(m[i] for i in range(0, len(m), 4096))


def open_pages_cases():
    """Readers read a few hundred bytes before every large record (a DCP chunk's blob; a zip
    record's local header). Where the page cache holds the file in large folios (as after
    stats), a fault there maps a whole folio (up to 2 MiB on Linux 6.18): kept, that was 1 GB
    of RSS to open 4 GiB of DCP chunks and 530 MB for a 4 GiB torch file. Each opened with
    every page read through a mapping first must stay near an empty file's cost."""
    folder = os.path.join(OUT, "sparse-dcp")
    sparse_checkpoints.write_dcp(folder, 64)
    pt = os.path.join(OUT, "big.pt")
    torch.save({f"t{i}": torch.zeros(1024, 1024) for i in range(128)}, pt)
    for name, path, what in [("dcp open keeps no pages", folder, "1 GiB of chunks"),
                             ("torch zip open keeps no pages", pt, "128 records of 4 MiB")]:
        touch_mapped(path)
        code, rss = peak_rss_mib([CKPT, "info", "--json", path])
        if code != 0 or rss > 100:
            fail(name, f"exit {code}, peak RSS {rss:.0f} MiB for {what} (limit 100)")
        else:
            print("ok  ", name, f"[{rss:.0f} MiB]")
    shutil.rmtree(folder)
    os.remove(pt)


def sparse_output_cases():
    """A sparse input (a 4-shard index of 64 float32 tensors of 4 MiB, each 1.0 at its start
    and holes after it; a DCP folder of holes) converted to torch, safetensors and DCP: each
    output as sparse as its input (all-zero blocks left as holes, 256 MiB in well under 2
    MiB), and read back by torch 1.13 bit for bit equal to the input."""
    index_dir, dcp_dir = os.path.join(OUT, "sparse-index"), os.path.join(OUT, "sparse-dcp-in")
    sparse_checkpoints.write_index(index_dir, 64, 4, marked=True, rows=1024, cols=1024)
    sparse_checkpoints.write_dcp(dcp_dir, 64, rows=1024, cols=1024)
    index = os.path.join(index_dir, "model.safetensors.index.json")
    want = {}
    for name in sorted(os.listdir(index_dir)):
        if name.endswith(".safetensors"):
            want.update(read_safetensors(os.path.join(index_dir, name))[1])
    want = dict(sorted(want.items()))
    dcp_want = {k: v for k, v in sorted(dcp_standins.read_dcp(dcp_dir)[0].items())}
    logical = 64 * 1024 * 1024 * 4
    cases = [
        ("index -> torch", index, "sparse.pt", [], lambda p: torch.load(p), want),
        ("index -> safetensors", index, "sparse.safetensors", [], lambda p: read_safetensors(p)[1], want),
        ("index -> dcp", index, "sparse.dcp", ["--format", "dcp"], lambda p: dcp_standins.read_dcp(p)[0], want),
        ("dcp -> safetensors", dcp_dir, "from-dcp.safetensors", ["--format", "safetensors"],
         lambda p: read_safetensors(p)[1], dcp_want),
    ]
    for name, src, out_name, extra, load, expected in cases:
        out = os.path.join(OUT, out_name)
        r = convert(src, out, *extra)
        if r.returncode != 0:
            fail(f"sparse {name}", r.stderr.strip())
            continue
        on_disk = sparse_checkpoints.disk_bytes(out)
        if on_disk > 2 * 2**20:
            fail(f"sparse {name}", f"the output takes {on_disk} bytes on disk for {logical} of tensors (not sparse)")
            continue
        e = same(dict(sorted(load(out).items())), expected)
        fail(f"sparse {name}", e) if e else print("ok  ", f"sparse {name} [{on_disk // 1024} KiB on disk]")
    for d in (index_dir, dcp_dir):
        shutil.rmtree(d)


def main():
    try:
        dcp_cases()
        torch_shard_cases()
        failing_shard_case()
        open_pages_cases()
        sparse_output_cases()
    finally:
        shutil.rmtree(OUT, ignore_errors=True)
    return verdict()


if __name__ == "__main__":
    sys.exit(main())
