# namedtuple: _fields, _replace, _asdict, _make, defaults, rename, subclassing.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), isinstance(p, tuple), len(p))
print(Point._fields, p._asdict(), p._replace(x=10), p)
print(Point._make([3, 4]), Point._make(range(5, 7)))
x, y = p
print(x + y, sum(p), p * 2, p[:1])
Color = namedtuple("Color", "red green blue alpha", defaults=[255])
print(Color(1, 2, 3), Color._field_defaults, Color(1, 2, 3, 4).alpha)
Rec = namedtuple("Rec", "a, b, a, def", rename=True)
print(Rec._fields)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=3)
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print("ValueError", e)


class Vector(namedtuple("Vector", "x y z")):
    __slots__ = ()

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))

    @property
    def norm2(self):
        return sum(c * c for c in self)


v = Vector(1, 2, 3) + Vector(4, 5, 6)
print(v, v.norm2, type(v).__name__, Vector._fields)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(0, 0): "origin"}[Point(0, 0)], hash(Point(1, 2)) == hash((1, 2)))
