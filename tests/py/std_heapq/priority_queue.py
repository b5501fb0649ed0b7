# A task scheduler on heapq with (priority, counter, task) entries and removal.
import heapq
import itertools


class PriorityQueue:
    REMOVED = "<removed>"

    def __init__(self):
        self.heap = []
        self.entries = {}
        self.counter = itertools.count()

    def add(self, task, priority=0):
        if task in self.entries:
            self.remove(task)
        entry = [priority, next(self.counter), task]
        self.entries[task] = entry
        heapq.heappush(self.heap, entry)

    def remove(self, task):
        entry = self.entries.pop(task)
        entry[-1] = self.REMOVED

    def pop(self):
        while self.heap:
            priority, count, task = heapq.heappop(self.heap)
            if task is not self.REMOVED:
                del self.entries[task]
                return task, priority
        raise KeyError("pop from an empty priority queue")

    def __len__(self):
        return len(self.entries)


pq = PriorityQueue()
for task, pri in [("write", 3), ("test", 2), ("deploy", 5), ("review", 2), ("plan", 1)]:
    pq.add(task, pri)
pq.add("deploy", 0)
pq.remove("review")
print(len(pq))
while len(pq):
    print(pq.pop())
try:
    pq.pop()
except KeyError as e:
    print("KeyError", e)


def dijkstra(graph, start):
    dist = {start: 0}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dict(sorted(dist.items()))


g = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)],
     "d": [("e", 6)], "e": [], "f": [("e", 9)]}
print(dijkstra(g, "a"))
