#!/usr/bin/python3
"""Sorts seed files for the fuzzers by format: make_seeds.py OUTDIR INPUT_DIR...

Bytes are only copied (and zip members extracted as bytes): nothing is unpickled.
"""
import os
import sys
import zipfile

MAX_SEED = 256 * 1024


def kind(head):
    if head.startswith(b"PK"):
        return "zip"
    if head.startswith(b"\x93NUMPY"):
        return "npy"
    if len(head) >= 9 and head[8:9] == b"{":
        return "safetensors"
    if head.startswith(b"\x80\x02\x8a\x0a"):
        return "legacy"
    return "pickle"


def put(out, sub, name, data):
    d = os.path.join(out, sub)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name.replace("/", "_")), "wb") as f:
        f.write(data[:MAX_SEED])


def main():
    out = sys.argv[1]
    for sub in ("unpickler", "zip", "legacy", "safetensors", "npy", "open"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    for top in sys.argv[2:]:
        for root, _, files in os.walk(top):
            for fn in files:
                path = os.path.join(root, fn)
                if fn.endswith(".md") or os.path.getsize(path) > 4 * MAX_SEED:
                    continue
                with open(path, "rb") as f:
                    data = f.read()
                put(out, "open", os.path.relpath(path, top), data)   # detection picks the reader
                if fn.endswith(".json"):
                    continue
                k = kind(data[:16])
                tag = os.path.relpath(path, top)
                if k == "zip":
                    put(out, "zip", tag, data)
                    try:
                        with zipfile.ZipFile(path) as z:
                            for info in z.infolist():
                                member = z.read(info.filename) if info.file_size < MAX_SEED else b""
                                if member[:1] in (b"\x80", b"c", b"(") :
                                    put(out, "unpickler", tag + "_" + info.filename, member)
                                elif member.startswith(b"\x93NUMPY"):
                                    put(out, "npy", tag + "_" + info.filename, member)
                    except Exception:
                        pass   # hostile zips are seeds as they are
                elif k == "legacy":
                    put(out, "legacy", tag, data)
                    put(out, "unpickler", tag, data)
                elif k == "pickle":
                    put(out, "unpickler", tag, data)
                    put(out, "legacy", tag, data)
                else:
                    put(out, k, tag, data)


if __name__ == "__main__":
    main()
