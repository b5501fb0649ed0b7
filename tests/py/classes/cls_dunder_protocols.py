# The data model on user classes: operators with NotImplemented and
# reflection, comparisons, containers, iteration, calls, truth, attribute
# hooks, str/repr inside containers and f-strings.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.cents)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __bool__(self):
        return self.cents != 0


a, b = Money(150), Money(275)
print(a + b, a + 5, 3 * a, a * 2, -a, sum([a, b, Money(5)]))
print(repr(a), str(a), f"{a} {a!r}", [a, b], (a,), {"a": a})
print(a == Money(150), a != b, a < b, a >= b, b > a, sorted([b, a, Money(1)]))
print(max([a, b]), min(a, b), a in [Money(150)], Money(9) in [a, b])
print(bool(Money(0)), not a, "yes" if Money(1) else "no")
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * a
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(Money.__hash__, NotImplemented)


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [0] * (w * h)

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} outside the grid")
        return self.cells[y * self.w + x]

    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v

    def __delitem__(self, pos):
        self[pos] = 0

    def __contains__(self, v):
        return v in self.cells

    def __iter__(self):
        for y in range(self.h):
            yield [self[x, y] for x in range(self.w)]


g = Grid(3, 2)
g[1, 0] = 5
g[2, 1] = 7
print(len(g), g[1, 0], 7 in g, 9 in g, list(g), bool(g))
del g[1, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)), [x * x for x in Countdown(3)], sum(Countdown(10)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))


class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, scale=1):
        return (x + self.k) * scale


add3 = Adder(3)
print(add3(4), add3(1, scale=10), list(map(add3, [1, 2])), callable(add3), callable(a))


class Record:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)

    def __getattr__(self, name):
        return f"<no {name}>"

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


r = Record(x=1)
r.y = 2
print(r.x, r.y, r.z, getattr(r, "w"), hasattr(r, "anything"), vars(r))


class Empty:
    pass


e = Empty()
try:
    len(e)
except TypeError as err:
    print("TypeError:", err)
try:
    e[0]
except TypeError as err:
    print("TypeError:", err)
try:
    iter(e)
except TypeError as err:
    print("TypeError:", err)
try:
    e()
except TypeError as err:
    print("TypeError:", err)
try:
    e < e
except TypeError as err:
    print("TypeError:", err)
print(e == e, e != Empty(), bool(e), type(e).__name__, e.__class__ is Empty)
o = object()
print(type(o).__name__, o == o, isinstance(e, object), issubclass(Empty, object))


class Squares:
    """Iterable through the old sequence protocol (__getitem__ only)."""

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 5 in Squares(), [x + 1 for x in Squares()])
a1, b1, c1, d1 = Squares()
print(a1, b1, c1, d1, sorted(Squares(), reverse=True), max(Squares()))
