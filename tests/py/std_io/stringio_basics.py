# io.StringIO: write/read/seek/tell, getvalue, readline, iteration, truncate.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
s.write("second line\nthird")
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), s.tell(), repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line.rstrip("\n") for line in s])
r = io.StringIO("a\nb\nc")
print(r.read(), repr(r.read()), r.tell())
r.seek(2)
r.write("X")
print(repr(r.getvalue()))
r.truncate(3)
print(repr(r.getvalue()), r.tell())
r.seek(0, io.SEEK_END)
r.write("!")
print(repr(r.getvalue()))
w = io.StringIO("initial")
w.write("AB")
print(repr(w.getvalue()))
print(w.readable(), w.writable(), w.seekable(), w.closed)
w.close()
print(w.closed)
try:
    w.getvalue()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print("TypeError", e)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
