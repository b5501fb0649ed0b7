# copy: shallow and deep copies of containers and instances, shared and
# cyclic structure kept by the memo, __copy__/__deepcopy__ hooks.
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Tracked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("copy hook")
        return Tracked(self.v)

    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__)
        return Tracked([self.v])


inner = [1, 2]
outer = [inner, inner, {"k": inner}]
s = copy.copy(outer)
print(s == outer, s is outer, s[0] is inner)
d = copy.deepcopy(outer)
print(d == outer, d[0] is inner, d[0] is d[1], d[2]["k"] is d[0])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[0], dc is not cyc)
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
dt = copy.deepcopy(t2)
print(dt == t2, dt is t2, dt[1] is t2[1])
p = Point(1, [2, 3])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p2.y is p.y, p3, p3.y is p.y, type(p3).__name__)
tr = Tracked(5)
print(copy.copy(tr).v, copy.deepcopy(tr).v)
print(copy.copy({1, 2}), copy.deepcopy({"a": [1], "b": (2,)}), copy.copy(5), copy.deepcopy("s"))
print(copy.copy(len) is len, copy.deepcopy(Point) is Point)
memo = {}
a = [1]
copy.deepcopy([a, a], memo)
print(id(a) in memo)
