# Classes defined inside functions see the function's variables: in the
# class body, in methods, in comprehensions, through nested classes,
# with `nonlocal`, and beside a class attribute of the same name.

def make(x):
    class A:
        def f(self):
            return x
    return A

print(make(3)().f(), make("s")().f())


def make2(x):
    class B:
        y = x * 2

        def g(self):
            return x + self.y
    return B

print(make2(4)().g(), make2(4).y)


def make3(x):
    class C:
        x = "class attr"

        def h(self):
            return x
        ys = [x for _ in range(2)]
    return C

c = make3("outer")
print(c().h(), c.x, c.ys)


def counter():
    n = 0

    class K:
        nonlocal n
        n += 10

        def bump(self):
            nonlocal n
            n += 1
            return n
    return K

K = counter()
k = K()
print(k.bump(), k.bump())


def outer():
    v = 1

    class A:
        class B:
            def m(self):
                return v
    return A.B().m()

print(outer())


def with_super(tag):
    class Base:
        def who(self):
            return "base"

    class D(Base):
        def who(self):
            return tag + ":" + super().who() + ":" + __class__.__name__
    return D().who()

print(with_super("t"))


def factory(kind):
    registry = []

    class Plugin:
        def __init_subclass__(cls, **kw):
            super().__init_subclass__(**kw)
            registry.append((kind, cls.__name__))

    class One(Plugin):
        pass

    class Two(Plugin):
        pass
    return registry

print(factory("p"))


def late():
    class L:
        def get(self):
            return value
    value = "bound after the class"
    return L().get()

print(late())


def unbound():
    class U:
        def get(self):
            return value
    obj = U()
    try:
        obj.get()
    except NameError as e:
        print(type(e).__name__, e)
    value = 1

unbound()
