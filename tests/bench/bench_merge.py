#!/usr/bin/python3
"""Benchmark: averaging three 1 GiB float32 checkpoints with `ckpt merge OUT A B C` against
the Python script users write for it (torch.load each, average every floating tensor in
float64 as ckpt does, cast back, torch.save). Prints wall and CPU time, peak memory
(max RSS of each child process, from wait4) and the ratios. Not a test: no assertion on
times.

    bench_merge.py [--ckpt BUILD/bin/ckpt] [--size-mib 1024] [--workdir DIR] [--runs 3] [--before OLD_CKPT]
"""
import argparse, os, subprocess, sys, tempfile

sys.dont_write_bytecode = True
from benchlib import best, record, row, warm  # noqa: E402

PY_AVERAGE = r"""
import sys, torch
sds = [torch.load(f) for f in sys.argv[2:]]
out = {}
for k, v in sds[0].items():
    if v.is_floating_point():
        acc = torch.zeros(v.shape, dtype=torch.float64)
        for sd in sds:
            acc += (1.0 / len(sds)) * sd[k].double()
        out[k] = acc.to(v.dtype)
    else:
        out[k] = v
torch.save(out, sys.argv[1])
"""


def source(work, mib, seed):
    path = os.path.join(work, f"soup{seed}_{mib}MiB.pt")
    if not os.path.exists(path):
        gen = ("import torch, sys\n"
               f"torch.manual_seed({seed})\n"
               f"n = {mib} // 64\n"
               "sd = {f'layer{i}.weight': torch.randn(4096, 4096) for i in range(n)}\n"
               "sd.update({f'layer{i}.bias': torch.randn(4096) for i in range(n)})\n"
               "sd['bn.num_batches_tracked'] = torch.tensor(7)\n"
               "torch.save(sd, sys.argv[1])\n")
        subprocess.check_call(["/usr/bin/python3", "-c", gen, path])
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(os.path.dirname(__file__), "../../../build/bin/ckpt"))
    ap.add_argument("--size-mib", type=int, default=1024)
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--before", help="ignored: older builds have no merge")
    a = ap.parse_args()
    work = a.workdir or tempfile.mkdtemp(prefix="ckpt-bench-")
    os.makedirs(work, exist_ok=True)
    files = [source(work, a.size_mib, s) for s in range(3)]
    warm(*files)
    env = dict(os.environ, CUDA_VISIBLE_DEVICES="")
    ours = best([a.ckpt, "merge", os.path.join(work, "soup_ckpt.pt"), *files], a.runs, env)
    py = best(["/usr/bin/python3", "-c", PY_AVERAGE, os.path.join(work, "soup_py.pt"), *files], a.runs, env)
    print(f"average of three {a.size_mib} MiB float32 checkpoints (fastest of {a.runs}):")
    row("ckpt merge", *ours)
    row("python: torch.load x3, average, save", *py)
    print(f"  ratio {py[0] / ours[0]:.1f}x faster, {100 * ours[2] / py[2]:.0f}% of the peak memory")
    same = subprocess.run(["/usr/bin/python3", "-c",
                           "import sys, torch\n"
                           "a, b = torch.load(sys.argv[1]), torch.load(sys.argv[2])\n"
                           "sys.exit(0 if a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a) else 1)",
                           os.path.join(work, "soup_ckpt.pt"), os.path.join(work, "soup_py.pt")])
    print("  outputs equal bit for bit" if same.returncode == 0 else "  OUTPUTS DIFFER")
    record(f"merge 3 x {a.size_mib} MiB", ours, py, ">= 3x, < 10% memory",
           "" if same.returncode == 0 else "OUTPUTS DIFFER")
    # The cast preview reads every value once, as the statistics pass does.
    preview = best([a.ckpt, "convert", files[0], os.path.join(work, "never.pt"), "--dtype", "float16", "--dry-run",
                    "--json"], a.runs, env)
    stats = best([a.ckpt, "stats", files[0], "--json"], a.runs, env)
    print(f"cast preview of {a.size_mib} MiB to float16 against the statistics pass:")
    row("ckpt convert --dry-run --json", *preview)
    row("ckpt stats --json", *stats)
    record(f"cast preview {a.size_mib} MiB", preview, None, "as the stats pass",
           f"stats {stats[0]:.2f} s")


if __name__ == "__main__":
    main()
