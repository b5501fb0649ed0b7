class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)

class NonData:
    def __get__(self, obj, cls):
        return ("nd", obj is None, cls.__name__)

class P:
    x = Typed()
    y = Typed()
    nd = NonData()
    def __init__(self, x, y):
        self.x = x; self.y = y

p = P(1, 2)
print(p.x, p.y, p.__dict__)
try:
    p.x = "a"
except TypeError as e:
    print(e)
print(type(P.x).__name__)
print(p.nd, P.nd)
p.__dict__['nd'] = 5
print(p.nd)
for i in range(300):
    p.x = i
print(p.x)
class Lazy:
    def __init__(self, f): self.f = f; self.name = f.__name__
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj); obj.__dict__[self.name] = v; return v
class Q:
    @Lazy
    def val(self):
        print("computing"); return 42
q = Q()
print(q.val, q.val)
from functools import cached_property
class R:
    @cached_property
    def v(self):
        print("once"); return [1]
r = R()
print(r.v, r.v)
class RO:
    def __get__(self, o, c): return 1
    def __delete__(self, o): print("del")
class S:
    a = RO()
s = S()
del s.a
try:
    s.a = 3
except AttributeError as e:
    print("AE", e)
