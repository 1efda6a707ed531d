#!/usr/bin/python3
"""Benchmark (issue 12): big checkpoints as SPARSE files.

Writes, in a work folder, a 40-shard safetensors index and a DCP folder (two ranks, every
tensor split unevenly along dim 0) of --gib GiB of float32 each. The tensor bytes are
left as holes (the files are sparse: they read as zeros and take almost no disk), so the
benchmark measures metadata, planning and the read/write path, not the disk; it says so
in its output. Then:
  - open each (`ckpt info --json`: headers and metadata only), best of --runs;
  - DCP -> safetensors: `ckpt convert --format safetensors` against PyTorch's approach
    (load every chunk with torch.load, assemble each tensor, save), in Python with torch
    1.13 on the same files in one run; wall time, CPU and peak RSS of each;
  - torch -> DCP: `ckpt convert --format dcp` of a real (not sparse) float32 torch file of
    --gib GiB, beside what dcp.save needs first, the state in memory (torch.load of it).
Not a test: nothing asserts on times.

    bench_bigjobs.py [--ckpt BUILD/bin/ckpt] [--gib 4] [--workdir DIR] [--runs 3]
"""
import argparse, io, json, os, struct, subprocess, sys, tempfile, zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "fixtures"))
from benchlib import PY, best, checkpoint, row, warm  # noqa: E402

ROWS, COLS = 2048, 2048  # 16 MiB float32 tensors, 64 per GiB


def write_dcp(folder, tensors):
    """DCP folder through the fixtures' stand-ins, each item's data record a hole."""
    import torch
    import dcp_standins as d
    os.makedirs(folder, exist_ok=True)
    n = ROWS * COLS
    # One real blob per chunk shape, its data record found with zipfile and cut out.
    templates = {}

    def template(rows):
        if rows not in templates:
            buf = io.BytesIO()
            torch.save(torch.zeros(rows, COLS), buf)
            raw = buf.getvalue()
            z = zipfile.ZipFile(io.BytesIO(raw))
            info = next(i for i in z.infolist() if i.filename.endswith("/data/0"))
            hdr = raw[info.header_offset:info.header_offset + 30]
            name_len, extra_len = struct.unpack("<HH", hdr[26:30])
            start = info.header_offset + 30 + name_len + extra_len
            templates[rows] = (raw[:start], rows * COLS * 4, raw[start + rows * COLS * 4:])
        return templates[rows]

    files = [open(os.path.join(folder, f"__{r}_0.distcp"), "wb") for r in range(2)]
    sdm, storage, planner = {}, {}, {}
    split = ROWS // 2 + 7  # uneven
    for i in range(tensors):
        fqn = f"model.layers.{i}.weight"
        chunks = []
        for rank, (off, rows) in enumerate([(0, split), (split, ROWS - split)]):
            head, size, tail = template(rows)
            f = files[rank]
            at = f.tell()
            f.write(head)
            f.seek(size, 1)  # the hole: the chunk's float32 data
            f.write(tail)
            storage[d.MetadataIndex(fqn, torch.Size([off, 0]), rank)] = d._StorageInfo(
                f"__{rank}_0.distcp", at, len(head) + size + len(tail))
            chunks.append(d.ChunkStorageMetadata(torch.Size([off, 0]), torch.Size([rows, COLS])))
        sdm[fqn] = d.TensorStorageMetadata(d.TensorProperties(torch.float32, None, False, None, False),
                                           torch.Size([ROWS, COLS]), chunks)
        planner[fqn] = ("model", f"layers.{i}.weight")
    for f in files:
        f.truncate(f.tell())
        f.close()
    import pathlib
    import pickle
    meta = d.Metadata(sdm, planner, storage, d.StorageMeta(pathlib.PosixPath(folder), "bench", None, []), "1.0.0")
    with open(os.path.join(folder, ".metadata"), "wb") as f:
        pickle.dump(meta, f)


