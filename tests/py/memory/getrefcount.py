# sys.getrefcount for the usual teaching examples, identity of cached
# ints and interned strings.
import sys


class Thing:
    pass


a = Thing()
print("fresh global", sys.getrefcount(a))
b = a
print("aliased", sys.getrefcount(a))
items = [a, a, a]
print("in a list three times", sys.getrefcount(a))
d = {"k": a}
print("and a dict value", sys.getrefcount(a))


def arg(x):
    return sys.getrefcount(x)


print("as an argument", arg(a))


def local_only():
    t = Thing()
    n1 = sys.getrefcount(t)
    u = t
    n2 = sys.getrefcount(t)
    del u
    return n1, n2, sys.getrefcount(t)


print("locals", local_only())
del items
del d
print("after del", sys.getrefcount(a))
del b
print("alias gone", sys.getrefcount(a))
print("temporary list", sys.getrefcount([1, 2]))


class Holder:
    def __init__(self, v):
        self.v = v


h = Holder(a)
print("attribute", sys.getrefcount(a))
t = (a, 1)
print("tuple item", sys.getrefcount(a))
for x in [a]:
    print("loop variable", sys.getrefcount(a))

x = 256
y = 256
print("256 is 256", x is y)
s1 = sys.intern("".join(["ab", "c"]))
s2 = sys.intern("abc")
print("interned", s1 is s2, s1 == "abc")
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.getrefcount()
except TypeError as e:
    print("TypeError:", e)
