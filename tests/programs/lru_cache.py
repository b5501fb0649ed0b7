# An LRU cache written by hand: a dict from key to node plus a doubly
# linked list in recency order, with statistics, a memoizing decorator
# built on it, iteration in recency order and eviction callbacks.


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class CacheStats:
    def __init__(self):
        self.hits = 0
        self.misses = 0
        self.evictions = 0

    @property
    def ratio(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __str__(self):
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} ratio={self.ratio:.0%}"


class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self.on_evict = on_evict
        self.map = {}
        self.head = _Node()  # most recent after head
        self.tail = _Node()  # least recent before tail
        self.head.next = self.tail
        self.tail.prev = self.head
        self.stats = CacheStats()

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.prev = self.head
        node.next = self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.stats.misses += 1
            return default
        self.stats.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def __getitem__(self, key):
        sentinel = object()
        value = self.get(key, sentinel)
        if value is sentinel:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)
        if len(self.map) > self.capacity:
            victim = self.tail.prev
            self._unlink(victim)
            del self.map[victim.key]
            self.stats.evictions += 1
            if self.on_evict:
                self.on_evict(victim.key, victim.value)

    def __delitem__(self, key):
        node = self.map.pop(key)
        self._unlink(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def items(self):
        return [(k, self.map[k].value) for k in self]

    def __repr__(self):
        inner = ", ".join(f"{k!r}: {v!r}" for k, v in self.items())
        return f"LRUCache({self.capacity}, {{{inner}}})"

    def check(self):
        """The list and the dict agree, in both directions."""
        forward = list(self)
        backward = []
        node = self.tail.prev
        while node is not self.head:
            backward.append(node.key)
            node = node.prev
        assert forward == backward[::-1], (forward, backward)
        assert sorted(map(str, forward)) == sorted(map(str, self.map)), "dict and list disagree"
        return True


evicted = []
cache = LRUCache(3, on_evict=lambda k, v: evicted.append(f"{k}={v}"))
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache[k] = v
print(cache, len(cache))
print(cache.get("a"), cache.get("zz", "missing"))
cache["d"] = 4
print(cache, evicted)
cache["c"] = 30
cache["e"] = 5
print(cache, evicted, "b" in cache, "c" in cache)
try:
    cache["b"]
except KeyError as e:
    print("KeyError", e)
del cache["c"]
print(list(cache), cache.check(), cache.stats)
try:
    del cache["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


def lru_memo(capacity):
    def decorate(fn):
        store = LRUCache(capacity)

        def wrapper(*args):
            hit = store.get(args, wrapper)
            if hit is not wrapper:
                return hit
            result = fn(*args)
            store[args] = result
            return result

        wrapper.cache = store
        wrapper.__name__ = fn.__name__
        return wrapper

    return decorate


calls = {"fib": 0, "paths": 0}


@lru_memo(64)
def fib(n):
    calls["fib"] += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_memo(8)
def paths(r, c):
    calls["paths"] += 1
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print([fib(n) for n in range(15)], fib(60))
print(fib.__name__, calls["fib"], fib.cache.stats)
print(paths(6, 6), calls["paths"], paths.cache.stats, len(paths.cache))
paths.cache.check()

# a workload: a small "page" cache over a reference string
for capacity in (2, 3, 4, 5):
    c = LRUCache(capacity)
    refs = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1]
    faults = 0
    for page in refs:
        if c.get(page) is None:
            faults += 1
            c[page] = f"page{page}"
    c.check()
    print(f"capacity {capacity}: {faults:>2} faults, resident {sorted(c)}, {c.stats}")

# tuples and mixed keys
mixed = LRUCache(4)
for key in [(1, 2), "s", 3, 4.5, (1, 2), None, frozenset([1])]:
    mixed[key] = type(key).__name__
print(mixed.items())
