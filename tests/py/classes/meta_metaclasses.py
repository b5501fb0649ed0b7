class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def hello(cls):
        return "hello from " + cls.__name__
    def __repr__(cls):
        return "<Meta class " + cls.__name__ + ">"

class A(metaclass=Meta, tag="x"):
    x = 1
    def f(self): return 2

print(A, type(A) is Meta, isinstance(A, Meta), isinstance(A, type))
print(A.tag, A.x, A().f(), A.hello())
print(type(A).__name__, A.__class__ is Meta)

class B(A):
    y = 2
print(B, type(B) is Meta, B.tag, B.hello())
print(repr(Meta), type(Meta))
print([A, B])

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, v):
        print("Config init", v)
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v)

X = type("X", (), {"a": 1, "m": lambda self: self.a + 1})
print(X, X.__name__, X().m(), X.a)
Y = type("Y", (X,), {})
print(Y().m(), Y.__mro__, Y.__bases__)

class Registry(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.registry.append(name)

class Base(metaclass=Registry): pass
class P1(Base): pass
class P2(Base): pass
print(Registry.registry)

class M1(type): pass
class M2(type): pass
class Q1(metaclass=M1): pass
try:
    class Q2(Q1, metaclass=M2): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1): pass
class Q3(Q1, metaclass=M3): pass
print(type(Q3).__name__)
class Q4(metaclass=M1): pass
class Q5(Q4, Q3): pass
print(type(Q5).__name__)

class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
class O(metaclass=Ordered):
    z = 1
print(O.injected, O.z)

class LenMeta(type):
    def __len__(cls): return 7
    def __getitem__(cls, k): return (cls.__name__, k)
    def __iter__(cls): return iter([1, 2, 3])
class L(metaclass=LenMeta): pass
print(len(L), L[5], list(L))
