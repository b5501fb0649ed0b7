# OrderedDict: move_to_end, popitem(last=...), order-sensitive equality, LRU cache.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zzz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == y, dict(x) == dict(y), x == dict(y), list(reversed(x)))
x["a"] = 10
print(x, list(x.items()))
del x["a"]
x["a"] = 5
print(x)
print(OrderedDict.fromkeys("cab", 0), x.setdefault("z", 9), x)
print(x | {"n": 1}, type(x | {"n": 1}).__name__)


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get_item(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            print("evict", self.popitem(last=False))


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get_item("a"))
cache.put("c", 3)
print(cache.get_item("b"), list(cache))
cache.put("d", 4)
print(list(cache.items()))
