# io.BytesIO: binary write/read/seek, getbuffer length, and mixing with bytes APIs.
import io

b = io.BytesIO()
print(b.write(b"\x00\x01abc"), b.write(bytes([255, 10])), b.tell())
print(b.getvalue())
b.seek(2)
print(b.read(3), b.read(), b.read())
b.seek(0)
print(b.read1(2) if hasattr(b, "read1") else b.read(2), b.tell())
r = io.BytesIO(b"line1\nline2\nlast")
print(r.readline(), r.readlines())
r.seek(0)
print([x for x in r])
w = io.BytesIO(b"0123456789")
w.seek(4)
w.write(b"AB")
print(w.getvalue(), w.tell())
w.seek(0, io.SEEK_END)
print(w.tell(), w.seek(-3, io.SEEK_END), w.read())
w.truncate(5)
print(w.getvalue())
try:
    io.BytesIO().write("text")
except TypeError as e:
    print("TypeError", e)
data = "héllo wörld".encode("utf-8")
print(io.BytesIO(data).read().decode("utf-8"), len(data))
