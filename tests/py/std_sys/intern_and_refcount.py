# sys.intern returns the canonical string; sys.getrefcount counts references.
import sys

a = "".join(["hel", "lo_", "world"])
b = "".join(["hello", "_world"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia == "hello_world")
print(sys.intern(ia) is ia)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError", e)


class Thing:
    pass


t = Thing()
base = sys.getrefcount(t)
refs = [t, t, t]
print(sys.getrefcount(t) - base)
alias = t
print(sys.getrefcount(t) - base)
del refs
print(sys.getrefcount(t) - base)
del alias
print(sys.getrefcount(t) - base)

d = {"k": t}
print(sys.getrefcount(t) - base)
d.clear()
print(sys.getrefcount(t) - base)


def hold(x):
    return sys.getrefcount(x) - base


print(hold(t) > 0)
lst = []
before = sys.getrefcount(lst)
lst.append(lst)
print(sys.getrefcount(lst) - before)
lst.clear()
print(sys.getrefcount(lst) - before)
