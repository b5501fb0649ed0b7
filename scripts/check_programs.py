#!/usr/bin/env python3
"""Run krait on corpus programs and compare with their expected files, as
tests/run_programs.rs does, without rebuilding the test binary.

    scripts/check_programs.py [--krait PATH] [--modes off,on,always] PATH...

Each PATH is a .py program or a directory searched recursively (files and
directories whose name starts with `_` are helper modules, not programs).
Expected NAME.out/.err/.code must exist (scripts/gen_run_expected.py writes
them). Prints one line per differing run with a short diff and exits 1 if
any run differs.
"""
import argparse
import os
import re
import subprocess
import sys

ADDR = re.compile(r"0x[0-9a-f]+")


def programs(path, out):
    if os.path.isfile(path):
        out.append(os.path.abspath(path))
        return
    for name in sorted(os.listdir(path)):
        if name.startswith("_"):
            continue
        full = os.path.join(path, name)
        if os.path.isdir(full):
            programs(full, out)
        elif name.endswith(".py"):
            out.append(os.path.abspath(full))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default=os.path.join(here, "..", "target", "release", "krait"))
    ap.add_argument("--modes", default="off,on,always")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    krait = os.path.abspath(args.krait)
    paths = []
    for p in args.paths:
        programs(p, paths)
    bad = 0
    runs = 0
    for path in paths:
        d, base = os.path.split(path)
        name = base[:-3]
        real = os.path.realpath(d)
        try:
            want_out = open(os.path.join(d, name + ".out"), encoding="utf-8", errors="replace").read()
            want_err = open(os.path.join(d, name + ".err"), encoding="utf-8", errors="replace").read()
            want_code = int(open(os.path.join(d, name + ".code")).read().strip())
        except OSError as e:
            print(f"{path}: no expected files ({e})")
            bad += 1
            continue
        want_err = ADDR.sub("0x?", want_err.replace("{DIR}", real))
        for mode in args.modes.split(","):
            runs += 1
            env = dict(os.environ, KRAIT_LEAK_CHECK="1")
            try:
                stdin_path = os.path.join(d, os.path.splitext(base)[0] + ".in")
                stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
                p = subprocess.run([krait, "run", f"--jit={mode}", base], cwd=d, env=env,
                                   stdin=stdin, capture_output=True,
                                   timeout=args.timeout)
                if stdin is not subprocess.DEVNULL:
                    stdin.close()
                got_out = p.stdout.decode("utf-8", "replace")
                got_err = ADDR.sub("0x?", p.stderr.decode("utf-8", "replace"))
                code = p.returncode
            except subprocess.TimeoutExpired:
                got_out, got_err, code = "", "TIMEOUT\n", -1
            for f in os.listdir(d):
                if f.startswith("_tmp_") and os.path.isfile(os.path.join(d, f)):
                    os.remove(os.path.join(d, f))
            if (got_out, got_err, code) != (want_out, want_err, want_code):
                bad += 1
                print(f"FAIL {os.path.relpath(path)} --jit={mode}: exit {code} (want {want_code})")
                for label, got, want in (("stdout", got_out, want_out), ("stderr", got_err, want_err)):
                    if got != want:
                        g, w = got.splitlines(), want.splitlines()
                        for i in range(max(len(g), len(w))):
                            gl = g[i] if i < len(g) else "<missing>"
                            wl = w[i] if i < len(w) else "<missing>"
                            if gl != wl:
                                print(f"  {label} line {i + 1}: got  {gl[:200]!r}")
                                print(f"  {' ' * len(label)}         want {wl[:200]!r}")
                                break
    print(f"{runs - bad} of {runs} runs match ({len(paths)} programs)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
