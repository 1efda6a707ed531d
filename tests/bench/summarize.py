#!/usr/bin/python3
"""Turns the rows the benchmarks recorded (JSON lines, benchlib.record) into `make
bench`'s table: printed as Markdown (what the README's Speed table is copied from) and
written as one JSON document with the date and the machine.

    summarize.py RESULTS.jsonl OUT.json
"""
import json
import os
import platform
import subprocess
import sys
import time


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor())
    mem = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    torch = subprocess.run(["/usr/bin/python3", "-c", "import torch; print(torch.__version__)"],
                           capture_output=True, text=True).stdout.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem / 2**20, 1),
            "kernel": platform.release(), "torch": torch}


def cell(seconds, rss):
    if seconds is None:
        return "", ""
    return (f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"), f"{rss:.0f} MB"


def main():
    rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
    doc = {"date": time.strftime("%Y-%m-%d"), "machine": machine(), "rows": rows}
    with open(sys.argv[2], "w") as f:
        json.dump(doc, f, indent=2)
    m = doc["machine"]
    print(f"\n{doc['date']}, {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, Linux {m['kernel']}, "
          f"torch {m['torch']}; warm page cache, best of 3")
    print("\n| path | ckpt | peak RSS | Python PyTorch | peak RSS | ratio | target | note |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        ours, ours_rss = cell(r["ckpt_s"], r["ckpt_rss_mib"])
        py, py_rss = cell(r.get("python_s"), r.get("python_rss_mib", 0))
        ratio = f"{r['ratio']:.1f}x" if "ratio" in r else ""
        print(f"| {r['path']} | {ours} | {ours_rss} | {py} | {py_rss} | {ratio} | {r['target']} | {r['note']} |")
    print(f"\nwritten to {sys.argv[2]}")


if __name__ == "__main__":
    main()
