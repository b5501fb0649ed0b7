# A returning function releases its variables in CPython's order
# (parameters, then locals in order of first use).
class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def f(p, q):
    a = T("f.a")
    b = T("f.b")
    c = T("f.c")
    print("f body done")
    return "f result"


pp = T("param p")
print(f(pp, T("param q named")) if False else f(pp, pp))
del pp
print("after f")


def g():
    keep = T("g.keep")
    drop = T("g.drop")
    print("g returns keep")
    return keep


r = g()
print("got", r.name)
del r
print("after del r")


def outer():
    o = T("outer.o")
    inner()
    print("outer after inner")


def inner():
    i1 = T("inner.i1")
    i2 = T("inner.i2")
    print("inner body")


outer()
print("after outer")


def early(flag):
    v = T("early.v")
    if flag:
        print("early return")
        return 1
    w = T("early.w")
    return 2


early(True)
early(False)
print("after early")


def rec(n):
    node = T("rec" + str(n))
    if n > 0:
        rec(n - 1)
    print("rec leaving", n)


rec(3)
print("end")
