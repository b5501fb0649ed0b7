# Decorators with and without arguments, stacked, preserving metadata with functools.wraps.
import functools

calls = []


def trace(func=None, *, prefix="call"):
    if func is None:
        return functools.partial(trace, prefix=prefix)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        calls.append(f"{prefix} {func.__name__}({arg_text})")
        return func(*args, **kwargs)
    return wrapper


def retry(times=3, exceptions=(Exception,)):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    print(f"  {func.__name__} attempt {attempt} failed: {e}")
                    if attempt == times:
                        raise
        wrapper.max_attempts = times
        return wrapper
    return decorator


@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b


@trace(prefix="CALL")
def greet(name, *, punct="!"):
    return f"hi {name}{punct}"


counter = {"n": 0}


@retry(times=4, exceptions=(ConnectionError,))
@trace
def fetch(url):
    """Fetch something flaky."""
    counter["n"] += 1
    if counter["n"] < 3:
        raise ConnectionError(f"refused #{counter['n']}")
    return f"data from {url}"


print(add(2, 3), add(1, b=5), greet("ann"), greet("bob", punct="?"))
print(fetch("http://x"))
print(calls)
print(add.__name__, add.__doc__, fetch.__name__, fetch.__doc__, fetch.max_attempts)
print(fetch.__wrapped__.__name__, fetch.__wrapped__.__wrapped__(url="u"), add.__wrapped__(10, 20))


@retry(times=2, exceptions=(ValueError,))
def always_fails():
    raise ValueError("nope")


try:
    always_fails()
except ValueError as e:
    print("gave up:", e)


@retry(exceptions=(KeyError,))
def wrong_kind():
    raise TypeError("not retried")


try:
    wrong_kind()
except TypeError as e:
    print("TypeError passed straight through:", e)
print(len(calls), calls[-1])
