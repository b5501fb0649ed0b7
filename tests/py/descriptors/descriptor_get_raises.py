# When a descriptor's __get__ or a property raises AttributeError, the
# class's __getattr__ is tried; other exceptions propagate unchanged.
# getattr() defaults and hasattr() see only AttributeError.


class Maybe:
    def __init__(self, exc):
        self.exc = exc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        raise self.exc


class Model:
    missing_attr = Maybe(AttributeError("descriptor says no"))
    broken = Maybe(LookupError("descriptor broke"))

    @property
    def prop(self):
        return self.nonexistent

    def __getattr__(self, name):
        if name == "nonexistent":
            raise AttributeError(f"really no {name}")
        return f"fallback:{name}"


m = Model()
print(m.missing_attr)
print(getattr(m, "missing_attr", "default"), hasattr(m, "missing_attr"))
try:
    m.broken
except LookupError as e:
    print(type(e).__name__, e)
try:
    hasattr(m, "broken")
except LookupError as e:
    print("hasattr propagated", type(e).__name__)
print(m.prop)


class NoFallback:
    attr = Maybe(AttributeError("no fallback available"))

    @property
    def chained(self):
        return self.attr


try:
    NoFallback().chained
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(NoFallback(), "chained", "dflt"))
