# collections.deque: both ends, maxlen, rotation, indexing, errors.
from collections import deque

d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[3], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([10, 11])
d.extendleft("ab")
print(d, d.count(0), d.index(10), 11 in d, 99 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, list(reversed(d)))
d.remove(10)
d[0] = "first"
del d[1]
d.insert(2, "ins")
print(d, d.index("ins"))
print(list(d), sorted(deque([3, 1, 2])), [x * 2 for x in deque([1, 2])])

m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend(range(20, 25))
print(m)
m.extendleft([0, 1])
print(m)
print(deque(maxlen=0), deque([1, 2], 0), repr(deque()), repr(deque(maxlen=2)))
z = deque(maxlen=0)
z.append(1)
print(z, len(z))

print(deque("ab") == deque("ab"), deque([1]) == [1], deque([1]) != deque([2]), deque([1]) < deque([2]), deque([1, 2]) >= deque([1]))
print(deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque("x"))
e = deque([1])
e += [2, 3]
e *= 2
print(e, e.copy(), type(e.copy()).__name__)
e.clear()
print(e, len(e))
q = deque([1, 2, 3])
q.extend(q)
print(q)

for f in [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([1])[5],
    lambda: deque([1])[-2],
    lambda: deque([1]).remove(9),
    lambda: deque([1]).index(9),
    lambda: deque([1], maxlen=1).insert(0, 1),
    lambda: deque([1])["a"],
    lambda: deque(maxlen=-1),
    lambda: deque([1], 2, 3),
    lambda: deque([1]).rotate("a"),
    lambda: deque([1])[1:],
    lambda: deque(1),
    lambda: deque([1]) + [2],
]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    hash(deque())
except TypeError:
    print("unhashable")
try:
    dd = deque([1, 2])
    for x in dd:
        dd.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)


class Hist(deque):
    def __init__(self, n):
        super().__init__(maxlen=n)

    def add(self, x):
        self.append(x)
        return self


h = Hist(2).add(1).add(2).add(3)
print(h, isinstance(h, deque), h.maxlen)

# A queue and a sliding window.
queue = deque(["a", "b"])
queue.append("c")
out = []
while queue:
    out.append(queue.popleft())
print(out)
window = deque(maxlen=3)
sums = []
for v in [1, 2, 3, 4, 5, 6]:
    window.append(v)
    sums.append(sum(window))
print(sums)
