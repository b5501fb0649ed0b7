#!/usr/bin/env python3
"""Write CPython 3.11's output for every program under tests/py/ and
tests/programs/.

For each tests/py/AREA/NAME.py (any depth), runs `python3 NAME.py` from the
program's own directory with PYTHONHASHSEED=0 and stdin from NAME.in if
it exists, else from
/dev/null (as `cargo test` runs krait), and writes NAME.out (stdout),
NAME.err (stderr) and NAME.code (exit status) next to it. CPython names the
script by its absolute path in tracebacks; that path's directory is written
as `{DIR}` so the files do not depend on the checkout. Programs that test
open() write scratch files named `_tmp_*` in their directory; those are
deleted after each run (the test does the same).
A `.py` file with a path component (directory or file name) starting with
`_` is not a program: it is a helper module or package that programs
import (`tests/py/imports/_lib/...`, `_helper.py`, packages under `_pkgs/`).
Bytecode caches are not written (PYTHONDONTWRITEBYTECODE).
tests/run_programs.rs runs krait on the same programs and compares.

With arguments, only the given .py files or directories are (re)generated;
they may lie outside tests/py (used to stage programs elsewhere).
"""
import os
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit(f"gen_run_expected.py needs CPython 3.11, not {sys.version.split()[0]}")
tests = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
root = os.path.join(tests, "py")
# The whole programs (tests/programs/NAME.py), run and compared the same way.
whole = os.path.join(tests, "programs")


def programs(top):
    if os.path.isfile(top):
        yield os.path.abspath(top)
        return
    for d, dirs, files in os.walk(top):
        dirs[:] = sorted(x for x in dirs if not x.startswith("_"))
        for name in sorted(files):
            if name.endswith(".py") and not name.startswith("_"):
                yield os.path.abspath(os.path.join(d, name))


env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
env.pop("PYTHONSTARTUP", None)
count = 0
default = [root] + ([whole] if os.path.isdir(whole) else [])
for path in [p for top in (sys.argv[1:] or default) for p in programs(top)]:
    here, name = os.path.split(path)
    stem = name[:-3]
    # A program's standard input is NAME.in when there is one.
    stdin_path = os.path.join(here, stem + ".in")
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    p = subprocess.run([sys.executable, name], cwd=here, stdin=stdin, capture_output=True, env=env)
    if stdin is not subprocess.DEVNULL:
        stdin.close()
    for scratch in os.listdir(here):
        if scratch.startswith("_tmp_") and os.path.isfile(os.path.join(here, scratch)):
            os.remove(os.path.join(here, scratch))
    where = os.path.realpath(here).encode()
    stderr = p.stderr.replace(where + b"/", b"{DIR}/")
    for ext, data in (("out", p.stdout), ("err", stderr), ("code", f"{p.returncode}\n".encode())):
        with open(os.path.join(here, f"{stem}.{ext}"), "wb") as f:
            f.write(data)
    count += 1
print(f"{count} programs written under {', '.join(sys.argv[1:] or default)}")
