# __exit__ returning a true value suppresses the exception (execution
# continues after the with); returning a false value re-raises; an
# exception inside __exit__ replaces the original (which becomes __context__).


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.caught = ev
        return et is not None and issubclass(et, self.types)


with Suppress(ValueError) as s:
    int("not a number")
    print("not reached")
print("after:", type(s.caught).__name__, s.caught)
try:
    with Suppress(ValueError):
        {}["missing"]
except KeyError as e:
    print("escaped:", type(e).__name__, e)


class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "yes"


with Truthy():
    raise ZeroDivisionError
print("truthy string suppressed it")


class Faulty:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError(f"exit failed while handling {et.__name__ if et else None}")


try:
    with Faulty():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
try:
    with Faulty():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)


def gen():
    for i in range(3):
        with Suppress(StopIteration):
            yield i
            raise StopIteration


print(list(gen()))
with Suppress(Exception):
    with Suppress(TypeError):
        raise NameError("inner manager ignores, outer suppresses")
print("done")
