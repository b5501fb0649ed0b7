# __getattr__/__getattribute__/__setattr__/__delattr__: a recording proxy and a frozen record.
class Recorder:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)


class Config:
    debug = False

    def __init__(self):
        self.level = 1


c = Config()
r = Recorder(c)
print(r.level, r.debug)
r.level = 5
r.extra = "x"
del r.extra
print(c.level, hasattr(c, "extra"), r._log)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)
print(r._log[-1], len(r._log))


class Frozen:
    __slots__ = ("_data",)

    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))

    def __getattribute__(self, name):
        if name.startswith("_") or name in ("keys",):
            return object.__getattribute__(self, name)
        data = object.__getattribute__(self, "_data")
        if name in data:
            return data[name]
        raise AttributeError(f"Frozen has no field {name!r}")

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: Frozen is immutable")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")

    def keys(self):
        return sorted(self._data)


f = Frozen(x=1, y=2)
print(f.x, f.y, f.keys(), getattr(f, "z", "default"))
for action in (lambda: setattr(f, "x", 9), lambda: delattr(f, "y"), lambda: f.z):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


class Lazy:
    def __getattr__(self, name):
        if name.startswith("compute_"):
            value = len(name) * 10
            setattr(self, name, value)
            print(f"  computed {name}")
            return value
        raise AttributeError(name)


z = Lazy()
print(z.compute_a, z.compute_a, z.compute_bb, sorted(vars(z)))
print(hasattr(z, "other"), getattr(z, "other", None))
