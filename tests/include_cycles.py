#!/usr/bin/env python3
"""Fails if the includes of model/, widgets/ and app/ form a cycle.

Two levels: components (X.h with its X.cpp, as Lakos counts them: a .cpp that includes
a header depends on it, and so does its own header's component) and folders
(model/formats -> model/checkpoint ...). Usage: include_cycles.py SOURCE_DIR
"""
import os
import re
import sys

INCLUDE = re.compile(r'#include\s+"((?:model|widgets|app)/[^"]+)"')


def graph(root):
    files = []
    for top in ("model", "widgets", "app"):
        for dirpath, _, names in os.walk(os.path.join(root, top)):
            files += [os.path.relpath(os.path.join(dirpath, n), root) for n in names if n.endswith((".h", ".cpp"))]
    known = set(files)
    edges = {}
    for f in files:
        src = os.path.splitext(f)[0]
        with open(os.path.join(root, f), encoding="utf-8", errors="replace") as text:
            for line in text:
                m = INCLUDE.search(line)
                if m and m.group(1) in known:
                    dst = os.path.splitext(m.group(1))[0]
                    if dst != src:
                        edges.setdefault(src, set()).add(dst)
    return edges


def cycles(edges):
    """Strongly connected components of more than one node (Tarjan, iteratively)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    nodes = sorted(set(edges) | {d for ds in edges.values() for d in ds})
    counter = 0
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(edges.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on.add(start)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        x = stack.pop()
                        on.discard(x)
                        comp.append(x)
                        if x == v:
                            break
                    if len(comp) > 1:
                        out.append(sorted(comp))
            elif w not in index:
                index[w] = low[w] = counter
                counter += 1
                stack.append(w)
                on.add(w)
                work.append((w, iter(sorted(edges.get(w, ())))))
            elif w in on:
                low[v] = min(low[v], index[w])
    return out


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    components = graph(root)
    folders = {}
    for a, bs in components.items():
        for b in bs:
            if os.path.dirname(a) != os.path.dirname(b):
                folders.setdefault(os.path.dirname(a), set()).add(os.path.dirname(b))
    found = False
    for level, edges in (("component", components), ("folder", folders)):
        for comp in cycles(edges):
            found = True
            print(f"{level} cycle: {' <-> '.join(comp)}")
            for a in comp:
                for b in sorted(edges.get(a, ())):
                    if b in comp:
                        print(f"    {a} includes {b}")
    if found:
        return 1
    nodes = set(components) | {b for bs in components.values() for b in bs}
    print(f"no include cycles among {len(nodes)} components in {len(set(map(os.path.dirname, nodes)))} folders")
    return 0


if __name__ == "__main__":
    sys.exit(main())
