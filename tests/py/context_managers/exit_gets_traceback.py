# __exit__ receives the exception's traceback object as its third argument.
class W:
    def __init__(self, name, swallow):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        kind = t.__name__ if t else None
        print(self.name, kind, type(tb).__name__, tb is None or v.__traceback__ is not None)
        return self.swallow


with W("one", True):
    1 / 0
with W("outer", True), W("inner", False):
    raise KeyError("k")
with W("clean", False):
    pass


def f():
    with W("in f", True):
        [][1]
    return "after"


print(f())
