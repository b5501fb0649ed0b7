# io.StringIO as an in-memory file: write/read/seek/tell, line iteration, readline(s), and print(file=).
import io

buf = io.StringIO()
rows = [("name", "qty", "price"), ("apple", 3, 0.5), ("pear", 10, 0.25), ("fig", 1, 2.0)]
for r in rows:
    print(*r, sep=",", file=buf)
n = buf.write("# end\n")
print(n, buf.tell(), len(buf.getvalue()))
buf.seek(0)
header = buf.readline().rstrip("\n").split(",")
print(header)
total = 0.0
for line in buf:
    if line.startswith("#"):
        print("comment:", line.strip())
        continue
    name, qty, price = line.strip().split(",")
    total += int(qty) * float(price)
    print(f"{name:>6}: {int(qty) * float(price):6.2f}")
print("total", total, buf.read() == "", buf.tell())
buf.seek(0)
print(buf.readlines()[1:3])
buf.seek(5)
print(repr(buf.read(8)), buf.tell())
buf.seek(0, io.SEEK_END)
buf.write("appended\n")
print(buf.getvalue().splitlines()[-2:])
buf.seek(0)
buf.truncate(10)
print(repr(buf.getvalue()))
r = io.StringIO("line one\nline two\n\nlast")
print([len(l) for l in r], r.readline() == "")
r.seek(0)
print(repr(r.readline(4)), repr(r.readline()), repr(r.read()))
w = io.StringIO("initial")
w.write("XY")
print(repr(w.getvalue()), w.tell())
with io.StringIO() as tmp:
    tmp.write("scoped")
    print(tmp.getvalue(), tmp.closed)
print(tmp.closed)
try:
    tmp.write("x")
except ValueError as e:
    print("ValueError:", e)
print(io.StringIO().readable(), io.StringIO().seekable(), repr(io.StringIO("a\r\nb").read()))
