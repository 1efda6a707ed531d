"""What the benchmarks share: timing a child process (wall, CPU, peak RSS from wait4),
best-of-N runs, the files they work on (written once into a work folder) and the page
cache warm-up. Not a test: nothing here asserts on times."""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"   # Debian's torch 1.13


TIME = "/usr/bin/time"


def timed(cmd, env=None, ok=(0,)):
    """(wall seconds, CPU seconds user+sys, peak RSS in MiB) of one run of `cmd`.

    The peak RSS comes from /usr/bin/time running `cmd`: a child forked from this Python
    process inherits its peak RSS in ru_maxrss (Linux keeps the larger of the old and new
    image's across exec), so after this process has parsed a large JSON every child would
    report at least that. /usr/bin/time forks `cmd` from its own small image."""
    import tempfile
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        wrapped = [TIME, "-q", "-f", "%M", "-o", rss.name, *cmd] if os.path.exists(TIME) else cmd
        t0 = time.perf_counter()
        p = subprocess.Popen(wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        err = p.stderr.read().decode(errors="replace")
        if os.waitstatus_to_exitcode(status) not in ok:
            sys.exit(f"{cmd[0]} failed: {err.strip()}")
        peak = usage.ru_maxrss / 1024.0
        if wrapped is not cmd:
            lines = [line for line in rss.read().split() if line.isdigit()]
            peak = int(lines[-1]) / 1024.0 if lines else peak
    return wall, usage.ru_utime + usage.ru_stime, peak


def timed_tty(cmd, env=None, ok=(0,), started=None):
    """timed() with stderr on a pseudo-terminal, as a person at a terminal runs `cmd` (the CLI
    shows progress only there): (wall, CPU, peak RSS MiB, what it wrote to that terminal).
    `started(popen)` is called once the command runs (a watchdog)."""
    import pty
    import threading
    master, slave = pty.openpty()
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)
    if started:
        started(p)
    chunks = []

    def drain():  # a full terminal buffer would block the child
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed its end
                return
            if not data:
                return
            chunks.append(data)
    reader = threading.Thread(target=drain)
    reader.start()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    reader.join()
    os.close(master)
    err = b"".join(chunks).decode(errors="replace")
    if os.waitstatus_to_exitcode(status) not in ok:
        sys.exit(f"{cmd[0]} failed: {err.strip()}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, err


def best(cmd, runs, env=None, ok=(0,)):
    """The fastest of `runs` runs (wall, its CPU time) and the largest peak RSS of all."""
    results = [timed(cmd, env, ok) for _ in range(runs)]
    fastest = min(results, key=lambda r: r[0])
    return fastest[0], fastest[1], max(r[2] for r in results)


def checkpoint(work, gib, perturb=False):
    """A float32 checkpoint of `gib` GiB in `work` (written the first time)."""
    path = os.path.join(work, f"fp32_{gib}GiB{'_perturbed' if perturb else ''}.pt")
    if not os.path.exists(path):
        args = [PY, os.path.join(HERE, "make_big_checkpoint.py"), path, "--gib", str(gib)]
        subprocess.check_call(args + (["--perturb"] if perturb else []))
    return path


def warm(*paths):
    """Reads the files once so that every side of a benchmark reads from the page cache."""
    for p in paths:
        subprocess.check_call(["cat", p], stdout=subprocess.DEVNULL)


def cat_seconds(path, runs):
    """One read of the bytes from the page cache: the floor for any pass over them."""
    return best(["cat", path], runs)[0]


def row(name, wall, cpu, rss):
    print(f"  {name:<34} {wall:7.2f} s  CPU {cpu:6.2f} s ({100 * cpu / max(wall, 1e-9):3.0f}%)  peak RSS {rss:6.0f} MiB")


def record(path, ours, python=None, target="", note=""):
    """One row of `make bench`'s table: `ours` and `python` are (wall s, CPU s, peak RSS MiB)
    as best() returns them. Appended as a JSON line to $BENCH_RESULTS when it is set
    (run_benchmarks.sh sets it and summarize.py turns the lines into the table)."""
    out = os.environ.get("BENCH_RESULTS")
    if not out:
        return
    import json
    entry = {"path": path, "ckpt_s": ours[0], "ckpt_cpu_s": ours[1], "ckpt_rss_mib": ours[2],
             "target": target, "note": note, "load_average": os.getloadavg()[0]}
    if python is not None:
        entry.update({"python_s": python[0], "python_cpu_s": python[1], "python_rss_mib": python[2],
                      "ratio": python[0] / max(ours[0], 1e-9)})
    with open(out, "a") as f:
        f.write(json.dumps(entry) + "\n")
