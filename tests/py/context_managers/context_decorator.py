# Managers used as function decorators: contextlib.ContextDecorator
# subclasses and @contextmanager objects wrap each call in a fresh with;
# suppression applies to the decorated function's exceptions.
import contextlib


class timed_section(contextlib.ContextDecorator):
    depth = 0

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        timed_section.depth += 1
        print(f"  {'>' * timed_section.depth} {self.label}")
        return self

    def __exit__(self, et, ev, tb):
        print(f"  {'<' * timed_section.depth} {self.label} exc={et.__name__ if et else None}")
        timed_section.depth -= 1
        return et is KeyError


@timed_section("work")
def work(n):
    if n < 0:
        raise KeyError(n)
    if n == 0:
        raise ValueError("zero")
    return n * 2


print(work(2))
print(work(-1))
try:
    work(0)
except ValueError as e:
    print(type(e).__name__, e)


@contextlib.contextmanager
def banner(text):
    print(f"  == {text} ==")
    yield
    print(f"  == end {text} ==")


@banner("report")
def report(items):
    for i in items:
        print("   ", i)
    return len(items)


print(report(["a", "b"]), report([]))


@timed_section("outer")
def outer():
    with timed_section("inner"):
        return "nested"


print(outer(), timed_section.depth)
