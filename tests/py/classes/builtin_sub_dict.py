# Subclasses of dict: construction, overrides, __missing__, super() calls.


class D(dict):
    pass


d = D(a=1)
d["b"] = 2
print(d, len(d), "a" in d, d["a"], type(d).__name__, isinstance(d, dict), isinstance(d, D))
print(sorted(d), list(d.items()), d.get("z", 9), d.pop("a"), d)
print(D(), D([(1, 2)]), D({"x": 1}, y=2), D(D(k=3)), dict(D(a=1)))
print(d == {"b": 2}, {"b": 2} == d, d != {}, bool(D()), bool(d))
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    hash(d)
except TypeError as e:
    print("TypeError", e)


class Missing(dict):
    def __missing__(self, k):
        print("missing", k)
        return len(str(k))


m = Missing(a=1)
print(m["a"], m["hello"], m.get("hello"), "hello" in m, m)


class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 10)

    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)

    def __delitem__(self, k):
        print("del", k)
        dict.__delitem__(self, k)


g = Logged(x=1)  # dict.__init__ does not call __setitem__
g["y"] = 2
g.update(z=3)  # nor does update
g.setdefault("w", 4)
print(g, g["y"], g.get("y"))
del g["x"]
print(g, len(g), sorted(g.keys()), sorted(g.values()))


class WithInit(dict):
    def __init__(self, pairs, extra):
        super().__init__(pairs)
        self.extra = extra
        self["n"] = len(pairs)


w = WithInit([("a", 1), ("b", 2)], "E")
print(w, w.extra, w.__dict__, type(w.copy()).__name__, w.copy())
w.other = [1]
print(sorted(vars(w)))
try:
    w.absent
except AttributeError as e:
    print("AttributeError", e)


class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        self[key] = v = self.factory()
        return v

    def __repr__(self):
        return f"Default({dict.__repr__(self)})"


dd = Default(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dd, len(dd), str(dd), [dd])
print(dd | {"z": []}, type(dd | {"z": []}).__name__)
dd |= {"q": [0]}
print(type(dd).__name__, sorted(dd))


class Counted(dict):
    def __len__(self):
        return 42

    def __iter__(self):
        return iter(["fake"])

    def __contains__(self, k):
        return k == "always"


c = Counted(a=1)
print(len(c), list(c), "always" in c, "a" in c, bool(c), c, list(c.keys()))
print(dict.__len__(c), dict.__contains__(c, "a"), dict.__getitem__(c, "a"))
