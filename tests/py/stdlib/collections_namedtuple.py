# collections.namedtuple: fields, defaults, rename, _replace/_asdict/_make,
# argument errors, subclassing, match.
from collections import namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap
P = namedtuple("Point", "x y")
p = P(1, 2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), P(x=3, y=4), P(5, y=6), p._asdict(), p._replace(x=9), P._make([7, 8]), P._fields)
print(repr(P), P.__name__, P.__doc__, isinstance(p, tuple), type(p).__name__, hash(p) == hash((1, 2)), p + (3,), sorted([P(2, 1), P(1, 2)]))
a, b = p
print(a, b)
for n in ['x', 'z']:
  try: setattr(p, n, 1)
  except AttributeError as e: print(e)
for a, k in [((1,), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1, 2), {"z": 3}), ((), {}), ((), {"y": 1})]:
    try: P(*a, **k)
    except TypeError as e: print(e)
Q = namedtuple("Q", "a b c", defaults=[5])
print(Q(1, 2), Q._field_defaults)
try: Q()
except TypeError as e: print(e)
try: Q(1,2,3,4)
except TypeError as e: print(e)
for bad in [("x", "1a"), ("x", "def"), ("x", "_a"), ("x", "a a"), ("1x", "a"), ("x", "a-b")]:
    try: namedtuple(*bad)
    except ValueError as e: print(e)
print(namedtuple("R", "a def a _b", rename=True)._fields)
try: p._replace(z=1)
except ValueError as e: print(e)
try: P._make([1])
except TypeError as e: print(e)
try: namedtuple("S", "a b", defaults=[1,2,3])
except TypeError as e: print(e)
class P3(namedtuple("P3", ["x", "y", "z"])):
    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
q = P3(1, -2, 3)
print(q, q.norm(), P3.__mro__[1].__name__)
match p:
    case P(x=1, y=yy):
        print("matched", yy)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))
try:
    Empty(1)
except TypeError as e:
    print(e)
R = namedtuple("R", ("a", "b"), defaults=(1, 2))
print(R(), R(0), R(b=5), R._make((3, 4))._asdict())
Emp = namedtuple("Emp", "name, dept, salary")
staff = [Emp("ann", "eng", 10), Emp("bob", "ops", 7), Emp("cy", "eng", 12)]
print(sorted(staff, key=lambda e: e.salary), max(staff, key=lambda e: e.salary).name)
print({e.name: e.dept for e in staff}, [e._replace(salary=e.salary + 1).salary for e in staff])
print(staff[0] == ("ann", "eng", 10), staff[0] < staff[1], {staff[0]: 1}[("ann", "eng", 10)])
