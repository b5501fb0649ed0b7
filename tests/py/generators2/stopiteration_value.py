# return inside a generator becomes StopIteration.value; StopIteration
# raised inside a generator body becomes RuntimeError (PEP 479); for loops
# and list() swallow the return value; next() with a default.


def gen(n):
    for i in range(n):
        yield i
    return f"returned after {n}"


g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e, repr(e.value), e.args)
print(list(gen(3)), next(gen(0), "default"))


def no_return():
    yield 1


it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)


def leaky():
    yield 1
    raise StopIteration("explicit")


try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)


def inner_next():
    it = iter([])
    yield next(it)


try:
    list(inner_next())
except RuntimeError as e:
    print(type(e).__name__, e)


def returns_tuple():
    return (yield)


r = returns_tuple()
next(r)
try:
    r.send((1, 2))
except StopIteration as e:
    print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args, StopIteration().value)


def returns_none_explicit():
    yield
    return None


x = returns_none_explicit()
next(x)
try:
    next(x)
except StopIteration as e:
    print(e.args, e.value)
