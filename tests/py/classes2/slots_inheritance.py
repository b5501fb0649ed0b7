# __slots__ with inheritance, __dict__ opt-in, weakref slots, and errors.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Flexible(Point):
    __slots__ = ("__dict__",)


class Plain(Point):
    pass


p = Point(1, 2)
print(p, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
q = Point3(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
f = Flexible(5, 6)
f.label = "extra"
print(f, f.__dict__)
pl = Plain(7, 8)
pl.anything = 1
print(pl.__dict__, pl)

e = Point.__new__(Point)
try:
    print(e.x)
except AttributeError as err:
    print("AttributeError:", err)
e.x = 10
del e.x
print(hasattr(e, "x"))
print(type(Point.__dict__["x"]).__name__)
print(sorted(k for k in Point3.__dict__ if not k.startswith("__") or k == "__slots__"))


class Vec:
    __slots__ = ["a", "b"]

    def __init__(self, a, b):
        self.a, self.b = a, b

    def __iter__(self):
        yield self.a
        yield self.b

    def __getstate__(self):
        return {s: getattr(self, s) for s in self.__slots__}


v = Vec(3, 4)
print(list(v), v.__getstate__())
v.a += 10
print(tuple(v))
try:
    class Bad:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)
