#!/usr/bin/python3
"""Benchmark (issue 12): big checkpoints as SPARSE files, with bounded memory and progress.

Writes, in a work folder, a 40-shard safetensors index and a DCP folder (two ranks, every
tensor split unevenly along dim 0) of --gib GiB of float32 each, and a second sparse copy
of the index whose tensors each start with 1.0 (one 4 KiB block per tensor on disk). The
tensor bytes are left as holes (the files are sparse: they read as zeros and take almost
no disk), so the benchmark measures metadata, planning and the read/write path, not the
disk; it says so in its output. For each command: wall time, CPU time and peak RSS (wait4),
and whether it showed progress with stderr on a terminal (a pseudo-terminal here):
  - open each (`ckpt info --json`: headers and metadata only), best of --runs;
  - statistics of every tensor of each (`ckpt stats`); all-zero tensors take a fast path
    (min == max: no percentile selection) and a slow one (one radix bucket and histogram
    bin for every value), said in the output;
  - compare (`ckpt diff`): the index against its marked copy (every tensor differs, so the
    metrics are computed over every value) and the DCP folder against the index (the same
    zeros: bit-identical, so only the memcmp pass runs);
  - conversion: `--dtype float16` of every tensor of each (or of --convert-gib GiB of them:
    `--keep` the tensors whose number ends in the first digits), the index to Hugging Face
    shards, the DCP folder to one safetensors file; the writer leaves all-zero blocks as
    holes, so the output is as sparse as the input (its size on disk is said), deleted right
    after; a watchdog stops any command that brings the disk under --keep-free GiB free;
  - DCP -> safetensors of all of it against PyTorch's approach (load every chunk with
    torch.load, assemble each tensor, save: its output is dense), in Python with torch 1.13
    on the same files, and again on a copy of the DCP folder holding random values (not
    sparse: what the write path costs when every block is written), where the disk holds it;
  - torch -> DCP: `ckpt convert --format dcp` of a real (not sparse) float32 torch file of
    --gib GiB, beside what dcp.save needs first, the state in memory (torch.load of it).
  The last two hold every tensor in memory on PyTorch's side: where --gib does not fit in
  this machine's memory they are not run, and the output says so.
Not a test: nothing asserts on times.

    bench_bigjobs.py [--ckpt BUILD/bin/ckpt] [--gib 4] [--workdir DIR] [--runs 3]
                     [--convert-gib GIB] [--keep-free 15]
"""
import argparse, os, re, subprocess, sys, tempfile, threading, time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "fixtures"))
from benchlib import PY, best, checkpoint, row, timed_tty, warm  # noqa: E402
from sparse_checkpoints import COLS, ROWS, write_index  # noqa: E402
from sparse_checkpoints import disk_bytes as du  # noqa: E402

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


BUDGET_MB = 500  # issue 12: peak RSS of every ckpt command


def free_gib(path):
    st = os.statvfs(path)
    return st.f_bavail * st.f_frsize / 2**30


def memory_gib():
    with open("/proc/meminfo") as f:
        return int(next(line for line in f if line.startswith("MemTotal:")).split()[1]) / 2**20


def progress_seen(text):
    """What the terminal showed: the CLI's progress lines are '\\rstats 42%'."""
    shown = [int(p) for p in re.findall(r"(\d+)%", text)]
    if not shown:
        return "no progress shown"
    return f"progress {min(shown)}% .. {max(shown)}% ({len(shown)} updates)"


class Rows:
    """The ckpt rows: printed as they come, each checked against the memory budget."""

    def __init__(self):
        self.worst = (0.0, "")

    def run(self, name, cmd, runs=1, ok=(0,), started=None):
        results = [timed_tty(cmd, ok=ok, started=started) for _ in range(runs)]
        wall, cpu, _, err = min(results, key=lambda r: r[0])
        rss = max(r[2] for r in results)
        row(name, wall, cpu, rss)
        over = rss * 2**20 / 1e6 > BUDGET_MB
        print(f"  {'':<34} {progress_seen(err)} on a terminal{'; OVER THE 500 MB BUDGET' if over else ''}")
        self.worst = max(self.worst, (rss, name))
        return wall, cpu, rss


def subset(tensors, digits):
    """--keep for the tensors whose number ends in 0 .. digits-1 (every shard holds some)."""
    if digits >= 10:
        return [], tensors
    glob = "*layers.*[" + "".join(str(d) for d in range(digits)) + "].weight"
    return ["--keep", glob], sum(1 for i in range(tensors) if i % 10 < digits)


class DiskGuard:
    """Kills the command it watches (timed_tty's `started`) when the disk's free space falls
    under `keep_free` GiB: a writer that stopped keeping holes would otherwise fill it."""

    def __init__(self, work, keep_free):
        self.work, self.keep_free = work, keep_free

    def __call__(self, proc):
        def watch():
            while proc.poll() is None:
                if free_gib(self.work) < self.keep_free:
                    print(f"stopped: the disk fell under {self.keep_free} GiB free", file=sys.stderr)
                    proc.kill()
                    return
                time.sleep(0.2)
        threading.Thread(target=watch, daemon=True).start()


