#!/usr/bin/python3
"""Benchmark: how the app feels. Runs ckpt-inspector on a virtual X server (Xvfb; the
offscreen platform repaints only when asked for a picture, so it would never show the
file's first paint) with --responsiveness,
which reports the first paint from the process's start, the first paint once the file is
shown, and every stall of the GUI thread's event loop over 50 ms (a 5 ms timer that comes
late), per phase. Three sessions: a 1 GiB checkpoint with the statistics of a tensor
shown, the same compared with a changed copy (every tensor differs), and 100k keys.
There is no Python equivalent of a GUI: the rows are measured against the targets
(first paint < 300 ms; 100k keys shown within 500 ms of the open; no stall over 50 ms).

    bench_gui.py --app BUILD/bin/ckpt-inspector --workdir DIR [--runs 3]
"""
import argparse
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True
from benchlib import HERE, PY, checkpoint, record, warm  # noqa: E402


def display():
    """An Xvfb display for the sessions (stopped at exit), or None for the offscreen platform."""
    if not shutil.which("Xvfb"):
        return None
    for n in range(90, 110):
        if not os.path.exists(f"/tmp/.X11-unix/X{n}") and not os.path.exists(f"/tmp/.X{n}-lock"):
            server = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            atexit.register(server.terminate)
            for _ in range(50):
                if os.path.exists(f"/tmp/.X11-unix/X{n}"):
                    return f":{n}"
                time.sleep(0.1)
    return None


def session(app, args, runs, screen):
    """Reports of `runs` sessions (each a dict from --responsiveness) and each one's peak RSS."""
    reports = []
    env = dict(os.environ, DISPLAY=screen) if screen else dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("WAYLAND_DISPLAY", None)
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            out, shot = os.path.join(tmp, f"r{i}.json"), os.path.join(tmp, f"s{i}.png")
            p = subprocess.Popen([app, "--screenshot", shot, "--responsiveness", out, *args],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            _, status, usage = os.wait4(p.pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                sys.exit(f"{app} {' '.join(args)} failed")
            with open(out) as f:
                r = json.load(f)
            r["rss_mib"] = usage.ru_maxrss / 1024.0
            reports.append(r)
    return reports


def at(report, phase):
    return next(p["at_ms"] for p in report["phases"] if p["phase"] == phase)


def show(name, reports, target):
    if any(r["file_shown_ms"] is None for r in reports):  # offscreen: the load's end instead
        for r in reports:
            r["file_shown_ms"] = r["file_shown_ms"] or r["loaded_ms"]
    fastest = min(reports, key=lambda r: r["file_shown_ms"])
    worst = max(r["longest_stall_ms"] for r in reports)
    worst_phase = max(reports, key=lambda r: r["longest_stall_ms"])["longest_stall_phase"]
    shown_after_open = fastest["file_shown_ms"] - at(fastest, "open")
    print(f"  {name:<28} first paint {fastest['first_paint_ms']:6.0f} ms, file shown {fastest['file_shown_ms']:6.0f} ms "
          f"({shown_after_open:5.0f} ms after the open), longest stall {worst:5.0f} ms ({worst_phase}), "
          f"peak RSS {max(r['rss_mib'] for r in reports):4.0f} MiB")
    record(f"GUI {name}", (fastest["file_shown_ms"] / 1000, 0.0, max(r["rss_mib"] for r in reports)), None, target,
           f"first paint {fastest['first_paint_ms']:.0f} ms, shown {shown_after_open:.0f} ms after the open, "
           f"longest stall {worst:.0f} ms ({worst_phase})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--app", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    one, changed = checkpoint(a.workdir, 1), checkpoint(a.workdir, 1, perturb=True)
    keys = os.path.join(a.workdir, "flat_100000keys.pt")
    if not os.path.exists(keys):
        subprocess.check_call([PY, os.path.join(HERE, "make_many_keys.py"), "flat", keys, "100000"])
    warm(one, changed, keys)
    screen = display()
    print(f"{'Xvfb ' + screen if screen else 'offscreen (file shown = load finished)'}, warm page cache, {os.cpu_count()} cores, best of {a.runs} (stall: worst of {a.runs}), "
          f"load average {os.getloadavg()[0]:.1f}")
    show("open 1 GiB + stats", session(a.app, ["--dock", "statistics", "--select", "layers.0.weight", one], a.runs, screen),
         "first paint < 300 ms, no stall > 50 ms")
    show("compare two 1 GiB", session(a.app, ["--dock", "compare", "--compare", changed, one], a.runs, screen),
         "no stall > 50 ms")
    show("open 100k keys", session(a.app, [keys], a.runs, screen), "shown < 500 ms after the open, no stall > 50 ms")


if __name__ == "__main__":
    main()
