# lru_cache and cache: hit/miss statistics, maxsize eviction, cache_clear, typed.
from functools import cache, lru_cache

calls = []


@lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 1, 3, 1, 2]:
    slow_square(n)
print(calls, slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square(4), slow_square.cache_info().misses)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())


@lru_cache
def plain(a, b=0):
    return a + b


print(plain(1), plain(1), plain(1, 0), plain(a=1), plain.cache_info())


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)
print(slow_square.__name__, fib.__wrapped__.__name__)
try:
    plain([1, 2])
except TypeError as e:
    print("TypeError", e)


@lru_cache(maxsize=0)
def never(x):
    calls.append(("never", x))
    return x


never(1)
never(1)
print(never.cache_info(), calls[-2:])
