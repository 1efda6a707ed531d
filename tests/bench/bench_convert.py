#!/usr/bin/python3
"""Benchmark: fp32 -> fp16 conversion of a 1 GiB checkpoint, `ckpt convert --dtype float16`
against torch.load + .half() + torch.save in Python; and a conversion without a cast
against `cp` of the same file, and against `cp` + `sync` of it (ckpt fsyncs its output
before the rename, so that is the floor for a durable copy). Prints wall times, the
ratios and peak memory (max RSS of each child process, from wait4). Not a test: no
assertion on times.

    bench_convert.py [--ckpt BUILD/bin/ckpt] [--size-mib 1024] [--workdir DIR] [--runs 3] [--before OLD_CKPT]
"""
import argparse, os, subprocess, sys, tempfile

sys.dont_write_bytecode = True
from benchlib import best, record  # noqa: E402

PY_CONVERT = r"""
import sys, torch
sd = torch.load(sys.argv[1])
sd = {k: (v.half() if v.is_floating_point() else v) for k, v in sd.items()}
torch.save(sd, sys.argv[2])
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(os.path.dirname(__file__), "../../../build/bin/ckpt"))
    ap.add_argument("--size-mib", type=int, default=1024)
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--before", help="another ckpt binary to measure the same way")
    a = ap.parse_args()
    work = a.workdir or tempfile.mkdtemp(prefix="ckpt-bench-")
    os.makedirs(work, exist_ok=True)
    src = os.path.join(work, f"fp32_{a.size_mib}MiB.pt")
    if not os.path.exists(src):
        # 64 MiB tensors plus a few small ones and an int buffer, like a real state_dict.
        gen = ("import torch, sys\n"
               "torch.manual_seed(0)\n"
               f"n = {a.size_mib} // 64\n"
               "sd = {f'layer{i}.weight': torch.randn(4096, 4096) for i in range(n)}\n"
               "sd.update({f'layer{i}.bias': torch.randn(4096) for i in range(n)})\n"
               "sd['bn.num_batches_tracked'] = torch.tensor(7)\n"
               "torch.save(sd, sys.argv[1])\n")
        subprocess.check_call(["/usr/bin/python3", "-c", gen, src])
    size = os.path.getsize(src)
    subprocess.check_call(["cat", src], stdout=subprocess.DEVNULL)   # warm the page cache for everyone
    env = dict(os.environ, CUDA_VISIBLE_DEVICES="")
    outs = {k: os.path.join(work, f"out_{k}.pt") for k in ("ckpt16", "py16", "ckpt", "cp", "cpsync")}

    r16 = best([a.ckpt, "convert", src, outs["ckpt16"], "--dtype", "float16"], a.runs, env)
    rpy = best(["/usr/bin/python3", "-c", PY_CONVERT, src, outs["py16"]], a.runs, env)
    rcopy = best([a.ckpt, "convert", src, outs["ckpt"]], a.runs, env)
    rcp = best(["cp", src, outs["cp"]], a.runs)
    (t_ckpt, _, m_ckpt), (t_py, _, m_py), (t_copy, _, m_copy), t_cp = r16, rpy, rcopy, rcp[0]
    record(f"convert fp16 {a.size_mib} MiB", r16, rpy, ">= 3x, < 10% memory")
    record(f"convert no cast {a.size_mib} MiB", rcopy, None, "<= 2x cp", f"cp {t_cp:.2f} s")
    t_cpsync = best(["sh", "-c", 'cp "$0" "$1" && sync "$1"', src, outs["cpsync"]], a.runs)[0]
    before = None
    if a.before:
        before = (best([a.before, "convert", src, outs["ckpt16"], "--dtype", "float16"], a.runs, env),
                  best([a.before, "convert", src, outs["ckpt"]], a.runs, env))

    check = ("import torch, sys\n"
             "a = torch.load(sys.argv[1], weights_only=True); b = torch.load(sys.argv[2], weights_only=True)\n"
             "assert a.keys() == b.keys() and all(torch.equal(a[k].view(torch.int16) if a[k].dtype == torch.float16 "
             "else a[k], b[k].view(torch.int16) if b[k].dtype == torch.float16 else b[k]) for k in a)\n"
             "print('outputs bit-identical to PyTorch .half()')\n")
    same = subprocess.run(["/usr/bin/python3", "-c", check, outs["ckpt16"], outs["py16"]], capture_output=True, text=True)

    print(f"source: {src} ({size / 2**30:.2f} GiB, float32), best of {a.runs} runs, warm page cache, {os.cpu_count()} cores")
    print(f"fp32 -> fp16  ckpt convert      {t_ckpt:7.2f} s   peak RSS {m_ckpt:8.0f} MiB")
    print(f"fp32 -> fp16  python torch      {t_py:7.2f} s   peak RSS {m_py:8.0f} MiB")
    print(f"  speed-up {t_py / t_ckpt:.1f}x (target >= 3x); memory {100 * m_ckpt / m_py:.1f}% of Python's (target < 10%)")
    print(f"no cast       ckpt convert      {t_copy:7.2f} s   peak RSS {m_copy:8.0f} MiB")
    print(f"              cp                {t_cp:7.2f} s")
    print(f"              cp + sync         {t_cpsync:7.2f} s")
    print(f"  ratio to cp {t_copy / t_cp:.2f}x (target <= 2x); to cp + sync {t_copy / t_cpsync:.2f}x")
    if before:
        print(f"before: fp32 -> fp16 {before[0][0]:.2f} s, peak RSS {before[0][2]:.0f} MiB; "
              f"no cast {before[1][0]:.2f} s, peak RSS {before[1][2]:.0f} MiB")
    print(same.stdout.strip() or same.stderr.strip())
    for p in outs.values():
        if os.path.exists(p):
            os.unlink(p)


if __name__ == "__main__":
    main()
