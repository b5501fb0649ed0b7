# Sorting when `<` is not a total order: NaN floats, a lying __lt__,
# __lt__ returning non-bools or NotImplemented. The result is whatever
# CPython's algorithm makes of it, and nothing is lost or duplicated.

seed = 77


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


nan = float("nan")
inf = float("inf")

xs = [3.0, nan, 1.0, 2.0, nan, 0.5]
print(sorted(xs), sorted(xs, reverse=True))
xs = [rnd(1000) / 10 if rnd(5) else nan for _ in range(300)]
s = sorted(xs)
print(s[:12])
print(s[-12:])
print(sorted(xs, reverse=True)[:10])
print(len(s), sum(1 for x in s if x != x))
ys = list(xs)
ys.sort(key=lambda x: -x)
print(ys[:10])
# NaN made fresh each time (not the same object).
zs = [float("nan") if i % 7 == 3 else float(rnd(50)) for i in range(200)]
print(sorted(zs)[:15])
# int and float mixed, with NaN and infinities.
ms = [rnd(100) if i % 3 else (nan if i % 2 else inf if i % 5 else -inf) for i in range(150)]
print(sorted(ms)[:12], sorted(ms)[-6:])
# Tuples with NaN first items: the same NaN object counts as equal
# (identity first), so the second item decides.
ts = [(nan if i % 4 == 0 else float(rnd(9)), rnd(100)) for i in range(120)]
print(sorted(ts)[:10])
ts2 = [(float("nan") if i % 4 == 0 else float(rnd(9)), rnd(100)) for i in range(120)]
print(sorted(ts2)[:10])


class Liar:
    """A __lt__ that answers at random."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return rnd(2) == 1

    def __repr__(self):
        return str(self.v)


for n in [5, 63, 64, 65, 300, 1000]:
    ls = [Liar(i) for i in range(n)]
    out = sorted(ls)
    vs = [x.v for x in out]
    print(n, vs[:12], sorted(vs) == list(range(n)))
ls = [Liar(i) for i in range(500)]
ls.sort(reverse=True)
print([x.v for x in ls[:12]], sorted(x.v for x in ls) == list(range(500)))


class Odd:
    """A __lt__ returning truthy or falsy non-bools."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [1] if self.v < other.v else ""

    def __repr__(self):
        return f"O{self.v}"


print(sorted([Odd(rnd(50)) for _ in range(80)])[:10])

calls = []


class Refl:
    """__lt__ gives up; __gt__ of the other side answers."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append("lt")
        return NotImplemented

    def __gt__(self, other):
        calls.append("gt")
        return self.v > other.v

    def __repr__(self):
        return f"R{self.v}"


print(sorted([Refl(rnd(20)) for _ in range(12)]))
print(len(calls), calls[:9])
calls.clear()
print(sorted([(Refl(rnd(3)), i) for i in range(6)]))
print(len(calls))


class EqCount:
    """Tuples holding these compare with == first, then <."""

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        calls.append(f"eq{self.v}{other.v}")
        return self.v == other.v

    def __lt__(self, other):
        calls.append(f"lt{self.v}{other.v}")
        return self.v < other.v

    def __repr__(self):
        return f"E{self.v}"


calls.clear()
shared = EqCount(1)
es = [(rnd(3), EqCount(rnd(3)), i) for i in range(10)] + [(1, shared, 99), (1, shared, 98)]
print(sorted(es))
print(calls)
calls.clear()
es = [(EqCount(rnd(3)), i) for i in range(10)]
print(sorted(es))
print(calls)
