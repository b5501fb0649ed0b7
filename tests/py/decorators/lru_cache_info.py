# functools.lru_cache and cache: hits/misses in cache_info, maxsize
# eviction order, typed=True, cache_clear, unhashable arguments, and
# keyword-argument call patterns making separate entries.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
print(fib(30), fib.cache_info().hits)
fib.cache_clear()
print(fib.cache_info())

calls = []


@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


for x in (1, 2, 1, 3, 2, 1):
    square(x)
print(calls, square.cache_info())


@functools.lru_cache(typed=True)
def ident(x):
    calls.append(("ident", x))
    return x


calls.clear()
print(ident(1), ident(1.0), ident(True), len(calls), ident.cache_info().currsize)


@functools.cache
def kw(a, b=0):
    calls.append((a, b))
    return a + b


calls.clear()
print(kw(1), kw(1, 0), kw(1, b=0), kw(a=1, b=0), kw(1))
print(len(calls), kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print(type(e).__name__, e)
print(square.__wrapped__(9), square.cache_parameters(), kw.cache_parameters())


@functools.lru_cache
def bare(x):
    return -x


print(bare(2), bare.cache_info().maxsize, bare.__name__)
