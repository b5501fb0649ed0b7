# Weak references to objects freed by the cycle collector.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def report(r):
    print("callback, referent gone:", r() is None)


a = Node("a")
b = Node("b")
a.other = b
b.other = a
ra = weakref.ref(a, report)
rb = weakref.ref(b)
del a, b
print("before collect", ra() is not None, rb() is not None)
print("collected", gc.collect() > 0)
print("after collect", ra(), rb())

cache = weakref.WeakValueDictionary()
c = Node("c")
c.other = c
cache["c"] = c
del c
print(len(cache))
gc.collect()
print(len(cache))
