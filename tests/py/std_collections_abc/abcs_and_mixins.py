from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence,
    MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Collection, Reversible, KeysView)
import collections.abc
from collections import abc
print(abc is collections.abc)
vals = [[1], (1,), "s", {1: 2}, {1}, frozenset(), range(3), iter([]), (x for x in ()), len, lambda: 0, 5, None, b"x", bytearray(b"y"), {}.keys()]
for cls in (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Collection, Reversible):
    print(cls.__name__, [isinstance(v, cls) for v in vals])
class Bag(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
b = Bag(); b["a"] = 1; b.update(x=2, y=3); print(dict(b.items()), b.get("q", 0), "a" in b, b.pop("a"), b.setdefault("z", 9), len(b), list(b.keys()), list(b.values()))
print(b.popitem(), b == {"y": 3, "z": 9}, isinstance(b, Mapping), isinstance(b, dict))
class Seq(Sequence):
    def __init__(self, *xs): self.xs = xs
    def __getitem__(self, i): return self.xs[i]
    def __len__(self): return len(self.xs)
s = Seq(3, 1, 3, 2)
print(list(s), 1 in s, s.index(3), s.index(3, 1), s.count(3), list(reversed(s)))
try: s.index(7)
except ValueError as e: print("ValueError", e)
class L(MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
l = L(); l.append(1); l.extend([2, 3]); l += [4]; l.reverse(); print(l.d, l.pop(), l.d); l.remove(3); print(l.d)
class S(Set):
    def __init__(self, it=()): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
a, c = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & c), sorted(a | c), sorted(a - c), sorted(a ^ c), a <= S([1, 2, 3, 4]), a == S([3, 2, 1]), a.isdisjoint([9]))
try: Mapping()
except TypeError as e: print(e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), issubclass(list, Sequence), issubclass(dict, Mapping))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance([], Hashable))
