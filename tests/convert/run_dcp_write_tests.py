#!/usr/bin/python3
"""CTest suite for writing DCP folders (issue 12 item 2): `ckpt convert IN OUTDIR --format dcp`
from files written here by real torch.save (a state_dict of many dtypes with a 0-d, an
empty, a transposed and an offset tensor; a training checkpoint of a real Adam run), from
safetensors and a sharded index of it, and from the DCP fixtures. Each OUTDIR is checked the way DCP's FileSystemReader reads it:
`.metadata` by plain pickle (dcp_standins registers the classes under their real names),
its structure (classes, TensorProperties, one chunk per tensor at offset 0, storage_data
ranges tiling `__0_0.distcp`), every item torch.load'ed from its byte range, the nested
state rebuilt from planner_data and compared bit for bit (dtype, shape, bytes) with
torch.load of the source flattened by DCP's own rules (for DCP sources: the generator's
reassembled state). Then our reader on the output (`ckpt info --json`, `ckpt diff` against
the source), DCP -> DCP and back to one torch file, subsets (--extract, --drop, --dtype,
checked against torch's own casts), replacing an earlier output, and the refusals
(OUTDIR a file, a folder of other files, an unwritable parent, a write that fails midway,
--max-shard-size): one line, exit 2, nothing left behind.

Env: CKPT_BIN_DIR (ckpt), CKPT_FIXTURE_DIR. Exit 0 all passed, 1 otherwise.
"""
import io, json, os, pickle, pickletools, resource, shutil, signal, subprocess, sys, tempfile

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "fixtures"))
sys.dont_write_bytecode = True
import dcp_standins as d  # noqa: E402
from fixture_safetensors import read_safetensors, write_safetensors  # noqa: E402

from cli_suite import CKPT, FX, failures, verdict  # noqa: E402

OUT = tempfile.mkdtemp(prefix="ckpt-dcpwrite-")


class Fail(Exception):
    pass


def check(cond, why):
    if not cond:
        raise Fail(why)


def run(*args, **kw):
    return subprocess.run([CKPT, *args], capture_output=True, text=True, **kw)


def convert(*args, **kw):
    return run("convert", *args, **kw)


def case(name, fn, *args):
    try:
        fn(*args)
        print("ok  ", name)
    except Fail as e:
        failures.append(f"{name}: {e}")
        print("FAIL", name, e)


def same(a, b, path="root"):
    """Bit-exact equality: tensors by dtype, shape and bytes (torch.equal too), the rest by value and type."""
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        check(isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor), f"{path}: {type(a)} vs {type(b)}")
        check(a.dtype == b.dtype and a.shape == b.shape, f"{path}: {a.dtype}{list(a.shape)} vs {b.dtype}{list(b.shape)}")
        check(torch.equal(a, b) or (a.is_floating_point() and bool(torch.isnan(a).any())), f"{path}: values differ")
        if a.numel():  # NaN payloads and -0.0 too
            check(a.contiguous().view(-1).view(torch.uint8).tolist() == b.contiguous().view(-1).view(torch.uint8).tolist(),
                  f"{path}: bytes differ")
        return
    if isinstance(a, dict) and isinstance(b, dict):
        check(list(a) == list(b), f"{path}: keys {list(a)} vs {list(b)}")
        for k in a:
            same(a[k], b[k], f"{path}/{k}")
        return
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        check(type(a) == type(b) and len(a) == len(b), f"{path}: {a!r} vs {b!r}")
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{path}/{i}")
        return
    check(type(a) == type(b) and a == b, f"{path}: {a!r} vs {b!r}")


def as_dcp_state(v):
    """What DCP stores of a state: str(key) for dict keys, empty dicts gone (it keeps leaves)."""
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            x = as_dcp_state(x)
            if not (isinstance(x, dict) and not x):
                out[str(k)] = x
        return out
    if isinstance(v, list) and not all(not isinstance(e, (dict, list, torch.Tensor)) for e in v):
        return [as_dcp_state(x) for x in v]
    return v