def write_index(folder, tensors, shards):
    """A Hugging Face index of `shards` safetensors shards; the tensor bytes are holes."""
    os.makedirs(folder, exist_ok=True)
    weight_map = {}
    for s in range(shards):
        name = f"model-{s + 1:05d}-of-{shards:05d}.safetensors"
        keys = [f"layers.{i}.weight" for i in range(tensors) if i * shards // tensors == s]
        header, offset = {"__metadata__": {"format": "pt"}}, 0
        for k in keys:
            header[k] = {"dtype": "F32", "shape": [ROWS, COLS], "data_offsets": [offset, offset + ROWS * COLS * 4]}
            offset += ROWS * COLS * 4
            weight_map[k] = name
        hb = json.dumps(header, separators=(",", ":")).encode()
        hb += b" " * ((-len(hb)) % 8)
        with open(os.path.join(folder, name), "wb") as f:
            f.write(struct.pack("<Q", len(hb)) + hb)
            f.truncate(8 + len(hb) + offset)
    with open(os.path.join(folder, "model.safetensors.index.json"), "w") as f:
        json.dump({"metadata": {"total_size": tensors * ROWS * COLS * 4}, "weight_map": weight_map}, f)


PY_DCP_TO_SAFETENSORS = r"""
import json, os, struct, sys
sys.path.insert(0, sys.argv[3])
import torch
import dcp_standins
flat, _, _ = dcp_standins.read_dcp(sys.argv[1])   # every chunk loaded and assembled in RAM
tensors = {k: v for k, v in flat.items() if isinstance(v, torch.Tensor)}
header, offset = {"__metadata__": {"format": "pt"}}, 0
for k in sorted(tensors):
    t = tensors[k]
    n = t.numel() * t.element_size()
    header[k] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + n]}
    offset += n
hb = json.dumps(header, separators=(",", ":")).encode()
hb += b" " * ((-len(hb)) % 8)
with open(sys.argv[2], "wb") as f:
    f.write(struct.pack("<Q", len(hb)) + hb)
    for k in sorted(tensors):
        f.write(tensors[k].numpy().tobytes())
    f.flush()
    os.fsync(f.fileno())
"""


def du(path):
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            total += os.stat(os.path.join(root, f)).st_blocks * 512
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(HERE, "../../build/bin/ckpt"))
    ap.add_argument("--gib", type=int, default=4)
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    work = a.workdir or tempfile.mkdtemp(prefix="ckpt-bigjobs-bench-")
    tensors = 64 * a.gib
    index_dir, dcp_dir = os.path.join(work, "index"), os.path.join(work, "dcp")
    if not os.path.exists(os.path.join(index_dir, "model.safetensors.index.json")):
        write_index(index_dir, tensors, 40)
    if not os.path.exists(os.path.join(dcp_dir, ".metadata")):
        subprocess.check_call([PY, "-c", "import sys; sys.path[:0] = sys.argv[1:3]; import bench_bigjobs as b; "
                               "b.write_dcp(sys.argv[3], int(sys.argv[4]))", HERE,
                               os.path.join(HERE, "..", "fixtures"), dcp_dir, str(tensors)])
    gib = tensors * ROWS * COLS * 4 / 2**30
    print(f"SPARSE files: tensor bytes are holes that read as zeros ({gib:.1f} GiB of tensors each; on disk: "
          f"index {du(index_dir) / 2**20:.1f} MiB, DCP {du(dcp_dir) / 2**20:.1f} MiB)")
    print(f"open, headers and metadata only (ckpt info --json), best of {a.runs}:")
    for name, path in [("40-shard safetensors index", os.path.join(index_dir, "model.safetensors.index.json")),
                       ("DCP folder, 2 ranks", dcp_dir)]:
        wall, cpu, rss = best([a.ckpt, "info", "--json", path], a.runs)
        row(name, wall, cpu, rss)
    print(f"DCP -> safetensors ({gib:.1f} GiB written for real), one run each:")
    out_c, out_p = os.path.join(work, "c.safetensors"), os.path.join(work, "p.safetensors")
    wc, cc, rc = best([a.ckpt, "convert", dcp_dir, out_c, "--format", "safetensors"], 1)
    os.remove(out_c)
    row("ckpt convert --format safetensors", wc, cc, rc)
    wp, cp, rp = best([PY, "-c", PY_DCP_TO_SAFETENSORS, dcp_dir, out_p, os.path.join(HERE, "..", "fixtures")], 1)
    os.remove(out_p)
    row("PyTorch: load chunks, assemble, save", wp, cp, rp)
    print(f"  ckpt is {wp / wc:.1f}x faster and uses {100 * rc / rp:.1f}% of the memory")
    src = checkpoint(work, a.gib)
    warm(src)
    print(f"torch file -> DCP folder ({a.gib} GiB of real float32 bytes, 64 tensors of 16 MiB per GiB), one run each:")
    out_d = os.path.join(work, "written.dcp")
    subprocess.run(["rm", "-rf", out_d], check=True)
    wd, cd, rd = best([a.ckpt, "convert", src, out_d, "--format", "dcp"], 1)
    subprocess.run(["rm", "-rf", out_d], check=True)
    row("ckpt convert --format dcp", wd, cd, rd)
    wl, cl, rl = best([PY, "-c", "import sys, torch; torch.load(sys.argv[1])", src], 1)
    row("PyTorch: torch.load of the source", wl, cl, rl)


if __name__ == "__main__":
    main()
