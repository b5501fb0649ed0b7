# A 2-D vector with arithmetic, reflected and in-place operators plus NotImplemented fallbacks.
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x - other.x, self.y - other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __iadd__(self, other):
        print("  (in-place add)")
        self.x += other.x
        self.y += other.y
        return self

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b, a / 2, -a, +a, abs(a))
print(a @ b, b @ a, bool(Vec(0, 0)), bool(b), a == Vec(3, 4), a != b)
alias = a
a += b
print(a, alias is a)
c = Vec(0, 0)
c -= b
print(c, "sub fell back to __sub__")
bad_ops = {
    "a + 1": lambda: a + 1,
    "1 - a": lambda: 1 - a,
    "a * 'x'": lambda: a * "x",
    "a / 'q'": lambda: a / "q",
}
for text, bad in bad_ops.items():
    try:
        bad()
    except TypeError as e:
        print(f"{text!r}: TypeError: {e}")
print({Vec(1, 1), Vec(1, 1), Vec(2, 2)} == {Vec(2, 2), Vec(1, 1)})
print(sum([Vec(1, 2), Vec(3, 4)], Vec(0, 0)))
try:
    sum([Vec(1, 2)])
except TypeError as e:
    print("TypeError:", e)
