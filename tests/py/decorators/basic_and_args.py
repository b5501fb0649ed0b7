# Decorators without and with arguments: the decorator runs once at
# definition time, the wrapper on each call; a decorator factory takes
# its own arguments and returns the real decorator.


def trace(fn):
    print(f"  decorating {fn.__name__}")

    def wrapper(*args, **kw):
        print(f"  -> {fn.__name__}{args} {kw}")
        result = fn(*args, **kw)
        print(f"  <- {result!r}")
        return result
    return wrapper


def repeat(times, sep=" "):
    def deco(fn):
        def wrapper(*args):
            return sep.join(str(fn(*args)) for _ in range(times))
        return wrapper
    return deco


@trace
def add(a, b=10):
    return a + b


print("defined")
print(add(1), add(1, b=2))
print(add.__name__)


@repeat(3)
def hello(name):
    return f"hi {name}"


@repeat(times=2, sep="|")
def num():
    return 7


print(hello("bo"), num())
counter = {"n": 0}


def count_calls(fn):
    def wrapper(*a):
        counter["n"] += 1
        return fn(*a)
    return wrapper


@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(10), counter["n"])
shout = trace(str.upper)
print(shout("manual"))
try:
    @repeat
    def broken():
        return 1
    broken()
except TypeError as e:
    print(type(e).__name__, e)
