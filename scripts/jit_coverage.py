#!/usr/bin/env python3
"""How much of the corpus the JIT compiles.

Runs every `tests/py` and `tests/programs` program with `--jit=always
--jit-log` and counts, over all code bodies the programs ran, those
compiled and those not, with the reasons given for the latter (most common
first) and the median compile time.

Usage: python3 scripts/jit_coverage.py [--krait target/release/krait] [--top N]
"""

import argparse
import collections
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPILED = re.compile(r"^jit: compiled (.+?) \(f\d+\) in ([0-9.]+) ms")
NOT = re.compile(r"^jit: not compiled (.+?) \(f\d+\): line \d+: (.*)$")


def programs():
    for top in ("tests/py", "tests/programs"):
        for dirpath, dirnames, files in os.walk(os.path.join(ROOT, top)):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("_"))
            for f in sorted(files):
                if f.endswith(".py") and not f.startswith("_"):
                    yield os.path.join(dirpath, f)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--krait", default=os.path.join(ROOT, "target/release/krait"))
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    compiled, times, reasons = 0, [], collections.Counter()
    for path in programs():
        try:
            r = subprocess.run(
                [args.krait, "run", "--jit=always", "--jit-log", os.path.basename(path)],
                cwd=os.path.dirname(path),
                capture_output=True,
                text=True,
                timeout=60,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            print(f"timeout: {path}", file=sys.stderr)
            continue
        for line in r.stderr.splitlines():
            m = COMPILED.match(line)
            if m:
                compiled += 1
                times.append(float(m.group(2)))
                continue
            m = NOT.match(line)
            if m:
                # Group reasons without the names and numbers in them.
                reason = re.sub(r"`[^`]*`", "`..`", m.group(2))
                reason = re.sub(r"\d+", "N", reason)
                reasons[reason] += 1
    total = compiled + sum(reasons.values())
    print(f"code bodies compiled: {compiled} of {total} ({100 * compiled / max(total, 1):.1f}%)")
    if times:
        print(f"compile time per body: median {statistics.median(times):.2f} ms, "
              f"max {max(times):.1f} ms")
    print("not compiled, by reason:")
    for reason, n in reasons.most_common(args.top):
        print(f"  {n:5}  {reason}")


if __name__ == "__main__":
    main()
