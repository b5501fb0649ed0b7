# A small linear-algebra library: Vector and Matrix with operator
# overloading (arithmetic, reflected and in-place operators, comparisons,
# indexing, iteration, abs, bool, hash), Fraction-free Gaussian
# elimination with floats, and errors for shape mismatches.
import math


class ShapeError(ValueError):
    pass


class Vector:
    __slots__ = ("items",)

    def __init__(self, *items):
        if len(items) == 1 and not isinstance(items[0], (int, float)):
            items = tuple(items[0])
        self.items = tuple(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self.items[i])
        return self.items[i]

    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ShapeError(f"vector sizes differ: {len(self)} and {len(other)}")
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(a + b for a, b in zip(self, other))

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(a - b for a, b in zip(self, other))

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(a * k for a in self)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(a / k for a in self)

    def __neg__(self):
        return self * -1

    def __matmul__(self, other):
        if isinstance(other, Vector):
            self._check(other)
            return sum(a * b for a, b in zip(self, other))
        return NotImplemented

    def __abs__(self):
        return math.sqrt(self @ self)

    def __bool__(self):
        return any(self.items)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.items == other.items

    def __hash__(self):
        return hash(self.items)

    def __repr__(self):
        return "Vector(" + ", ".join(f"{x:g}" for x in self.items) + ")"

    def normalized(self):
        n = abs(self)
        if n == 0:
            raise ZeroDivisionError("cannot normalize the zero vector")
        return self / n

    def cross(self, o):
        a1, a2, a3 = self
        b1, b2, b3 = o
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ShapeError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, value):
        i, j = ij
        self.rows[i][j] = value

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def __add__(self, other):
        if self.shape != other.shape:
            raise ShapeError(f"cannot add {self.shape} and {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __iadd__(self, other):
        result = self + other
        self.rows = result.rows
        return self

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if isinstance(other, Vector):
            if len(other) != self.shape[1]:
                raise ShapeError(f"cannot multiply {self.shape} by vector of {len(other)}")
            return Vector(sum(a * b for a, b in zip(r, other)) for r in self.rows)
        if self.shape[1] != other.shape[0]:
            raise ShapeError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        width = max(len(f"{x:g}") for r in self.rows for x in r)
        lines = ["[" + " ".join(f"{x:>{width}g}" for x in r) + "]" for r in self.rows]
        return "\n".join(lines)

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ShapeError("determinant of a non-square matrix")
        a = [row[:] for row in self.rows]
        det = 1.0
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if abs(a[pivot][col]) < 1e-12:
                return 0.0
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                for c in range(col, n):
                    a[r][c] -= f * a[col][c]
        return det

    def solve(self, b):
        n = self.shape[0]
        a = [row[:] + [b[i]] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if abs(a[pivot][col]) < 1e-12:
                raise ValueError("matrix is singular")
            a[col], a[pivot] = a[pivot], a[col]
            for r in range(n):
                if r != col:
                    f = a[r][col] / a[col][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Vector(round(a[i][n] / a[i][i], 9) for i in range(n))


v = Vector(3, 4)
w = Vector([1, 2])
print(v, w, v + w, v - w, v * 2, 2 * v, -v, v / 2, v @ w, abs(v), bool(Vector(0, 0)), bool(v))
print(v[0], v[-1], v[:1], len(v), list(v), v == Vector(3, 4), v != w, {v: "v"}[Vector(3.0, 4.0)])
print(v.normalized(), Vector(1, 0, 0).cross(Vector(0, 1, 0)))
for bad in [lambda: v + Vector(1, 2, 3), lambda: v + 1, lambda: Vector(0, 0).normalized(), lambda: "s" * v]:
    try:
        print(bad())
    except (ShapeError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)

m = Matrix([[2, 1], [1, 3]])
print(m, m.shape, m.T, sep="\n")
print(m @ Matrix.identity(2) == m, m @ w, m[1, 1])
print(m @ m)
print(m ** 5)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib(30) =", fib[0, 1])
acc = Matrix.zeros(2, 2)
alias = acc
acc += m
acc += m * 0.5
print(acc, alias is acc, sep="\n")
print((3 * m).rows, m.determinant(), Matrix([[1, 2], [2, 4]]).determinant())
A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = Vector(8, -11, -3)
x = A.solve(b)
print("solution", x, "check", A @ x)
print(round(A.determinant(), 6), A.T.T == A)
rot = Matrix([[0, -1], [1, 0]])
p = Vector(1, 0)
trail = []
for _ in range(4):
    p = rot @ p
    trail.append(p)
print(trail, len(set(trail)))
for bad in [
    lambda: m + Matrix([[1, 2, 3]]),
    lambda: m @ Matrix([[1, 2, 3]] * 3),
    lambda: m @ Vector(1, 2, 3),
    lambda: Matrix([[1, 2], [3]]),
    lambda: Matrix([[1, 2, 3]]).determinant(),
    lambda: Matrix([[1, 2], [2, 4]]).solve(Vector(1, 1)),
]:
    try:
        print(bad())
    except ValueError as e:
        print(type(e).__name__ + ":", e)
