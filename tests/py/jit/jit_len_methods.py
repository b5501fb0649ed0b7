# len() and built-in methods (list.append/pop, dict.get, str.join...) called
# from compiled code: the same results and errors as CPython, including
# for values of other types at the same site.


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        if self.n < 0:
            raise ValueError("negative size")
        return self.n


def lengths(items: list) -> int:
    total = 0
    for x in items:
        total += len(x)
    return total


def grow(n: int) -> int:
    xs = []
    for i in range(n):
        xs.append(i)
        if len(xs) > 50:
            xs.pop()
            xs.pop(0)
    return len(xs) + xs[-1]


def methods(n: int) -> str:
    d = {}
    words = []
    for i in range(n):
        k = "k" + str(i % 7)
        d[k] = d.get(k, 0) + i
        words.append(k.upper())
    s = set()
    for w in words:
        s.add(w)
    return ",".join(sorted(s)) + " " + str(sorted(d.items())) + " " + str(words.count("K3"))


print(lengths([[1, 2], "abc", (1,), {1: 2}, {3}, range(10), b"xy", Sized(4)] * 300))
print(grow(10000))
print(methods(2000))
for bad in [5, Sized(-1), None]:
    try:
        print(lengths([[1], bad]))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def popper(xs: list) -> int:
    t = 0
    while True:
        t += xs.pop()


try:
    popper(list(range(1000)))
except IndexError as e:
    print("IndexError", e)


def mixed_receivers(vals: list) -> list:
    out = []
    for v in vals:
        out.append(v.count(1))
    return out


print(mixed_receivers([[1, 1, 2], (1, 2, 1, 1), [3], (1,)] * 100)[:8])
