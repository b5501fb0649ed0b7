# contextlib.suppress, nullcontext and closing: suppression of the listed
# exception types only, subclass matching, return inside a suppressed
# block, and the values bound by as.
import contextlib

with contextlib.suppress(KeyError):
    {}["a"]
    print("not reached")
print("after suppress")
with contextlib.suppress(LookupError):
    [][0]
print("IndexError is a LookupError")
with contextlib.suppress():
    pass
try:
    with contextlib.suppress(KeyError, TypeError):
        int("x")
except ValueError as e:
    print(type(e).__name__, e)
with contextlib.suppress(ZeroDivisionError) as s:
    print(" as value:", s is not None, type(s).__name__)
    1 / 0

with contextlib.nullcontext(42) as v:
    print("nullcontext gives", v)
with contextlib.nullcontext() as v:
    print("nullcontext default", v)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print(f"  closing {self.name}")


with contextlib.closing(Resource("db")) as r:
    print("  using", r.name)
try:
    with contextlib.closing(Resource("file")):
        raise OSError("disk")
except OSError as e:
    print(type(e).__name__, e)

results = []
for value in ["1", "x", "3", None]:
    with contextlib.suppress(ValueError, TypeError):
        results.append(int(value))
print(results)


def first_word(line):
    with contextlib.suppress(IndexError):
        return line.split()[0]
    return "<empty>"


print(first_word("hello world"), first_word("   "))
