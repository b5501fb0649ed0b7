#!/usr/bin/env python3
"""Compare `krait parse --format=cpython` with CPython's ast.dump over the stdlib.

Usage: scripts/compare_stdlib.py [--positions] [--krait PATH] [--root DIR]
                                 [--show N] [--jobs N]

For every .py file under the standard library of the running python3
(site-packages excluded), a file "matches" when both reject it, or both
accept it and krait's dump is byte-identical to `ast.dump(ast.parse(bytes))`.
With --positions both sides include the position attributes:
`krait parse --format=cpython-positions` against
`ast.dump(ast.parse(bytes), include_attributes=True)`.
Prints each difference (up to --show) and ends with `N matched, M differ`.
Exit status 0 when nothing differs.
"""
import argparse
import ast
import concurrent.futures
import os
import subprocess
import sys
import sysconfig
import warnings


def stdlib_files(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != "site-packages")
        out.extend(os.path.join(d, f) for f in sorted(files) if f.endswith(".py"))
    return out


def cpython(path, positions):
    with open(path, "rb") as f:
        data = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return True, ast.dump(ast.parse(data), include_attributes=positions)
    except (SyntaxError, ValueError) as e:
        return False, f"{type(e).__name__}: {e}"


def krait(exe, path, positions):
    fmt = "--format=cpython-positions" if positions else "--format=cpython"
    p = subprocess.run([exe, "parse", fmt, path], capture_output=True)
    if p.returncode == 0:
        return True, p.stdout.decode("utf-8", "surrogateescape").rstrip("\n")
    if p.returncode == 1:
        return False, p.stderr.decode("utf-8", "replace").strip()
    return None, f"exit {p.returncode}: " + p.stderr.decode("utf-8", "replace").strip()


def first_difference(a, b):
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    return i, a[max(0, i - 80) : i + 80], b[max(0, i - 80) : i + 80]


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--krait", default=os.path.join(here, "target", "release", "krait"))
    ap.add_argument("--root", default=sysconfig.get_paths()["stdlib"])
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--positions", action="store_true", help="compare with position attributes")
    args = ap.parse_args()

    files = stdlib_files(args.root)
    matched, differ = 0, []

    def check(path):
        ok_c, out_c = cpython(path, args.positions)
        ok_k, out_k = krait(args.krait, path, args.positions)
        if ok_k is None:
            return path, f"krait crashed: {out_k}"
        if ok_c != ok_k:
            what = "krait rejects" if ok_c else "krait accepts"
            return path, f"{what}; CPython: {out_c[:200] if not ok_c else 'ok'}; krait: {out_k[:300] if not ok_k else 'ok'}"
        if ok_c and out_c != out_k:
            i, a, b = first_difference(out_c, out_k)
            return path, f"dump differs at {i}:\n    cpython: {a}\n    krait:   {b}"
        return path, None

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, problem in pool.map(check, files):
            if problem is None:
                matched += 1
            else:
                differ.append((path, problem))
    for path, problem in differ[: args.show]:
        print(f"{os.path.relpath(path, args.root)}: {problem}")
    print(f"{matched} matched, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