def read_output(folder):
    """DCP's reader by hand: plain pickle, structure checks, each item torch.load'ed from its range."""
    files = sorted(os.listdir(folder))
    check(files == [".metadata", "__0_0.distcp"], f"files {files}")
    with open(os.path.join(folder, ".metadata"), "rb") as f:
        raw = f.read()
    check(raw[:2] == b"\x80\x04", f"not a protocol-4 pickle: {raw[:2]!r}")
    meta = pickle.loads(raw)
    check(type(meta) is d.Metadata, f"root is {type(meta)}")
    check(meta.version == "1.0.0", f"version {meta.version!r}")
    sm = meta.storage_meta
    check(type(sm) is d.StorageMeta and str(sm.checkpoint_id) == os.path.abspath(folder) and sm.save_id
          and sm.load_id is None and sm.modules == [], f"storage_meta {sm!r}")
    with open(os.path.join(folder, "__0_0.distcp"), "rb") as f:
        data = f.read()
    sdm = meta.state_dict_metadata
    check(list(meta.planner_data) == list(sdm), "planner_data keys are not state_dict_metadata's")
    by_fqn = {}
    for idx, info in meta.storage_data.items():
        check(type(idx) is d.MetadataIndex and type(info) is d._StorageInfo, f"storage_data {idx!r}: {info!r}")
        check(idx.fqn not in by_fqn, f"{idx.fqn}: two storage_data items")
        check(info.relative_path == "__0_0.distcp" and info.transform_descriptors is None, f"{info!r}")
        check(0 <= info.offset and info.length > 0 and info.offset + info.length <= len(data),
              f"{idx.fqn}: bytes {info.offset}+{info.length} outside the {len(data)}-byte file")
        by_fqn[idx.fqn] = (idx, info)
    check(set(by_fqn) == set(sdm), f"storage_data fqns {sorted(set(by_fqn) ^ set(sdm))} differ")
    spans = sorted((i.offset, i.length) for _, i in by_fqn.values())
    at = 0
    for off, n in spans:  # end to end, as FileSystemWriter appends them
        check(off == at, f"item at {off}, expected {at}")
        at += n
    check(at == len(data), f"items end at {at}, the file at {len(data)}")
    values = {}
    for fqn, md in sdm.items():
        idx, info = by_fqn[fqn]
        path = meta.planner_data[fqn]
        check(type(path) is tuple and ".".join(str(p) for p in path) == fqn, f"{fqn}: planner path {path!r}")
        item = torch.load(io.BytesIO(data[info.offset:info.offset + info.length]))
        if type(md) is d.BytesStorageMetadata:
            check(idx.offset is None and idx.index is None, f"{fqn}: bytes index {idx!r}")
            values[fqn] = item
            continue
        check(type(md) is d.TensorStorageMetadata, f"{fqn}: {type(md)}")
        p = md.properties
        check(type(p) is d.TensorProperties and p.layout == torch.strided and p.pin_memory is False
              and p.memory_format == d._MEM_FORMAT_ENCODING.TORCH_CONTIGUOUS_FORMAT, f"{fqn}: properties {p!r}")
        check(type(md.size) is torch.Size and len(md.chunks) == 1, f"{fqn}: size {md.size!r}, {len(md.chunks)} chunks")
        c = md.chunks[0]
        check(type(c) is d.ChunkStorageMetadata and tuple(c.offsets) == (0,) * len(md.size)
              and tuple(c.sizes) == tuple(md.size), f"{fqn}: chunk {c!r}")
        check(type(idx.offset) is torch.Size and tuple(idx.offset) == tuple(c.offsets) and idx.index == 0,
              f"{fqn}: index {idx!r}")
        check(isinstance(item, torch.Tensor) and item.dtype == p.dtype and tuple(item.shape) == tuple(md.size)
              and item.is_contiguous() and not item.requires_grad, f"{fqn}: item {type(item)}")
        storage = item.untyped_storage() if hasattr(item, "untyped_storage") else item.storage()
        check(storage.nbytes() == item.numel() * item.element_size(), f"{fqn}: storage larger than the chunk")
        values[fqn] = item
    return values, meta.planner_data, meta


