# An LRU cache and recent-items list built on OrderedDict: move_to_end, popitem(last=...), equality.
from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.evicted = []

    def get(self, key, default=None):
        if key not in self.data:
            return default
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evicted.append(old)

    def __repr__(self):
        return f"LRU({list(self.data.items())})"


cache = LRU(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache)
print(cache.get("a"), cache)
cache.put("d", 4)
print(cache, cache.evicted)
cache.put("c", 30)
cache.put("e", 5)
print(cache, cache.evicted, cache.get("b", "miss"))

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), list(od))
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"y": 2, "x": 1})
print(list(reversed(o1)), list(reversed(o1.items())))
o1 |= {"z": 3}
print(o1, type(o1 | {"w": 0}).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    o1.move_to_end("missing")
except KeyError as e:
    print("KeyError:", e)
o1.setdefault("x", 100)
o1.setdefault("q", 7)
print(list(o1.items()), o1.pop("y"), list(o1.keys()))
