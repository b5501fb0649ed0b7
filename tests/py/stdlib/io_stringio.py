import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.write(""))
print(repr(s.getvalue()), s.tell())
print(s.seek(0), repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()), s.tell())
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
print(s.seek(0, 1))
for bad in [lambda: s.write(3), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.seek(0, 3),
            lambda: s.truncate(-1), lambda: io.StringIO(5), lambda: io.StringIO("", newline="x"), lambda: s.read("x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
t = io.StringIO("line one\nline two\nlast")
print(t.readline(4), repr(t.readline()), t.readlines(), repr(t.read()), repr(t.readline()))
t = io.StringIO("a\nbb\nccc\ndddd\n")
print(t.readlines(3))
print(t.readable(), t.writable(), t.seekable(), t.isatty(), t.closed)
t.close()
print(t.closed)
for bad in [t.read, t.getvalue, lambda: t.write("x"), t.tell, lambda: t.seek(0), lambda: next(iter(t))]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
with io.StringIO() as buf:
    print("x", 1, 2.5, sep=", ", end=";\n", file=buf)
    print("second", file=buf)
    buf.writelines(["a", "b", "\n"])
    print(repr(buf.getvalue()))
print(buf.closed)
u = io.StringIO("caf\u00e9 \u20ac\n\U0001F600")
print(u.read(5), u.tell(), repr(u.read()))
n = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(n.getvalue()), n.readlines())
n = io.StringIO(newline="")
n.write("a\r\nb\rc\nd")
n.seek(0)
print(n.readlines())
n = io.StringIO(newline="\r\n")
n.write("x\ny\n")
print(repr(n.getvalue()))
big = io.StringIO()
for i in range(1000):
    big.write(str(i))
print(len(big.getvalue()), big.getvalue()[-10:])
it = iter(io.StringIO("p\nq\n"))
print(next(it), next(it), end="")
try:
    next(it)
except StopIteration:
    print("StopIteration")

b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.readlines(), b.read(), b.tell())
b.seek(1)
print(b.write(b"ZZ"), b.getvalue(), b.write(bytearray(b"!")), b.getvalue())
b.seek(0, 2)
b.write(b"end")
print(b.getvalue(), b.seek(-2, 2), b.read())
try:
    b.write("str")
except TypeError as e:
    print("TypeError", e)
with io.BytesIO() as bb:
    bb.write(b"\x00\xff")
    print(bb.getvalue(), list(bb.getvalue()))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
b.close()
try:
    b.read()
except ValueError as e:
    print("ValueError", e)