def check_against(folder, flat, planner):
    """The output holds exactly `flat` under `planner`, in order, bit for bit."""
    values, got_planner, meta = read_output(folder)
    check(list(values) == list(flat), f"fqns {list(values)[:6]} vs {list(flat)[:6]}")
    for fqn in flat:
        check(got_planner[fqn] == planner[fqn], f"{fqn}: planner {got_planner[fqn]!r} vs {planner[fqn]!r}")
        same(values[fqn], flat[fqn], fqn)
        if isinstance(flat[fqn], torch.Tensor):
            md = meta.state_dict_metadata[fqn]
            check(md.properties.dtype == flat[fqn].dtype, f"{fqn}: dtype {md.properties.dtype}")
    return values, got_planner


def ours_read_back(folder, source, tensors):
    """Our reader reopens it (ckpt info --json) and finds no difference with the source (ckpt diff)."""
    r = run("info", "--json", folder)
    check(r.returncode == 0, f"ckpt info: {r.stderr.strip()}")
    info = json.loads(r.stdout)
    check(info["format"] == "dcp" and len(info["tensors"]) == tensors, f"info: {info['format']}, "
          f"{len(info['tensors'])} tensors, expected {tensors}")
    r = run("diff", source, folder)
    check(r.returncode == 0, f"ckpt diff {source} {folder}: exit {r.returncode}: {r.stdout[-400:]}{r.stderr}")


def leftovers(parent, name):
    return [f for f in os.listdir(parent) if f.startswith(f".{name}.ckpt-")]


def write_sources():
    g = torch.Generator().manual_seed(7)
    big = torch.randn(10, 8, generator=g)
    sd = {
        "conv.weight": torch.randn(4, 3, 3, 3, generator=g),
        "conv.bias": torch.randn(4, generator=g),
        "fc.weight": torch.randn(5, 4, generator=g).to(torch.bfloat16),
        "fc.bias": torch.randn(5, generator=g).to(torch.float16),
        "emb.weight": torch.randn(6, 3, generator=g).double(),
        "bn.num_batches_tracked": torch.tensor(5),  # 0-d int64
        "ids": torch.arange(-3, 9, dtype=torch.int64).reshape(3, 4),
        "mask": torch.rand(7, generator=g) > 0.5,
        "small": torch.randint(-100, 100, (9,), generator=g, dtype=torch.int8),
        "u8": torch.randint(0, 255, (2, 3), generator=g, dtype=torch.uint8),
        "i32": torch.randint(-1000, 1000, (4,), generator=g, dtype=torch.int32),
        "transposed": torch.randn(6, 4, generator=g).t(),  # non-contiguous
        "window": big[2:7, 1:5],  # an offset view into a larger storage
        "empty": torch.zeros(0, 3),
        "special": torch.tensor([float("nan"), float("inf"), -0.0, 1e-45]),
    }
    check(not sd["transposed"].is_contiguous() and not sd["window"].is_contiguous(), "sources should be views")
    torch.save(sd, os.path.join(OUT, "state_dict.pt"))

    torch.manual_seed(3)
    model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.ReLU(), torch.nn.Linear(3, 2))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, betas=(0.9, 0.99))
    for _ in range(3):
        opt.zero_grad()
        model(torch.randn(5, 4)).pow(2).sum().backward()
        opt.step()
    train = {"model": model.state_dict(), "optimizer": opt.state_dict(), "epoch": 3, "lr": 0.00025,
             "run_name": "dcp-run", "losses": [0.5, 0.25, 0.125], "best": None, "betas": (0.9, 0.99),
             "ema": {}}
    torch.save(train, os.path.join(OUT, "train.pt"))
    return os.path.join(OUT, "state_dict.pt"), os.path.join(OUT, "train.pt")


