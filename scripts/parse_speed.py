#!/usr/bin/env python3
"""Parse throughput over the whole stdlib: CPython's ast.parse vs krait.

    python3 scripts/parse_speed.py [--rounds N] [--stdlib DIR]

Both sides parse the same files from bytes to an AST in the same run:

* CPython: `ast.parse(bytes)` on every `.py` file under the stdlib of the
  interpreter running this script (`sys.executable`; directories named
  `site-packages` skipped, as the Rust side does). Files are read into
  memory first; each round times parsing all of them, files that fail to
  parse included (the time CPython spends raising the error counts). The
  median round is reported.
* krait: `cargo run --release --example parse_throughput -- STDLIB ROUNDS`
  (examples/parse_throughput.rs), which does the same with
  `krait_frontend::parse_bytes` and prints its median MB/s.

MB here is 10^6 bytes of source.
"""

import argparse
import ast
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import sysconfig
import time
import warnings

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def collect(directory, out):
    """Every .py file under `directory`, in the order parse_throughput.rs
    walks them (sorted entries, depth first, skipping site-packages)."""
    try:
        entries = sorted(os.path.join(directory, e) for e in os.listdir(directory))
    except OSError:
        return
    for p in entries:
        if os.path.isdir(p):
            if os.path.basename(p) != "site-packages":
                collect(p, out)
        elif p.endswith(".py"):
            out.append(p)


def time_cpython(data, rounds):
    times = []
    failed = 0
    with warnings.catch_warnings():
        # Invalid escape sequences etc. warn at compile time; krait does not
        # warn, and the output would drown the table.
        warnings.simplefilter("ignore")
        for _ in range(rounds):
            failed = 0
            t = time.perf_counter()
            for d in data:
                try:
                    ast.parse(d)
                except (SyntaxError, ValueError, MemoryError, RecursionError):
                    failed += 1
            times.append(time.perf_counter() - t)
    return statistics.median(times), failed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5, help="rounds per side (default 5)")
    ap.add_argument(
        "--stdlib",
        default=sysconfig.get_paths()["stdlib"],
        help="directory to parse (default: this interpreter's stdlib)",
    )
    args = ap.parse_args()
    stdlib = os.path.abspath(args.stdlib)
    rounds = max(1, args.rounds)

    files = []
    collect(stdlib, files)
    data = []
    for f in files:
        try:
            with open(f, "rb") as fh:
                data.append(fh.read())
        except OSError:
            pass
    nbytes = sum(map(len, data))
    mb = nbytes / 1e6

    py_cmd = [sys.executable, os.path.relpath(__file__, REPO), "--rounds", str(rounds)]
    if args.stdlib != sysconfig.get_paths()["stdlib"]:
        py_cmd += ["--stdlib", stdlib]
    print(f"# {shlex.join(py_cmd)}   (cwd {REPO})", flush=True)
    config = sysconfig.get_config_var("CONFIG_ARGS") or ""
    pgo = "--enable-optimizations" in config
    lto = "--with-lto" in config
    print(
        f"# CPython: {sys.executable} ({platform.python_version()}), ast.parse(bytes); "
        f"built with PGO: {'yes' if pgo else 'no'}, LTO: {'yes' if lto else 'no'}",
        flush=True,
    )

    cp_time, cp_failed = time_cpython(data, rounds)
    cp_rate = mb / cp_time
    print(
        f"cpython {mb:.1f} MB in {cp_time:.2f}s = {cp_rate:.2f} MB/s "
        f"({len(data)} files, {len(data) - cp_failed} parsed, median of {rounds})",
        flush=True,
    )

    krait_cmd = [
        "cargo", "run", "--release", "--example", "parse_throughput", "--",
        stdlib, str(rounds),
    ]
    print(f"# krait: {shlex.join(krait_cmd)}", flush=True)
    proc = subprocess.run(krait_cmd, cwd=REPO, stdout=subprocess.PIPE, text=True)
    sys.stdout.write(proc.stdout)
    if proc.returncode != 0:
        sys.exit(f"parse_speed: krait run failed with exit status {proc.returncode}")
    m = re.search(
        r"^krait ([\d.]+) MB in ([\d.]+)s = ([\d.]+) MB/s \((\d+) files, (\d+) parsed",
        proc.stdout,
        re.M,
    )
    if not m:
        sys.exit("parse_speed: could not find the MB/s line in the krait output")
    k_mb, k_time, k_rate = float(m[1]), float(m[2]), float(m[3])
    k_files, k_ok = int(m[4]), int(m[5])
    if k_files != len(data):
        print(f"# warning: krait read {k_files} files, CPython {len(data)}")

    rows = [
        ("", "CPython ast.parse", "krait parse_bytes"),
        ("MB/s (median)", f"{cp_rate:.2f}", f"{k_rate:.2f}"),
        ("seconds / round", f"{cp_time:.3f}", f"{k_time:.3f}"),
        ("files parsed OK", f"{len(data) - cp_failed}/{len(data)}", f"{k_ok}/{k_files}"),
    ]
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    print()
    for r in rows:
        print(f"  {r[0]:<{w0}}  {r[1]:>{w1}}  {r[2]:>17}")
    print()
    print(f"  krait / CPython : {k_rate / cp_rate:.2f}x")
    print(f"  rounds          : {rounds} (median)")
    print(f"  files           : {len(data)} .py under {stdlib} (site-packages excluded)")
    print(f"  total           : {mb:.2f} MB ({nbytes} bytes)")
    print(f"  CPython build   : PGO {'yes' if pgo else 'no'}, LTO {'yes' if lto else 'no'}")
    print(f"  CPython command : {shlex.join(py_cmd)}")
    print(f"  krait command   : {shlex.join(krait_cmd)}")


if __name__ == "__main__":
    main()
