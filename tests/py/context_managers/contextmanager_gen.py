# contextlib.contextmanager: code before yield is __enter__, the yielded
# value is bound by as, code after runs at exit; exceptions are thrown in
# at the yield and may be caught (suppressed) or re-raised; try/finally
# makes cleanup unconditional.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("  inside", t)
try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print(type(e).__name__, e)


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print(f"  swallowed {type(e).__name__}: {e}")


with swallow(KeyError, IndexError):
    [][1]
print("continued")
try:
    with swallow(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    with two_yields() as v:
        print("  got", v)
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def transform():
    try:
        yield
    except LookupError as e:
        raise TypeError(f"converted {e!r}") from e


try:
    with transform():
        {}["x"]
except TypeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))
