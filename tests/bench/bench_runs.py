#!/usr/bin/python3
"""`ckpt runs` on a run of 20 checkpoints of 1 GiB (issue 11).

Writes (once, into --workdir) 3 torch.save files of 16 float32 tensors of 64 MiB each:
zeros but for the first 4 KiB of every tensor, which differ from file to file, and 17
sparse copies of them (`cp --sparse=always`) for 20 checkpoints of 1 GiB: every tensor's
key and shape occurs in every file, so every tensor of every file is hashed to the end
(3 groups of identical weights). torch.save writes
through a file object that seeks over every all-zero MiB instead of writing it, so the
files are sparse: the disk holds a few MiB while every read still sees 1 GiB per file. Then, with the page cache warm:
- `cat` of all files (one read of the bytes: the floor for any pass over them);
- `ckpt runs DIR` with hashing: the target is at most 1.5x cat, peak RSS under 300 MB;
- `ckpt runs DIR --no-hash` (listing: metadata only): the target is under 100 ms per checkpoint.
Prints the times, the ratios and the peak RSS. Not a test: nothing asserts on times.
"""
import argparse
import os
import subprocess
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import best, record, row  # noqa: E402

FILES = 20
DISTINCT = 3
TENSORS = 16
ELEMENTS = 16 << 20   # 64 MiB of float32


class SparseWriter:
    """A file object for torch.save that leaves holes where a MiB is all zeros."""
    PIECE = 1 << 20
    ZERO = bytes(PIECE)

    def __init__(self, path):
        self.f = open(path, "wb")

    def write(self, data):
        mv = memoryview(data).cast("B")
        for at in range(0, len(mv), self.PIECE):
            piece = mv[at:at + self.PIECE]
            if len(piece) == self.PIECE and piece == self.ZERO:
                self.f.seek(self.PIECE, os.SEEK_CUR)
            else:
                self.f.write(piece)
        return len(mv)

    def flush(self):
        self.f.flush()

    def close(self):
        self.f.truncate(self.f.tell())   # a hole at the end still counts
        self.f.close()


def write_run(folder):
    os.makedirs(folder, exist_ok=True)
    for i in range(DISTINCT):
        path = os.path.join(folder, f"epoch_{i + 1}.pt")
        if os.path.exists(path):
            continue
        g = torch.Generator().manual_seed(i)
        sd = {}
        for t in range(TENSORS):
            x = torch.zeros(ELEMENTS)
            x[:1024] = torch.randn(1024, generator=g)
            sd[f"layer{t}.weight"] = x
        out = SparseWriter(path + ".tmp")
        torch.save({"epoch": i + 1, "model_state_dict": sd, "val_loss": 1.0 / (i + 1)}, out)
        out.close()
        del sd
        os.replace(path + ".tmp", path)
    for i in range(DISTINCT, FILES):
        path = os.path.join(folder, f"epoch_{i + 1}.pt")
        if not os.path.exists(path):
            source = os.path.join(folder, f"epoch_{i % DISTINCT + 1}.pt")
            subprocess.check_call(["cp", "--sparse=always", source, path])
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".pt"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    folder = os.path.join(a.workdir, "run_20x1GiB")
    files = write_run(folder)
    logical = sum(os.path.getsize(f) for f in files)
    on_disk = sum(os.stat(f).st_blocks * 512 for f in files)
    print(f"run: {len(files)} files, {logical / 2**30:.1f} GiB to read, {on_disk / 2**20:.0f} MiB on disk (sparse)")
    subprocess.check_call(["cat"] + files, stdout=subprocess.DEVNULL)   # warm the page cache
    cat = best(["cat"] + files, a.runs)
    hashed = best([a.ckpt, "runs", folder, "--json"], a.runs)
    listed = best([a.ckpt, "runs", folder, "--no-hash", "--json"], a.runs)
    row("cat (all files)", *cat)
    row("ckpt runs (hashing)", *hashed)
    row("ckpt runs --no-hash (listing)", *listed)
    print(f"  hashing / cat: {hashed[0] / cat[0]:.2f}x (target <= 1.5x); peak RSS {hashed[2]:.0f} MiB (target < 300)")
    print(f"  listing: {1000 * listed[0] / len(files):.1f} ms per checkpoint (target < 100 ms)")
    record("ckpt runs, 20 x 1 GiB, hashing", hashed, target="<= 1.5x cat", note=f"cat {cat[0]:.2f} s")
    record("ckpt runs --no-hash, 20 checkpoints", listed, target="< 100 ms per checkpoint")


if __name__ == "__main__":
    main()
