# The gc module: collect() counts what CPython counts, the switches and
# thresholds, tracking, and finalizers of cyclic garbage.
import gc

print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


class Loud:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("del", self.name)


print("empty", gc.collect())
a = []
a.append(a)
del a
print("self list", gc.collect())
d = {}
d["d"] = d
del d
print("self dict", gc.collect())
x = Node("x")
y = Node("y")
x.other = y
y.other = x
del x, y
print("two instances", gc.collect())


def make_closure():
    def inner():
        return inner
    return inner


f = make_closure()
del f
print("closure", gc.collect())
l = Loud("loud")
del l
print("after del (cycle keeps it)")
print("with __del__", gc.collect())
print("again", gc.collect())
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(Node("n")))
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.collect(0), gc.collect(1), gc.collect(generation=2))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
gc.enable()
print(gc.isenabled())
keep = Loud("kept till exit")
print("end")
