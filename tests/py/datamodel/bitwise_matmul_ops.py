# Bitwise and matrix-multiply operator dunders with their reflected and
# in-place forms: & | ^ << >> @ on a small bit-set class and a 2x2 matrix.


class Bits:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Bits({self.v:#06b})"

    def _coerce(self, other):
        return other.v if isinstance(other, Bits) else other

    def __and__(self, o):
        return Bits(self.v & self._coerce(o))

    def __or__(self, o):
        return Bits(self.v | self._coerce(o))

    def __xor__(self, o):
        return Bits(self.v ^ self._coerce(o))

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    __rand__, __ror__, __rxor__ = __and__, __or__, __xor__

    def __rlshift__(self, n):
        return n << self.v

    def __ilshift__(self, n):
        self.v <<= n
        return self


a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 1, a >> 2)
print(0b0110 & a, 1 | a, 0b1111 ^ a, 1 << Bits(3))
keep = a
a <<= 2
print(a, keep is a)
a >>= 4
print(a, keep is a)


class M:
    def __init__(self, a, b, c, d):
        self.m = (a, b, c, d)

    def __repr__(self):
        return f"M{self.m}"

    def __matmul__(self, o):
        a, b, c, d = self.m
        e, f, g, h = o.m
        return M(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)

    def __rmatmul__(self, k):
        return M(*(k * x for x in self.m))

    def __imatmul__(self, o):
        print("  __imatmul__")
        return self @ o


x = M(1, 1, 1, 0)
print(x @ x, x @ x @ x, 3 @ x)
y = x
y @= x
print(y, x)
try:
    x @ 3
except AttributeError as e:
    print(type(e).__name__, e)
