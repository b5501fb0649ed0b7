# A small fraction-like numeric type implementing arithmetic with ints,
# reflected operations, comparisons with ordering, hashing consistent
# with equal ints, and conversion via __float__ used by format().
from math import gcd


class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("denominator is zero")
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g

    @staticmethod
    def _of(x):
        return x if isinstance(x, Frac) else Frac(x) if isinstance(x, int) else None

    def __add__(self, o):
        o = self._of(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __mul__(self, o):
        o = self._of(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __sub__(self, o):
        return self + -self._of(o)

    def __rsub__(self, o):
        return -self + o

    def __truediv__(self, o):
        o = self._of(o)
        return self * Frac(o.d, o.n)

    def __eq__(self, o):
        o = self._of(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = self._of(o)
        return self.n * o.d < o.n * self.d

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else f"{self.n}"


h, t = Frac(1, 2), Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h, 1 - h, 3 * t, -h)
print(sum([h, t, Frac(1, 6)]), Frac(2, -4), Frac(6, 3))
print(h == Frac(2, 4), Frac(4, 2) == 2, 2 == Frac(4, 2), h != t, h == "1/2")
print(sorted([h, Frac(-1, 5), t, Frac(3, 2)]), max(h, t), h > t)
print({Frac(4, 2): "two"}[2], len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    h + 0.5
except TypeError as e:
    print(type(e).__name__, e)
