class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2)
print(p.x, p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, '__dict__'))
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
print(type(P.x).__name__)
class Q(P):
    pass
q = Q(1, 2); q.z = 5; print(q.z, q.__dict__)
class R(P):
    __slots__ = ('w',)
r = R(1, 2); r.w = 3; print(r.w)
try:
    r.v = 1
except AttributeError as e: print(e)
class S:
    __slots__ = ('a', '__dict__')
s = S(); s.a = 1; s.b = 2; print(s.__dict__)
try:
    class T:
        __slots__ = ['a']
        a = 5
except ValueError as e:
    print("ValueError", e)
try:
    class U:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError", e)

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

acc = Vec(0.0, 0.0)
for i in range(1000):
    acc = acc + Vec(i * 0.5, -i)
print(acc.x, acc.y, acc.norm2)
try:
    vars(acc)
except TypeError as e:
    print("TypeError", e)
try:
    acc.__dict__
except AttributeError as e:
    print("AttributeError", e)

class Private:
    __slots__ = ("__secret", "public")
    def __init__(self):
        self.__secret = 42
        self.public = 1
    def reveal(self):
        return self.__secret
p = Private()
print(p.reveal(), p._Private__secret, sorted(k for k in Private.__dict__ if not k.startswith("__")))
print(Private.public)

class Both:
    __slots__ = ("a", "__dict__")
b = Both()
b.a = 1
b.c = 3
print(b.__dict__, b.a)
