# lru_cache on methods caches per (self, args) so instances need to be
# hashable; cache_info counts across instances; cached functions with
# default and keyword arguments; recursion through the cached name.
import functools


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def __hash__(self):
        return hash((self.w, self.h))

    def __eq__(self, other):
        return (self.w, self.h) == (other.w, other.h)

    @functools.lru_cache(maxsize=None)
    def paths(self, r=0, c=0):
        if r == self.h - 1 or c == self.w - 1:
            return 1
        return self.paths(r + 1, c) + self.paths(r, c + 1)


g = Grid(5, 5)
print(g.paths(), Grid.paths.cache_info())
print(Grid(5, 5).paths(), Grid.paths.cache_info().hits)
print(Grid(3, 2).paths(), Grid.paths.cache_info().currsize)


class NoHash:
    __hash__ = None

    @functools.lru_cache
    def value(self):
        return 1


try:
    NoHash().value()
except TypeError as e:
    print(type(e).__name__, e)


@functools.lru_cache(maxsize=3)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


print(collatz_len(27), collatz_len.cache_info())
print(collatz_len.__wrapped__(6), collatz_len.__name__)
