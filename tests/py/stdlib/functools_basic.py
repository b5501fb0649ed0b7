# functools: reduce, partial (flattening, repr of keywords), wraps,
# lru_cache (hits/misses, eviction order, cache_clear, bare and with
# arguments), cache, total_ordering, cmp_to_key.
import functools
from functools import reduce, partial, wraps, lru_cache, total_ordering, cmp_to_key

print(reduce(lambda a, b: a * b, range(1, 7)), reduce(lambda a, b: a + b, [], 10),
      reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
p2 = partial(partial(power, 2), mod=7)
print(square(9), p2(10), p2.args, p2.keywords, p2.func is power)


def logged(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)

    return inner


@logged
def documented(x):
    """Doubles x."""
    return 2 * x


print(documented(4), documented.__name__, documented.__doc__, documented.__wrapped__(1))

calls = []


@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n


for n in [1, 2, 1, 3, 2, 1, 1]:
    slow(n)
print(calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info().hits, fact.cache_info().misses)


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1), a >= V(1))
print(sorted([5, 1, 4], key=cmp_to_key(lambda x, y: y - x)))