def from_torch(src):
    out = os.path.join(OUT, os.path.basename(src) + ".dcp")
    r = convert(src, out, "--format", "dcp")
    check(r.returncode == 0, f"convert: {r.stderr.strip()}")
    check("dcp" in r.stdout and "verified" in r.stdout, f"stdout {r.stdout!r}")
    check(not leftovers(OUT, os.path.basename(out)), f"temporary folders left: {leftovers(OUT, os.path.basename(out))}")
    source = torch.load(src)
    flat, planner = d.flatten(source)
    values, got = check_against(out, flat, planner)
    nested = d.unflatten(values, got)
    same(nested, as_dcp_state(source))
    tensors = sum(isinstance(v, torch.Tensor) for v in flat.values())
    ours_read_back(out, src, tensors)
    return out, source


def plain_state_dict(src):
    out, source = from_torch(src)
    _, planner, _ = read_output(out)
    check(all(planner[k] == (k,) for k in source), "a plain state_dict's planner_data is not the 1-tuples")


def training_checkpoint(src):
    out, source = from_torch(src)
    _, planner, meta = read_output(out)
    # DCP's names: dict keys by str(), list indexes as ints.
    check(planner["optimizer.state.0.exp_avg"] == ("optimizer", "state", "0", "exp_avg"), "optimizer state path")
    check(planner["optimizer.param_groups.0.lr"] == ("optimizer", "param_groups", 0, "lr"), "param_groups path")
    check(type(meta.state_dict_metadata["optimizer.param_groups.0.params"]) is d.BytesStorageMetadata
          and type(meta.state_dict_metadata["epoch"]) is d.BytesStorageMetadata, "scalars are bytes items")
    check("ema" not in " ".join(planner), "an empty dict should leave no item")
    # Back to one torch file: what dcp_to_torch_save would write.
    pt = os.path.join(OUT, "train.back.pt")
    r = convert(out, pt)
    check(r.returncode == 0, f"dcp -> torch: {r.stderr.strip()}")
    same(torch.load(pt), as_dcp_state(source))


def dcp_fixture(name):
    folder = os.path.join(FX, "dcp", name)
    flat, planner, _ = d.read_dcp(folder)  # the generator's reassembled oracle
    out = os.path.join(OUT, f"fixture-{name}.dcp")
    r = convert(folder, out, "--format", "dcp")
    check(r.returncode == 0, f"convert: {r.stderr.strip()}")
    values, got = check_against(out, flat, planner)
    same(d.unflatten(values, got), torch.load(os.path.join(FX, "dcp", f"{name}.nested.pt")))
    ours_read_back(out, folder, sum(isinstance(v, torch.Tensor) for v in flat.values()))
    # DCP -> DCP again: the same folder, item for item.
    again = out + ".again"
    r = convert(out, again, "--format", "dcp")
    check(r.returncode == 0, f"round trip: {r.stderr.strip()}")
    check_against(again, flat, planner)


def safetensors_and_index():
    """A safetensors file (written by the fixtures' own writer) and a sharded index of it."""
    g = torch.Generator().manual_seed(5)
    tensors = {"a.weight": torch.randn(8, 3, generator=g), "a.bias": torch.randn(8, generator=g).half(),
               "b.weight": torch.randn(4, 8, generator=g).to(torch.bfloat16), "b.steps": torch.arange(6)}
    src = os.path.join(OUT, "weights.safetensors")
    write_safetensors(src, tensors, {"format": "pt"})
    want = read_safetensors(src)[1]
    for name, source in [("safetensors", src), ("index", None)]:
        if source is None:
            shards = os.path.join(OUT, "shards")
            os.mkdir(shards)
            r = convert(src, os.path.join(shards, "model.safetensors"), "--format", "safetensors",
                        "--max-shard-size", "100B")
            check(r.returncode == 0, f"shards: {r.stderr.strip()}")
            source = os.path.join(shards, "model.safetensors.index.json")
        out = os.path.join(OUT, f"from-{name}.dcp")
        r = convert(source, out, "--format", "dcp")
        check(r.returncode == 0, f"{name}: {r.stderr.strip()}")
        values, planner, _ = read_output(out)
        check(sorted(values) == sorted(want), f"{name}: keys {sorted(values)}")
        for k in want:
            check(planner[k] == (k,), f"{name}: {k} planner {planner[k]!r}")
            same(values[k], want[k], k)
        ours_read_back(out, source, len(want))


