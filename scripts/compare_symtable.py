#!/usr/bin/env python3
"""Compare krait's scope resolution with CPython's symtable over the stdlib.

Usage: scripts/compare_symtable.py [--root DIR] [--show N] [FILE...]

For every .py file CPython can parse (site-packages excluded), prints both
symbol tables in one text form: a line per scope (`type name line nested`,
CPython's `_table` attributes) and a line per name (`name flags`, CPython's
raw flag word: DEF_* bits and the resolved scope from bit 11), and compares.
A SyntaxError from the symbol table compares as `ERROR Class: msg (line N)`.
krait's side comes from `cargo run --release --example dump_scopes`.
Ends with `N matched, M differ`; exit status 0 when nothing differs.
"""
import argparse
import ast
import os
import subprocess
import sys
import symtable
import sysconfig
import warnings
from importlib.util import decode_source

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_stdlib import stdlib_files  # noqa: E402  (the same file list)


def dump(t, depth, out):
    pad = "    " * depth
    out.append(f"{pad}{t.type} {t.name} {t.lineno} {int(bool(t.nested))}")
    for name, flags in sorted(t.symbols.items()):
        out.append(f"{pad}  {name} {flags}")
    for c in t.children:
        dump(c, depth + 1, out)


def cpython(path):
    data = open(path, "rb").read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(data)
        except (SyntaxError, ValueError):
            return None
        try:
            table = symtable.symtable(decode_source(data), path, "exec")
        except SyntaxError as e:
            return f"ERROR {type(e).__name__}: {e.msg} (line {e.lineno})"
    out = []
    dump(table._table, 0, out)
    return "\n".join(out)


def krait(paths):
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p = subprocess.run(
        ["cargo", "run", "-q", "--release", "--example", "dump_scopes", "--", *paths],
        cwd=here, capture_output=True, text=True, errors="surrogateescape",
    )
    if p.returncode != 0:
        sys.exit(f"dump_scopes failed:\n{p.stderr}")
    result, cur, lines = {}, None, []
    for line in p.stdout.splitlines():
        if line.startswith("== "):
            if cur is not None:
                result[cur] = "\n".join(lines)
            cur, lines = line[3:], []
        else:
            lines.append(line)
    if cur is not None:
        result[cur] = "\n".join(lines)
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=sysconfig.get_paths()["stdlib"])
    ap.add_argument("--show", type=int, default=10)
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    paths = args.files or stdlib_files(args.root)
    expected = {p: cpython(p) for p in paths}
    paths = [p for p in paths if expected[p] is not None]
    actual = krait(paths)
    matched, differ = 0, []
    for p in paths:
        a, b = expected[p], actual.get(p, "(missing)")
        if a == b:
            matched += 1
            continue
        al, bl = a.splitlines(), b.splitlines()
        i = next((k for k in range(min(len(al), len(bl))) if al[k] != bl[k]), min(len(al), len(bl)))
        line = lambda ls: ls[i].strip() if i < len(ls) else "(end)"
        differ.append(f"{p} (line {i + 1} of the dump): cpython {line(al)!r}, krait {line(bl)!r}")
    for d in differ[: args.show]:
        print(d)
    print(f"{matched} matched, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
