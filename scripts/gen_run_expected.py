#!/usr/bin/env python3
"""Write CPython 3.11's output for every program in tests/run/.

For each tests/run/NAME.py, runs `python3 NAME.py` from tests/run/ and
writes NAME.out (stdout), NAME.err (stderr) and NAME.code (exit status).
CPython names the script by its absolute path in tracebacks; that path's
directory is written as `{DIR}` so the files do not depend on the checkout.
tests/run_programs.rs runs krait on the same programs and compares.
"""
import os
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit(f"gen_run_expected.py needs CPython 3.11, not {sys.version.split()[0]}")
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "run")
count = 0
for name in sorted(os.listdir(here)):
    if not name.endswith(".py"):
        continue
    stem = name[:-3]
    p = subprocess.run([sys.executable, name], cwd=here, capture_output=True)
    where = os.path.realpath(here).encode()
    stderr = p.stderr.replace(where + b"/", b"{DIR}/")
    for ext, data in (("out", p.stdout), ("err", stderr), ("code", f"{p.returncode}\n".encode())):
        with open(os.path.join(here, f"{stem}.{ext}"), "wb") as f:
            f.write(data)
    count += 1
print(f"{count} programs written under {os.path.normpath(here)}")