def subsets(train_src, sd_src):
    source = torch.load(train_src)
    out = os.path.join(OUT, "model-only.dcp")
    r = convert(train_src, out, "--format", "dcp", "--extract", "model")
    check(r.returncode == 0, f"--extract model: {r.stderr.strip()}")
    flat, planner = d.flatten(source["model"])
    check_against(out, flat, planner)
    check(all(p == (k,) for k, p in planner.items()), "extracted weights keep 1-tuples")
    # Drop keys and cast: torch's own .to() is the oracle.
    sd = torch.load(sd_src)
    out = os.path.join(OUT, "cast.dcp")
    r = convert(sd_src, out, "--format", "dcp", "--drop", "*bias", "--dtype", "bfloat16")
    check(r.returncode == 0, f"--drop --dtype: {r.stderr.strip()}")
    want = {k: (v.to(torch.bfloat16) if v.is_floating_point() else v) for k, v in sd.items() if not k.endswith("bias")}
    check_against(out, *d.flatten(want))
    # The model weights of a DCP fixture, cast.
    folder = os.path.join(FX, "dcp", "train")
    nested = torch.load(os.path.join(FX, "dcp", "train.nested.pt"))
    out = os.path.join(OUT, "fixture-model.dcp")
    r = convert(folder, out, "--format", "dcp", "--extract", "model", "--dtype", "float16")
    check(r.returncode == 0, f"dcp --extract model --dtype: {r.stderr.strip()}")
    want = {k: (v.to(torch.float16) if v.is_floating_point() else v) for k, v in nested["model"].items()}
    check_against(out, *d.flatten(want))


def replaces_earlier_output(sd_src, train_src):
    out = os.path.join(OUT, "replaced.dcp")
    for args in ([train_src], [sd_src]):
        r = convert(*args, out, "--format", "dcp")
        check(r.returncode == 0, f"convert {args}: {r.stderr.strip()}")
    check_against(out, *d.flatten(torch.load(sd_src)))
    check(not leftovers(OUT, "replaced.dcp"), "the earlier output was left beside it")
    empty = os.path.join(OUT, "empty.dcp")
    os.mkdir(empty)
    r = convert(sd_src, empty, "--format", "dcp")
    check(r.returncode == 0, f"into an empty folder: {r.stderr.strip()}")
    check_against(empty, *d.flatten(torch.load(sd_src)))


def one_line_refusal(r, what):
    check(r.returncode == 2, f"{what}: exit {r.returncode} ({r.stderr.strip()})")
    check(len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith("ckpt: "), f"{what}: stderr {r.stderr!r}")


