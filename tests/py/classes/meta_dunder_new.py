class Sing:
    _inst = None
    def __new__(cls, *a, **k):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
s1 = Sing(1); s2 = Sing(2)
print(s1 is s2, s1.v)

class Other: pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never")
w = Weird()
print(type(w).__name__)

class Pt:
    def __new__(cls, x, y):
        o = object.__new__(cls)
        o.x = x
        return o
p = Pt(1, 2)
print(p.x)
q = Pt.__new__(Pt, 5, 6)
print(q.x, type(q).__name__)
r = object.__new__(Other)
print(type(r).__name__)
try: object.__new__(1)
except TypeError as e: print(e)
try: object.__new__(int)
except TypeError as e: print(e)
try: object.__new__()
except TypeError as e: print(e)
class C2:
    def __new__(cls, *a): return super().__new__(cls, *a)
try: C2(1)
except TypeError as e: print(e)
class NoInit: pass
try: NoInit(1)
except TypeError as e: print(e)
class E(Exception):
    def __new__(cls, *args):
        print("E new", args)
        return super().__new__(cls, *args)
try:
    raise E("a", 1)
except E as e:
    print(repr(e), e.args)
class Cm:
    @classmethod
    def make(cls): return cls.__new__(cls)
print(type(Cm.make()).__name__)
