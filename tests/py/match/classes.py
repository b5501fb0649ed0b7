class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class Plain:
    def __init__(self, a):
        self.a = a


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return ("on y axis", y)
        case Point(x, 0):
            return ("on x axis", x)
        case Point3(x, y, z=zz):
            return ("3d", x, y, zz)
        case Point(x, y) if x == y:
            return ("diagonal", x)
        case Point():
            return "some point"
        case Plain(a=[1, *rest]):
            return ("plain list", rest)
        case Plain(a=a):
            return ("plain", a)
        case _:
            return "not a point"


for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(0, 0, 0), Point3(1, 2, 3), Point3(0, 4, 1), Plain([1, 2]), Plain("s"), 5]:
    print(where(v))


# built-in classes match the subject itself with one positional pattern
def kind(x):
    match x:
        case bool(b):
            return ("bool", b)
        case int(i):
            return ("int", i)
        case float(f):
            return ("float", f)
        case str(s):
            return ("str", s)
        case list([a, *_]):
            return ("list starting", a)
        case list():
            return "empty list"
        case tuple(t):
            return ("tuple", t)
        case dict({"k": v}):
            return ("dict with k", v)
        case dict(d):
            return ("dict", d)
        case set(s):
            return ("set", len(s))
    return "other"


for v in [True, 3, 2.5, "x", [9, 8], [], (1,), {"k": 1}, {"j": 2}, {1, 2}, None]:
    print(kind(v))

# keyword patterns on a missing attribute just fail
match Plain(1):
    case Plain(b=1):
        print("unreachable")
    case Plain(a=1):
        print("a is 1")

# class attribute found through the instance
class WithDefault:
    color = "red"
    def __init__(self):
        pass

match WithDefault():
    case WithDefault(color=c):
        print("color", c)

# the class expression is a dotted name
class NS:
    P = Point

match Point(7, 8):
    case NS.P(a, b):
        print("dotted class", a, b)

# subclass instance matches base class pattern with base __match_args__
match Point3(1, 2, 3):
    case Point(a, b):
        print("as base", a, b)
