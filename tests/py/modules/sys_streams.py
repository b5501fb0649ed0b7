import sys

n = sys.stdout.write("to stdout\n")
print(n)
sys.stderr.write("to stderr\n")
print("via print", file=sys.stdout)
print("via print to stderr", file=sys.stderr)
print(1, 2, 3, sep="-", file=sys.stdout, flush=True)
sys.stdout.flush()
print(sys.stdout.name, sys.stderr.name, sys.stdout.encoding)
print(repr(sys.stdout))
print(sys.stdout.isatty() in (True, False))
for t, f in [
    ("sys.stdout.write(1)", lambda: sys.stdout.write(1)),
    ("sys.stdout.write()", lambda: sys.stdout.write()),
    ("sys.stdout.nope", lambda: sys.stdout.nope),
]:
    try:
        print(t, "->", repr(f()))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
w = sys.stdout.write
w("bound write\n")
