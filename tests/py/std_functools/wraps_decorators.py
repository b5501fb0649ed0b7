# functools.wraps keeps metadata; update_wrapper; stacking decorators.
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"call {func.__name__}{args}{kwargs or ''}")
        return func(*args, **kwargs)
    return wrapper


def bare(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


@logged
def add(a, b=1):
    """Add two numbers."""
    return a + b


@bare
def sub(a, b):
    """Subtract."""
    return a - b


print(add(2, 3), add(1, b=5))
print(add.__name__, add.__doc__, add.__qualname__, add.__wrapped__.__name__)
print(sub.__name__, sub.__doc__, sub.__qualname__)
print(add.__module__, add.__wrapped__(10))


def repeat(times):
    def deco(func):
        @functools.wraps(func)
        def inner(*a):
            return [func(*a) for _ in range(times)]
        return inner
    return deco


@repeat(3)
@logged
def shout(word):
    return word.upper()


print(shout("hi"), shout.__name__, shout.__wrapped__.__wrapped__.__name__)


def target(x):
    "target doc"
    return x


def proxy(*a):
    return target(*a)


functools.update_wrapper(proxy, target)
print(proxy.__name__, proxy.__doc__, proxy(7), proxy.__wrapped__ is target)
target.custom = "attr"
functools.update_wrapper(proxy, target)
print(proxy.custom)
