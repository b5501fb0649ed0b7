# __getattr__ runs only when normal lookup fails; __getattribute__ runs for
# every access; AttributeError from __getattribute__ falls back to
# __getattr__; getattr() with a default and hasattr() follow the same path.


class Lazy:
    cls_attr = "from class"

    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("computed_"):
            value = name[len("computed_"):].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


z = Lazy()
print(z.real, z.cls_attr)
print(z.computed_abc)
print(z.computed_abc)
print(getattr(z, "missing", "dflt"), hasattr(z, "nope"), hasattr(z, "computed_x"))
try:
    z.other
except AttributeError as e:
    print(type(e).__name__, e)


class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        print("  __getattribute__", name)
        if name == "hidden":
            raise AttributeError("hidden is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"

    def method(self):
        return self.x + 1


g = Logged()
print(g.x)
print(g.method())
print(g.hidden)
print(g.nothing)
print(type(g).__name__, g.__class__.__name__)


class Strict:
    def __getattribute__(self, name):
        raise KeyError(name)

    def __getattr__(self, name):
        return "never reached"


try:
    Strict().anything
except KeyError as e:
    print(type(e).__name__, e)
try:
    getattr(Strict(), "a", "default")
except KeyError as e:
    print(type(e).__name__, e)
print(type(Strict()).__name__)
