# lru_cache: maxsize eviction, cache_info, cache_clear, typed=True and recursive memoization.
from functools import lru_cache, cache


@lru_cache(maxsize=3)
def slow_square(n):
    print(f"  computing {n}")
    return n * n


for n in [1, 2, 3, 1, 4, 2, 1]:
    print(n, slow_square(n))
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


@lru_cache
def untyped(x):
    return f"{x!r}"


print(untyped(1), untyped(1.0), untyped.cache_info())


@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 16)])
print(partitions.cache_info().misses > 0, partitions.__wrapped__.__name__)


@lru_cache(maxsize=2)
def pair(a, b=0, *, c=0):
    return a + b + c


print(pair(1, 2), pair(1, b=2), pair(1, 2, c=0), pair.cache_info())
try:
    slow_square([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(slow_square.cache_parameters())
