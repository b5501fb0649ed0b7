# Capturing print output into StringIO, with contextlib.redirect_stdout.
import contextlib
import io
import sys


def report(items):
    for name, qty in items:
        print(f"{name:<6}{qty:>4}")
    print("total", sum(q for _, q in items))


buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    report([("apple", 3), ("pear", 12)])
    print("inside", file=sys.stdout)
text = buf.getvalue()
print(repr(text))
print(text.splitlines()[1], len(text.splitlines()))
log = io.StringIO()
print("a", "b", sep="|", end=";", file=log)
print(1, 2, file=log)
print(repr(log.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
out = io.StringIO()
saved = sys.stdout
sys.stdout = out
try:
    print("captured manually")
    raise ValueError("boom")
except ValueError:
    pass
finally:
    sys.stdout = saved
print(repr(out.getvalue()))
table = io.StringIO()
for row in [(1, "one"), (2, "two")]:
    table.write("\t".join(map(str, row)) + "\n")
print(table.getvalue(), end="")
