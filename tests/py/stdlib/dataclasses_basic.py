# dataclasses: generated __init__/__repr__/__eq__, defaults, factories,
# field options, fields(), asdict/astuple/replace, __post_init__.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y, Point.y)
p.x = 10
print(p)
print(Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
print(Point.__match_args__)
print(Point.__doc__)


class Outer:
    @dataclass
    class Inner:
        name: str

print(Outer.Inner("n"))


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    secret: str = field(default="s", init=False)
    cache: list = field(default_factory=list, init=False, repr=False)


a = Inventory("ann")
b = Inventory("ann")
a.items.append("apple")
print(a, b, a.items is b.items)
print(a.tags, a.secret, a.cache)
print(Inventory("x", [1], count=5) == Inventory("x", [1], count=7))
try:
    Inventory("x", secret="no")
except TypeError as e:
    print(type(e).__name__, e)

print([f.name for f in fields(Inventory)])
print([(f.name, f.init, f.repr, f.compare) for f in fields(a)])
print(fields(Point)[0].type is int, fields(Point)[1].default, fields(Point)[0].default is MISSING)
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)


# argument errors of the generated __init__
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2}), ((), {"y": 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass
class Three:
    a: int
    b: str
    c: float


try:
    Three()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Three(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Three(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


r = Rect(2, 3.5)
print(r, r.area)


@dataclass
class Line:
    start: Point
    end: Point
    label: str = "line"
    points: list = field(default_factory=list)


ln = Line(Point(0, 0), Point(3, 4), points=[Point(1, 1), (Point(2, 2), {"k": Point(5, 5)})])
print(ln)
d = asdict(ln)
print(d)
print(type(d["points"][1]).__name__, d["points"][1][1])
print(astuple(ln))
print(asdict(Point(1, 2), dict_factory=lambda pairs: sorted(pairs)))
for bad in (Point, 3, [Point(1, 2)]):
    try:
        asdict(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    astuple(Point)
except TypeError as e:
    print(type(e).__name__, e)

q = replace(p, y=99)
print(p, q, q is p)
try:
    replace(p, z=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(r, area=4)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(r, w=10))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(int))


@dataclass(init=False, repr=False, eq=False)
class Plain:
    v: int = 7


pl = Plain()
print(pl.v, Plain().v, pl == Plain(), "Plain object" in repr(pl))


@dataclass
class Custom:
    v: int

    def __repr__(self):
        return f"<Custom {self.v}>"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
n.children.append(n)
print(repr(n)[:40])
n.children.pop()
print(asdict(n))
