# heapq: the heaps CPython builds (same comparisons, so ties and user
# __lt__ order match), pops, replace/pushpop, nsmallest/nlargest, merge.
import heapq


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"{self.name}:{self.prio}"


h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 4]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 3), data)
tasks = [Task(2, "b"), Task(1, "a"), Task(2, "c"), Task(0, "z"), Task(1, "d")]
th = []
for t in tasks:
    heapq.heappush(th, t)
print(th, [heapq.heappop(th) for _ in range(5)])
pairs = [(2, "x"), (1, "y"), (2, "a"), (1, "b")]
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(4)])
words = "the quick brown fox jumps over the lazy dog".split()
print(heapq.nsmallest(3, words), heapq.nlargest(3, words))
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))
print(heapq.nlargest(0, words), heapq.nsmallest(10, [3, 1, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge(["a", "cc"], ["bb", "d"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush(1, 2)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