def refusals(sd_src):
    bad = os.path.join(OUT, "bad")
    os.mkdir(bad)
    # OUTDIR is an existing file.
    target = os.path.join(bad, "a_file")
    with open(target, "w") as f:
        f.write("keep me")
    r = convert(sd_src, target, "--format", "dcp")
    one_line_refusal(r, "OUTDIR is a file")
    check("not a folder" in r.stderr, r.stderr)
    check(open(target).read() == "keep me" and sorted(os.listdir(bad)) == ["a_file"], f"left {os.listdir(bad)}")
    # A folder of other files.
    other = os.path.join(bad, "other")
    os.mkdir(other)
    with open(os.path.join(other, "notes.txt"), "w") as f:
        f.write("mine")
    r = convert(sd_src, other, "--format", "dcp")
    one_line_refusal(r, "a folder of other files")
    check("notes.txt" in r.stderr and os.listdir(other) == ["notes.txt"], r.stderr)
    # An unwritable parent (root ignores permission bits: a parent in /proc refuses everyone).
    if os.geteuid() != 0:
        ro = os.path.join(bad, "readonly")
        os.mkdir(ro)
        os.chmod(ro, 0o555)
        r = convert(sd_src, os.path.join(ro, "out"), "--format", "dcp")
        os.chmod(ro, 0o755)
        one_line_refusal(r, "an unwritable parent")
        check(os.listdir(ro) == [], f"left {os.listdir(ro)}")
    r = convert(sd_src, "/proc/ckpt-dcp-out", "--format", "dcp")
    one_line_refusal(r, "a parent nothing can be created in")
    check("cannot create a folder" in r.stderr, r.stderr)
    # A write that fails midway (the file-size limit): no OUTDIR, no temporary folder.
    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))
    r = convert(sd_src, os.path.join(bad, "partial"), "--format", "dcp", preexec_fn=limit)
    one_line_refusal(r, "a failing write")
    check(sorted(os.listdir(bad)) == ["a_file", "other"] + (["readonly"] if os.geteuid() != 0 else []),
          f"left {os.listdir(bad)}")
    # Shards are for single-file formats.
    r = convert(sd_src, os.path.join(bad, "sharded"), "--format", "dcp", "--max-shard-size", "1KB")
    one_line_refusal(r, "--max-shard-size")
    # Over its own source.
    src_copy = os.path.join(OUT, "self.dcp")
    check(convert(sd_src, src_copy, "--format", "dcp").returncode == 0, "self.dcp")
    r = convert(src_copy, src_copy, "--format", "dcp")
    one_line_refusal(r, "over the source folder")
    check("source" in r.stderr, r.stderr)
    check_against(src_copy, *d.flatten(torch.load(sd_src)))


def many_items():
    """3000 tensors and scalars: a .metadata of several 64 KiB frames, as pickle.dump frames it."""
    state = {"layers": [{"weight": torch.full((2,), float(i)), "id": i} for i in range(1500)]}
    src = os.path.join(OUT, "many.pt")
    torch.save(state, src)
    out = os.path.join(OUT, "many.dcp")
    r = convert(src, out, "--format", "dcp")
    check(r.returncode == 0, f"convert: {r.stderr.strip()}")
    check_against(out, *d.flatten(state))
    with open(os.path.join(out, ".metadata"), "rb") as f:
        raw = f.read()
    frames = [(pos, arg) for op, arg, pos in pickletools.genops(raw) if op.name == "FRAME"]
    check(len(frames) >= 3, f"{len(raw)} bytes in {len(frames)} frames")
    check(all(n >= 64 * 1024 for _, n in frames[:-1]), f"frames {[n for _, n in frames]}")
    check(frames[-1][0] + 9 + frames[-1][1] == len(raw), "the last frame does not end the pickle")


def main():
    try:
        sd_src, train_src = write_sources()
        case("state_dict -> dcp", plain_state_dict, sd_src)
        case("training checkpoint -> dcp", training_checkpoint, train_src)
        case("safetensors and a sharded index -> dcp", safetensors_and_index)
        case("dcp fixture train -> dcp", dcp_fixture, "train")
        case("dcp fixture model -> dcp", dcp_fixture, "model")
        case("subsets (extract, drop, cast)", subsets, train_src, sd_src)
        case("an earlier output or an empty folder is replaced", replaces_earlier_output, sd_src, train_src)
        case("refusals leave nothing behind", refusals, sd_src)
        case("a large .metadata in 64 KiB frames", many_items)
    finally:
        shutil.rmtree(OUT, ignore_errors=True)
    return verdict()


if __name__ == "__main__":
    sys.exit(main())
