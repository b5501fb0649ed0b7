# heapq for job scheduling: heappush/heappop with tuples, heapreplace, nlargest/nsmallest, merge.
import heapq

jobs = [(3, "write report"), (1, "fix prod bug"), (4, "lunch"), (2, "review PR"), (1, "answer pager")]
heap = []
for priority, name in jobs:
    heapq.heappush(heap, (priority, name))
print(heap[0], len(heap))
order = [heapq.heappop(heap) for _ in range(len(heap))]
print(order)

data = [15, 3, 22, 8, 1, 42, 7, 19]
h = data[:]
heapq.heapify(h)
print(h[0], sorted(h) == sorted(data))
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 100), h[0])
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
people = [{"name": "ann", "age": 41}, {"name": "bob", "age": 19}, {"name": "cy", "age": 33}, {"name": "dee", "age": 19}]
print([p["name"] for p in heapq.nsmallest(2, people, key=lambda p: p["age"])])
print([p["name"] for p in heapq.nlargest(2, people, key=lambda p: (p["age"], p["name"]))])
log_a = [(1, "a1"), (4, "a2"), (9, "a3")]
log_b = [(2, "b1"), (3, "b2"), (10, "b3")]
log_c = [(5, "c1")]
print([e for _, e in heapq.merge(log_a, log_b, log_c)])
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))


class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Task({self.prio}, {self.name})"


th = []
for t in [Task(5, "e"), Task(2, "b"), Task(8, "h"), Task(1, "a")]:
    heapq.heappush(th, t)
print([heapq.heappop(th).name for _ in range(4)])


def kth_smallest(matrix, k):
    h = [(row[0], r, 0) for r, row in enumerate(matrix)]
    heapq.heapify(h)
    for _ in range(k - 1):
        v, r, c = heapq.heappop(h)
        if c + 1 < len(matrix[r]):
            heapq.heappush(h, (matrix[r][c + 1], r, c + 1))
    return h[0][0]


mat = [[1, 5, 9], [10, 11, 13], [12, 13, 15]]
print([kth_smallest(mat, k) for k in range(1, 10)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1], "x")
except TypeError as e:
    print("TypeError:", e)
