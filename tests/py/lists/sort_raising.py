# A comparison that raises part way through list.sort: the exception
# propagates and the list is left in the order the sort had reached (a
# permutation of its items), as in CPython; keys that raise; mixed types.

limit = 0
count = 0

class Boom(Exception):
    pass

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        global count
        count += 1
        if count == limit:
            raise Boom(count)
        return self.v < other.v
    def __repr__(self):
        return str(self.v)

seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n

def run(vals, lim, **kw):
    global limit, count
    limit = lim
    count = 0
    xs = [K(v) for v in vals]
    try:
        xs.sort(**kw)
        r = "ok"
    except Boom as e:
        r = f"boom {e}"
    return r, [x.v for x in xs]

for n in [10, 70, 150, 300]:
    vals = [rnd(1000) for _ in range(n)]
    for lim in [1, 2, 5, 50, 64, 65, 100, 200, 300, 500, 700, 1000, 1500, 2000]:
        r, out = run(vals, lim)
        print(n, lim, r, sum(i * v for i, v in enumerate(out)) % 1000003, out[:8])
        r, out = run(vals, lim, reverse=True)
        print(n, lim, "rev", r, sum(i * v for i, v in enumerate(out)) % 1000003, out[:8])
        limit = lim; count = 0
        ks = [(v, K(v)) for v in vals]
        xs = list(range(n))
        try:
            xs.sort(key=lambda i: ks[i][1])
            r = "ok"
        except Boom as e:
            r = f"boom {e}"
        print(n, lim, "key", r, sum(i * v for i, v in enumerate(xs)) % 1000003)

# A key function raising part way: the list is untouched.
seen = []


def bad_key(x):
    seen.append(x)
    if x == 7:
        raise ValueError(f"bad key {x}")
    return -x


lst = [5, 3, 9, 7, 1, 8]
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("key raised:", e, seen, lst)
try:
    sorted(range(100), key=lambda i: 1 // (50 - i))
except ZeroDivisionError as e:
    print("sorted key raised:", e)

# Mixed types raise TypeError from `<`.
for vals in ([3, 1, "a", 2], ["b", "a", 1], [1.5, None, 2], [(1, 2), (1, "x"), (0, 5)], list(range(80)) + ["z"] + list(range(80))):
    lst = list(vals)
    try:
        lst.sort()
    except TypeError as e:
        print("TypeError:", e, lst[:12])
    try:
        lst.sort(reverse=True)
    except TypeError as e:
        print("TypeError rev:", e, lst[:12])
try:
    sorted([{1}, {2}, 3])
except TypeError as e:
    print(e)
print(sorted([{1, 2}, {1}, {3}]))
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0))
try:
    sorted([1, 2], 3)
except TypeError as e:
    print(e)
try:
    [].sort(3)
except TypeError as e:
    print(e)
try:
    sorted([1], cmp=3)
except TypeError as e:
    print(e)
print(sorted([2, 1], key=abs))
sorted([2, 1, "x"] + list(range(70)))
