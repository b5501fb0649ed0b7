# Attribute reads at sites that see instances of several classes and
# shapes, in hot compiled loops: each read gives that instance's value,
# also after a class gains a property or an instance loses an attribute.


class A:
    def __init__(self, v):
        self.v = v


class B:
    def __init__(self, v):
        self.w = 0
        self.v = v * 2


class C(A):
    def __init__(self, v):
        super().__init__(v)
        self.extra = 1


class D:
    pass


def total(objs: list) -> int:
    t = 0
    for o in objs:
        t += o.v
    return t


objs = [A(1), B(2), C(3), A(4), B(5)]
d = D()
d.v = 100
objs.append(d)
print(total(objs * 500))
del objs[1].w
print(total(objs * 500))
B.v = property(lambda self: -1)
print(total(objs * 500))
del B.v
objs.append(C(9))
objs[-1].v = "x"
try:
    print(total(objs * 3))
except TypeError as e:
    print("TypeError", e)
