# A decorator usable both bare and with arguments (@log and @log(level=...)),
# keyword-only options, and decorators that validate their own arguments
# at decoration time.
import functools


def log(fn=None, *, level="INFO", prefix=""):
    if fn is None:
        return functools.partial(log, level=level, prefix=prefix)

    @functools.wraps(fn)
    def wrapper(*args):
        print(f"  [{level}] {prefix}{fn.__name__}{args}")
        return fn(*args)
    return wrapper


@log
def plain(x):
    return x + 1


@log(level="DEBUG", prefix="> ")
def configured(x, y):
    return x * y


print(plain(1), configured(3, 4), plain.__name__, configured.__name__)


def limit(max_calls):
    if not isinstance(max_calls, int) or max_calls < 1:
        raise ValueError(f"max_calls must be a positive int, not {max_calls!r}")

    def deco(fn):
        remaining = max_calls

        @functools.wraps(fn)
        def wrapper(*args):
            nonlocal remaining
            if remaining == 0:
                raise RuntimeError(f"{fn.__name__} called more than {max_calls} times")
            remaining -= 1
            return fn(*args)
        return wrapper
    return deco


@limit(2)
def ping():
    return "pong"


print(ping(), ping())
try:
    ping()
except RuntimeError as e:
    print(type(e).__name__, e)
for bad in (0, "3"):
    try:
        limit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
