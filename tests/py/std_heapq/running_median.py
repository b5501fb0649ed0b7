# Running median with two heaps (max-heap via negation) and k-way merge by hand.
import heapq


class RunningMedian:
    def __init__(self):
        self.low = []
        self.high = []

    def add(self, x):
        if self.low and x > -self.low[0]:
            heapq.heappush(self.high, x)
        else:
            heapq.heappush(self.low, -x)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2


rm = RunningMedian()
out = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    rm.add(x)
    out.append(rm.median())
print(out)


def kway(lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    result = []
    while heap:
        val, i, j = heapq.heappop(heap)
        result.append(val)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return result


print(kway([[1, 5, 9], [2, 2, 8], [], [0, 10]]))
total = 0
h = list(range(2000, 0, -1))
heapq.heapify(h)
while len(h) > 1:
    a, b = heapq.heappop(h), heapq.heappop(h)
    total += a + b
    heapq.heappush(h, a + b)
print(total, h)
