# A sorted list wrapper using bisect for insert, remove, contains and range queries.
import bisect


class SortedList:
    def __init__(self, items=()):
        self._data = sorted(items)

    def add(self, x):
        bisect.insort(self._data, x)

    def remove(self, x):
        i = bisect.bisect_left(self._data, x)
        if i == len(self._data) or self._data[i] != x:
            raise ValueError(f"{x!r} not in list")
        del self._data[i]

    def __contains__(self, x):
        i = bisect.bisect_left(self._data, x)
        return i < len(self._data) and self._data[i] == x

    def irange(self, lo, hi):
        return self._data[bisect.bisect_left(self._data, lo):bisect.bisect_right(self._data, hi)]

    def rank(self, x):
        return bisect.bisect_left(self._data, x)

    def __repr__(self):
        return f"SortedList({self._data})"


s = SortedList([5, 1, 9, 3])
for x in [4, 4, 10, 0]:
    s.add(x)
print(s, 4 in s, 6 in s, s.rank(5), s.rank(100))
print(s.irange(3, 5), s.irange(6, 8), s.irange(-5, 100))
s.remove(4)
print(s)
try:
    s.remove(7)
except ValueError as e:
    print("ValueError", e)
words = SortedList("pear apple fig kiwi banana".split())
words.add("cherry")
print(words, words.irange("b", "d"), "fig" in words)
for i in range(200, 0, -7):
    s.add(i)
print(len(s._data), s._data[:5], s.irange(100, 120))
