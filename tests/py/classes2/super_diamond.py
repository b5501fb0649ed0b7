# Cooperative multiple inheritance: diamond MRO, super() chains with kwargs.
class Base:
    def __init__(self, **kwargs):
        print(f"Base.__init__ leftover={sorted(kwargs)}")
        self.trace = ["Base"]

    def greet(self):
        return "Base"


class Logger(Base):
    def __init__(self, level="info", **kwargs):
        print(f"Logger.__init__ level={level}")
        super().__init__(**kwargs)
        self.level = level
        self.trace.append("Logger")

    def greet(self):
        return "Logger>" + super().greet()


class Store(Base):
    def __init__(self, path="/tmp", **kwargs):
        print(f"Store.__init__ path={path}")
        super().__init__(**kwargs)
        self.path = path
        self.trace.append("Store")

    def greet(self):
        return "Store>" + super().greet()


class Service(Logger, Store):
    def __init__(self, name, **kwargs):
        print(f"Service.__init__ name={name}")
        super().__init__(**kwargs)
        self.name = name
        self.trace.append("Service")

    def greet(self):
        return "Service>" + super().greet()


s = Service("api", level="debug", path="/var", extra=1)
print(s.trace, s.level, s.path, s.name)
print(s.greet())
print([c.__name__ for c in Service.__mro__])
print(super(Logger, s).greet(), super(Store, s).greet())


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


class E(C, B):
    pass


print(D().who(), E().who())
print([k.__name__ for k in E.mro()])
try:
    class F(D, E):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counter:
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper(x):
        return x * 2


class SubCounter(Counter):
    @classmethod
    def make(cls):
        obj = super().make()
        obj.sub = True
        return obj


o = SubCounter.make()
print(type(o).__name__, o.sub, SubCounter.helper(21), super(SubCounter, SubCounter).helper(4))
