# A user mapping: ** unpacking and dict() use keys() + __getitem__,
# dict subclasses call __missing__ from [] but not from get(), and
# __setitem__/__delitem__ are not used by dict's own update().


class Config:
    def __init__(self, **kw):
        self._d = kw

    def keys(self):
        print("  keys()")
        return sorted(self._d)

    def __getitem__(self, k):
        print("  getitem", k)
        return self._d[k]


def show(**kw):
    return sorted(kw.items())


c = Config(b=2, a=1)
print(show(**c))
print(dict(c))
print({**c, "z": 0})


class Default(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        value = self[key] = len(key)
        return value


d = Default(x=1)
print(d["x"], d["hello"], d["hello"], d.get("nope"), "nope" in d)
print(d)


class Loud(dict):
    def __setitem__(self, k, v):
        print("  __setitem__", k)
        super().__setitem__(k, v * 10)

    def __delitem__(self, k):
        print("  __delitem__", k)
        super().__delitem__(k)


l = Loud()
l["a"] = 1
l.update(b=2)
l.setdefault("c", 3)
print(l)
del l["a"]
l.pop("b")
print(l)


class BadKeys:
    def keys(self):
        return [1]

    def __getitem__(self, k):
        return k


try:
    show(**BadKeys())
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[1])
except TypeError as e:
    print(type(e).__name__, e)
