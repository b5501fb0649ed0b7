# The exact sequence of __lt__ calls list.sort/sorted make (CPython 3.11's
# timsort: runs, binary insertion, powersort merges, galloping), checked
# through a digest of the (left, right) pairs and printed in full for a
# 70-item list.

calls = []

class K:
    __slots__ = ("v", "tag")
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        calls.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v},{self.tag})"

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n

def digest(cs):
    h = 0
    for a, b in cs:
        h = (h * 1000003 + a * 7919 + b) % 1000000007
    return h

def check(name, vals, **kw):
    calls.clear()
    xs = [K(v, i) for i, v in enumerate(vals)]
    ys = sorted(xs, **kw)
    print(name, len(vals), len(calls), digest(calls), [y.tag for y in ys][:12])

for n in [70, 71, 100, 128, 200, 333, 1000, 2048, 5000]:
    check("rand", [rnd(n) for _ in range(n)])
    check("dups", [rnd(5) for _ in range(n)])
    check("rev", [rnd(5) for _ in range(n)], reverse=True)
    asc = sorted(rnd(n * 4) for _ in range(n))
    check("runs", asc[: n // 3] + asc[n // 3 :][::-1] + [rnd(n) for _ in range(n // 4)])
    check("saw", [i % 37 for i in range(n)])
    check("desc", list(range(n, 0, -1)) + list(range(n)))
    check("gallop", list(range(0, 2 * n, 2)) + list(range(1, 2 * n, 2)))

calls.clear()
xs = [K(rnd(50), i) for i in range(70)]
xs.sort()
print(calls)

calls.clear()
xs = [K(rnd(10), i) for i in range(75)]
xs.sort(reverse=True)
print(calls)
print([x.tag for x in xs])
calls.clear()
keyed = sorted(range(90), key=lambda i: K(rnd(30), i))
print(len(calls), digest(calls), keyed[:20])
