#!/usr/bin/env python3
"""Write CPython 3.11's interactive-mode output for tests/repl/NAME.in.

Runs `python3 -i < NAME.in` (the interactive interpreter reading stdin:
prompts and tracebacks on stderr, echoed values on stdout) and writes
NAME.out (stdout), NAME.err (stderr without the two banner lines) and
NAME.code (exit status). tests/repl.rs runs `krait -i` the same way.
"""
import os
import subprocess
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "repl")
env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
env.pop("PYTHONSTARTUP", None)
for name in sorted(os.listdir(root)):
    if not name.endswith(".in"):
        continue
    stem = os.path.join(root, name[:-3])
    with open(stem + ".in", "rb") as f:
        p = subprocess.run([sys.executable, "-i"], stdin=f, capture_output=True, env=env, cwd=root)
    err = p.stderr.decode().splitlines(keepends=True)
    err = [l for l in err if not (l.startswith("Python 3.") or l.startswith('Type "help"'))]
    with open(stem + ".out", "wb") as f:
        f.write(p.stdout)
    with open(stem + ".err", "w") as f:
        f.write("".join(err))
    with open(stem + ".code", "w") as f:
        f.write(f"{p.returncode}\n")
    print("wrote", stem)
