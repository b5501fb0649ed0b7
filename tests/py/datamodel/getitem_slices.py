# __getitem__/__setitem__/__delitem__ receive ints, slice objects and tuples
# exactly as written in the subscript; slice attributes and indices().


class Recorder:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("  set", repr(key), "=", value)

    def __delitem__(self, key):
        print("  del", repr(key))


r = Recorder()
print(r[3], r[-1], r["k"], r[None])
print(r[1:2], r[:], r[::2], r[1:-1:3])
print(r[1, 2], r[1:2, ::3], r[...], r[()], r[(1,)])
s = r[2:10:3]
print(s.start, s.stop, s.step, s.indices(8), slice(None, None, -1).indices(5))
r[0] = "a"
r[1:3] = "b"
r[:, 0] = "c"
del r[5]
del r[::2]
del r[1, ...]


class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        if not -len(self.data) <= i < len(self.data):
            raise IndexError(f"Seq index {i} out of range")
        return self.data[i]

    def __repr__(self):
        return f"Seq({self.data})"


q = Seq("abcdef")
print(q[0], q[-1], q[1:4], q[::-2])
try:
    q[10]
except IndexError as e:
    print(type(e).__name__, e)
print(list(q), "c" in q, "z" in q, sorted(q, reverse=True)[:2])
a, b, *rest = q
print(a, b, rest)
try:
    q["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    q[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del q[0]
except TypeError as e:
    print(type(e).__name__, e)
