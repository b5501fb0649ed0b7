# weakref: references that do not keep their referent alive, callbacks
# run when it is freed (after __del__), and the weak containers.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%r)" % self.name


class Noisy(Node):
    def __del__(self):
        print("del", self.name)


a = Node("a")
r = weakref.ref(a)
print(r() is a, r().name, weakref.getweakrefcount(a))
print(weakref.ref(a) is r, callable(r))
b = a
del a
print("still", r())
del b
print("gone", r())


def cb(ref):
    print("callback", ref() is None)


n = Noisy("n")
r2 = weakref.ref(n, cb)
r3 = weakref.ref(n, lambda ref: print("second callback"))
print(weakref.getweakrefcount(n), len(weakref.getweakrefs(n)))
print("before del")
del n
print("after del", r2(), r3())

# A weak reference that dies first: nothing happens when the referent goes.
m = Noisy("m")
tmp = weakref.ref(m, cb)
del tmp
del m

try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)

# WeakValueDictionary: entries vanish with their values.
cache = weakref.WeakValueDictionary()
x, y = Node("x"), Node("y")
cache["x"] = x
cache["y"] = y
print(len(cache), sorted(cache.keys()), cache["x"], "z" in cache)
del x
print(len(cache), sorted(cache.keys()), cache.get("x", "missing"))
try:
    cache["x"]
except KeyError as e:
    print("KeyError", e)

# WeakKeyDictionary: metadata attached to objects without keeping them.
meta = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
meta[k1] = 1
meta[k2] = 2
meta[k1] += 10
print(len(meta), meta[k1], k2 in meta, sorted(v for v in meta.values()))
del k2
print(len(meta), [k.name for k in meta])

# WeakSet
ws = weakref.WeakSet()
p, q = Node("p"), Node("q")
ws.add(p)
ws.add(q)
ws.add(p)
print(len(ws), p in ws)
del p
print(len(ws), [o.name for o in ws])

# finalize
def bye(what):
    print("finalized", what)
    return what


o = Node("o")
f = weakref.finalize(o, bye, "o")
print(f.alive)
del o
print(f.alive)
o2 = Node("o2")
f2 = weakref.finalize(o2, bye, "o2")
print(f2(), f2.alive, f2())
del o2
o3 = Node("o3")
f3 = weakref.finalize(o3, bye, "o3")
print(f3.detach()[1] is bye, f3.alive)
del o3
print("end")