def outputs_of(work, out):
    """The files a conversion to `out` wrote: the file, or the shards and their index."""
    stem = os.path.basename(out).split(".")[0]
    return [os.path.join(work, f) for f in os.listdir(work) if f.startswith(stem + "-") or f.startswith(stem + ".")]


def say_output(paths):
    size = sum(os.path.getsize(p) for p in paths)
    print(f"  {'':<34} output {size / 2**30:.2f} GiB, {sum(du(p) for p in paths) / 2**20:.1f} MiB on disk")


def convert_row(rows, work, name, src, out, extra, tensors, convert_gib, guard):
    """`ckpt convert --dtype float16` of every tensor, or of about `convert_gib` GiB of them;
    the output's size on disk said, the output deleted right after."""
    tensor_gib = ROWS * COLS * 4 / 2**30
    digits = 10 if not convert_gib else min(10, max(1, -(-int(convert_gib * 10) // max(1, int(tensors * tensor_gib)))))
    keep, count = subset(tensors, digits)
    which = "every tensor" if not keep else f"{keep[1]}: {count} of {tensors} tensors"
    print(f"  {name}, {which} ({count * tensor_gib:.1f} GiB read, {count * tensor_gib / 2:.1f} GiB of float16 "
          f"out; {free_gib(work):.1f} GiB free before):")
    rows.run("  ckpt convert --dtype float16", [rows.ckpt, "convert", src, out, "--dtype", "float16"] + keep + extra,
             started=guard)
    written = outputs_of(work, out)
    say_output(written)
    for f in written:
        os.remove(f)


def against_pytorch(rows, work, dcp_dir, guard):
    """DCP -> safetensors by ckpt and by PyTorch's way, on the same folder."""
    out_c, out_p = os.path.join(work, "c.safetensors"), os.path.join(work, "p.safetensors")
    wc, cc, rc = rows.run("ckpt convert --format safetensors", [rows.ckpt, "convert", dcp_dir, out_c, "--format",
                                                                 "safetensors"], started=guard)
    say_output([out_c])
    os.remove(out_c)
    wp, cp, rp = best([PY, "-c", PY_DCP_TO_SAFETENSORS, dcp_dir, out_p, os.path.join(HERE, "..", "fixtures")], 1)
    os.remove(out_p)
    row("PyTorch: load chunks, assemble, save", wp, cp, rp)
    print(f"  ckpt is {wp / wc:.1f}x faster and uses {100 * rc / rp:.1f}% of the memory")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(HERE, "../../build/bin/ckpt"))
    ap.add_argument("--gib", type=int, default=4)
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--convert-gib", type=float, default=None,
                    help="read about this much in the float16 rows (default: every tensor)")
    ap.add_argument("--keep-free", type=float, default=15, help="GiB the disk keeps free, whatever is written")
    a = ap.parse_args()
    work = a.workdir or tempfile.mkdtemp(prefix="ckpt-bigjobs-bench-")
    os.makedirs(work, exist_ok=True)
    tensors = 64 * a.gib
    index_dir, marked_dir, dcp_dir = (os.path.join(work, d) for d in ("index", "index-marked", "dcp"))
    index = os.path.join(index_dir, "model.safetensors.index.json")
    marked = os.path.join(marked_dir, "model.safetensors.index.json")
    if not os.path.exists(index):
        write_index(index_dir, tensors, 40)
    if not os.path.exists(marked):
        write_index(marked_dir, tensors, 40, marked=True)
    if not os.path.exists(os.path.join(dcp_dir, ".metadata")):
        subprocess.check_call([PY, "-B", "-c", "import sys; sys.path[:0] = sys.argv[1:2]; import sparse_checkpoints as s; "
                               "s.write_dcp(sys.argv[2], int(sys.argv[3]))", os.path.join(HERE, "..", "fixtures"),
                               dcp_dir, str(tensors)])
    gib = tensors * ROWS * COLS * 4 / 2**30
    ram = memory_gib()
    print(f"SPARSE files: tensor bytes are holes that read as zeros ({gib:.1f} GiB of tensors each, {tensors} "
          f"float32 tensors of 16 MiB; on disk: index {du(index_dir) / 2**20:.1f} MiB, marked copy "
          f"{du(marked_dir) / 2**20:.1f} MiB, DCP {du(dcp_dir) / 2**20:.1f} MiB). {os.cpu_count()} cores, "
          f"{ram:.1f} GiB of memory, {free_gib(work):.1f} GiB free on the disk.")
    rows = Rows()
    rows.ckpt = a.ckpt
    print(f"open, headers and metadata only (ckpt info --json), best of {a.runs}:")
    rows.run("40-shard safetensors index", [a.ckpt, "info", "--json", index], a.runs)
    rows.run("DCP folder, 2 ranks", [a.ckpt, "info", "--json", dcp_dir], a.runs)

    print(f"statistics of every tensor (ckpt stats; {gib:.1f} GiB read twice: two passes), one run each.")
    print("  The tensors are all zeros: min == max, so the percentiles need no selection pass (a fast path),")
    print("  but every value counts into one radix bucket and one histogram bin, so each increment waits on the")
    print("  last, and every page is a hole the kernel fills with zeros: not cheaper than real weights")
    print("  (tests/bench/bench_stats.py).")
    rows.run("40-shard safetensors index", [a.ckpt, "stats", index])
    rows.run("DCP folder, 2 ranks", [a.ckpt, "stats", dcp_dir])

    print(f"compare (ckpt diff; {gib:.1f} GiB on each side), one run each:")
    rows.run("index vs its marked copy", [a.ckpt, "diff", index, marked], ok=(1,))
    print(f"  {'':<34} (every tensor differs in its first value: metrics computed over every value)")
    rows.run("DCP folder vs the index", [a.ckpt, "diff", dcp_dir, index, "--strip-prefix-a", "model/"])
    print(f"  {'':<34} (bit-identical zeros: only the memcmp pass, no metrics)")

    guard = DiskGuard(work, a.keep_free)
    print("conversion (the writer leaves all-zero blocks as holes: the output is as sparse as the input):")
    convert_row(rows, work, "index -> 5GB safetensors shards", index, os.path.join(work, "f16.safetensors"),
                ["--max-shard-size", "5GB"], tensors, a.convert_gib, guard)
    convert_row(rows, work, "DCP -> one safetensors file", dcp_dir, os.path.join(work, "f16.safetensors"),
                ["--format", "safetensors"], tensors, a.convert_gib, guard)

    # PyTorch's approach holds every tensor in memory (the assembled state, and torch.load's).
    fits_ram = gib < 0.8 * ram
    print(f"DCP -> safetensors of all {gib:.1f} GiB, against PyTorch's approach (its output is dense):")
    if not fits_ram:
        print(f"  PyTorch: not run. Its approach (every chunk loaded with torch.load and assembled) holds all "
              f"{gib:.0f} GiB in memory; this machine has {ram:.1f} GiB.")
    elif free_gib(work) - gib < a.keep_free:
        print(f"  not run: PyTorch's output of {gib:.1f} GiB would leave less than {a.keep_free} GiB free")
    else:
        print("  the sparse folder:")
        against_pytorch(rows, work, dcp_dir, guard)
        values_dir = os.path.join(work, "dcp-values")
        if not os.path.exists(os.path.join(values_dir, ".metadata")) and free_gib(work) - 3 * gib < a.keep_free:
            print(f"  a folder of random values: not run, it and two outputs of {gib:.1f} GiB would leave less than "
                  f"{a.keep_free} GiB free")
        else:
            if not os.path.exists(os.path.join(values_dir, ".metadata")):
                subprocess.check_call([PY, "-B", "-c", "import sys; sys.path[:0] = sys.argv[1:2]; "
                                       "import sparse_checkpoints as s; s.write_dcp(sys.argv[2], int(sys.argv[3]), "
                                       "values=True)", os.path.join(HERE, "..", "fixtures"), values_dir, str(tensors)])
            warm(*(os.path.join(values_dir, f) for f in os.listdir(values_dir)))
            print(f"  the same folder holding random values (not sparse: {du(values_dir) / 2**30:.1f} GiB on disk, "
                  "every block written):")
            against_pytorch(rows, work, values_dir, guard)
    print(f"torch file -> DCP folder ({a.gib} GiB of real float32 bytes, 64 tensors of 16 MiB per GiB):")
    if not fits_ram or free_gib(work) - 2 * a.gib < a.keep_free:
        print(f"  not run: it needs a real torch file of {a.gib} GiB on disk and its DCP copy, and PyTorch's side "
              f"(torch.load of it) {a.gib} GiB of memory; {free_gib(work):.1f} GiB free, {ram:.1f} GiB of memory.")
    else:
        src = checkpoint(work, a.gib)
        warm(src)
        out_d = os.path.join(work, "written.dcp")
        subprocess.run(["rm", "-rf", out_d], check=True)
        rows.run("ckpt convert --format dcp", [a.ckpt, "convert", src, out_d, "--format", "dcp"])
        subprocess.run(["rm", "-rf", out_d], check=True)
        wl, cl, rl = best([PY, "-c", "import sys, torch; torch.load(sys.argv[1])", src], 1)
        row("PyTorch: torch.load of the source", wl, cl, rl)
    rss, name = rows.worst
    print(f"largest peak RSS of a ckpt command: {rss * 2**20 / 1e6:.0f} MB ({name.strip()}); "
          f"{'under' if rss * 2**20 / 1e6 <= BUDGET_MB else 'OVER'} the {BUDGET_MB} MB budget")


if __name__ == "__main__":
    main()
